"""Blind retrieval figure D (evals/d_retrieval.jsonl): see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_d.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("d")
