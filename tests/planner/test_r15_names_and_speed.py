"""Round 15 (lead), the hose-reel project: an effect word inside a file's name is the file ("cut the Zoom call" with
"Zoom call with Gary-....mp4" added a zoom effect to it), and a B-roll speed change stays where it is (before,
"make the timelapse 2x speed" pulled the later B-roll 2 s off its words, and "slow the timelapse down to a quarter
speed" played it at 2x because the file is called a timelapse)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.hosereel_project import hosereel_project

BROLL = {"m2": 5, "m9": 40, "m5": 60}  # c3 dripping, c4 timelapse, c5 the Zoom call


def _steps(message):
    return [(s.tool, s.args) for s in plan(message, hosereel_project(BROLL)).steps]


def test_cut_the_zoom_call_removes_that_clip():
    assert _steps("cut the Zoom call") == [("remove_clip", {"clip_id": "c5", "ripple": False})]
    assert [t for t, _ in _steps("remove the zoom call clip")] == ["remove_clip"]


def test_a_zoom_asked_for_on_the_zoom_call_is_still_a_zoom():
    [(tool, args)] = _steps("zoom in on the Zoom call")
    assert tool == "add_effect" and args["clip_id"] == "c5" and args["effect"]["type"] == "zoom"


def test_broll_speed_change_does_not_move_later_broll():
    [(tool, args)] = _steps("make the timelapse 2x speed")
    assert (tool, args["clip_id"], args["speed"], args.get("ripple", True)) == ("set_speed", "c4", 2, False)


def test_slowing_the_timelapse_is_slower_and_quarter_is_a_quarter():
    [(_, args)] = _steps("slow the timelapse down to a quarter speed")
    assert args["clip_id"] == "c4" and args["speed"] == 0.25
    [(_, args)] = _steps("slow down the timelapse")
    assert args["speed"] == 0.5


def test_the_talk_still_ripples():
    [(_, args)] = _steps("speed the talk up 10 percent")
    assert args["clip_id"] == "c1" and args.get("ripple", True) is True
