"""Writes ad_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ad_wheel.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/ad_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ad_retrieval.py   (writes ../ad_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ad_wheel import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ad_wheel import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the mechanic introduces himself and what the video covers"),
    (0, "opening hello from the presenter"),
    (1, "how the damage happened, hitting the pavement edge on a city street"),
    (2, "turning the cycle upside down so it rests on seat and handlebars"),
    (2, "warning to protect the floor covering"),
    (3, "removing the rear hoop, fingers getting dirty from oil"),
    (4, "mounting it in the jig and rotating it softly"),
    (5, "moving the pointer close so you can spot the rubbing"),
    (6, "how far out of line his was, in mm"),
    (7, "the wrench for adjusting, it has to grip or you'll strip things"),
    (8, "thickness of the wires and which colour slot on the tool"),
    (9, "how many wires there are and which direction each pulls"),
    (10, "slacken one side and tension the opposite where it scrapes"),
    (11, "small adjustments only, ninety degrees each time"),
    (12, "repeat, check, adjust again, very rewarding"),
    (13, "friend who cycled to another city on a bent rim"),
    (13, "story about a pal's long ride with a damaged wheel"),
    (14, "she claimed it was okay but was exhausted and the pad was gone"),
    (15, "two kinds of straightness, sideways and vertical"),
    (16, "checking the clearance underneath for roundness, adjusting both sides at once"),
    (17, "tighten two at a high spot, slacken two at a low spot"),
    (18, "admits the roundness part is annoying and slow"),
    (19, "what centring the rim over the axle means"),
    (20, "using the gauge on both faces and comparing"),
    (21, "judging tightness by flicking them like an instrument"),
    (22, "they should sound alike, a dull sound means loose"),
    (23, "correct instrument for measuring, target figure where the gears are"),
    (24, "showing a broken one, failed at the bend"),
    (25, "where he messes up and says he'll start over"),
    (25, "abandoned first attempt at explaining the replacement"),
    (26, "the corrected explanation: remove the old nut, thread the new one through the centre"),
    (27, "weaving it in like the others and tightening gradually"),
    (28, "straightening everything once more since a new one shifts things"),
    (29, "final rotation, it's perfect now and he's delighted"),
    (30, "reinstalling, clamping the lever and turning the cycle upright"),
    (31, "how long it took him including a cup of tea"),
    (32, "beginners could need a couple of hours, no problem"),
    (33, "wrap-up, job done, very pleased"),
    (34, "asking viewers what to cover next and to follow the channel"),
    (35, "goodbye in his native language"),
    (35, "last words of the video"),
    (26, "proper version of the replacement step after the mistake"),
    (6, "how bad was the buckle"),
    (8, "what size wire are they"),
    (11, "how far to rotate per adjustment"),
    (31, "duration of the entire repair"),
    (23, "how much tightness to aim for"),
    (13, "the Liverpool anecdote"),
    (3, "taking it off the frame"),
    (21, "checking by ear"),
    (19, "centring explained"),
    (15, "the two types of alignment"),
    (29, "is it fixed now"),
    (7, "what wrench is required"),
    (24, "the broken one at the bend"),
    (9, "how many are on the hoop"),
    (20, "gauge flipped to each side"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ad_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
