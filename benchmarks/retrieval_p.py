"""Blind retrieval figure P (evals/p_retrieval.jsonl, the ukulele restringing talk, written blind in round 16):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_p.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("p")
