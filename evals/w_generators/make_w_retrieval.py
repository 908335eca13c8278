"""Writes w_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_w_kombucha.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/w_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_w_retrieval.py   (writes ../w_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_w_kombucha import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_w_kombucha import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening hello where she introduces herself"),
    (0, "intro: fermented tea demo from her house"),
    (1, "her job in healthcare and irregular rosters, brewing to unwind"),
    (2, "ingredients and equipment needed for stage one"),
    (3, "explaining what the culture disc actually is, microbes"),
    (3, "description of that slimy floating mat"),
    (4, "a colleague gave her one, or purchase it on the internet"),
    (4, "price of buying a culture"),
    (5, "heating liquid and soaking the teabags"),
    (6, "removing the bags and mixing in sweetener"),
    (7, "filling the vessel and waiting till it's not hot"),
    (8, "warning that heat will kill the culture"),
    (9, "adding leftover brew from the previous lot to protect it"),
    (10, "covering the vessel with cloth and elastic"),
    (11, "ideal storage temperature in celsius"),
    (12, "where she keeps it during colder months"),
    (13, "how long it needs to sit, testing the flavour"),
    (14, "when it's too sugary, wait longer"),
    (15, "measuring acidity with test papers"),
    (16, "too acid and it turns sour like salad dressing"),
    (17, "the culture multiplies with each round"),
    (18, "storing extra cultures in the cupboard"),
    (19, "moving on to stage two, carbonation"),
    (20, "lifting out the culture and saving some brew for later"),
    (21, "cutting the root into rounds without removing the peel"),
    (22, "how many slices per bottle, plus a bit of sweetener"),
    (23, "where she gets the order wrong and says she'll repeat it"),
    (23, "false start about filling"),
    (24, "corrected step: pour via the funnel and leave headroom"),
    (25, "why to use sturdy swing-lid bottles"),
    (26, "the neighbour whose bottles blew up"),
    (26, "flasks bursting at the bloke's place over the road"),
    (27, "shards turning up long afterwards, his partner was cross"),
    (28, "release the built-up pressure daily"),
    (29, "duration on the counter prior to refrigerating"),
    (30, "why refrigerating calms it down"),
    (31, "uncork above the basin in case it overflows"),
    (32, "flavour comparison with a soft drink"),
    (33, "wrap-up: inexpensive, healthy for digestion, enjoyable"),
    (34, "asking viewers to suggest the next flavour, tropical fruit"),
    (35, "farewell at the very end"),
    (35, "last words of the video"),
    (24, "the proper version after her mistake"),
    (11, "ideal heat level for storing"),
    (13, "which day sampling should begin"),
    (15, "target acidity number"),
    (4, "source of her mother culture, a colleague"),
    (22, "sweetener added at bottling for bubbles"),
    (28, "the lesson from the neighbour's mishap"),
    (29, "what afternoon she chills them"),
    (9, "reasoning for reusing previous liquid"),
    (5, "how long to steep"),
    (17, "you'll have lots of spares eventually"),
    (2, "shopping list before starting"),
    (8, "cool it before adding the culture"),
    (30, "stopping it overflowing when opened"),
    (12, "subtropical heat makes it simple"),
    (20, "hygiene when handling the culture"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "w_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
