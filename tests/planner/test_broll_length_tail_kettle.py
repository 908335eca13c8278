"""Lead, round 16: a length said after a B-roll's place. Before, "I want the toothbrush footage where I'm scrubbing,
but only for like 2 seconds" covered the whole sentence (3.6 s) and "put the toothbrush clip over the scrubbing line
for 2 seconds" looked for where "2 seconds" is talked about. Kettle project, our own words.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.kettle_project import kettle_project, sentence_span


@pytest.mark.parametrize("message", [
    "I want the toothbrush footage where I'm scrubbing, but only for like 2 seconds",
    "put the toothbrush clip over the scrubbing line for 2 seconds",
    "put the toothbrush clip over where i scrub the stubborn bits for 2 secs max",
])
def test_the_length_said_after_the_place_wins(message):
    result = plan(message, kettle_project())
    steps = [(s.tool, s.args) for s in result.steps]
    assert len(steps) == 1 and steps[0][0] == "place_broll", result.reply
    args = steps[0][1]
    assert args["media_id"] == "m8" and args["duration"] == 2
    assert abs(args["start"] - sentence_span(6)[0]) < 0.05
