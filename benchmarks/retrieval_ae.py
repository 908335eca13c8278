"""Blind retrieval figure AE (evals/ae_retrieval.jsonl, the knotless box braids talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ae.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ae")
