"""Writes m_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_m_trainers.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_m_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_m_trainers import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening hello where I introduce myself and say I'm reviving some tired sneakers"),
    (1, "admitting I've had them on constantly since forever and the wear is obvious"),
    (2, "describing how filthy they got: dingy tops, muddy strings, discoloured bottoms"),
    (2, "rundown of everything that's wrong with them"),
    (3, "replacing them outright would be pricey, so fixing them saves loads"),
    (4, "what I paid for the supplies I bought off the internet"),
    (4, "shopping list and prices for the kit and the whitening product"),
    (5, "running order for the whole video, leaving the slowest step till last"),
    (6, "tiny heading kicking off the shoelace section"),
    (7, "dunking the strings in a jug of hot soapy liquid"),
    (8, "mix it round and let them sit for sixty minutes meanwhile"),
    (9, "if the strings stay dirty, replacements are dirt cheap"),
    (10, "heading introducing the fabric tops"),
    (11, "padding the inside with paper towel so they hold their form"),
    (12, "gentle circular motions with bubbles since the fabric is fragile"),
    (13, "warning against drenching the fabric because the adhesive may fail"),
    (13, "why you shouldn't get the tops sopping wet"),
    (14, "cloth to lift off the grubby suds regularly instead of spreading the grime"),
    (15, "sibling wandering by joking that my footwear was getting a spa day"),
    (15, "the family member gag that isn't filmed anywhere"),
    (16, "brief heading for the foam part of the sole"),
    (17, "tougher bristles for the side of the sole, the product proving its value"),
    (18, "melamine sponge for stubborn marks, treat it like sanding paper"),
    (19, "where I stumble over the instructions and restart"),
    (19, "the fumbled attempt I abandon"),
    (20, "dampen the sponge, wring it, and barely touch the marks"),
    (21, "steer that sponge clear of the fabric or it turns fluffy fast"),
    (22, "heading announcing the hardest job, the discoloured bottoms"),
    (23, "explaining the discolouration is a chemical reaction so elbow grease won't help"),
    (24, "slathering the whitening gel on using a worn dental brush"),
    (25, "covering them in plastic wrap to keep the gel moist"),
    (26, "leaving them by a bright pane of glass for hours, rotating regularly"),
    (27, "chilly day but luckily sunny for late autumn"),
    (27, "the weather that day"),
    (28, "washing the gel away and letting them air out until morning, not near heating"),
    (29, "never use the drying machine because warmth will bend the rubber"),
    (30, "next day rethreading the strings"),
    (31, "the neater lacing style I chose"),
    (32, "comparison of how they looked originally versus now"),
    (33, "still slightly discoloured near the back but a huge improvement"),
    (33, "being honest that the result isn't flawless"),
    (34, "overall spend and hours, a fraction of buying fresh ones"),
    (34, "how much I spent altogether"),
    (35, "would I repeat it, my soccer cleats are up next"),
    (35, "what I'm restoring after this"),
    (36, "tip to try the product somewhere hidden first, particularly on nubuck"),
    (36, "my main warning for beginners before they start"),
    (37, "outro asking viewers to share their results below"),
    (37, "goodbye, catch you in seven days"),
    (20, "the correct version of the eraser instructions"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "m_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
