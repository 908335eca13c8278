"""Blind retrieval figure R (evals/r_retrieval.jsonl, the skateboard bearings talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_r.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("r")
