"""Blind retrieval figure AF (evals/af_retrieval.jsonl, the Corolla oil change talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_af.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("af")
