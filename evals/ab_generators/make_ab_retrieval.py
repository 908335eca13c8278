"""Writes ab_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ab_racket.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/ab_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ab_retrieval.py   (writes ../ab_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ab_racket import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ab_racket import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "presenter introduces himself, says pro shops got too expensive"),
    (0, "opening greeting"),
    (1, "secondhand equipment purchase from an online classifieds listing"),
    (1, "how cheaply he got the gear and how fast it was worth it"),
    (2, "removing the worn-out stringbed, working from the centre toward the edges"),
    (3, "why snipping from the perimeter first can bend the racquet"),
    (4, "securing the racquet onto the device with mounts near the neck and tip"),
    (5, "reminder not to overtighten the supports"),
    (6, "how many vertical and horizontal lines this model has"),
    (7, "how much cord he measures off, with extra just in case"),
    (8, "explaining which lines are the vertical ones, top to bottom"),
    (9, "poking the two loose ends into the centre openings and equalizing"),
    (10, "his preferred tightness, an average choice for polyester"),
    (11, "moving the mass along the lever arm till it reads the target"),
    (12, "securing it once horizontal so it holds while moving on"),
    (13, "a tennis buddy who went absurdly tight for precision"),
    (14, "friend broke his racquet before playing, blames manufacturing"),
    (15, "punchline warning viewers not to copy his friend"),
    (16, "working left and right in turn till every vertical is installed"),
    (17, "securing the vertical set, where beginners usually fail"),
    (18, "spot he gets confused and begins afresh"),
    (18, "botched explanation he abandons halfway"),
    (19, "corrected version: two hitches on the outermost vertical"),
    (20, "horizontal strings interlaced alternately"),
    (21, "drag the entire length each pass so nothing gets damaged by rubbing"),
    (22, "stay a step in front when interlacing so the next is prepped"),
    (23, "dropping the horizontal tightness slightly versus keeping it identical"),
    (24, "using a pointed tool to straighten lines so the grid is neat"),
    (25, "final horizontal secured near the neck, the visible knot should look tidy"),
    (26, "trimming leftover ends but leaving a little margin"),
    (27, "stretching cord beforehand by some percentage"),
    (28, "gave it a try for months, noticed no difference, quit"),
    (29, "remove from the device and tap it against your hand to hear it"),
    (30, "that pinging noise tells you the stringbed is uniform, very cool"),
    (31, "total time it took him, decent but not quick"),
    (32, "cost and wait at a pro shop compared to doing it yourself"),
    (33, "wrap-up, it's easy, just be patient"),
    (34, "asking viewers for questions below and to follow the channel"),
    (35, "final sign-off telling people to go play"),
    (35, "last line of the video"),
    (19, "proper way to finish off the verticals after the mistake"),
    (10, "what tightness does he use"),
    (6, "grid dimensions of his racquet"),
    (13, "story about his partner overdoing it"),
    (14, "friend insists it was a factory flaw"),
    (7, "how many feet of cord"),
    (31, "total duration of the job"),
    (32, "reason not to pay professionals"),
    (3, "risk of warping when removing"),
    (28, "does prestretching actually matter"),
    (2, "where to begin the removal"),
    (24, "keeping the grid straight as you go"),
    (11, "how the gravity-based tensioner is set"),
    (26, "margin remaining after trimming"),
    (20, "side-to-side lines and how they go in"),
    (1, "used machine bought cheap"),
    (29, "hand test after unmounting"),
    (23, "reduced tightness on horizontals, some players prefer"),
    (4, "clamping the racquet down"),
    (16, "filling in the rest of the verticals"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ab_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
