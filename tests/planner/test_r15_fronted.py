"""Round 15 (lead): a clip named first, then what to do with "it" ("the washer swap clip, put it at the end"), is
turned round into one instruction (before: "Sorry, I didn't understand 'the washer swap.mov clip'"). A clip put or
moved onto a spot another B-roll clip holds goes on a B-roll track above (before: the move failed, or "put the
timelapse at 0:20" was read as a speed because of the file's name)."""

from __future__ import annotations

from editor_app.planner import plan
from editor_app.planner.fronted import fronted_clip
from tests.planner.hosereel_project import hosereel_project

BROLL = {"m2": 5, "m9": 40, "m5": 60, "m3": 20}  # c3 dripping, c4 timelapse, c5 Zoom call, c6 washer swap


def _steps(message):
    return [(s.tool, s.args) for s in plan(message, hosereel_project(BROLL)).steps]


def test_fronted_clip_then_it():
    assert _steps("the timelapse, can you make it black and white") == [
        ("add_effect", {"clip_id": "c4", "effect": {"type": "black_and_white"}})]
    assert _steps("the zoom call, delete that") == [("remove_clip", {"clip_id": "c5", "ripple": False})]


def test_fronted_clip_moved_to_the_end_keeps_the_clip_there():
    steps = _steps("the washer swap clip, put it at the end")
    assert steps[-1][0] == "move_clip" and steps[-1][1]["clip_id"] == "c6" and steps[-1][1]["start"] == 60
    assert steps[0] == ("add_track", {"kind": "video", "role": "broll", "name": "B-roll", "track_id": "t4"})


def test_a_file_called_timelapse_put_at_a_time_is_a_move_not_a_speed():
    steps = _steps("put the timelapse at 0:30")
    assert steps == [("move_clip", {"clip_id": "c4", "start": 30})]


def test_a_complaint_is_not_a_fronted_clip():
    assert fronted_clip("the music drowns me out, can you fix it") is None
    assert fronted_clip("the music is too loud, turn it down") is None
