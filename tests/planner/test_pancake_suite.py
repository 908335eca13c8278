"""The second evaluation project and its suites: valid files, the split, and a few cases end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.eval import load_suite, run_suite
from editor_app.eval.checks import CHECKS

EVALS = Path(__file__).resolve().parents[2] / "evals"
HALVES = ("pancakes_tune.jsonl", "pancakes_heldout.jsonl", "pancakes_heldout_b.jsonl")


def test_suites_are_valid_split_and_hold_must_not_edit_cases():
    suites = {name: load_suite(EVALS / name) for name in HALVES}
    assert sum(len(cases) for cases in suites.values()) >= 80
    ids = [c.id for cases in suites.values() for c in cases]
    assert len(ids) == len(set(ids)), "a case in two halves"
    for cases in suites.values():
        assert all(set(c.expect) <= set(CHECKS) for c in cases)
        assert sum(1 for c in cases if c.expect.get("unchanged")) >= 8  # things that don't exist, insides, questions
        assert sum(1 for c in cases if c.history) >= 4  # conversation cases
    queries = [json.loads(line) for line in (EVALS / "pancakes_retrieval.jsonl").read_text().splitlines() if line.strip()]
    assert len(queries) >= 30 and {q["start"] for q in queries} == {0.0, 5.929, 12.002, 19.438, 25.446}


def test_pancake_project_runs_cases_end_to_end():
    cases = [c for c in load_suite(EVALS / "pancakes_tune.jsonl")
             if c.id in ("t-whisk-eggs", "t-x-tie", "t-title-case", "t-q-length")]
    from editor_app.orchestrator import OfflineBackend

    try:
        results = run_suite(cases, project="pancakes", backend=OfflineBackend())
    except FileNotFoundError as exc:  # the shared speech files are not here
        pytest.skip(str(exc))
    assert {r.id: r.passed for r in results} == {c.id: True for c in cases}, [(r.id, r.reply) for r in results]
    assert not any(r.destructive for r in results)
