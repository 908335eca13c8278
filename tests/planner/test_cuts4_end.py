"""Round 12b "cuts": the end named by a remark reported in the third person, and a mistyped
"sentence", on our own headlight-bulb project (tests/planner/headlight_project.py; phrasings our own,
none from an eval suite).

- "end it after she says to check both sides": the video ends with the sentence that says it (the
  editor often talks about the speaker as "she"/"he"; "to ..." reports the remark, not its words).
- "..., lose the outro" after such an end names what the end cut already drops: planned after the
  cut, "the outro" would be the line the video now ends on.
- "the sentense about X" is the sentence about X.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, headlight_project
from tests.planner.own_talk import heard, talk_without
from tests.planner.test_garden_words import applied

UP_TO_BOTH_SIDES = talk_without(SCRIPT, [14, 15])


@pytest.mark.parametrize("message", [
    "end it right after she says to check both sides",
    "finish the video after he tells you to check both sides",
    "end it after she says to check both sides, lose the outro",
    "end the video right after she says to check both sides, and drop the goodbye",
])
def test_the_video_ends_with_a_remark_reported_in_the_third_person(message):
    assert heard(applied(headlight_project(), message)) == UP_TO_BOTH_SIDES


def test_a_reported_end_keeps_the_sentence_it_reports():
    assert heard(applied(headlight_project(), "end it after she says to hold the bulb by its base")) == \
        talk_without(SCRIPT, [11, 12, 13, 14, 15])


@pytest.mark.parametrize("message", ["delete the sentense about getting pulled over",
                                     "remove the sentance about getting pulled over"])
def test_sentence_mistyped_is_still_a_sentence(message):
    assert heard(applied(headlight_project(), message)) == talk_without(SCRIPT, [1])
