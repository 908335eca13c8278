"""Writes j_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_j_filter.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_j_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_j_filter import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the host introduces himself and says he's changing the ventilation element in his hatchback"),
    (0, "opening greeting, my name and today's job"),
    (1, "the interior has reeked of mildew lately"),
    (1, "complaining about a stale whiff whenever the ventilation runs"),
    (2, "blower is feeble, hardly a breeze from the dash outlets even at maximum"),
    (2, "barely any draught from the dashboard even when cranked right up"),
    (3, "another name for the part, it purifies what you breathe inside the vehicle"),
    (3, "the alternative label people use for this component"),
    (4, "the equipment needed: a flashlight, a screwdriver and a rubbish sack"),
    (4, "what gear is required"),
    (5, "the replacement cost under twenty quid online and it's the charcoal kind that neutralises odours"),
    (5, "price of the spare and why I picked the charcoal version"),
    (6, "first stage, clearing out the storage compartment beforehand"),
    (7, "the rubbish I discovered inside: fines, a pressure gauge and heaps of candy packaging"),
    (7, "parking fines and candy wrappers I dug out"),
    (8, "showing where the slow-close strut is attached on one side of the cubby"),
    (9, "unhooking the strut from its peg, it just exists so the cover lowers gently"),
    (9, "detaching the soft-close mechanism so the lid is free"),
    (10, "pressing in the first flank so its catch releases from the dashboard"),
    (11, "repeating that on the opposite flank to release the other catch"),
    (12, "be gentle, the fasteners are brittle and breaking them means a permanent rattle"),
    (12, "warning not to be heavy-handed with the fragile fasteners"),
    (13, "once released, the compartment falls open and reveals the casing behind"),
    (13, "the cubby hanging loose, exposing the unit at the rear"),
    (14, "the cover on the casing has two little latches you pinch"),
    (15, "easing the dirty element out carefully without spilling debris by my feet"),
    (15, "withdrawing the used cartridge from its slot"),
    (16, "it's filthy, there's foliage, grime and an arachnid corpse in the folds"),
    (16, "the gross stuff I found trapped in the used one"),
    (17, "explaining why the blower was so feeble, it was blocked solid"),
    (18, "inspect the marking on the edge of the cartridge before it's fitted"),
    (19, "the direction indicator should face the carpet on this model"),
    (19, "which direction the ventilation travels across it"),
    (20, "the flub where I install it upside down and restart"),
    (20, "my mistake with the orientation, then I apologise and redo"),
    (21, "the correct attempt, inserting it facing downwards and pushing it fully home"),
    (21, "fitting the fresh one the right way round, shoved right to the rear"),
    (22, "the charcoal layer visible behind the grille that absorbs odours"),
    (23, "refit the cover and check both latches engage or you'll get a whistling noise on the motorway"),
    (24, "reassembly is the same process backwards"),
    (25, "raising the compartment into place so the catches engage, then reconnecting the strut"),
    (26, "the awkward moment refitting the strut took ages"),
    (27, "switching the ignition on and checking the airflow, much stronger"),
    (27, "turning the key and blasting the blower to try it out"),
    (28, "the bad odour has disappeared completely"),
    (29, "what the mechanic wanted to charge and how much I kept in my pocket"),
    (29, "comparing the workshop's price with doing it myself"),
    (30, "admitting it honestly took longer because of the snack rubbish, but it's easy for anybody"),
    (31, "outro asking viewers to inspect theirs annually and comment"),
    (31, "goodbye, tell me in the replies what was hiding in your car"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "j_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
