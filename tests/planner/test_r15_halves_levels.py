"""Round 15 (lead): "cut the drone clip in half" asks (before: removed the clip), "split the drone clip in half" splits
it at its middle (before: not understood); "put a black screen at the start" says there are no colour cards (before:
placed the screen-recording file); "make the music half as loud" is -6 dB and "lower the music to 20 percent" is
-14 dB (before: not understood, and -1.9 dB)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.dryervent_project import dryervent_project


def _plan(message):
    return plan(message, dryervent_project({"m6": 30}))


def test_cut_in_half_asks_and_split_in_half_splits():
    asked = _plan("cut the drone clip in half")
    assert not asked.steps and "split" in asked.reply and "half as long" in asked.reply
    split = _plan("split the drone clip in half")
    assert [(s.tool, s.args) for s in split.steps] == [("split_clip", {"clip_id": "c3", "at": 32})]
    assert not _plan("cut the video in half").steps


def test_a_black_screen_is_not_the_screen_recording():
    result = _plan("put a black screen for 2 seconds at the start")
    assert not result.steps and "colour cards" in result.reply


def test_half_as_loud_and_to_a_percent():
    assert [s.args["db"] for s in _plan("make the music half as loud").steps] == [-22]
    assert [s.args["db"] for s in _plan("lower the music to 20 percent").steps] == [-30]
    assert [s.args["db"] for s in _plan("make the music twice as loud").steps] == [-10]


def test_every_so_is_the_filler_so():
    """Before: "remove every 'so'" and "remove all the sos" asked which clip to remove."""
    for message in ('remove every "so"', "remove all the sos"):
        assert [(s.tool, s.args) for s in _plan(message).steps] == [("remove_fillers", {"words": ["so"]})]


def test_a_quote_not_said_for_a_placement_says_so():
    """Before: 'I couldn't find where you talk about "" in the transcript'."""
    result = _plan('put the lint ball pic in when I say "big ball of lint"')
    assert not result.steps and '""' not in result.reply
