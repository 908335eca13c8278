"""Round 15 (lead), beanie project: "the finished hat photo" is the still (before: the video described "blocking the
finished hat", though a photo was asked for); "the stuff about grannies" / "the story about my brother" is that
sentence (before: "Which clip should I remove?"); "a tiny bit louder" is a small step (before: +6 dB)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.beanie_project import beanie_project


def _steps(message):
    return [(s.tool, s.args) for s in plan(message, beanie_project()).steps]


def test_a_photo_asked_for_is_the_still():
    assert _steps("show the finished hat photo right at the end")[0][1]["media_id"] == "m7"
    assert _steps("put the finished hat video at 0:10")[0][1]["media_id"] == "m10"


def test_stuff_and_story_about_name_a_sentence():
    for message in ("cut the stuff about grannies", "remove the story about my brother"):
        [(tool, args)] = _steps(message)
        assert tool == "cut_words" and args["ranges"][0]["first"] == 28


def test_a_tiny_bit_louder_is_small():
    assert _steps("make my voice a tiny bit louder") == [("set_volume", {"clip_id": "c1", "db": 3})]


def test_i_need_this_under_a_length():
    """Before: "I need this under 50 seconds" was not understood."""
    from tests.planner.hosereel_project import hosereel_project

    asked = plan("I need this under 50 seconds", hosereel_project())
    assert not asked.steps and "0:50" in asked.reply
    done = plan("I need this under 1 minute", hosereel_project())
    assert not done.steps and "already" in done.reply
