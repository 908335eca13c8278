"""Writes z_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_z_wardrobe.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/z_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_z_retrieval.py   (writes ../z_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_z_wardrobe import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_z_wardrobe import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "dad introduces himself and says who the furniture is for"),
    (0, "opening hello from the presenter"),
    (1, "the cardboard cartons it arrived in and the booklet full of drawings"),
    (2, "spread all the parts on the floor and check the fixings are all there"),
    (3, "one fixing short, already annoyed before starting"),
    (4, "buy a decent hex tool instead of the freebie, easier on the joints"),
    (5, "knocking wooden pegs into the side board"),
    (6, "gentle knocks only or the particleboard cracks"),
    (6, "warning not to whack too hard"),
    (7, "telling the kid to go find her mother while he works"),
    (8, "apologising for the little girl who wants the mallet"),
    (9, "round metal fittings dropped in pointing toward the peg"),
    (10, "twisting the fittings until they grip, roughly a half rotation"),
    (11, "if it won't grip the marker was facing backwards, made that mistake two times"),
    (12, "relative by marriage assembled an identical unit inverted"),
    (12, "story about the sister's husband and his mistake"),
    (13, "clothes pole at floor level and the ledge at the ceiling"),
    (14, "his brother claims the relative never fixed his, brilliant"),
    (15, "flimsy hardboard rear sheet that looks like fake timber"),
    (15, "getting back on track after the digression"),
    (16, "pushing the rear sheet into the slots and tacking it every few inches"),
    (17, "checking diagonals are equal so it's not skewed"),
    (18, "a bit off, so shunting it into place with a hip"),
    (19, "lifting it upright needs a second person, nearly two metres high"),
    (20, "watch out for the lampshade when raising it"),
    (21, "anchoring it to the plaster so it can't topple onto children"),
    (21, "tip-over safety tether"),
    (22, "attaching the pivots to the fronts before hanging them"),
    (23, "aborted attempt at explaining the fittings, racing too far forward"),
    (23, "he stops mid sentence and says he'll begin again"),
    (24, "three fixings per pivot, tweak the fronts using two of them"),
    (25, "which adjuster shifts sideways and which shifts depth"),
    (26, "tiny increments until the spacing is uniform from head to foot"),
    (26, "lining up the fronts so the split is consistent"),
    (27, "reassuring the little one it's almost done"),
    (28, "fitting the clothes pole and resting the ledge on small studs"),
    (29, "knobs go on last, careful not to crank them too tight"),
    (30, "how long the job took, much of it spent hunting for a tool"),
    (30, "total build time"),
    (31, "really pleased, reckons it looks solid"),
    (32, "jibe at the relative that his one is the correct orientation"),
    (33, "wrapping up how to assemble it while keeping your sanity"),
    (34, "asking viewers for comments about bunk beds, and the missing fixing"),
    (34, "request for suggestions on the next project"),
    (35, "goodbye"),
    (2, "inventory of hardware, should total forty-two"),
    (4, "hex tool size, six mil"),
    (9, "lining up the marker on the fittings"),
    (13, "clothes were still hung in the inverted unit"),
    (16, "small tacks every ten centimetres"),
    (19, "how tall the unit is"),
    (25, "left right versus in out adjustment"),
    (28, "easy part with the ledge studs"),
    (31, "happy with the result"),
    (7, "interruption from his daughter off camera"),
    (11, "learnt from a mistake twice"),
    (17, "diagonal tape measurement"),
    (22, "fronts come after, attached by pivots"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "z_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}, ensure_ascii=False) + "\n" for i, q in QUERIES),
                   encoding="utf-8")
    print(len(QUERIES), "queries ->", out)
