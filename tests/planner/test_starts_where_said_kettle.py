"""Lead, round 16: a clip moved by where it should start in the talk. Before, "move the music down so it only starts
after my intro" turned the music down 6 dB ("down" read as a volume) and "move the music so it only starts after my
intro" asked where to. Now the music moves to where the intro ends (trimmed to end with the video). Kettle project,
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
from tests.planner.kettle_project import MUSIC_DB, kettle_project, sentence_span


def _turn(tmp_path: Path, message: str):
    project = kettle_project({"m2": 30.0})
    session = Session(ProjectStore.create(tmp_path / "kettle", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


@pytest.mark.parametrize("message", [
    "move the music down so it only starts after my intro",
    "move the music so it only starts after my intro",
])
def test_music_moved_to_start_after_the_intro(tmp_path, message):
    project, result = _turn(tmp_path, message)
    music = project.find_clip("c2")[1]
    assert abs(music.start / project.fps - sentence_span(0)[1]) < 0.05, result.reply
    assert music.volume_db == MUSIC_DB  # not a volume change
    assert music.end <= project.tracks_by_role("main")[0].clips[0].end  # not past the end of the video


def test_a_clip_moved_to_start_where_words_are_said(tmp_path):
    project, result = _turn(tmp_path, "move the pxl clip so it starts when I say look at all that")
    assert abs(project.find_clip("c3")[1].start / project.fps - sentence_span(1)[0]) < 0.05, result.reply


def test_a_place_never_said_asks(tmp_path):
    project, result = _turn(tmp_path, "move the music so it starts when I talk about the warranty card")
    assert project.find_clip("c2")[1].start == 0, result.reply
