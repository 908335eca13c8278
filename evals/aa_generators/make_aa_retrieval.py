"""Writes aa_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_aa_chair.SCRIPT through talk_project.timed_script. Written blind, in Q's format.

    cd evals/aa_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_aa_retrieval.py   (writes ../aa_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_aa_chair import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_aa_chair import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "he introduces himself and the heirloom furniture from his late parent"),
    (0, "opening greeting from the old fella"),
    (1, "decades sitting by the range down south, worn out before its owner passed"),
    (2, "his former profession and relocating to the west coast"),
    (3, "slicing away the ruined panel with a blade"),
    (4, "knocking leftover strands from the perforations using a nail"),
    (5, "how many perforations the frame has, miscounted at first"),
    (6, "the material's thickness and how it's bundled, compared to an animal"),
    (7, "how long it spends in the basin and why not longer"),
    (8, "covering the strand tips with wet cloth so they don't split"),
    (9, "the opening pass running front to rear from the centre"),
    (10, "why it shouldn't be pulled too taut, it contracts when drying"),
    (11, "plugging each opening temporarily with something from golf"),
    (11, "cheap trick for keeping strands under tension"),
    (12, "the neighbour's disaster with lacquer on damp strands"),
    (13, "finish turned milky and the seating drooped, he complained for weeks"),
    (14, "stage two, crossways strands resting above the lengthwise ones"),
    (15, "third step, doubling up the front to back strands alongside the first"),
    (16, "the fourth step where you interlace crossways for the first time"),
    (17, "tedious stage, the little plugs keep falling out"),
    (18, "where he gets mixed up about which corner and begins again"),
    (18, "abandoned attempt at the fifth step"),
    (19, "the correct explanation of the first slanting pass"),
    (20, "sixth step, slanting the opposite direction"),
    (21, "if you do it the wrong way round it simply jams, with a curse"),
    (22, "which stage eats the most time, sixty minutes apiece"),
    (23, "last step, a broader strip covering the perimeter"),
    (24, "lashing the edging strip down at alternate openings"),
    (25, "gluing little dowels into the corners and cutting them level"),
    (26, "how much excess to leave underneath before tucking away"),
    (27, "leave it a night and keep your backside off it"),
    (28, "admiring the taut result and what his mam would think"),
    (29, "how many nights the project took, with music playing"),
    (30, "the teenager saw it remotely and gave her verdict"),
    (31, "tip for novices to get spare material because mistakes happen"),
    (32, "reminder not to repeat the neighbour's blunder"),
    (33, "wrap-up, the heirloom is usable again"),
    (34, "encouraging viewers with an old one lying around to try it"),
    (35, "goodbye in Irish"),
    (35, "closing farewell as the recording ends"),
    (12, "story about the bloke next door"),
    (7, "soaking duration"),
    (5, "count of openings around the frame"),
    (6, "what gauge of strand is being used"),
    (22, "the slowest part of the job"),
    (26, "measurement for the leftover tails"),
    (9, "first stage of the pattern"),
    (23, "finishing the edge so the openings are hidden"),
    (29, "total time spent on the restoration"),
    (2, "where he lives now and what he used to do"),
    (3, "removing the damaged original"),
    (10, "warning about over-tensioning"),
    (17, "complaint that the fourth stage is slow going"),
    (30, "his grandchild's reaction on a call"),
    (19, "slanting strands running nearside to opposite rear"),
    (28, "the finished result is taut like percussion"),
    (31, "advice for first-timers"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "aa_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
