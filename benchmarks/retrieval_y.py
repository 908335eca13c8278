"""Blind retrieval figure Y (evals/y_retrieval.jsonl, the climbing knots talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_y.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("y")
