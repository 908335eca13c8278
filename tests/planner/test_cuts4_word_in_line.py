"""Round 12b "cuts": "the word X in the Y line", on our own headlight-bulb project
(tests/planner/headlight_project.py; phrasings our own, none from an eval suite).

The line narrows a word said in several places to the one in that sentence; a word that line does
not say, or that is never said, asks.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied


@pytest.mark.parametrize("message, drop", [
    ("cut the word old from the estate car sentence", (0, "old")),  # also "the old bulb" in sentence 8
    ("remove the word really in the unplug the connector line", (6, "really")),
    ("take out the word proper in my bright beam line", (14, "proper")),
])
def test_the_word_in_the_line_named(message, drop):
    assert heard(applied(headlight_project(), message)) == talk_without(SCRIPT, [], (drop,))


@pytest.mark.parametrize("message", [
    "cut the word the in the bright beam line",
    "remove the word xenon in the bright beam line",
])
def test_a_word_the_line_does_not_say_asks(message):
    assert asks(plan(message, headlight_project()))
