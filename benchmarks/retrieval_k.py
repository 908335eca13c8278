"""Blind retrieval figure K (evals/k_retrieval.jsonl, the drywall patch talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_k.py [--show-misses]
"""

from retrieval_blind import SETS, main

# until retrieval_blind.SETS lists set K itself
SETS.setdefault("k", ("project_k_drywall", "create_drywall_project", "the drywall patch talk"))

if __name__ == "__main__":
    main("k")
