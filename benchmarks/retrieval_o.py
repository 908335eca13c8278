"""Blind retrieval figure O (evals/o_retrieval.jsonl, the Seville orange marmalade talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_o.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("o")
