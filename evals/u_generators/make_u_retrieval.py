"""Writes u_retrieval.jsonl: paraphrased queries (how a person recalls a part of a talk, in other
words than the transcript's) with the start of the sentence each one means, taken from
project_u_truing.SCRIPT through talk_project.timed_script. Written blind, in suite Q's format.

    cd evals/u_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_u_retrieval.py   (writes ../u_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_u_truing import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_u_truing import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "the guy introduces himself and what he is fixing in his workshop"),
    (0, "opening hello from the presenter in oregon"),
    (1, "his back rim is bent and scrapes the braking surface on each revolution"),
    (2, "road damage he rode into a few days ago, clicking noise since then"),
    (3, "tools required for this job"),
    (4, "homemade jig from spare bicycle parts instead of buying a proper one"),
    (5, "it was free and performs great"),
    (6, "deflate and remove it from the frame"),
    (7, "attach an indicator a couple of mm from the edge"),
    (8, "rotate gently and look for where the metal gets nearest"),
    (9, "identifying the bent area that leans toward one direction"),
    (10, "flag the spot with adhesive so you can find it again"),
    (11, "each side's wires tug the hoop toward their own direction"),
    (12, "what to adjust on the opposite flange when it scrapes on one edge"),
    (13, "small increments only, ninety degrees per adjustment"),
    (14, "the common confusion about rotation direction of the tool"),
    (15, "he gets it wrong and says he will say it over"),
    (15, "abandoned explanation, clockwise mistake"),
    (16, "corrected explanation: anticlockwise makes it tighter since it's inverted"),
    (17, "thanking a mechanic friend who taught him years back"),
    (17, "praise for the woman who runs a repair store"),
    (18, "she mocked his worn-out rubber"),
    (19, "resuming the adjustment on both sides near the mark"),
    (20, "another revolution, clearance to the indicator looks evener"),
    (21, "repeat small adjustments and recheck each time"),
    (22, "share the load across several instead of overtightening a single one"),
    (23, "total count, half per flange"),
    (24, "listening for low notes by twanging them to find slack ones"),
    (25, "when lateral runout is small enough you can stop"),
    (26, "vertical out-of-round mentioned but saved for another episode"),
    (27, "stress relieving by gripping neighbouring pairs, metallic noises"),
    (28, "reassurance that the noise is expected and harmless"),
    (29, "final check after stress relief since it can shift"),
    (30, "reinstalling, inflating, and reconnecting the caliper"),
    (31, "duration of the job, mostly spent being cautious"),
    (32, "how much better the ride feels afterwards, quiet and clean"),
    (33, "summary: not intimidating, just a tool and a cable tie"),
    (34, "call to action for viewers, requests for next repair"),
    (35, "goodbye at the very end"),
    (35, "final farewell, catch you while cycling"),
    (16, "proper version of the direction tip after the blooper"),
    (7, "how far the indicator sits from the hoop"),
    (30, "what pressure to inflate to"),
    (23, "how many wires does this hoop have"),
    (31, "how long did the repair take him"),
    (5, "price of his homemade jig"),
    (13, "how much to rotate per adjustment"),
    (28, "is the noise after squeezing a problem"),
    (2, "what caused the damage in the first place"),
    (24, "using your ear to find slack ones"),
    (12, "fixing scraping on one edge"),
    (17, "who taught him the trick"),
    (26, "the hop problem for a future episode"),
    (4, "DIY jig made from salvaged bicycle bits"),
    (10, "marking the problem area with adhesive"),
    (22, "avoid overtightening one, distribute the load"),
    (18, "comment about his worn out rubber being dangerous"),
    (3, "the shopping list before starting"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "u_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
