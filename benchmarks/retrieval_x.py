"""Blind retrieval figure V (evals/x_retrieval.jsonl, the phone screen repair talk, written blind in round 20):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_v.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("x")
