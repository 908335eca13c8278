"""Writes l_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_l_keyboard.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_l_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_l_keyboard import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening greeting where I introduce myself and say it's my debut custom typing project"),
    (1, "years stuck using a budget work typing device until I snapped"),
    (1, "the part where I explain why I gave up on my old cheapo one"),
    (2, "compact layout without numeric keys or F keys, plus what the barebones set cost"),
    (2, "how much the base package was"),
    (3, "price of the mechanisms, roughly half a buck apiece"),
    (4, "out of the box they're gritty and the big bottom key clatters like loose change"),
    (5, "outlining the roadmap: lubricate, repair, fresh toppers, afterwards an audio comparison"),
    (5, "the overview of everything I'm going to do in this video"),
    (6, "beginning to pry apart the mechanisms"),
    (7, "the little gadget that lifts the upper shell off several at once"),
    (8, "warning to work above a dish since the coils go flying beneath the table"),
    (9, "breakdown of what each mechanism is made of"),
    (10, "short heading line announcing the lubrication step"),
    (11, "applying a light coating with a tiny paintbrush to the slider rails"),
    (11, "which lubricant applicator I chose and the amount needed"),
    (12, "avoid getting lubricant on the prongs or it gets spongy"),
    (13, "how long the whole lubricating job lasted, listening to an audio show"),
    (14, "tangent about my roommate barging in and joking about snacks"),
    (14, "the housemate joke that isn't on camera anywhere"),
    (15, "brief heading for the stabs portion"),
    (16, "complaining the long key's mechanism was noisy enough to hear next door"),
    (17, "the fumbled measurement I abandon and redo"),
    (17, "where I trip over my words and apologise"),
    (18, "snipping off the small nubs underneath via side snips"),
    (19, "putting dielectric lube on the metal bar's tips"),
    (20, "that single mod turned the clacky bar into a satisfying low sound"),
    (21, "reassembly begins"),
    (22, "mechanisms snap in, the mounting layer sits on the PCB, hot swappable so no iron needed"),
    (22, "why I didn't have to solder anything"),
    (23, "tip to inspect the metal contacts so no key ends up not working"),
    (24, "the exciting stage, new caps"),
    (25, "factory caps get glossy and oily looking after only seven days"),
    (26, "upgraded chunkier toppers in a sculpted shape and their price"),
    (27, "removing the originals with a tool by lifting vertically rather than rocking"),
    (28, "installing the widest key at the end and aligning it"),
    (29, "short line kicking off the audio comparison"),
    (30, "audio capture arrangement, distance of the mic relative to everything"),
    (31, "playing the old recording, hollow and gritty"),
    (31, "the original typing sound sample"),
    (32, "the new recording sounds fuller and the long key finally blends in"),
    (33, "overall cost and time including the stab fix"),
    (33, "how much I spent altogether"),
    (34, "whether I'd repeat it, already planning another one"),
    (35, "advice to newcomers: don't rush the greasing, it matters most"),
    (35, "my main tip for beginners"),
    (36, "sign-off asking viewers which mechanisms they use"),
    (36, "closing farewell, catch you later"),
    (4, "first impressions of how the factory parts felt"),
    (20, "result after sorting out the clatter"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "l_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
