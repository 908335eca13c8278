"""Round 16 (helper v2): the music called by its own name ("the beat", lofi_garage_beat.mp3 on our wheel project,
tests/planner/wheel_project.py) in ducking said with its return, and killed outright."""

from __future__ import annotations

from editor_app.planner.core import plan
from tests.planner.wheel_project import wheel_project


def _tools(message: str) -> list[str]:
    result = plan(message, wheel_project())
    assert result.understood, result.reply
    return [s.tool for s in result.steps]


def test_beat_quieter_whenever_i_talk_then_back_up_after():
    assert _tools("can the beat go a bit quieter whenever i talk, then back up after") == ["duck_music"]


def test_kill_the_beat_entirely_then_mute_it():
    result = plan("kill the beat entirely, mute it", wheel_project())
    assert [(s.tool, s.args.get("muted")) for s in result.steps] == [("update_track", True)], result.reply


def test_kill_the_talk_is_not_read_as_muting_music():
    result = plan("kill the talk completely", wheel_project())
    assert not any(s.tool == "update_track" and s.args.get("track_id") == "t3" for s in result.steps)
