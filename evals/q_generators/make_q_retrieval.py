"""Writes q_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_q_darning.SCRIPT through talk_project.timed_script. Written blind, in suite P's format.

    cd evals/q_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_q_retrieval.py   (writes ../q_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_q_darning import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_q_darning import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the grandmother introduces herself and says a parent passed the skill down"),
    (0, "opening greeting from the presenter"),
    (1, "complaint that people bin hosiery over tiny damage, it upsets her"),
    (2, "her spouse's walking gear, worn through at the back of the foot once more"),
    (3, "list of equipment required for the repair"),
    (4, "a household lamp or citrus fruit as a substitute for the wooden tool"),
    (5, "choosing yarn of similar weight and colour"),
    (6, "price paid for two skeins, enough to last the rest of her life"),
    (7, "putting the tool inside so the damaged area is centred"),
    (8, "warning against overstretching or it puckers afterwards"),
    (9, "how much yarn to cut, roughly elbow to fingertips, no tying at the tail"),
    (10, "teenage relative who likes ripped denim and prefers tying"),
    (10, "poking fun at a young family member's taste in clothes"),
    (11, "outlining the damaged area with small stitches into the sound fabric"),
    (12, "a firm frame that stops the damage spreading"),
    (13, "vertical lines packed tightly from one edge of the frame to the opposite one"),
    (14, "slack at each turn so shrinking in the laundry is allowed for"),
    (15, "carry on until the gap is filled with parallel strands, compared to an instrument"),
    (16, "rotating the foot and interlacing crosswise"),
    (17, "the return pass alternates the opposite way"),
    (18, "packing the lines tight using the point so nothing shows through"),
    (19, "comparison with making a little piece of fabric on a loom, very rewarding"),
    (20, "if you skip one, undo your work back, nothing to be embarrassed about"),
    (21, "where she gets muddled and says she'll begin again"),
    (21, "abandoned attempt at explaining how to finish off"),
    (22, "the corrected explanation: pass through to the inner face and bury the tail"),
    (23, "cutting the tail, not too short or it unravels"),
    (24, "turning it outward, repaired like brand-new"),
    (25, "admits the result is slightly bumpy but nobody will notice"),
    (26, "duration of this repair, nattering throughout"),
    (27, "larger damage could need sixty minutes, so have some entertainment going"),
    (28, "decades of experience since childhood, never failed to rescue a pair"),
    (29, "extend the patch further when the surrounding fabric is worn"),
    (30, "fix it early: small damage is quick, large damage eats a night"),
    (31, "wrap-up summary, not difficult, needs perseverance"),
    (32, "asking viewers what repair they want next and to follow the channel"),
    (33, "farewell at the very end"),
    (33, "last words of the video"),
    (22, "proper version of the finishing step after her mistake"),
    (6, "what did the yarn cost"),
    (9, "why you shouldn't tie the end off"),
    (14, "allowance for laundry shrinkage"),
    (26, "time taken for this repair"),
    (4, "improvised alternatives to a dedicated tool"),
    (16, "crosswise pass, alternating above and beneath"),
    (12, "purpose of the perimeter"),
    (28, "how old she was when she began mending"),
    (30, "why not to put off repairs"),
    (2, "whose footwear is being repaired"),
    (8, "caution about tension"),
    (17, "reversing the pattern on the return"),
    (3, "things to gather before starting"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "q_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
