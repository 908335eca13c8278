"""Blind retrieval figure AC (evals/ac_retrieval.jsonl, the faucet cartridge talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_ac.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("ac")
