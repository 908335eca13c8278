"""Round 12b "cuts": a part named by a thing is cut only when the talk clearly says that one thing in
one place (our own shower-head and footstool projects; phrasings our own, none from an eval suite).

- Two nouns side by side name one thing ("the rubber hose"): a talk that says "rubber" in one
  sentence and "hose" in a far-off other one never talks about a rubber hose, so nothing is cut and
  the planner asks; a thing said across one sentence and the next ("the cloth bag") is still found.
- "Where I mention the vinyl" names a thing, not a quote: when other sentences mention it too in
  another form ("the old vinyl"), the planner asks which; a thing mentioned once is still cut.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.footstool_project import SCRIPT as STOOL, footstool_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.showerhead_project import SCRIPT as SHOWER, showerhead_project
from tests.planner.test_garden_words import applied


@pytest.mark.parametrize("message", [
    "cut the part about the rubber hose",
    "delete the bit about the toothbrush head",
])
def test_a_thing_whose_two_words_are_said_far_apart_asks(message):
    project = showerhead_project()
    before = heard(project)
    result = plan(message, project)
    assert asks(result), result.reply
    assert heard(project) == before


def test_a_thing_said_in_one_sentence_is_still_cut():
    assert heard(applied(showerhead_project(), "remove the part about the freezer bag")) == talk_without(SHOWER, [3])


@pytest.mark.parametrize("message", [
    "cut where i mention the vinyl",
    "please remove where I mentioned the vinyl",
])
def test_a_thing_mentioned_in_several_sentences_asks_which(message):
    result = plan(message, footstool_project())
    assert asks(result), result.reply
    assert "more than one" in result.reply.lower()


def test_a_thing_mentioned_once_is_cut():
    assert heard(applied(footstool_project(), "cut where i mention the legs")) == talk_without(STOOL, [10])
