"""Round 15 (lead): questions answered from the project with no edit: fillers counted, the longest pause, the B-roll
listed, muted clips, whether there is a title, "what time do I mention X", and "how long is the drone clip" with two
drone clips on the timeline (before: "DJI_0311.MP4 is 0:08 long (not on the timeline)", though it was)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.gutter_project import gutter_project
from tests.planner.hosereel_project import hosereel_project


def _answer(message, project):
    result = plan(message, project)
    assert result.special == "answer" and not result.steps, result.reply
    return result.reply


def test_fillers_counted_with_their_times():
    assert _answer("how many ums are there", hosereel_project()).startswith("2: um at 0:05")
    assert _answer("how many fillers do I say", hosereel_project()).startswith("3:")


def test_longest_pause_and_broll_and_muted_and_title():
    assert "1.8 s" in _answer("what's the longest pause", hosereel_project())
    reply = _answer("list the b-roll", gutter_project({"m2": 5, "m3": 15}))
    assert reply.startswith("2 B-roll clips") and "c3" in reply and "c4" in reply
    assert _answer("which clips are muted", hosereel_project()).startswith("Nothing is muted")
    assert _answer("does the video have a title", hosereel_project()).startswith("No")


def test_what_time_do_i_mention():
    assert "snake" in _answer("what time do I mention the snake", gutter_project())


def test_how_long_with_two_clips_named_names_both_on_the_timeline():
    reply = _answer("how long is the drone clip", gutter_project({"m2": 5, "m3": 15}))
    assert "c3" in reply and "c4" in reply and "not on the timeline" not in reply
