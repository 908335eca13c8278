"""Blind retrieval figure F (evals/f_retrieval.jsonl): see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_f.py [--show-misses]
"""

from retrieval_blind import main

if __name__ == "__main__":
    main("f")
