"""Lead, round 16: B-roll taken off a part of the talk. Before, "remove the b-roll from the part where I talk about
limescale" cut that sentence out of the talk, and "get the b-roll off the bit about X" / "no b-roll between A and B"
put a B-roll clip there. Now the B-roll over that part is removed or trimmed back to its edge and the talk is never
cut. Kettle project, our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.kettle_project import LENGTH, kettle_project, sentence_span


def _turn(tmp_path: Path, broll: dict[str, float], message: str):
    project = kettle_project(broll)
    session = Session(ProjectStore.create(tmp_path / "kettle", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


def _talk_intact(project) -> bool:
    main = project.tracks_by_role("main")[0]
    return len(main.clips) == 1 and abs(main.clips[0].duration / project.fps - LENGTH) < 0.05


@pytest.mark.parametrize("message", [
    "remove the b-roll from the part where I talk about limescale",
    "take the b-roll off the snow globe line",
    "can you take the cutaway off the bit about the limescale please",
])
def test_broll_over_a_part_comes_off_and_the_talk_stays(tmp_path, message):
    start, end = sentence_span(1)  # "Look at all that white limescale ..."
    project, result = _turn(tmp_path, {"m2": start + 0.5}, message)  # c3 wholly inside that sentence
    assert _talk_intact(project), result.reply
    held = "confirm" in result.reply.lower()
    assert (project.find_clip("c3") is None) != held, result.reply
    assert not [c for c in project.clips() if c.media_id == "m2" and c.id != "c3"]  # nothing placed


def test_a_clip_reaching_into_the_part_is_trimmed_to_its_edge(tmp_path):
    start, end = sentence_span(1)
    project, result = _turn(tmp_path, {"m2": start - 2.0}, "take the b-roll off the bit about the limescale")
    clip = project.find_clip("c3")[1]
    assert abs(clip.end / project.fps - start) < 0.05 and abs(clip.start / project.fps - (start - 2.0)) < 0.05, result.reply
    assert _talk_intact(project)


@pytest.mark.parametrize("message", ["no b-roll between 0:30 and 0:40", "take the b-roll off the intro"])
def test_no_broll_there_changes_nothing_and_places_nothing(tmp_path, message):
    project, result = _turn(tmp_path, {"m2": 5.0}, message)
    assert [c.id for c in project.clips()] == [c.id for c in kettle_project({"m2": 5.0}).clips()], result.reply
    assert _talk_intact(project)


def test_a_clip_covering_more_than_the_part_on_both_sides_asks(tmp_path):
    project, result = _turn(tmp_path, {"m2": 5.0}, "no b-roll between 0:06 and 0:08")
    assert project.find_clip("c3")[1].duration / project.fps == 4, result.reply
    assert "c3" in result.reply
