"""Blind retrieval figure J (evals/j_retrieval.jsonl, the cabin air filter talk, written blind in round 8):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_j.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("j")
