"""Lead, round 16: a cut from the start of the video to a said place. Before, "cut from the start to where I say
first" cut the word "First," alone and "cut everything before I say first" removed the whole talk clip. Now both cut
0:00 up to where those words begin, on every track (the safety review holds a large one for a yes). Kettle project,
our own words.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.kettle_project import kettle_project, sentence_span


def _calls(message: str):
    result = plan(message, kettle_project())
    return [(s.tool, s.args) for s in result.steps], result


@pytest.mark.parametrize("message, sentence", [
    ("cut from the start to where i say first", 2),
    ("cut everything before i say first", 2),
    ("cut from the beginning up to where I say fill it halfway", 3),
    ("delete everything up to the bit where I unplug it", 2),
    ("cut everything before I talk about the mesh filter", 7),
])
def test_from_the_start_to_a_said_place(message, sentence):
    calls, result = _calls(message)
    assert len(calls) == 1 and calls[0][0] == "cut_range", result.reply
    args = calls[0][1]
    assert args["start"] == 0 and abs(args["end"] - sentence_span(sentence)[0]) < 0.05


@pytest.mark.parametrize("message", ["cut from the start to where i say banana",
                                     "cut from the start to the part about vinegar"])  # never said / said three times
def test_a_place_never_said_or_said_several_times_asks(message):
    calls, result = _calls(message)
    assert calls == [] and not result.understood


def test_a_time_is_still_a_range():
    calls, _ = _calls("cut everything before 0:10")
    assert calls == [("cut_range", {"start": 0, "end": 10, "words": "exact"})]  # a typed time is cut exactly (round 24)
