""""The sentence that mentions X" when X is said in several sentences asks which, and cuts nothing;
when X is said once it cuts that sentence. Own words on the flat-pack wardrobe project."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.test_garden_words import applied
from tests.planner.wardrobe_project import LENGTH, sentence_span, wardrobe_project


@pytest.mark.parametrize("message, times", [
    ("delete the sentence that mentions the cam locks", 3),   # sentences 5, 7, 8
    ("cut the line that mentions two hours", 2),              # said as words in 2 and 22; asked in digits
    ("get rid of the sentence with the cat in it", 2),        # 1 and 22
])
def test_a_thing_said_in_several_sentences_asks_which(message, times):
    result = plan(message, wardrobe_project())
    assert not result.steps and not result.understood, result.reply
    assert f"said in {times} sentences" in result.reply


def test_a_thing_said_once_cuts_its_sentence():
    after = applied(wardrobe_project(), "remove the sentence that mentions the muffin tin")
    start, end = sentence_span(5)  # the only sentence saying it
    assert after.duration / after.fps == pytest.approx(LENGTH - (end - start), abs=0.5)  # duration in frames
