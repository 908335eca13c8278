"""Round 12b "cuts": a false start said in two clauses, on our own headlight-bulb project
(tests/planner/headlight_project.py; phrasings our own, none from an eval suite).

- "I fumble the X and start over, get rid of the bad try": the first clause says where the flub is,
  the second what to do; together they are the false start about X (one about something no flub
  says asks).
- "cut where I say hang on let me start that bit again, and the botched attempt before it": the
  abandoned take is part of that false start, not another sentence next to it.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied

WITHOUT_FLUB = talk_without(SCRIPT, [7])


@pytest.mark.parametrize("message", [
    "i fumble the wire clip bit and start over, get rid of the bad try",
    "she trips up on the wire clip and starts again, cut the first attempt",
    "I trip up when I'm explaining the wire clip and start over, lose it",
])
def test_a_flub_said_then_what_to_do(message):
    assert heard(applied(headlight_project(), message)) == WITHOUT_FLUB


def test_a_flub_about_something_no_false_start_says_asks():
    project = headlight_project()
    result = plan("i trip up on the fog lights and start again, remove the bad attempt", project)
    assert asks(result), result.reply


@pytest.mark.parametrize("message", [
    "cut where i say hang on let me start that bit again, and the botched attempt before it",
    "delete where she says let me start that bit again and the false start before it",
])
def test_the_self_correction_and_the_take_before_it_are_one_false_start(message):
    assert heard(applied(headlight_project(), message)) == WITHOUT_FLUB
