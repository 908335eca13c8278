"""Lead, round 16: what the speaker would rather viewers did not know, said first, then that the sentence
goes: "i don't want people knowing X, delete that whole sentence" is "delete the sentence about X". Before,
the first clause was read alone (not understood, or its topic word named a B-roll file). Smoke-alarm project,
our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.own_talk import heard
from tests.planner.smokealarm_project import SCRIPT, smokealarm_project


def _turn(tmp_path: Path, message: str):
    project = smokealarm_project()
    session = Session(ProjectStore.create(tmp_path / "alarm", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


@pytest.mark.parametrize("message, gone", [
    ("i don't want people knowing the whole house went mad, delete that whole sentence", 1),
    ("nobody needs to know the battery was stiff on its clip, cut that line", 5),
    ("i'd rather viewers didn't know i swap the battery once a year - cut it", 10),
])
def test_the_sentence_viewers_should_not_know_goes(tmp_path, message, gone):
    project, result = _turn(tmp_path, message)
    after = heard(project)
    assert SCRIPT[gone][0] not in after, result.reply
    assert all(s in after for i, (s, _) in enumerate(SCRIPT) if i != gone), result.reply


def test_a_thing_never_said_asks(tmp_path):
    project, result = _turn(tmp_path, "i don't want people knowing about the garage, delete that sentence")
    assert heard(project) == " ".join(s for s, _ in SCRIPT), result.reply
