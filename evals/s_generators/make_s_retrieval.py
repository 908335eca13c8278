"""Writes s_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_s_knife.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/s_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_s_retrieval.py   (writes ../s_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_s_knife import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_s_knife import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "presenter introduces himself, decades of experience, Polish city then English trading venue"),
    (0, "where the vendor says his hometown before moving to England"),
    (1, "purpose of today's lesson: restoring a cook's blade using only two whetstones"),
    (2, "customers turn up weekly with utterly blunt cutlery that fails on salad fruit"),
    (3, "which grits he picked, a rough one and a polishing one"),
    (4, "rough whetstone forms the geometry, polishing one refines"),
    (5, "soaking both whetstones in a pail till air stops escaping"),
    (6, "inking the bevel with a felt tip during the soak"),
    (7, "why the ink matters: reveals contact between abrasive and metal"),
    (8, "crucial point of the tutorial, pay attention"),
    (9, "roughly fifteen degree tilt, coins stacked beneath the back of the blade"),
    (9, "elevation needed for the rear of a cook's tool"),
    (10, "anecdote about the fromage seller next door who hones on his vehicle"),
    (10, "neighbouring trader's bad habit, warning viewers not to copy him"),
    (11, "wet cloth underneath to stop the abrasive block moving"),
    (12, "gentle forward motion as if shaving a sliver from the block"),
    (13, "count of passes per face, then test with a fingertip"),
    (14, "definition of that thin curled metal lip you can barely notice"),
    (15, "once the lip runs from butt to point, flip over and repeat"),
    (16, "identical tilt, force and count on the reverse, keep it moistened"),
    (17, "moving to the polishing grit and easing off the force"),
    (18, "decreasing count of alternating passes, from five down to a single one"),
    (19, "he muddles the explanation and announces he will start over"),
    (20, "drawing the cutting side lightly through a bottle stopper or timber to remove the lip"),
    (21, "checking whether the ink has vanished all over the bevel"),
    (22, "ink left right at the apex means raise the back a touch"),
    (23, "slicing a printer sheet downward from above"),
    (24, "a keen blade is silent through the sheet, a blunt one rips"),
    (25, "second check using a salad fruit, blade falling under gravity alone"),
    (26, "if it skates, return to polishing again, no worries"),
    (27, "why the abrasive blocks need levelling, a dip forms in the centre"),
    (28, "levelling on abrasive sheet over a ceramic square until guide lines disappear"),
    (29, "care advice: wipe it, keep away from the washing machine for plates and loose in cutlery drawers"),
    (30, "rod realigns rather than sharpens, common misconception"),
    (31, "a few quick passes on the rod before cooking lasts a week or so"),
    (32, "total time required, longer for beginners"),
    (33, "invitation to leave comments and visit his pitch at the weekend"),
    (34, "farewell and closing wish"),
    (2, "complaint about how dull the stuff people hand him is"),
    (5, "how long to leave the whetstones submerged"),
    (6, "using a permanent pen on the slope near the cutting side"),
    (9, "the correct tilt for a western cook's blade"),
    (12, "direction of travel, butt to point, light force"),
    (14, "what that wire actually is"),
    (17, "lighter touch on the higher grit"),
    (20, "getting rid of the wire at the finish, done properly the second go"),
    (21, "reading the ink afterwards to judge the tilt"),
    (24, "racket a blunt edge makes ripping stationery"),
    (27, "dished whetstones need attention afterwards"),
    (29, "never put cutlery in the dishwashing machine"),
    (30, "misunderstanding about what a rod does"),
    (32, "how many minutes the pro needs compared with an amateur"),
    (33, "come visit the pitch in the city at the weekend"),
    (3, "rough versus polishing grades, measured in thousands"),
    (11, "stopping the whetstone from sliding about"),
    (16, "same count repeated on the reverse face"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "s_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
