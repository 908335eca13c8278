"""Lead, round 16: words said to be said keep their small words, and "chop" cuts. Before, the filler-stripping took
"so", "now", "hey", "just"... out of the words after "where I say" ("cut the bit where I say so you can reach" cut
"you can reach"), and "chop the bit where I say X" was not understood. Grout project, our own words.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from editor_app.planner.text import strip_filler
from tests.planner.grout_project import grout_project


@pytest.mark.parametrize("message, kept", [
    ("cut the bit where i say so you can reach please", "where i say so you can reach"),
    ("ok so remove where i say now press the grout", "where i say now press the grout"),
    ("could you just trim where he says hey there", "where he says hey there"),
])
def test_the_words_after_say_are_kept(message, kept):
    assert strip_filler(message).endswith(kept)


def test_politeness_before_the_words_still_goes():
    assert strip_filler("ok so please cut where i say honestly") == "cut where i say honestly"


@pytest.mark.parametrize("message, words", [
    ("cut the bit where i say so you can reach", "so you can reach"),
    ("chop the bit where i say daylight robbery", "daylight robbery"),
])
def test_the_cut_takes_exactly_those_words(message, words):
    project = grout_project()
    result = plan(message, project)
    assert [s.tool for s in result.steps] == ["cut_words"], result.reply
    (span,) = result.steps[0].args["ranges"]
    said = project.media["m1"].words[span["first"]:span["last"] + 1]
    assert " ".join(w.text.strip(".,!?").lower() for w in said) == words
