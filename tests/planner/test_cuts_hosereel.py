"""Round-13b cut, time and trim requests in our own words on tests/planner/hosereel_project.py
(fixing a dripping hose reel, Priya talking).

What they pin down: the kept take said as "the corrected/redone line/sentence" after a false start is
cut is the sentence that replaced it, never words searched for in the talk; "the second line" stays a
place in the talk.
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from tests.planner.hosereel_project import SCRIPT, SEGMENTS, hosereel_project
from tests.planner.own_talk import heard, talk_without
from tests.planner.test_garden_words import applied


def _spans(project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for c in project.clips() if c.media_id == media_id]


@pytest.mark.parametrize("message", [
    "remove the botched take, then put washer swap.mov over the redone sentence",
    "cut out my false start and then lay washer swap over the fixed line please",
    "get rid of the flubbed bit, then washer swap.mov over the proper sentence",
])
def test_redone_line_after_a_cut_false_start_is_the_kept_take(message):
    after = applied(hosereel_project(), message)
    assert heard(after) == talk_without(SCRIPT, (6,), ())
    cut = SEGMENTS[7].start - SEGMENTS[6].start
    kept = (SEGMENTS[7].start - cut, SEGMENTS[7].end - cut)
    [(a, b)] = _spans(after, "m3")
    assert a < kept[1] and b > kept[0], (a, b, kept)
