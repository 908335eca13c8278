"""Writes x_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_x_screen.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/x_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_x_retrieval.py   (writes ../x_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_x_screen import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_x_screen import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "she introduces herself and says what the fix is"),
    (0, "opening greeting of the video"),
    (1, "how the device got smashed by a relative"),
    (2, "demanding that a family member pay her back"),
    (3, "list of gear required for the repair"),
    (4, "price of the toolkit compared with a repair shop"),
    (5, "cost of the replacement display bought separately"),
    (6, "powering down and removing the card holder"),
    (7, "warming the handset upside down to loosen the adhesive"),
    (8, "warning not to overheat or you'll damage the cell"),
    (9, "lifting the rear panel with a sucker until there's an opening"),
    (10, "working the wedge around the perimeter because the adhesive resists"),
    (11, "rewarming if it sets again"),
    (12, "how many fasteners hold the midframe, they're minuscule"),
    (13, "keeping fasteners organised on sticky strip in sequence"),
    (14, "disconnecting the power cell first with the pry tool"),
    (15, "why unplugging power matters, risk of frying the motherboard"),
    (16, "detaching the display ribbon at the top"),
    (17, "the frightening part, removing the broken display"),
    (18, "warming the front and starting at the worst damaged edge"),
    (19, "careful, fragments could scatter across the room"),
    (20, "covering the broken glass beforehand so pieces hold together"),
    (21, "scraping residue until the surface is clean"),
    (22, "she confuses the sequence and restarts her explanation"),
    (22, "abandoned attempt at the sticky strip instructions"),
    (23, "corrected version: route the ribbon, then stick the new panel down"),
    (24, "thickness of the bonding layer and pressing firmly so it isn't raised"),
    (25, "reconnecting things in the right sequence"),
    (26, "reassembling the midframe with the fasteners in order"),
    (27, "weighing it down with textbooks while it sets"),
    (28, "powering up and it functions, she's amazed"),
    (29, "admitting she was nervous during the power cell part"),
    (30, "how long the job took, mostly nerves"),
    (31, "a protective film might do for minor damage"),
    (32, "replace it soon if touch response is glitchy"),
    (33, "wrap-up, not hard once you've learned"),
    (34, "asking viewers what she should fix next and to subscribe"),
    (35, "final goodbye and another jab about the debt"),
    (2, "telling her relative he's in debt to her"),
    (7, "temperature and time for softening"),
    (8, "don't exceed that temperature"),
    (12, "size of the fasteners under the panel"),
    (14, "first thing to unplug inside"),
    (15, "the crucial step and why"),
    (19, "risk of fragments everywhere"),
    (20, "trick to keep shards from scattering"),
    (23, "the proper version of the sticky strip step"),
    (24, "how thick is the new sticky layer"),
    (27, "improvised press using a pile of reading material"),
    (28, "moment it lights up"),
    (30, "total duration of the job"),
    (31, "temporary option when only the edge is damaged"),
    (4, "what the toolkit cost"),
    (5, "price of the part itself"),
    (9, "getting the rear panel off"),
    (17, "removing the broken front panel"),
    (26, "putting the midframe back"),
    (33, "closing summary of the tutorial"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "x_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
