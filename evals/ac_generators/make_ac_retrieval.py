"""Writes ac_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ac_faucet.SCRIPT through talk_project.timed_script. Written blind, in Q's format.

    cd evals/ac_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ac_retrieval.py   (writes ../ac_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ac_faucet import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ac_faucet import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "nurse introduces herself, tap leaking a fortnight"),
    (0, "opening greeting and what the video is"),
    (1, "age of the mixer tap and which part is leaking"),
    (2, "the plinking keeps her spouse awake"),
    (3, "closing the shutoffs beneath the basin"),
    (4, "which direction to twist them and relieving line pressure"),
    (5, "cloth in the basin so small parts can't vanish"),
    (6, "popping the trim piece off the lever"),
    (7, "allen wrench size for the set screw"),
    (8, "backing the screw out partway and raising the lever"),
    (9, "lever won't budge, rock it back and forth"),
    (10, "relative who soaked his cellar doing this repair"),
    (10, "in-law disaster with flooding downstairs"),
    (11, "moral of the story: double check the shutoffs"),
    (12, "the metal keeper visible once the lever is gone"),
    (13, "levering out the keeper, it tends to escape"),
    (14, "yanking the old valve insert using channel locks"),
    (15, "it finally comes free and the seals are perished"),
    (16, "bring the worn part along to the shop to compare"),
    (17, "staff member identified the replacement quickly"),
    (18, "price paid, less than calling in a pro"),
    (19, "lubricating the seals prior to installing"),
    (20, "apply sparingly with a fingertip"),
    (21, "she messes up the install step and begins again"),
    (21, "abandoned explanation of seating the new piece"),
    (22, "correct orientation of the new insert, indent toward the basin"),
    (23, "reinstall the keeper until it clicks into its slot"),
    (24, "reassembly: lever, set screw, trim piece"),
    (25, "reopening the shutoffs gradually"),
    (26, "flushing both temperatures to purge bubbles"),
    (27, "kitchen roll around the fittings to spot leaks"),
    (28, "how long to wait for the leak test"),
    (29, "result: no moisture and the lever feels nicer"),
    (30, "proud of herself as a medical worker with a tool"),
    (31, "her long hospital workdays compared with this easy job"),
    (32, "total duration of the repair excluding travel"),
    (33, "if leaking continues, other parts could be to blame"),
    (34, "wrap-up and a dedication to the relative"),
    (35, "sign-off at the very end"),
    (35, "last words of the video"),
    (22, "the corrected version after her mistake"),
    (18, "how much was the replacement part"),
    (7, "what size allen wrench"),
    (10, "the flooded cellar anecdote"),
    (14, "using tools to extract the worn valve"),
    (19, "lube on the seals"),
    (28, "how to know there are no leaks"),
    (3, "step one, isolate the supply"),
    (16, "why bring the worn piece with you"),
    (31, "comparing a repair to hospital work"),
    (2, "noise keeping people up overnight"),
    (6, "removing the chrome trim"),
    (25, "gradual reopening of the shutoffs"),
    (32, "how long it took altogether"),
    (17, "several lookalike parts at the shop"),
    (24, "putting the lever back together"),
    (15, "worn out seals on the removed part"),
    (1, "how old is the fixture"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ac_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
