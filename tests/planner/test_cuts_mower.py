"""Round-11b "cuts" on a project of our own (tests/planner/mower_project.py: sharpening a lawnmower
blade). Each request is planned and, where it cuts words, applied with the real tools and checked on
what is heard afterwards (or on the clip lengths). Phrasings are our own, written before the code;
none is copied from an eval suite.

What they pin down: a list "every X and Y plus Z" is several cuts (every filler of both kinds, then the
false start, "the bit I redo"); a line described by its words that answers a question asked in the
same breath takes the question with it (and the other way round), but "the question" stays alone;
one pause complained about loosely ("goes on forever", "after X there's a massive gap, shrink it",
"too much silence leading into 'X'") is that pause shortened, and "the long pauses make it drag,
shorten them all" is every pause; the filler opening "the sentence about X"; a false start named by
what its redo says; a reason after a described cut; "where I say how much X would cost"; a clip's
new length said as "only needs N seconds" and "knock N seconds off"; "first N secs can go"; and
"everything up to 'X'" as the talk's words, not the media "nailHangBalance.mp4".
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied
from tests.planner.mower_project import SCRIPT, SEGMENTS, mower_project


def without(*indices: int, drop: tuple[tuple[int, str], ...] = ()) -> str:
    """The talk without sentences ``indices`` and without the words ``drop`` ((sentence, exact token, once))."""
    return talk_without(SCRIPT, indices, drop)


def pause_after(sentence: int) -> tuple[float, float]:
    return SEGMENTS[sentence].end, SEGMENTS[sentence + 1].start


def clip_seconds(project: Project, clip_id: str) -> float:
    clip = next(c for t in project.tracks for c in t.clips if c.id == clip_id)
    return float(seconds(clip.end - clip.start, project.fps))


# ---- a list of cuts ------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "get rid of every um and uh plus the bit I redo",
    "cut every uh and um plus the false start",
])
def test_every_filler_of_both_kinds_plus_the_redone_bit(message):
    expected = without(6, drop=((1, "um,"), (4, "Uh,"), (8, "um,")))
    assert heard(applied(mower_project(), message)) == expected


def test_the_bit_i_redo_alone_is_the_false_start():
    assert heard(applied(mower_project(), "remove the bit I redo")) == without(6)


# ---- a question and its answer said in one breath ----------------------------------------------

@pytest.mark.parametrize("message", [
    "drop the golf course line",
    "delete the line about the lawn looking like a golf course",
])
def test_an_answer_described_takes_its_question(message):
    assert heard(applied(mower_project(), message)) == without(11)


def test_the_question_named_as_such_stays_alone():
    expected = without(drop=((11, "Was"), (11, "it"), (11, "worth"), (11, "the"), (11, "effort?")))
    assert heard(applied(mower_project(), "delete the question 'was it worth the effort?'")) == expected


# ---- pauses described loosely ----------------------------------------------------------------------

def _one_pause_shortened(message: str, sentence: int) -> None:
    result = plan(message, mower_project())
    assert result.understood, result.reply
    [only] = result.steps
    a, b = pause_after(sentence)
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(a, abs=0.01)
    assert only.args["end"] == pytest.approx(b, abs=0.01)
    assert b - a - 2 * only.args["padding"] == pytest.approx(b - a - 0.5, abs=0.01)  # tightened to 0.5 s


def test_the_pause_after_quoted_words_goes_on_forever():
    _one_pause_shortened("the pause after 'worth a try' goes on forever", 2)


@pytest.mark.parametrize("message", [
    "after the story about my neighbour there's a massive gap, shrink it",
    "after the bit about priya there's a huge pause",
])
def test_after_a_described_line_theres_a_gap(message):
    _one_pause_shortened(message, 5)


def test_too_much_silence_leading_into_quoted_words():
    _one_pause_shortened('too much silence leading into "Hang it on a nail"', 9)


def test_the_long_pauses_make_it_drag_shorten_them_all():
    result = plan("the long pauses make it drag, shorten them all", mower_project())
    [only] = result.steps
    assert only.tool in ("remove_silences", "shorten_pauses"), result.reply
    assert "start" not in only.args  # every long pause, not one


def test_a_loose_pause_after_words_never_said_asks():
    assert asks(plan("after I talk about the hedge trimmer there's a massive gap, shrink it", mower_project()))


# ---- one filler, one false start, one aside, one price ----------------------------------------------

def test_the_uh_opening_the_sentence_about_something_bin_it():
    message = "there's an 'uh' opening the sentence about tipping the mower, bin it"
    assert heard(applied(mower_project(), message)) == without(drop=((4, "Uh,"),))


def test_a_false_start_named_by_what_its_redo_says():
    assert heard(applied(mower_project(), "cut the retake on the socket wrench bit")) == without(6)


def test_a_false_start_about_something_never_said_asks():
    assert asks(plan("cut the retake on the hedge trimmer bit", mower_project()))


def test_a_reason_after_a_described_cut_is_not_part_of_it():
    assert heard(applied(mower_project(), "lose the Priya story, nobody needs that")) == without(5)


def test_where_i_say_how_much_a_new_one_would_cost():
    message = "delete the sentence where I say how much a new blade would cost"
    assert heard(applied(mower_project(), message)) == without(2)


# ---- lengths and edges -----------------------------------------------------------------------------

def test_a_clip_that_only_needs_n_seconds_shorten_it():
    after = applied(mower_project({"m2": 20.0}), "DJI_0042 only needs 3 seconds, shorten it")
    assert clip_seconds(after, "c3") == pytest.approx(3.0, abs=0.05)


def test_knock_seconds_off_a_clip():
    after = applied(mower_project({"m3": 30.0}), "knock 4 seconds off the screen recording")
    assert clip_seconds(after, "c3") == pytest.approx(5.0, abs=0.05)


def test_first_secs_can_go():
    p = mower_project()
    result = plan("first two secs can go", p)
    [only] = result.steps
    assert only.tool == "cut_range", result.reply
    assert only.args["start"] == 0


def test_everything_up_to_a_quote_is_the_talk_not_a_media_name():
    result = plan("get rid of everything up to 'Hang it on a nail'", mower_project())
    [only] = result.steps
    assert only.tool == "cut_range", result.reply
    assert only.args["start"] == 0
    assert only.args["end"] == pytest.approx(SEGMENTS[10].start, abs=0.01)
