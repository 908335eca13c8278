"""Blind retrieval figure U (evals/u_retrieval.jsonl, the wheel truing talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_u.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("u")
