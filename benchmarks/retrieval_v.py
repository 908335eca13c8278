"""Blind retrieval figure V (evals/v_retrieval.jsonl, the phone screen repair talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_v.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("v")
