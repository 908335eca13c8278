"""Writes ag_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_ag_pottery.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/ag_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ag_retrieval.py   (writes ../ag_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ag_pottery import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_ag_pottery import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the part where she greets viewers in Welsh and says what she's attempting"),
    (0, "opening hello from the presenter"),
    (1, "retired teacher reveals her age and asks for patience"),
    (1, "how many years she spent teaching youngsters"),
    (2, "secondhand machine bought on social media at a bargain price"),
    (2, "how much the machine cost her"),
    (3, "her late spouse constructed the hut, board by board"),
    (3, "the large pane of glass fitted for daylight"),
    (4, "he predicted she'd create things out there and would be amused by her mess"),
    (5, "comparing the first preparation step to making dough, except you're expelling air"),
    (5, "how to prepare the material before it goes on the machine"),
    (6, "pushing using the lower part of each hand forms something resembling a sheep's skull"),
    (7, "trapped air pockets can explode during firing and upset the lady who runs it"),
    (8, "introducing the stage people find most difficult"),
    (9, "throwing the lump onto the turning head and speeding up"),
    (10, "steadying the arm against the leg so it spins evenly"),
    (11, "the moment it slides off-centre and goes crooked"),
    (12, "telling herself to try once more with extra moisture and pressure"),
    (13, "joking that she could teach infants reading but not this"),
    (13, "third failure to get it balanced"),
    (14, "celebrating when it finally stays true and steady"),
    (15, "making a hollow with both thumbs, leaving enough thickness underneath"),
    (16, "where she confuses the direction of her hands and stops herself"),
    (16, "abandoned explanation of spreading the base"),
    (17, "the corrected instruction for widening the base"),
    (18, "squeezing and raising the sides with one palm in and one out"),
    (19, "reduce rotation to around fifty percent and raise the sides gradually"),
    (19, "how quickly the machine should turn when raising the sides"),
    (20, "too much moisture makes everything sag"),
    (21, "the first attempt's side got too slender and crumpled"),
    (21, "how the first try fell apart"),
    (22, "giggling until tears came, mess everywhere including on the pet"),
    (22, "muck in her hair and on her specs"),
    (23, "she balled it up, redid the preparation, and this is the second try"),
    (24, "mopping up puddles inside so the base doesn't weaken"),
    (25, "smoothing the lip using a strip of soft hide"),
    (26, "cleaning up underneath using a timber implement while it's damp"),
    (27, "her teenage relative recommends buying special equipment, and she dismisses him"),
    (27, "teasing a youngster in the family who has never tried it"),
    (28, "cutting it free from the machine with a taut length of metal"),
    (29, "transferring the piece to a flat slab for resting"),
    (30, "covering it loosely with plastic so moisture escapes gradually over several days"),
    (30, "how long it needs before it's completely hard"),
    (31, "rushing the drying causes splits underneath"),
    (32, "she doesn't own a furnace so it's heading to the local hall"),
    (32, "where it will get fired since she has no oven herself"),
    (33, "praise for the experienced lady with decades of practice who'll include it in the group's batch"),
    (33, "how long the woman at the club has been doing pottery"),
    (34, "the bisque stage temperature, then coating and a second hotter bake"),
    (35, "promising to show the finishing coat later, in a few weeks"),
    (36, "browsing colours on the internet, one recalls a Gower beach"),
    (36, "the seaside place the green colour brings to mind"),
    (37, "admiring the slightly uneven result, proud it belongs to her"),
    (38, "imagining her husband would have stored hardware in it"),
    (39, "asking the audience to leave advice below the video"),
    (40, "closing farewell with a hug sent from Wales and the upcoming project announced"),
    (40, "drinking vessels planned for the following episode"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ag_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
