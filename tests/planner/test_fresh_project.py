"""A new user's first steps: media from the bin onto an empty timeline, said without "timeline".

On tests/planner/fresh_project.py (a camera talk, GX/DJI camera files, a "bed track" sound file),
phrased the way people talk. Before this, each of these asked where a "B-roll" should go, added an
empty Music track, or could not find "the talking clip".
"""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner.fresh_project import LENGTH, fresh_project


def applied(project: Project, message: str) -> Project:
    result = plan(message, project)
    assert result.understood and result.steps, result.reply
    after = project.clone()
    for s in result.steps:
        apply_all(after, TOOLS.find(s.tool).call(ToolContext(after, None), s.args))
    return after


def on_track(project: Project, track_id: str) -> list[tuple[str, float, float]]:
    track = project.track(track_id)
    fps = project.fps
    return [(c.media_id, round(float(seconds(c.start, fps)), 2), round(float(seconds(c.end, fps)), 2)) for c in track.clips]


@pytest.mark.parametrize("message", [
    "add the talking clip to the timeline",
    "put cam A 0007 on the main track",
    "add cam A 0007",
    "insert m1 at the start",
    "put the interview on",
    "add the talk",
    "use cam A 0007 as the main clip",
    "put my talking head video in",
    "start with cam A 0007",
])
def test_the_talk_goes_on_the_main_track_of_an_empty_timeline(message):
    after = applied(fresh_project(), message)
    assert on_track(after, "t1") == [("m1", 0.0, round(LENGTH, 2))]
    assert [t.id for t in after.tracks] == ["t1", "t2", "t3"]  # no new track, nothing on the others
    assert not after.track("t2").clips and not after.track("t3").clips


def test_a_camera_prefix_names_the_file():
    after = applied(fresh_project(placed=True), "put the GX clip over the bit about the battery")
    (clip,) = after.track("t2").clips
    assert clip.media_id == "m2"
    start = float(seconds(clip.start, after.fps))
    assert 4.9 <= start <= 7.8  # "really small, and the battery lasts ... about two hours"
    assert applied(fresh_project(), "add the dji footage").track("t1").clips[0].media_id == "m3"


def test_two_files_with_one_camera_prefix_ask_which():
    result = plan("add the GX clip", fresh_project(second_gx=True))
    assert not result.understood and not result.steps
    assert "GX010455" in result.reply and "GX010461" in result.reply


@pytest.mark.parametrize("message, db", [
    ("add the bed track as music", 0.0),
    ("lay the bed track under the whole thing", 0.0),
    ("add the bed track as music, nice and low", -15.0),
    ("put the bed track in the background", -15.0),
])
def test_a_sound_file_as_music_goes_under_the_pictures_on_the_music_track(message, db):
    after = applied(fresh_project(placed=True), message)
    assert len(after.tracks) == 3  # the Music track that is there, not a new one
    assert on_track(after, "t3") == [("m4", 0.0, round(LENGTH, 2))]  # cut where the talk ends, not 40 s
    assert after.track("t3").clips[0].volume_db == db


def test_a_music_track_is_still_a_track_when_a_file_is_called_bed_track():
    result = plan("add a music track", fresh_project())
    assert [s.tool for s in result.steps] == ["add_track"]


def test_a_file_with_pictures_is_not_music():
    result = plan("use DJI_0107 as the background music", fresh_project(placed=True))
    assert not result.understood and not result.steps and "audio" in result.reply


def test_b_roll_over_a_placed_talk_still_goes_over_it():
    after = applied(fresh_project(placed=True), "drop the gx footage in at 0:05")
    assert on_track(after, "t1") == [("m1", 0.0, round(LENGTH, 2))]
    assert [c.media_id for c in after.track("t2").clips] == ["m2"]
