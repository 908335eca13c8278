"""Blind retrieval figure I (evals/i_retrieval.jsonl, the kitchen tap talk, written blind in round 7):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_i.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("i")
