"""Blind retrieval figure W (evals/w_retrieval.jsonl, the kombucha brewing talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_w.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("w")
