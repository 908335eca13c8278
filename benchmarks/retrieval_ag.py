"""Blind retrieval figure AG (evals/ag_retrieval.jsonl, the first-bowl pottery talk, written blind in round 24):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ag.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ag")
