"""Round 15 (lead): sentences named by their place ("delete the third sentence", "sentences 2 and 3", "the last two
sentences") are cut, counted on the timeline; a place past the end asks. "The last line about the ladder" is the
last of the lines about the ladder (before: the last sentence of the talk, which is not about the ladder)."""

from __future__ import annotations

import pytest

from editor_app.model.word_cuts import timeline_words
from editor_app.planner import plan
from editor_app.model.history import apply_all
from editor_app.tools import TOOLS, ToolContext
from tests.planner import beanie_project as beanie
from tests.planner import gutter_project as gutter


def _after(message: str, project):
    result = plan(message, project)
    assert result.understood, result.reply
    for s in result.steps:
        apply_all(project, TOOLS.find(s.tool).call(ToolContext(project, None), s.args))
    return " ".join(timeline_words(project).texts)


def _sentence(script, i: int) -> str:
    return script[i][0]


@pytest.mark.parametrize("message, gone", [
    ("delete the third sentence", [2]),
    ("cut sentence 3", [2]),
    ("remove the second and third sentences", [1, 2]),
    ("cut the 2nd and 4th lines", [1, 3]),
    ("delete the last two sentences", [7, 8]),
    ("cut the first two sentences", [0, 1]),
    ("cut sentences 2 to 4", [1, 2, 3]),
    ("cut the penultimate sentence", [7]),
])
def test_sentences_named_by_place_are_cut_and_no_others(message, gone):
    heard = _after(message, gutter.gutter_project())
    for i, (line, _) in enumerate(gutter.SCRIPT):
        assert (line not in heard) == (i in gone), (i, line)


def test_other_project_and_wording():
    heard = _after("could you get rid of the fourth sentence please", beanie.beanie_project())
    assert beanie.SCRIPT[3][0] not in heard and beanie.SCRIPT[2][0] in heard and beanie.SCRIPT[4][0] in heard


def test_a_place_past_the_end_asks():
    result = plan("delete sentence 12", gutter.gutter_project())
    assert not result.understood and not result.steps and "9 sentences" in result.reply


def test_the_last_line_about_a_thing_is_the_last_of_those():
    heard = _after("remove the last line about the ladder", gutter.gutter_project())
    assert gutter.SCRIPT[5][0] not in heard  # "... hooked on the ladder."
    assert gutter.SCRIPT[4][0] in heard and gutter.SCRIPT[8][0] in heard  # the first ladder line, the last sentence


def test_the_line_about_a_thing_said_twice_still_asks():
    result = plan("cut the line about the ladder", gutter.gutter_project())
    assert not result.steps and "More than one" in result.reply
