"""Blind retrieval figure T (evals/t_retrieval.jsonl, the bath re-grouting talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_t.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("t")
