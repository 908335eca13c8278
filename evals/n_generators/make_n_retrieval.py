"""Writes n_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_n_beehives.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_n_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_n_beehives import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "greeting where the lady introduces herself and how many decades she's looked after colonies"),
    (1, "today's job: preparing my apiary for the cold season that arrives sooner here"),
    (2, "a colony perished during the previous cold season and the cause is still a mystery to me"),
    (2, "the mystery loss I mention near the beginning"),
    (3, "lifting the rear of every box to judge its weight"),
    (4, "target weight in stores before the cold months"),
    (5, "the small colony near the boundary felt underweight compared with its neighbours"),
    (6, "recipe for the feed, double the sweetener to the liquid, heated till transparent"),
    (7, "warning not to let the feed come to a rolling bubble"),
    (8, "topping up the container above the frames, roughly a gallon, emptied within forty-eight hours"),
    (9, "the guy next door prefers the solid sugar paste and curses at his colonies"),
    (9, "joke about the fellow who lives nearby"),
    (10, "short heading introducing rodent protection"),
    (11, "rodents are drawn to the cosy stores and can ruin an entire box by spring"),
    (12, "sizing of the perforations so insects fit through but vermin can't"),
    (13, "fastening the barrier onto the doorway using a pair of tacks"),
    (14, "start of the parasite section that everyone dreads"),
    (15, "online club get-together where the government official said infestations were bad regionwide"),
    (15, "what the provincial official reported during last week's video call"),
    (16, "timing the treatment for when there are no larvae, around the end of autumn"),
    (17, "how much liquid to trickle along each gap in the cluster"),
    (18, "protective eyewear and hand protection because the chemical is dangerous"),
    (18, "safety advice for handling the treatment"),
    (19, "putting the absorbent layer above the boxes beneath the cover"),
    (20, "a frame filled with sawdust and fabric that absorbs condensation from the colony"),
    (21, "moisture is deadlier for a colony than low temperatures, a common misconception"),
    (22, "where I get tangled up and restart the sentence"),
    (22, "my false start about timing the absorbent box"),
    (23, "install the absorbent box ahead of the freezing nights and keep the filling fluffy"),
    (24, "insulating each box with dark tar sheets over polystyrene"),
    (25, "dark colour catches warmth so the insects can fly out and relieve themselves"),
    (26, "keep the upper opening clear or condensation will suffocate them"),
    (27, "securing the covers against gales coming from the sea"),
    (27, "how strong the gusts get where I live"),
    (28, "the time a cover got ripped away and the colony perished"),
    (29, "all of them finished and lined up along the boundary"),
    (30, "gorgeous scenery looking over the farmland towards the water from the hilltop"),
    (30, "bragging about the landscape near my place"),
    (31, "keeping them shut till springtime when the weather turns mild and bright"),
    (31, "the date of my next inspection"),
    (32, "tapping the box and listening for a buzz to check they survived"),
    (33, "what the prep cost me, mainly sweetener and fresh tie-downs"),
    (33, "my spending on supplies this season"),
    (34, "wrapping up, it takes a full day for my colonies"),
    (35, "invitation to post queries below and I'll reply"),
    (36, "final goodbye wishing viewers and their insects well"),
    (36, "sign off at the very end"),
    (23, "the corrected version about when to put on the absorbent box"),
    (12, "size of the perforations in the rodent barrier"),
    (6, "the ratio for mixing the feed"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "n_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
