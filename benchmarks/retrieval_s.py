"""Blind retrieval figure S (evals/s_retrieval.jsonl, the knife sharpening talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_s.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("s")
