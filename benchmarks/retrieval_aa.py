"""Blind retrieval figure AA (evals/aa_retrieval.jsonl, the chair re-caning talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_aa.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("aa")
