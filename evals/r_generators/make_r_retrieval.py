"""Writes r_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_r_skateboard.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/r_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_r_retrieval.py   (writes ../r_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_r_skateboard import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_r_skateboard import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "teen vlogger greets viewers and announces the repair"),
    (0, "opening hello from the presenter"),
    (1, "his rolling parts produce an awful scraping sound, he feels awkward about it among other riders"),
    (2, "turn the deck over onto cushioning to protect the artwork"),
    (3, "checklist of equipment required before starting"),
    (4, "price paid on the internet, compared to takeaway food"),
    (5, "factory-supplied originals were poor quality and corroded"),
    (6, "loosen the fastener counterclockwise with the multi-tool"),
    (7, "keep track of small hardware because it escapes across the floor"),
    (8, "removing the roller from its spindle, races remain lodged"),
    (9, "a clever method using the spindle tip to prise it out"),
    (10, "the worn part springs free when twisted, very pleasing"),
    (11, "turn it around and repeat on the opposite face"),
    (12, "small cylindrical piece sits between them, keep it, don't throw it out"),
    (13, "a relative discarded those parts and ended up with wobbly rides"),
    (13, "funny anecdote about a family member's mistake"),
    (14, "each roller needs a pair, so a total of eight fresh ones"),
    (15, "diameter of his rollers, method suits any dimension"),
    (16, "seat the replacement with its cover pointing outward and press down"),
    (17, "press firmly with two palms until seated level"),
    (18, "slot the hollow piece in, followed by race number two on top"),
    (19, "warning against hitting it with a tool, could damage the cover"),
    (20, "where he gets muddled and says he'll start over"),
    (20, "abandoned attempt at explaining reassembly"),
    (21, "corrected version: ring goes on the outer side, fasten until snug"),
    (22, "loosen slightly so there's no sideways play but free rotation"),
    (23, "test rotation, it should keep turning for a while if done properly"),
    (24, "his result lasted twice as long, he was amazed"),
    (25, "repeat for the remaining ones, quick after some practice"),
    (26, "his first attempt was slow, so beginners shouldn't worry"),
    (27, "clean the metal spindles with a cloth first since they collect dirt"),
    (28, "old parts can be washed and saved as backups or thrown out"),
    (29, "kitchen lubricant is a misconception and leaves residue"),
    (30, "heading outside to test whether the noise has gone"),
    (31, "hear how it makes no sound anymore"),
    (32, "speed improvement, barely needs to kick to reach the street's end"),
    (33, "wrap-up saying the job is easy"),
    (34, "asking viewers to engage and suggest future repairs"),
    (35, "farewell until the following episode"),
    (35, "last words of the video"),
    (21, "proper reassembly instructions after the slip-up"),
    (4, "cost of the purchase"),
    (12, "don't throw away the tiny metal cylinder"),
    (6, "first step of removal using a spanner-style gadget"),
    (2, "protect the printed design while it's flipped"),
    (23, "how to know whether you did the job right"),
    (29, "greasing with frying fat is a misconception"),
    (26, "his initial go took thirty mins"),
    (14, "how many replacements the complete deck needs"),
    (19, "if it resists, avoid brute force"),
    (9, "using the shaft as leverage"),
    (31, "total quiet after the fix"),
    (1, "embarrassment at the park because of the noise"),
    (15, "size of the rolling parts in mm"),
    (25, "roughly a sixth of an hour for the rest after practice"),
]


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "r_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries ->", out)
