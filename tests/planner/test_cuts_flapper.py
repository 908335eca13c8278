"""Round-11 "cuts" on a project of our own (tests/planner/flapper_project.py: fixing a running toilet
by swapping its flapper), each request planned and, where it cuts words or time, applied with the real
tools and checked on what is heard afterwards and on the timeline's length. Phrasings are our own,
written before the code; none is copied from an eval suite.

What they pin down: "no ums" is a filler request (not "no, ums"); one filler located by the line it
opens, whose description says "over" (not a placement); of two "like"s in one sentence the one set off
by commas is the filler (unless the description sits next to the other, then it asks); long pauses
described as staring at the camera, then a polite "can you shorten those gaps"; one pause located by
the words after it, said without quotes, where the request lost a word ("now") as filler; a sentence
described twice ("the X line, the Y one"), even when its words name a B-roll file, and two
descriptions that fit different sentences ask; "the whole 'Q?' sentence" of a question answered in the
same breath is both, "the question 'Q?'" is the question only, and a question followed by a pause is
alone; a range said in numbers whose start is inside a word keeps its length and cuts no word.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.own_talk import asks, heard, length_of, talk_without
from tests.planner.test_garden_words import applied
from tests.planner.flapper_project import SCRIPT, SEGMENTS, WORDS, flapper_project, word_index


def without(*indices: int, drop: tuple[tuple[int, str], ...] = ()) -> str:
    """The talk without sentences ``indices`` and without the words ``drop`` ((sentence, exact token, once))."""
    return talk_without(SCRIPT, indices, drop)


HESITATIONS = ((2, "um,"), (5, "Uh,"), (6, "uh,"), (9, "um,"), (13, "Uh,"), (15, "Um,"))


def pause_after(sentence: int) -> tuple[float, float]:
    return SEGMENTS[sentence].end, SEGMENTS[sentence + 1].start


# ---- "no ums" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["no ums", "no more uhs please", "no ums or uhs", "zero ums"])
def test_no_ums_said_tersely_removes_the_hesitations(message):
    assert heard(applied(flapper_project(), message)) == without(drop=HESITATIONS)


def test_a_no_in_front_of_an_instruction_is_still_a_reaction():
    result = plan("no, make the music quieter", flapper_project())
    assert [s.tool for s in result.steps] == ["set_volume"], result.reply


# ---- one filler by the line it opens -----------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "the uh at the start of the hold-the-lid-over-the-bath line can go",
    "cut the uh at the start of the hold the lid over the bath line",
])
def test_a_filler_opening_a_line_described_with_over_is_that_filler(message):
    assert heard(applied(flapper_project(), message)) == without(drop=((5, "Uh,"),))


def test_a_filler_said_to_open_a_line_it_sits_inside_asks():
    assert asks(plan("cut the uh at the start of the mop up whatever drips line", flapper_project()))


# ---- the filler "like" -------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "remove the 'like' where I say the old one is warped",
    "cut the 'like' in the warped flapper sentence",
])
def test_the_like_set_off_by_commas_is_the_filler_one(message):
    assert heard(applied(flapper_project(), message)) == without(drop=((3, "like,"),))


def test_a_like_described_by_the_words_next_to_the_other_one_asks():
    assert asks(plan("cut the 'like' in the wet sock bit", flapper_project()))


# ---- pauses described loosely ----------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "there's a few spots where I just stare at the camera saying nothing, can you shorten those gaps",
    "there's a couple of places where I'm staring into the lens, could you tighten them",
])
def test_pauses_described_as_staring_at_the_camera_are_the_long_pauses(message):
    result = plan(message, flapper_project())
    [only] = result.steps
    assert only.tool in ("remove_silences", "shorten_pauses"), result.reply
    assert "start" not in only.args  # every long pause, not one


@pytest.mark.parametrize("message", [
    "the gap right before and now the flush test drags, tighten it",
    "shorten the pause right before and now the flush test",
])
def test_one_pause_before_unquoted_words_is_that_pause_only(message):
    [only] = plan(message, flapper_project()).steps
    a, b = pause_after(10)
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(a, abs=0.01)
    assert only.args["end"] == pytest.approx(b, abs=0.01)
    assert b - a - 2 * only.args["padding"] == pytest.approx(b - a - 0.5, abs=0.01)  # tightened to 0.5 s, not removed


def test_one_pause_before_words_never_said_asks():
    assert asks(plan("the gap right before and now the leak test drags, tighten it", flapper_project()))


# ---- a sentence described twice --------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "delete the flapper price line, the seven dollar one",
    "cut the price line, the less than a sandwich one",
])
def test_a_sentence_described_twice_is_that_sentence(message):
    after = applied(flapper_project(), message)
    assert heard(after) == without(8)
    assert len(after.media) == len(flapper_project().media)


def test_two_descriptions_of_different_sentences_ask():
    assert asks(plan("delete the flapper price line, the spare chain one", flapper_project()))


# ---- a question and its answer -------------------------------------------------------------------

def _question(text: str) -> tuple[int, int]:
    first = word_index("Was", 14)
    return first, first + len(text.split()) - 1


def test_the_whole_sentence_of_a_question_answered_in_one_breath_is_both():
    assert heard(applied(flapper_project(), "delete the whole 'was it worth it' sentence")) == without(14)


@pytest.mark.parametrize("message", [
    "delete the question 'was it worth it?'",
    "delete the 'was it worth it' sentence",
])
def test_the_question_alone_is_only_the_question(message):
    expected = without(drop=((14, "Was"), (14, "it"), (14, "worth"), (14, "it?")))
    assert heard(applied(flapper_project(), message)) == expected


def test_the_whole_sentence_of_a_question_followed_by_a_pause_is_the_question():
    assert heard(applied(flapper_project(), "delete the whole 'why does it keep running' sentence")) == without(1)


# ---- a range said in numbers -----------------------------------------------------------------------

def test_a_range_starting_inside_the_last_word_before_a_pause_keeps_its_length_and_the_word():
    p = flapper_project()
    last = WORDS[word_index("chain.", 10)]
    start = round(last.start + 0.1, 1)  # inside "chain.", nearer its start than its end
    assert last.start < start < last.end and start - last.start < last.end - start
    after = applied(p, f"take out {start:g}-{start + 1.5:g}s")
    assert length_of(after) == pytest.approx(length_of(p) - 1.5, abs=0.02)
    assert heard(after) == heard(p)  # nothing said is cut, "chain." included
