"""Writes i_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_i_tap.SCRIPT through talk_project.timed_script.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_i_retrieval.py
"""

from __future__ import annotations

import json
from pathlib import Path

from project_i_tap import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the presenter says her name and what has been wrong for nearly a month"),
    (0, "opening greeting where I explain the problem with the faucet"),
    (1, "what kind of faucet it is and the part inside, versus the traditional design"),
    (2, "the daily amount lost from the leak and calling it daft"),
    (2, "how many litres the leak was throwing away"),
    (3, "the list of equipment to gather before starting"),
    (3, "what gear do you need for the job"),
    (4, "bring the worn part along when buying a replacement so the teeth are the same"),
    (5, "the first stage, shutting off the supply"),
    (6, "small shutoffs beneath the basin and how far to rotate them"),
    (7, "no local valves means closing the mains for the entire home"),
    (8, "draining what's left in the plumbing"),
    (9, "second stage, removing the lever"),
    (10, "prying the small cover off the handle with a nail or a blade"),
    (11, "the hidden set screw and a hex key, then lifting the handle away"),
    (12, "warning not to lose the tiny fastener down the drain"),
    (12, "joke about wasting the whole day if a part falls into the sink hole"),
    (13, "introducing the fitting that clamps the insert in place"),
    (14, "keep the fixture still with your other hand so it doesn't rotate on the counter"),
    (15, "turning the fitting counterclockwise, hard to shift because of mineral build up"),
    (15, "unscrewing the big fitting the opposite way to a clock"),
    (16, "pulling out the worn insert and the gasket underneath is caked"),
    (16, "first look at the old part, its base all furred up"),
    (17, "the reason it kept leaking: the deposits stopped it shutting"),
    (18, "giving the housing a wash with something acidic before the replacement goes in"),
    (19, "soaking for a while then scrubbing until the metal gleams"),
    (20, "the moment I realise it's the wrong way round and restart"),
    (21, "fitting the replacement so its tabs sit in the slots"),
    (22, "reattaching the fitting firmly but gently so the inner plates don't break"),
    (22, "don't crank it too hard"),
    (23, "reassembling the handle and snapping the cover back on"),
    (24, "the big test, reopening the supply gently"),
    (24, "switching the shutoffs on again carefully"),
    (25, "letting it flow for a bit because it sputters with trapped air"),
    (26, "it closes fully with no leak even after staring at it for ages"),
    (26, "the result, no more leaking"),
    (27, "how long the repair took and what the part cost in quid"),
    (27, "total time and price of the whole fix"),
    (28, "sign-off encouraging viewers to do it themselves instead of hiring a tradesperson"),
    (28, "asking people to tell me how theirs went"),
    (1, "a disc-based insert, not the old rubber-ring style"),
    (11, "loosening the concealed hex fastener under the cover"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "i_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
