"""Writes k_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_k_drywall.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_k_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_k_drywall import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening greeting from the presenter, introducing the repair job in the corridor"),
    (0, "who she is and what she's mending today"),
    (1, "the kid flung the lounge entrance open and the knob punched into the gypsum"),
    (1, "how the damage happened in the first place"),
    (2, "roughly as big as a clenched hand, no need to hire a tradesman"),
    (2, "size of the damage and that it doesn't require a professional"),
    (3, "reassurance that this kind of damage is simple to repair using a sticky reinforcement square"),
    (4, "shopping list of materials and equipment for the repair"),
    (4, "spackle, a scraper, a craft blade, abrasive paper and spare emulsion"),
    (5, "cost of the repair set compared with a cafe latte"),
    (5, "how cheap the DIY store kit was"),
    (6, "step one: neatening the damaged opening because bits are flaking away"),
    (7, "trimming around the rim with a Stanley blade to make a tidy rectangle"),
    (8, "safety warning, the cutter is razor keen and gypsum powder spreads all over"),
    (9, "wiping the opening over using a wet rag so the sticky square adheres"),
    (9, "cleaning it beforehand using a moist towel"),
    (10, "introducing the reinforcement grid section"),
    (11, "the botched measurement I abandon and redo"),
    (11, "where I fumble the sizing and apologise"),
    (12, "the sticky square ought to extend beyond the opening by a few cm all round"),
    (13, "removing the protective film and pressing it against the surface from the centre outward"),
    (14, "grips by itself, no nails or fixings needed"),
    (15, "tangent about my pet kitty watching from the staircase"),
    (15, "the feline that was never filmed"),
    (16, "short line announcing the compound stage"),
    (17, "loading the spatula with putty and pushing it through the grid"),
    (18, "don't rush it in one pass, a skim cures quicker and won't split or droop"),
    (19, "reassuring viewers the grid showing through early on is expected"),
    (20, "allow several hours for it to harden, longer in a chilly corridor"),
    (20, "how long the first layer needs to harden"),
    (21, "the following morning, layer number two"),
    (22, "applying it broader and tapering beyond the previous layer"),
    (23, "why a wider spread hides the lump after decorating"),
    (24, "more hanging around while it sets, the most difficult bit is patience"),
    (25, "lay a protective cloth on the floor before smoothing, it's a grubby job"),
    (26, "abrasive paper on a block, rubbing in circular motions till it merges"),
    (27, "the blindfold test: close your eyes and stroke the surface"),
    (27, "checking by touch whether the join is invisible"),
    (28, "if a slight lip is detectable, a further dab of compound and rub down fixes it"),
    (29, "cleaning away the powder before decorating"),
    (30, "unearthed a leftover tin of the same emulsion out in the shed"),
    (31, "two layers of emulsion applied with a mini roller, going beyond the repair so the finish blends"),
    (32, "the reveal, the damage is totally invisible now"),
    (33, "total time spent, under an hour of effort across a couple of days"),
    (33, "how long the whole thing took me"),
    (34, "fitting a rubber bumper on the baseboard to prevent a repeat"),
    (35, "the knob now hits the stopper rather than the plaster, a little victory joke"),
    (36, "encouragement to viewers not to worry and try it themselves"),
    (37, "sign-off asking the audience to comment on what damaged theirs"),
    (37, "closing guess that a handle was the culprit"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "k_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
