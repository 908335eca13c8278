"""Writes ae_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ae_braids.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/ae_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ae_retrieval.py   (writes ../ae_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ae_braids import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ae_braids import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the stylist greets viewers and introduces the young relative she is styling"),
    (0, "opening hello from the presenter"),
    (1, "the child's age, cheeky personality, pestering since the festive season"),
    (2, "shampooed the evening before and dried it smooth"),
    (3, "heat setting and nozzle used when drying, lengthened rather than scorched"),
    (4, "which brand and shade of synthetic extensions, and how long they are"),
    (5, "buying plenty so you're not caught short late in the evening"),
    (6, "separating everything into quarters using a pointed tool"),
    (7, "tiny squares staggered like masonry"),
    (8, "why the staggered layout hides the skin between rows"),
    (9, "styling product smoothed along every partition so baby strands lie flat"),
    (10, "telling the kid off for wriggling"),
    (10, "she scolds her niece for fidgeting"),
    (11, "former employer who hurried customers through in a few hours"),
    (11, "complaining about an ex-boss at a previous workplace"),
    (12, "that lady's work came undone within a week"),
    (13, "technique that begins with only the natural strands"),
    (14, "a couple of plaits with natural strands before adding synthetic"),
    (15, "gradually adding small amounts so nothing bulky sits at the scalp"),
    (16, "benefits: less tugging, no lumps, no sore scalp for kids"),
    (17, "where she gets muddled and says she'll redo it"),
    (17, "abandoned attempt where she admits she got it the wrong way round"),
    (18, "corrected explanation of adding more as you go so it thickens"),
    (19, "keep the pull consistent or the result looks lopsided"),
    (20, "roughly how many plaits on one head, pace yourself and put a movie on"),
    (21, "natural strands end midway, then it's only extensions"),
    (22, "plait to the tips and leave some slack unbraided"),
    (23, "the step followers always ask about online"),
    (24, "let boiled water cool slightly to just under a hundred"),
    (25, "dunking the tips into a cup and pressing them dry with cloth"),
    (26, "safety warning about scalding liquid near kids"),
    (27, "foam applied all over to tame flyaways"),
    (28, "wrap with a satin headscarf while the product dries"),
    (29, "total duration of the session, snack breaks and a meltdown"),
    (30, "what the supplies cost, and she charges customers more"),
    (31, "the girl admiring her reflection in a kitchen appliance"),
    (32, "how long the style lasts if she wears a wrap at bedtime"),
    (33, "wrap-up summary, be patient with partitions"),
    (34, "appointments available in the West Midlands, details in profile"),
    (35, "goodbye at the very end"),
    (35, "last words of the video"),
    (4, "how many bags of extensions she bought"),
    (24, "correct temperature for sealing liquid"),
    (29, "total duration for the entire session"),
    (30, "price of materials"),
    (12, "the old boss's clients lost their plaits quickly"),
    (18, "proper version after her mistake"),
    (6, "splitting the hair into big chunks and clipping them"),
    (9, "product for the hairline before each plait"),
    (16, "why this technique is gentler on children"),
    (26, "position the beverage container away from youngsters"),
    (31, "she's grinning and staring at herself"),
    (32, "doubts about bedtime headwrap compliance"),
    (3, "reason for elongating strands beforehand"),
    (22, "how much to leave unplaited at the bottom"),
    (20, "approximately how many plaits in total"),
    (34, "advert for her services and where to book"),
    (7, "how big each partition is"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ae_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
