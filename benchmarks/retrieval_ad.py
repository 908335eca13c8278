"""Blind retrieval figure AD (evals/ad_retrieval.jsonl, the buckled wheel truing talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ad.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ad")
