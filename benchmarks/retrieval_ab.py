"""Blind retrieval figure AB (evals/ab_retrieval.jsonl, the tennis racket restringing talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ab.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ab")
