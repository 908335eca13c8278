"""Writes v_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other words
than the transcript's) with the start of the sentence each one means, taken from
project_v_screen.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/v_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_v_retrieval.py   (writes ../v_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_v_screen import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_v_screen import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "intro where she says her name and what she is attempting"),
    (0, "opening hello, hoping it goes well"),
    (1, "how the mobile got smashed on public transport"),
    (1, "relative knocked the handset onto the floor of a bus"),
    (2, "telling her relative he still has a debt to repay, pastry isn't payment"),
    (3, "kit list of gear required before starting"),
    (4, "price of the toolkit bought off the internet versus a repair shop quote"),
    (5, "cost of the replacement display, cheaper than buying a whole new handset"),
    (6, "power down and remove the cover"),
    (7, "warming the device upside down to loosen the adhesive, temperature and timing"),
    (8, "warning about overheating and damaging the cell"),
    (9, "using the sucker at the lower end of the rear panel to open a small opening"),
    (10, "sliding a thin wedge sideways to sever the bonding"),
    (11, "stubborn bonding, give it more warmth rather than forcing"),
    (12, "opening the rear panel like a hardback because a ribbon is still connected"),
    (13, "count of miniature fasteners securing the cover plate"),
    (14, "keeping fasteners organised on sticky strip, she misplaced one previously"),
    (15, "disconnecting the power plug first with a prying tool to avoid a short circuit"),
    (16, "display plug unclips like a toy brick"),
    (17, "turning the device around and warming its face the same way"),
    (18, "go slowly around the shattered front, careful at each corner"),
    (19, "eye protection because shards come away, she is serious"),
    (20, "cleaning residue off the chassis until spotless"),
    (21, "where she gets muddled and says she'll restart the explanation"),
    (21, "abandoned attempt at the sticky sheet step"),
    (22, "corrected version: wipe with rubbing alcohol, then apply the sticky sheet"),
    (23, "threading the ribbon through the opening before pressing"),
    (24, "weighing it down with a pile of novels while it sets"),
    (25, "reconnecting plugs, display first then power"),
    (26, "returning fasteners in their original sequence"),
    (27, "tiny measurement of the clearance, make sure nothing is pinched"),
    (28, "refitting the rear panel and holding pressure for sixty seconds"),
    (29, "nervous when powering it up to test"),
    (30, "celebration that it boots and responds to touch"),
    (31, "biometric unlock survived, she had been hoping for that"),
    (32, "how long the job took overall, interrupted by filming"),
    (33, "encouraging viewers they can manage it, keep clumsy relatives away"),
    (34, "asking for suggestions in the comments and to follow the channel"),
    (35, "goodbye at the very end"),
    (35, "final farewell to viewers"),
    (2, "the bit where she calls out her relative directly about money"),
    (4, "what she paid for the tools"),
    (7, "what temperature to use"),
    (8, "danger of cooking the power cell"),
    (13, "how many fasteners hold the cover"),
    (14, "why she keeps things organised on sticky strip"),
    (15, "which plug to remove first"),
    (19, "safety advice about shards"),
    (22, "the proper version after her mistake"),
    (24, "how long to leave the weight on"),
    (27, "how wide the clearance is"),
    (29, "the nerve-wracking power-on"),
    (32, "total duration of the fix"),
    (9, "opening the rear using a sucker"),
    (16, "disconnecting the display plug"),
    (20, "tidying residue off the chassis before fitting"),
    (33, "advice to keep clumsy family members away from your mobile"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "v_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
