"""Round 16 (helper v2): "zoom" before a word for a file ("the zoom recording", "zoom footage") names a Zoom file, never
the zoom effect, on our gutter project (tests/planner/gutter_project.py: a Zoom meeting saved to the cloud, m4, and
a Zoom handheld recorder's take, m5)."""

from __future__ import annotations

from editor_app.planner.core import plan
from tests.planner.gutter_project import gutter_project


def _meeting_only():
    """The gutter project without the recorder's take: the meeting file is the one Zoom file."""
    project = gutter_project({"m4": 20.0})
    del project.media["m5"]
    return project


def test_zoom_recording_at_double_speed_is_the_meeting_file():
    result = plan("the zoom recording at double speed please", _meeting_only())
    assert [(s.tool, s.args.get("clip_id")) for s in result.steps] == [("set_speed", "c3")], result.reply
    assert not any(s.tool == "add_effect" for s in result.steps)


def test_zoom_footage_sped_up_plus_a_second_edit():
    result = plan("zoom footage 1.5x, and turn the music down", _meeting_only())
    assert [s.tool for s in result.steps] == ["set_speed", "set_volume"], result.reply


def test_zoom_recording_with_a_meeting_and_a_recorder_take_asks():
    result = plan("zoom recording 2x speed", gutter_project({"m4": 20.0}))
    assert not result.understood and not result.steps
    assert "GMT20261012-181500_Recording_1280x720.mp4" in result.reply and "ZOOM0031_LR.WAV" in result.reply


def test_zoom_in_on_the_recording_is_still_an_effect():
    result = plan("zoom in on c3", _meeting_only())
    assert [s.tool for s in result.steps] == ["add_effect"], result.reply
