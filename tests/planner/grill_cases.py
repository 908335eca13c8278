"""Shared helpers for the grill tests (tests/planner/grill_project.py): one turn through the
orchestrator on a fresh copy, as the app does (the plan is applied unless the planner or the review asks)."""

from __future__ import annotations

import asyncio
import tempfile

from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.grill_project import grill_session


def turn(message: str, broll: dict[str, float] | None = None):
    """(project after, project dump before, result) of one message on a fresh grill project."""
    session = grill_session(tempfile.mkdtemp(prefix="grill-"), broll)
    before = session.project.model_dump()
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, before, result


def clips_of(project, media_id: str) -> list:
    return [c for c in project.clips() if c.media_id == media_id]
