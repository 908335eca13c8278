"""Round 15 (lead): requests the editor has no tool for (noise reduction, EQ, reverb, stabilising, reverse
playback, freeze frames, keying) are answered with what it cannot do and change nothing. Before, "remove the
background noise from my voice" planned deleting the whole talk and "boost the bass" turned the music up."""

from __future__ import annotations

import pytest

from editor_app.planner.types import Unclear
from editor_app.planner.unsupported import unsupported
from tests.planner.grill_cases import turn
from tests.planner.grill_project import grill_project
from tests.planner.own_talk import asset


@pytest.mark.parametrize("message, what", [
    ("remove the background noise from my voice", "noise reduction"),
    ("can you get rid of that annoying hum in the audio", "noise reduction"),
    ("boost the bass in the music a bit", "EQ"),
    ("take the echo out of my voice", "echo"),
    ("the lid clip is really shaky, can you fix it", "stabilisation"),
    ("play the lid clip backwards", "reverse playback"),
])
def test_unsupported_request_changes_nothing_and_says_what(message, what):
    project, before, result = turn(message, {"m3": 20})
    assert project.model_dump() == before
    assert what in result.reply


def test_supported_edits_with_similar_words_still_plan():
    project, before, _ = turn("cut the sentence about the grease tray")
    assert project.model_dump() != before  # "tray" and "scrape" are not effects


@pytest.mark.parametrize("message", ["remove the fridge hum clip", "put the static noise sound effect at 0:10",
                                     "cut the part about the wood grain", "cut the bit where I shake the bottle"])
def test_media_named_with_the_word_or_a_topic_is_not_an_effect(message):
    project = grill_project()
    project.media["m99"] = asset("fridge hum.wav", "audio", 3.0, "")
    project.media["m98"] = asset("static noise.wav", "audio", 3.0, "")
    unsupported(message, project)  # no Unclear


def test_unsupported_is_raised_as_a_question_not_an_edit():
    with pytest.raises(Unclear):
        unsupported("add a vignette to the grates clip", grill_project())


def test_a_clip_described_as_wobbly_is_a_clip_not_stabilising():
    unsupported("the wobbly clamp clip at 0:50", grill_project())  # no Unclear
