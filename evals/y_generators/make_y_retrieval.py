"""Writes y_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_y_knots.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/y_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_y_retrieval.py   (writes ../y_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_y_knots import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_y_knots import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "instructor says hello and names the city"),
    (0, "opening greeting"),
    (1, "the part of the sport that stops you dying"),
    (2, "equipment list: harness, cord, metal clip"),
    (3, "thickness of the cord, good for beginners"),
    (4, "first topic announced: the main tie-in"),
    (5, "measuring off a generous length at the tip to begin the initial knot shape"),
    (6, "what it should resemble, not a snack or a tangle"),
    (7, "thread through the upper and lower attachment points"),
    (8, "warning against the equipment hoop, story promised later"),
    (9, "retracing the original route a second time"),
    (10, "keeping parallel lines neat so they don't criss-cross"),
    (11, "snugging every line one by one against the waist belt"),
    (12, "how much spare end to leave, in cm"),
    (13, "her mate's blunder in the capital"),
    (13, "buddy who attached himself to the incorrect spot on his kit"),
    (14, "nobody spotted it till he was up the route"),
    (15, "he's ok, pays for drinks as punishment"),
    (16, "second topic: the backup on the loose end"),
    (17, "coil round two times and poke it through the centre"),
    (18, "comparison with a fishing knot"),
    (19, "some gyms reckon the backup is optional"),
    (20, "buddy inspection before every route, even for veterans"),
    (21, "counting the parallel lines on a friend's tie-in"),
    (22, "where she muddles the order and restarts"),
    (22, "abandoned attempt at listing the checks"),
    (23, "corrected order of the safety inspection"),
    (24, "saying the checklist aloud even though it's embarrassing"),
    (25, "final topic: attaching to a bolt"),
    (26, "making two coils and stacking them"),
    (27, "hooking both coils onto the metal clip and cinching"),
    (28, "the advantage: can be adjusted while still clipped"),
    (29, "use a locking gate, not a non-locking one"),
    (30, "breaking strength of the clip compared to people's weight"),
    (31, "how much surplus to keep on the final knot she demonstrates"),
    (32, "outdoors on rock, no staff to spot errors"),
    (33, "recap of all four topics"),
    (34, "rehearse at home blindfolded"),
    (35, "where to find her if you're unsure"),
    (36, "goodbye at the very end"),
    (36, "final words"),
    (23, "proper version of the inspection list after her slip-up"),
    (12, "recommended leftover length"),
    (3, "diameter of the cord"),
    (30, "strength rating in kN"),
    (13, "anecdote about a pal's dangerous mistake"),
    (8, "forbidden attachment point on the waist belt"),
    (19, "is the backup really needed"),
    (9, "retrace the path for the second pass"),
    (29, "why a non-locking gate is a bad idea"),
    (20, "how often you inspect your buddy"),
    (26, "loops facing the same direction"),
    (34, "homework for the viewers"),
    (14, "intended purpose of those little plastic hoops"),
    (1, "why these matter for staying safe"),
    (32, "climbing on real rock outside"),
    (21, "expected number of doubled lines in a correct tie-in"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "y_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
