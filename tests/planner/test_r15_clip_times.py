"""Round 15 (lead): a time said as another clip's start or end ("put the whoosh when the drone shot starts", "at the
start of the drone shot", "when the drone shot ends") is that clip's edge. Before, the first was matched against the
talk's words ("Dryers start thousands of house fires", 0:17.1) and the second read as the start of the video (0:00)."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.dryervent_project import dryervent_project


def _start(message, broll):
    result = plan(message, dryervent_project(broll))
    assert result.understood, result.reply
    return [s.args.get("start") for s in result.steps if "start" in s.args][-1]


@pytest.mark.parametrize("message", ["put the whoosh when the drone shot starts", "put the whoosh at the start of the drone shot",
                                     "add the whoosh right as the drone shot comes in"])
def test_a_sound_at_a_clips_start(message):
    assert _start(message, {"m6": 30}) == 30


def test_a_title_when_a_clip_ends():
    end = 30 + dryervent_project({"m6": 30}).find_clip("c3")[1].duration / 25
    assert _start('put a title "Outside" when the drone shot ends', {"m6": 30}) == pytest.approx(end)


def test_a_clip_not_on_the_timeline_asks():
    result = plan("add the whoosh when the hose clip comes in", dryervent_project({"m6": 30}))
    assert not result.steps and "not on the timeline" in result.reply
