"""Lead, round 16 (second session): a false start asked for in other words, found in the ukulele suite's misses
and tested here on the birdhouse project (its false start: "Glue the walls to the base, wait, let me say that
again.") in other words.

- "cut out the redo": "the redo" names the retake (it had asked which clip to remove).
- "the part where I go 'wait, ...', delete it and the broken sentence it belongs to": "I go 'X'" is "I say 'X'",
  and the part with its sentence is that whole sentence (it had asked for a B-roll called "go").
- "ums + uhs out, and the retake too": "+" is "and", and a removal said after its first object takes the rest.
"""

from __future__ import annotations

import pytest

from editor_app.planner.text import normalize
from tests.planner.birdhouse_project import SCRIPT, birdhouse_project
from tests.planner.own_talk import applied_plan, heard, talk_without

FILLERS = ((1, "Um,"), (5, "um,"), (9, "uh,"), (10, "er,"))


def _heard_after(message: str) -> str:
    return heard(applied_plan(birdhouse_project(), message)[0])


@pytest.mark.parametrize("message", [
    "can u cut out the redo",
    "lose my re-do please",
    "the part where I go 'wait, let me say that again', delete it and the broken sentence it belongs to",
    "cut the retake and the broken sentence it belongs to",
])
def test_the_abandoned_take_goes_and_the_good_take_stays(message):
    assert _heard_after(message) == talk_without(SCRIPT, (6,), ())


def test_a_quoted_part_with_the_sentence_it_is_in_is_that_sentence():
    message = "the bit where I say 'the rain drips clear', cut it and the sentence it's in"
    assert _heard_after(message) == talk_without(SCRIPT, (8,), ())


def test_a_quoted_part_alone_is_only_those_words():
    assert "the rain drips clear" not in _heard_after("the bit where I say 'the rain drips clear', cut it")
    assert "The roof hangs over the front so" in _heard_after("the bit where I say 'the rain drips clear', cut it")


@pytest.mark.parametrize("message", ["ums + uhs out, and the retake too", "the ums and uhs out and the retake too"])
def test_fillers_and_the_retake_said_with_the_verb_after(message):
    assert _heard_after(message) == talk_without(SCRIPT, (6,), FILLERS)


def test_i_go_before_a_quote_is_said_and_plus_is_and():
    assert normalize("where I go 'scratch that'") == 'where i say "scratch that"'
    assert normalize("I go to the shop + back") == "i go to the shop and back"
