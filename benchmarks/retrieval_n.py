"""Blind retrieval figure N (evals/n_retrieval.jsonl, the beehive winter prep talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_n.py [--show-misses]
"""

from retrieval_blind import SETS, main

# until retrieval_blind.SETS lists set N itself
SETS.setdefault("n", ("project_n_beehives", "create_beehives_project", "the beehive winter prep talk"))

if __name__ == "__main__":
    main("n")
