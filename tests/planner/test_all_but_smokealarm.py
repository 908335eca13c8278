"""Lead, round 16: "everything except X" never lands on X. Before, the exception was the only clip the request
named, so "make everything black and white except the drone shot" made the drone shot black and white, "delete all
the b-roll except the drone shot" deleted the drone shot and "mute everything except my voice" muted the voice.
Now the request is planned for every other clip it covers. Smoke-alarm project (the drone clip c3 and the Pixel clip
c4 on the B-roll track, the music c2), our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.smokealarm_project import MUSIC_DB, smokealarm_project

DRONE, PIXEL = "c3", "c4"


def _turn(tmp_path: Path, message: str, *, auto_apply: bool = True):
    project = smokealarm_project({"m4": 12.0, "m2": 30.0})  # c3 the drone shot, c4 the Pixel clip
    session = Session(ProjectStore.create(tmp_path / "alarm", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=auto_apply))
    return session.project, result


def _effects(project, clip_id: str) -> list[str]:
    return [e.type for e in project.find_clip(clip_id)[1].effects]


@pytest.mark.parametrize("message", [
    "make everything black and white except the drone shot",
    "make everything except the drone shot black and white",
    "black and white on all the clips apart from the drone shot",
])
def test_an_effect_on_everything_but_one_clip_skips_that_clip(tmp_path, message):
    project, result = _turn(tmp_path, message)
    assert _effects(project, DRONE) == [], result.reply
    assert _effects(project, PIXEL) == ["black_and_white"] and _effects(project, "c1") == ["black_and_white"]


def test_brighter_but_not_the_drone_one(tmp_path):
    project, result = _turn(tmp_path, "make every clip brighter but not the drone one")
    assert _effects(project, DRONE) == [] and _effects(project, PIXEL) == ["color"], result.reply


def test_removing_all_the_broll_except_one_never_removes_that_one(tmp_path):
    project, result = _turn(tmp_path, "delete all the b-roll except the drone shot")
    assert project.find_clip(DRONE) is not None, result.reply
    assert project.find_clip("c1") is not None  # the talk is not B-roll
    held = project.find_clip(PIXEL) is not None
    assert held == ("confirm" in result.reply.lower())  # removed, or held for a yes: never another clip


def test_mute_everything_except_my_voice_keeps_the_voice(tmp_path):
    project, result = _turn(tmp_path, "mute everything except my voice")
    main = project.tracks_by_role("main")[0]
    assert not main.muted and main.clips[0].volume_db == 0.0, result.reply
    music = project.tracks_by_role("music")[0]
    assert music.muted or music.clips[0].volume_db <= -60


def test_a_speed_for_everything_but_the_talk_leaves_the_talk(tmp_path):
    project, result = _turn(tmp_path, "make everything except the talk 2x speed")
    assert str(project.find_clip("c1")[1].speed) == "1", result.reply
    assert str(project.find_clip(DRONE)[1].speed) == "2"


def test_turn_everything_down_except_my_voice(tmp_path):
    project, result = _turn(tmp_path, "turn everything down 6 db except my voice")
    assert project.find_clip("c1")[1].volume_db == 0.0, result.reply
    assert project.find_clip("c2")[1].volume_db == MUSIC_DB - 6


def test_an_exception_that_is_not_on_the_timeline_asks(tmp_path):
    before = smokealarm_project({"m4": 12.0, "m2": 30.0}).model_dump()
    project, result = _turn(tmp_path, "make all the b-roll black and white except the gopro clip")
    assert project.model_dump() == before, result.reply
