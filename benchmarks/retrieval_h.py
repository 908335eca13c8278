"""Blind retrieval figure H (evals/h_retrieval.jsonl, the espresso grinder talk, written blind in round 6):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_h.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("h")
