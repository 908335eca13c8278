"""Blind retrieval figure Q (evals/q_retrieval.jsonl, the sock darning talk, written blind in round 17):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_q.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("q")
