"""Writes t_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_t_grouting.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/t_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_t_retrieval.py   (writes ../t_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_t_grouting import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_t_grouting import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "she introduces herself and says what the job is today"),
    (0, "greeting at the very start, admits it should have been done ages ago"),
    (1, "discoloured filler and fungus spreading near the faucets"),
    (2, "her late husband put the ceramics up decades back and they held firm"),
    (2, "what year were the wall squares fitted"),
    (3, "he never did any scrubbing, that chore fell to her"),
    (4, "equipment checklist before you begin"),
    (5, "price of the little pot and which town's ironmonger sold it"),
    (6, "scratching away the worn filler a few mm down"),
    (7, "careful by the tub so you don't damage its coating"),
    (8, "husband damaged the tub with a tool and pretended it was a stain"),
    (9, "vacuum the debris and damp-wipe the surface afterwards"),
    (10, "combine powder with liquid gradually till it's a paste like you'd brush teeth with"),
    (11, "too watery and it sags back out"),
    (12, "it sets fast so only prepare a small batch"),
    (13, "the lady next door made far too much and it went solid"),
    (13, "story about a neighbour's hardened lump of mix"),
    (14, "forcing the mixture into the gaps with the squeegee tool held slanted"),
    (15, "tilt the spreader and press hard so no gaps remain"),
    (16, "work in sections so nothing hardens too early"),
    (17, "removing the surplus by sweeping crosswise"),
    (18, "pause a bit till it stiffens, not rock solid yet"),
    (19, "cleaning the surface with a damp pad in a circular motion"),
    (20, "keep washing out the pad or you just spread the dirt"),
    (21, "where she loses her way and says she'll begin that part again"),
    (21, "abandoned first attempt at the smoothing instruction"),
    (22, "stroking every seam using a fingertip for a neat rounded dip"),
    (22, "the corrected version of the smoothing step"),
    (23, "let it cure then buff the cloudy film away"),
    (24, "his saying about cleaning up equipment before a task counts as done"),
    (25, "rinse your kit in the garden so the plughole doesn't clog"),
    (26, "the following day, sealing the join between tub and wall"),
    (27, "using tape either side to get a neat edge"),
    (28, "fill the tub partway so the sealant cures while it's weighted down"),
    (29, "stay out of the cubicle for a day and night"),
    (30, "the room looks brand new and it only took part of a day"),
    (31, "her aching back and getting older"),
    (32, "her husband would have been quicker but messier"),
    (33, "the total spend was cheap so no reason to put up with a dirty bathroom"),
    (34, "asking viewers what to do next, maybe the cooking area, and to follow the channel"),
    (35, "goodbye at the end"),
    (35, "her final words"),
    (5, "how much did the filler cost"),
    (6, "how deep to dig out the old stuff"),
    (12, "usable period of the mixture ahead of setting"),
    (15, "tilting the spreader diagonally, pressing hard"),
    (16, "how big an area to do at once"),
    (18, "pause prior to sponging, till stiff"),
    (23, "curing period ahead of buffing"),
    (29, "no bathing or showering advice afterwards"),
    (8, "the accident with the tool that he covered up"),
    (28, "why the tub should be weighted with water"),
    (30, "duration of the entire project for her"),
    (4, "what to gather before starting"),
    (9, "prep after scraping, before mixing"),
    (10, "what consistency to aim for"),
    (25, "kit cleaning outdoors instead of indoors"),
    (33, "overall expense of materials"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "t_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
