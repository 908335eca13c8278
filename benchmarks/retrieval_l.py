"""Blind retrieval figure L (evals/l_retrieval.jsonl, the keyboard build talk, written blind):
see retrieval_blind.py.

    .venv/bin/python benchmarks/retrieval_l.py [--show-misses]
"""

from retrieval_blind import SETS, main

# until retrieval_blind.SETS lists set L itself
SETS.setdefault("l", ("project_l_keyboard", "create_keyboard_project", "the keyboard build talk"))

if __name__ == "__main__":
    main("l")
