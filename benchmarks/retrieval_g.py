"""Blind retrieval figure G (evals/g_retrieval.jsonl): see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_g.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("g")
