"""Round 15 (lead): "undo both" / "undo the last three changes" take back that many changes, newest first, in one
turn (before: one, with nothing said of the other), and "put it back where it was" after a move takes the move back
(before: "Where should c3 go?")."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.dryervent_project import dryervent_project


def _talk():
    project = dryervent_project()
    session = Session(ProjectStore.create(Path(tempfile.mkdtemp()), project), project, History())
    orch = Orchestrator(session, backend=OfflineBackend())
    return session, lambda message: asyncio.run(orch.run_turn(message, auto_apply=True))


def _state(session):
    return sorted((c.id, c.media_id, c.start, c.duration, c.volume_db, tuple(e.type for e in c.effects))
                  for c in session.project.clips())


def test_undo_both_takes_back_two_changes():
    session, say = _talk()
    start = _state(session)
    say("put the drone shot at 0:20")
    say("make it black and white")
    result = say("undo both")
    assert _state(session) == start
    assert result.reply.count("then") == 1


def test_undo_the_last_three_changes_and_no_more():
    session, say = _talk()
    say("turn the music down")
    after_first = _state(session)
    say("put the drone shot at 0:20")
    say("make it black and white")
    say("fade in the talk")
    say("undo the last three changes")
    assert _state(session) == after_first


def test_a_plain_undo_is_still_one():
    session, say = _talk()
    say("put the drone shot at 0:20")
    placed = _state(session)
    say("make it black and white")
    say("undo")
    assert _state(session) == placed


def test_put_it_back_where_it_was_after_a_move():
    session, say = _talk()
    say("put the drone shot at 0:20")
    placed = _state(session)
    say("move it 3 seconds later")
    say("actually put it back where it was")
    assert _state(session) == placed
