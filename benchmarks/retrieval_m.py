"""Blind retrieval figure M (evals/m_retrieval.jsonl, the trainer cleaning talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_m.py [--show-misses]
"""

from retrieval_blind import SETS, main

# until retrieval_blind.SETS lists set M itself
SETS.setdefault("m", ("project_m_trainers", "create_trainers_project", "the trainer cleaning talk"))

if __name__ == "__main__":
    main("m")
