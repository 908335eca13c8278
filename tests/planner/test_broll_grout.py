"""Round-8 B-roll places on a project of our own (tests/planner/grout_project.py: re-grouting bathroom
tiles), each planned and applied with the real tools, then checked on the timeline. Phrasings are our
own, written before the mechanisms; none is copied from an eval suite.

What they pin down: a media named by what it shows beats a file name that says the opposite ("no
mould"); a place said as "where I tell people to X", "my explanation of why X", "while I'm introducing
myself", "where I X and Y" (one place, not two requests); "back on" is not "off"; a line said twice
is placed over the take that was kept; "roughly in the middle" is where a still starts; a sound at
quoted words starts on them. Nothing that fits, or two that fit equally, asks and changes nothing.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.test_garden_words import applied
from tests.planner.grout_project import LENGTH, grout_project, sentence_span, word_start


def asks(result) -> bool:
    return not result.understood and result.steps == []


def spans(project: Project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks for c in t.clips if c.media_id == media_id]


def covers(span: tuple[float, float], sentence: int) -> bool:
    """The clip overlaps most of the sentence and starts no earlier than the sentence before it ends."""
    a, b = sentence_span(sentence)
    return span[0] < a + 0.5 * (b - a) and span[1] > a + 0.5 * (b - a) and span[0] >= a - 0.5


@pytest.mark.parametrize("message, media, sentence", [
    # a media named by what it shows, not by a name that says it is the opposite ("no mould")
    ("put the mouldy grout close-up over where I say what the tiler wanted", "m2", 2),
    ("show the mould closeup while I describe how black the old grout has gone", "m2", 1),
    # "where I show how X": where the speaker points at it ("look at this old grout")
    ("the DJI clip over where I show the state of the grout", "m2", 1),
    ("the DJI clip over where I'm showing you the grout", "m2", 1),
    # "where I tell people to ...": advice, found by what it says
    ("the GX010331 chest cam clip over where I tell people to keep the blade flat", "m4", 6),
    # "my explanation of why ...", "the reason ..."
    ("put the PXL sponge clip over my explanation of why you keep turning the sponge", "m7", 12),
    # one place said with "and": not two requests
    ("mixing bucket pic over the part where I mix the powder and get it like peanut butter", "m6", 8),
    # "back on" is not "off", "off" is not "back on"
    ("bath panel photo over where I put the panel back on", "m8", 14),
    ("bath panel photo over where I take the panel off", "m8", 4),
    ("the no mould clip over where I turn the shower back on", "m3", 15),
    # a line said twice: the take that was kept, unless the flubbed one is asked for
    ("GX010332 over the bit where I press the grout in properly, not the runny go", "m5", 10),
    ("GX010332 over where I press the grout into the joints", "m5", 10),
])
def test_broll_over_a_place_described_loosely(message, media, sentence):
    after = applied(grout_project(), message)
    [span] = spans(after, media)
    assert covers(span, sentence), (span, sentence_span(sentence))


def test_introducing_myself_is_the_opening_of_the_talk():
    after = applied(grout_project(), "show the mouldy grout closeup while I'm introducing myself and the job")
    [span] = spans(after, "m2")
    assert span[0] == pytest.approx(sentence_span(0)[0], abs=0.05)


def test_opening_on_a_shot_named_by_what_it_shows():
    after = applied(grout_project(), "open on the mouldy grout shot")
    [span] = spans(after, "m2")
    assert span[0] == 0


def test_a_negated_name_is_named_when_the_request_says_it_negated_too():
    after = applied(grout_project(), "end the video on the no mould clip")
    [span] = spans(after, "m3")
    assert span[1] == pytest.approx(LENGTH, abs=0.05)


def test_roughly_in_the_middle_is_where_the_still_starts():
    after = applied(grout_project(), "pop the mixing bucket photo roughly in the middle of the video")
    [span] = spans(after, "m6")
    assert span[0] == pytest.approx(LENGTH / 2, abs=0.05)


def test_a_sound_right_as_quoted_words_are_said_starts_on_them():
    after = applied(grout_project(), "squeak sound right as I say 'until the tiles sparkle'")
    [span] = spans(after, "m11")
    assert span[0] == pytest.approx(word_start(13, "until"), abs=0.05)


@pytest.mark.parametrize("message", [
    "put the GX clip over where I tell people to keep the blade flat",  # two GX files: which one?
    "show the mouldy grout closeup over where I talk about the dog",  # the talk never mentions a dog
    "the bath panel photo over where I explain the wallpaper",
])
def test_a_reference_that_fits_nothing_or_two_things_asks(message):
    p = grout_project()
    assert asks(plan(message, p))


def test_words_of_path_in_a_description_do_not_count_as_what_was_said():
    """ "buffing round the edges" is about buffing: a sentence saying "round" twice (and nothing of
    buffing) must not outscore the one that buffs (a merge had made "round" a content word)."""
    from editor_app.planner.particles import said_score

    topic = "where I'm buffing the haze round the edges"
    buff = "After an hour, buff off the haze with a dry cloth until the tiles sparkle."
    spin = "Go round and round the corner with the float."
    assert said_score(topic, spin) <= 0 < said_score(topic, buff)
