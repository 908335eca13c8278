"""Blind retrieval figure AH (evals/ah_retrieval.jsonl, the cast-iron skillet restoration talk, written blind
in round 24): see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ah.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ah")
