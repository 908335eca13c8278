"""Planner tests: a demo-shaped project built in code (no media needed)."""

from __future__ import annotations

import pytest

from tests.planner.demo_like import demo_like_project


@pytest.fixture
def project():
    return demo_like_project()


@pytest.fixture
def split_project():
    """The talk split at 30 s: c1 (0-30) and c3 (30-60) touch on the main track."""
    return demo_like_project(split_at=30)


@pytest.fixture
def broll_project():
    """Beach B-roll c3 at 10-15 s and food c4 at 20-25 s on t2."""
    return demo_like_project(broll={"beach": 10, "food": 20})
