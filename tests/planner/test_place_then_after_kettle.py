"""Lead, round 16: two placements in one breath, and a transition between "them". Before, "put IMG_7710 at 0:30 and
IMG_7711 right after it" placed the first clip and silently dropped the second; "..., then IMG_7711 straight after
it" was not understood; "crossfade them" after two placements said there were no two touching clips on the main
track. Kettle project, our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.kettle_project import kettle_project

FIRST, SECOND = "m4", "m5"  # IMG_7710.MOV, IMG_7711.MOV (5 s each)


def _chat(tmp_path: Path, *messages: str):
    project = kettle_project()
    session = Session(ProjectStore.create(tmp_path / "kettle", project), project, History())
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    results = [asyncio.run(orchestrator.run_turn(m, auto_apply=True)) for m in messages]
    return session.project, results[-1]


def _placed(project, media_id: str):
    found = [c for c in project.clips() if c.media_id == media_id]
    assert len(found) == 1, [c.media_id for c in project.clips()]
    return found[0]


@pytest.mark.parametrize("message, joined", [
    ("put IMG_7710 at 0:30 and IMG_7711 right after it", False),
    ("put IMG_7710 at 0:30, then IMG_7711 straight after it", False),
    ("put IMG_7710 at 0:30 and IMG_7711 straight after it with a dissolve between them", True),
    ("put IMG_7710 at 0:30, then IMG_7711 straight after it, then crossfade them", True),
])
def test_the_second_placement_follows_the_first(tmp_path, message, joined):
    project, result = _chat(tmp_path, message)
    first, second = _placed(project, FIRST), _placed(project, SECOND)
    assert first.start == 30 * project.fps and second.start == first.end, result.reply
    track = next(t for t in project.tracks if any(c.id == second.id for c in t.clips))
    assert bool(track.transitions) == joined


def test_crossfade_them_after_two_turns_joins_those_two(tmp_path):
    project, result = _chat(tmp_path, "put IMG_7710 at 0:30", "put IMG_7711 right after it", "crossfade them")
    track = next(t for t in project.tracks if any(c.media_id == SECOND for c in t.clips))
    assert len(track.transitions) == 1, result.reply
