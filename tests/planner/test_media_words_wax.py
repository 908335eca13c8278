"""Media named by a word related to their description, on a project of our own (tests/planner/wax_project.py:
waxing a car), planned and applied with the real tools, then checked on the timeline. Phrasings are our own,
written before the mechanism (planner/word_kin.py); none is copied from an eval suite.

What they pin down: a synonym ("polishing" for a clip described as buffing), a related form ("shine" ~ "shiny",
"hosing" ~ "hose"), a colloquial kind word ("vid", "footage" with no article) name the media in placement, speed,
nudges and two-part requests; an exact description word beats a related one; two media a word relates to
equally ask; a word that relates to no media says it is not found and edits nothing.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.test_garden_words import applied
from tests.planner.test_refs_wardrobe import asks, layout, spans
from tests.planner.wax_project import sentence_span, wax_project

NO_CHROME = ("C0046.MP4",)  # without the chrome polishing clip, "polish" relates to the buffing clip alone


def over(span: tuple[float, float], sentence: int) -> bool:
    a, b = sentence_span(sentence)
    return span[0] < (a + b) / 2 < span[1]


@pytest.mark.parametrize("message, media, sentence", [
    ("put the polishing clip over where I talk about the reflection on the bonnet", "m2", 8),
    ("put the shine footage over where I say grab a coffee", "m2", 6),
    ("stick shine footage over where I say grab a coffee", "m2", 6),
    ("the polish vid over where I say you could do your hair in it", "m2", 8),
    ("can the hosing vid go over the bit about brake dust", "m3", 2),
])
def test_related_word_places_the_media(message, media, sentence):
    project = wax_project(without=NO_CHROME)
    after = applied(project, message)
    placed = spans(after, media)
    assert len(placed) == 1 and over(placed[0], sentence), (message, placed)


def test_two_part_request_names_both_by_related_words():
    project = wax_project(without=NO_CHROME)
    after = applied(project, "the polish clip over where I say grab a coffee, then the hose vid over the bit about brake dust")
    assert over(spans(after, "m2")[0], 6) and over(spans(after, "m3")[0], 2)


def test_speed_and_nudge_by_related_words():
    project = wax_project(without=NO_CHROME, broll={"m2": 47.0, "m3": 12.0})
    after = applied(project, "speed up the polishing clip to 2x")
    assert after.find_clip("c3")[1].speed == 2 and project.find_clip("c3")[1].speed == 1
    after = applied(project, "nudge the shine footage a second later")
    assert spans(after, "m2") == [(48.0, 52.0)] and spans(after, "m3") == spans(project, "m3")
    after = applied(project, "slow the polishing vid down to half speed and move the hose vid 1 second later")
    assert after.find_clip("c3")[1].speed == 0.5 and spans(after, "m3") == [(13.0, 17.0)]


def test_exact_description_word_beats_a_related_one():
    project = wax_project()  # the chrome trims clip is described as polishing; the bonnet clip as buffing
    assert spans(applied(project, "put the polishing clip over where I say grab a coffee"), "m6")
    assert spans(applied(project, "put the buffing clip over where I say grab a coffee"), "m2")


def test_a_word_related_to_two_media_equally_asks():
    project = wax_project()  # "shine" relates to buffing and to polishing
    result = plan("put the shine footage over where I say grab a coffee", project)
    assert asks(result) and "C0042.MP4" in result.reply and "C0046.MP4" in result.reply


@pytest.mark.parametrize("message", [
    "put the lube clip over where I say grab a coffee",
    "speed up the vacuuming clip",
    "nudge the engine bay vid a second later",
])
def test_a_word_related_to_no_media_is_not_found(message):
    project = wax_project(broll={"m2": 47.0})
    before = layout(project)
    result = plan(message, project)
    assert asks(result) and "can't find" in result.reply, result.reply
    assert layout(project) == before
