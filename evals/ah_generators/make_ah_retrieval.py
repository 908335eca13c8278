"""Writes ah_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ah_skillet.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/ah_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ah_retrieval.py   (writes ../ah_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ah_skillet import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ah_skillet import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the host introduces himself and says he will revive an heirloom pan"),
    (0, "opening hello from the presenter"),
    (1, "two decades feeding sailors at sea, never owned cookware this fine"),
    (1, "his military service as a ship's galley worker"),
    (2, "the pan was his granny's, she baked bread for relatives after worship each week"),
    (2, "family tradition of weekly baking"),
    (3, "pork fat heated until smoking, the crackle audible out on the veranda"),
    (4, "children gathered round and got swatted with a utensil for grabbing food before the blessing"),
    (5, "left in a relative's outbuilding for a decade and a half after her death"),
    (5, "how many years it sat neglected"),
    (6, "showing the underside covered in corrosion, compared to a shellfish"),
    (7, "inspecting for a fracture because a broken one cannot be saved"),
    (7, "why a fractured pan is a lost cause"),
    (8, "a scary moment thinking there was a split near the grip"),
    (9, "relief: only a scrape full of oxidation, ready to proceed"),
    (10, "using a caustic aerosol to remove the old baked-on coating"),
    (11, "covering every surface and sealing it inside a trash sack"),
    (12, "warning about gear for hands and eyes because the chemical is dangerous"),
    (13, "left sitting forty-eight hours, respraying daily"),
    (14, "chatting with the fellow next door who wants breakfast cooked for him"),
    (14, "interruption to greet a passing neighbor"),
    (15, "that neighbor is nosy and sniffs out every project nearby"),
    (16, "the botched attempt where he stops himself and restarts"),
    (16, "the mistake about the rinsing order that he corrects"),
    (17, "hosing off the caustic residue so it never mixes with the acid"),
    (18, "acid bath mixed in equal parts with tap water in a bin"),
    (18, "what the acid soak is meant to remove"),
    (19, "warning that too long a soak lets the acid attack bare metal"),
    (19, "danger of leaving it soaking too long"),
    (20, "how often to check on it and the usual soak duration"),
    (21, "scouring with an abrasive pad and detergent until it's uncoated"),
    (22, "the single exception when abrasives and detergent are allowed on this cookware"),
    (23, "after stripping it resembles a new store-bought pan, dull and gloomy"),
    (24, "heating it dry on the cooktop to prevent immediate corrosion"),
    (24, "why you must dry it straight away"),
    (25, "start of the oiling stage, where the fun begins"),
    (26, "the sponsor's product he uses, versus his grandmother's pork fat"),
    (26, "brand of product the creator relies on"),
    (27, "apply a very sparse layer then remove almost all of it"),
    (27, "how sparingly to apply it"),
    (28, "excess leads to a tacky finish that has to be redone"),
    (29, "baking inverted at high temperature with a drip catcher underneath"),
    (29, "baking temperature and duration"),
    (30, "switching off the heat and leaving it to rest in there instead of yanking it early"),
    (31, "repeating the process half a dozen times over a weekend day"),
    (31, "how many layers he applied"),
    (32, "the color deepening with each layer from silver to brown to dark"),
    (33, "a bonus tip using a spud and table salt as a gentle scrub"),
    (33, "extra freebie trick with no harsh products"),
    (34, "the big trial: preparing the inaugural breakfast"),
    (35, "frying with a pat of dairy, it glides like on a rink"),
    (35, "the nonstick test with breakfast"),
    (36, "nothing clings, proof the finish works"),
    (37, "his grandmother would be pleased; plans to bake her recipe next weekend"),
    (38, "encouraging viewers to hunt for a junk pan at a garage sale"),
    (39, "asking the audience to comment about their own dishes"),
    (40, "final farewell blessing"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ah_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
