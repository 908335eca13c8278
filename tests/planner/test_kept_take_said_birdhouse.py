"""Lead, round 16: the kept take said by how it went ("the version I got right", "the take that worked",
"the one where I didn't mess it up") is the sentence said again after a false start. Before, those words
were searched for in the talk and the B-roll landed over the opening sentence. Birdhouse project, our words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.birdhouse_project import birdhouse_project, sentence_span


def _turn(tmp_path: Path, message: str):
    project = birdhouse_project()
    session = Session(ProjectStore.create(tmp_path / "bird", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


def _broll(project) -> list[tuple[str, float, float]]:
    fps = float(project.fps)
    return [(c.media_id, c.start / fps, (c.start + c.duration) / fps) for t in project.tracks if t.role == "broll" for c in t.clips]


@pytest.mark.parametrize("message", [
    "put the painting clip over the version i got right",
    "painting clip over the take that worked",
    "put VID_20260503_1140 over the one where i didn't mess it up",
])
def test_the_take_said_by_how_it_went_is_the_sentence_said_again(tmp_path, message):
    project, result = _turn(tmp_path, message)
    (media, start, end), = _broll(project)
    a, b = sentence_span(7)  # "Glue the walls to the base and tap the nails in ..." (said again after 6)
    assert media == "m3" and start <= a + 0.5 and end > (a + b) / 2, result.reply


def test_after_cutting_the_false_start_it_is_where_the_cut_closed(tmp_path):
    project, result = _turn(tmp_path, "cut the false start and then put the painting clip over the version i got right")
    (media, start, end), = _broll(project)
    a6, _ = sentence_span(6)
    assert media == "m3" and abs(start - a6) < 0.6, result.reply  # sentence 7 now starts where 6 did
