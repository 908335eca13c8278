"""Writes p_retrieval.jsonl: paraphrased queries (how a person recalls a part of their own talk, in
other words than the transcript's) with the start of the sentence each one means, taken from
project_p_ukulele.SCRIPT through talk_project.timed_script. Written blind, in suite O's format.

    cd evals/p_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_p_retrieval.py   (writes ../p_retrieval.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_p_ukulele import SCRIPT, timed_script
except ImportError:  # from a folder holding the project file
    from project_p_ukulele import SCRIPT, timed_script

SEG, _W, _T = timed_script(SCRIPT)

# (sentence index, query)
QUERIES: list[tuple[int, str]] = [
    (0, "opening where the girl introduces herself and what the video covers"),
    (0, "greeting at the very start"),
    (1, "small four-string instrument that was a present when she turned an age, never serviced since"),
    (2, "demonstrating the flat lifeless tone by playing a chord"),
    (3, "equipment checklist: replacement set, cutters and a pitch gadget"),
    (3, "which tools are required"),
    (4, "price paid on the internet for the Italian brand set"),
    (5, "slackening the machine heads till everything hangs limp"),
    (6, "cutting through the worn ones halfway so nothing flicks into your eyes"),
    (7, "advice for anxious people to go one by one, though she removes them together"),
    (8, "removing leftover bits from the saddle end and from the tuners"),
    (9, "cleaning the neck surface while it's bare because of the grime"),
    (10, "pal who oils her instrument with citrus and snaps them constantly"),
    (10, "mocking a mate for her bad track record"),
    (11, "warning that the tie at the base is the trickiest step, take your time"),
    (12, "passing it through the saddle opening and wrapping it over itself a couple of times"),
    (13, "cinching it snug against the rear"),
    (14, "carrying the loose end to the top and poking it through the tiny opening"),
    (15, "how much extra length to allow so it coils around a few times"),
    (16, "which direction it should wrap, towards the middle rather than away"),
    (17, "sequence for fitting the four, identical order whenever you do it"),
    (18, "re-entrant fourth string being pitched up instead of down and confusing her for ages"),
    (19, "standard pitches and the reference frequency"),
    (20, "gadget clipped on at the top versus a smartphone application"),
    (21, "tugging each one outward gently along the length"),
    (22, "redoing the pitch because fresh nylon drops constantly"),
    (23, "expect drifting for a few days at first, no need to worry"),
    (24, "where she trips up halfway and restarts"),
    (24, "botched first attempt at explaining why it slides"),
    (25, "proper version: slipping means too few coils on the tuner"),
    (26, "snipping the leftover tails but not too short"),
    (27, "inviting the viewer to hear the comparison"),
    (28, "it's crisp and fresh now, practically a different instrument"),
    (29, "total time spent, slowed down by the ties"),
    (30, "how often to replace them, twice yearly or more for heavy players"),
    (31, "reassurance for newbies that tying gets simpler"),
    (32, "wrap-up summarising what we did"),
    (33, "asking viewers to request a rhythm tutorial, then farewell"),
    (34, "final goodbye"),
    (34, "very last words"),
    (25, "the corrected explanation after her mistake"),
    (12, "how many loops to make at the base"),
    (19, "what reference pitch in Hz for the top string"),
    (4, "how much did the set cost"),
    (9, "dirty neck confession"),
    (29, "how long did the job take"),
    (16, "direction of winding on the post"),
    (22, "why you re-check the pitch after stretching"),
    (6, "trimming the worn set in half"),
    (1, "present from a birthday, unchanged ever since"),
    (30, "replacement frequency advice"),
    (21, "tugging outward to break the new nylon in"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "p_retrieval.jsonl"
    out.write_text("".join(json.dumps({"query": q, "start": SEG[i].start}) + "\n" for i, q in QUERIES), encoding="utf-8")
    print(len(QUERIES), "queries,", len({i for i, _q in QUERIES}), "sentences ->", out)
