"""Blind retrieval figure Z (evals/z_retrieval.jsonl, the flat-pack wardrobe talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_z.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("z")
