"""Round 12b "cuts", said loosely, on our own headlight-bulb project (tests/planner/headlight_project.py;
phrasings our own, none from an eval suite).

- "filler" mistyped ("the filers", "fillars") still means the fillers.
- A pause named loosely: "way too long a pause before 'X'", "after 'X' it just hangs there, cut that
  pause"; a clause that only says there is dead air (or long breaths) before a complete request for
  the pauses is its reason, not a request of its own; a single-quoted line with an apostrophe inside
  ('it's like, really stiff') is one quote.
- A quote with "the" and the part of the talk it is in ('the "Uh, that looks like" near the end'):
  the one said there; said nowhere near there asks.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, SEGMENTS, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied

UM_UH = ((1, "um,"), (4, "uh,"), (7, "um,"), (10, "Uh,"), (14, "Uh,"), (15, "um,"))


@pytest.mark.parametrize("message", ["could u remove the filers", "please cut the fillars", "cna you take out the fillrs"])
def test_filler_mistyped_is_still_the_fillers(message):
    assert heard(applied(headlight_project(), message)) == talk_without(SCRIPT, [], UM_UH)


def _one_pause(message: str, after: int):
    [only] = plan(message, headlight_project()).steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(SEGMENTS[after].end, abs=0.01)
    assert only.args["end"] == pytest.approx(SEGMENTS[after + 1].start, abs=0.01)


@pytest.mark.parametrize("message, after", [
    ("way too long a pause before 'Don't touch the glass'", 8),
    ("too long of a silence after 'eight pounds at the parts shop'", 3),
    ("after 'eight pounds at the parts shop' it just hangs there, cut that pause", 3),
    ("before 'Thanks for watching' she kind of stalls for ages, can you shorten that gap", 14),
    ("shorten the pause right after 'it's like, really stiff'", 6),
])
def test_one_pause_named_loosely(message, after):
    _one_pause(message, after)


@pytest.mark.parametrize("message", [
    "theres loads of dead air, can you tighten the gaps",
    "she leaves these long breaths between lines and it drags, can you shorten the silences throughout",
])
def test_a_reason_before_a_request_for_every_pause(message):
    [only] = plan(message, headlight_project()).steps
    assert only.tool in ("remove_silences", "shorten_pauses")
    assert "start" not in only.args  # every pause, not one


def test_a_quote_near_the_end_is_the_one_said_there():
    after = heard(applied(headlight_project(), 'lose the "Uh, that looks like" near the end'))
    assert after == talk_without(SCRIPT, [], ((14, "Uh,"), (14, "that"), (14, "looks"), (14, "like")))


def test_a_quote_not_said_in_the_part_named_asks():
    assert asks(plan('lose the "Uh, that looks like" at the start', headlight_project()))
