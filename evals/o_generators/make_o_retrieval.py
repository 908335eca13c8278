"""Writes o_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_o_marmalade.SCRIPT through talk_project.timed_script. Written blind, in suite N's format.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_o_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_o_marmalade import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening where the guy introduces himself and says whose recipe this preserve is"),
    (0, "welcome bit at the very beginning"),
    (1, "bitter citrus fruit is seasonal and vanishes from supermarkets fast"),
    (2, "my overnight job with paramedics and why cooking unwinds me"),
    (3, "shopping list with quantities: fruit, citrus, sweetener, liquid"),
    (3, "what ingredients go into this recipe"),
    (4, "no setting agent needed because the seeds handle it"),
    (5, "washing the fruit and removing the tiny stems"),
    (6, "halving them and juicing into a large saucepan"),
    (7, "hang onto the seeds rather than binning them, they get wrapped in cloth"),
    (8, "removing the white spongy layer with cutlery"),
    (9, "chopping the rind into strips at whatever thickness suits you"),
    (10, "sibling who reckons only coarse-cut counts and has weird taste in condiments"),
    (10, "joke about a family member's food habits"),
    (11, "everything goes into the pot and gets heated till bubbling"),
    (12, "lower the flame and cook uncovered for a couple of hours until tender"),
    (13, "checking doneness by pinching a strip with your fingertips"),
    (14, "removing the cloth pouch and waiting till it's handleable"),
    (15, "wringing the gooey setting stuff out and returning it"),
    (16, "adding the sweetener gently over low flame"),
    (16, "when the sweetener gets tipped in"),
    (17, "keep mixing till no granules remain"),
    (18, "heating too soon makes the preserve gritty"),
    (19, "chilling plates in the icebox ahead of checking the set"),
    (20, "sterilising the glassware: hot suds then a spell in a hot oven"),
    (20, "how I clean and dry the containers"),
    (21, "crank the hob up until it's bubbling furiously and won't calm down when mixed"),
    (22, "target temperature and fixing a probe onto the pot"),
    (23, "where I fumble and restart halfway through"),
    (23, "my botched attempt at explaining the plate check"),
    (24, "after a quarter of an hour, remove from the hob and drop a bit onto a chilled plate"),
    (25, "nudge the blob and see whether the surface crinkles"),
    (26, "if no crinkle appears, continue bubbling briefly and retry on a second chilled plate"),
    (27, "resting it so the rind spreads evenly instead of rising"),
    (28, "spooning the hot mixture into containers and capping immediately"),
    (29, "hearing the metal tops click down as they seal while cooling"),
    (29, "signs the containers are airtight"),
    (30, "the sound I find most rewarding when preserving"),
    (31, "how many containers this made and what the ingredients set me back"),
    (31, "total spend on the batch"),
    (32, "shelf life unopened versus refrigerating after you crack one open"),
    (32, "storage advice"),
    (33, "grandmother handing out gifts to the neighbours on the road"),
    (33, "who the rest of the batch is for"),
    (34, "summing up: it ate my weekend but was worthwhile"),
    (35, "asking viewers to share pictures and mention me online"),
    (36, "off to have breakfast, goodbye for now"),
    (36, "closing sign-off"),
    (24, "the proper corrected version about testing on a chilled plate"),
    (12, "how long to cook the rind gently"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "o_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
