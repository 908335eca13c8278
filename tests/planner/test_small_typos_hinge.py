"""Lead, round 16: small words mistyped in a hurry. Before, "remvoe the part wher i grab the wrong tub" answered
that the grease tub photo was not on the timeline, and "delete evrything after "good luck"" asked which clip to
remove. Hinge project, our own words."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.hinge_project import hinge_project, sentence_span


@pytest.mark.parametrize("message", ["remvoe the part wher i grab the wrong tub", "remove the part where i grab the wrong tub"])
def test_a_mistyped_where_still_finds_the_part(message):
    result = plan(message, hinge_project())
    assert [s.tool for s in result.steps] == ["cut_words"] and "0:53" in result.reply, result.reply


def test_a_mistyped_everything_is_everything():
    result = plan('delete evrything after "good luck"', hinge_project())
    assert [(s.tool, s.args["end"]) for s in result.steps] == [("cut_range", pytest.approx(sentence_span(16)[1] + 0.5, abs=0.6))]
