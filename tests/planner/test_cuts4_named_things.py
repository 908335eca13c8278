"""Round 12b "cuts": a part named by a thing is cut only when the talk clearly says that one thing in
one place (our own headlight-bulb project, tests/planner/headlight_project.py; phrasings our own,
none from an eval suite).

- Two nouns side by side name one thing ("the metal bonnet"): a talk that says "metal" in one
  sentence and "bonnet" in a far-off other one never talks about a metal bonnet, so nothing is cut
  and the planner asks; a thing said in one sentence ("the rubber cover") is still cut.
- "Where I mention the car" names a thing, not a quote: when other sentences mention it too in
  another form ("my old estate car"), the planner asks which; a thing mentioned once is still cut.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied


@pytest.mark.parametrize("message", [
    "remove the section about the metal bonnet",
    "cut the bit about the metal bonnet please",
])
def test_a_thing_whose_two_words_are_said_far_apart_asks(message):
    project = headlight_project()
    before = heard(project)
    result = plan(message, project)
    assert asks(result), result.reply
    assert heard(project) == before


def test_a_thing_said_in_one_sentence_is_still_cut():
    assert heard(applied(headlight_project(), "cut the part about the rubber cover")) == talk_without(SCRIPT, [4])


@pytest.mark.parametrize("message", [
    "cut where i mention the car",
    "delete where I mention the headlight",
])
def test_a_thing_mentioned_in_several_sentences_asks_which(message):
    result = plan(message, headlight_project())
    assert asks(result), result.reply
    assert "more than one" in result.reply.lower()


@pytest.mark.parametrize("message, index", [
    ("cut where i mention the bonnet", 4),
    ("cut where i mention the passenger side", 1),
])
def test_a_thing_mentioned_once_is_cut(message, index):
    assert heard(applied(headlight_project(), message)) == talk_without(SCRIPT, [index])


def test_a_verb_that_is_also_a_noun_opening_the_description_is_not_a_thing_named():
    """"where I slag off the cheap bulbs": "slag" is a noun too, but the word after it is no noun, so it is the
    verb (only "candy boards", a noun before a noun, names a thing with its first word)."""
    from editor_app.planner.unsaid import _noun_phrases

    assert "slag" not in _noun_phrases("slag off the cheap bulbs for being dim")
    assert _noun_phrases("candy boards")[:2] == ["candy", "boards"]
