"""Round-8 "cuts" on a project of our own (tests/planner/hinge_project.py: fixing a squeaky door
hinge), each planned and applied with the real tools, then checked on what is heard after the
edit. Phrasings are our own, written before the mechanisms; none is copied from an eval suite.

What they pin down: a stretch from a quote through (or up to) a described sentence, and from a
described sentence to a quote; two or three kinds of cut in one request planned in sequence as
one plan (one undo); "where I say X" as the whole sentence when X reports or paraphrases it, as
the words when X is a short verbatim piece; never a word of a neighbouring sentence; a filler
next to quoted words or in the last sentence; a pause after a described remark; several quoted
lines at once. A part that matches nothing, or two sentences equally, asks and changes nothing.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.hinge_project import SCRIPT, hinge_project, sentence_span
from tests.planner.test_garden_words import applied
from tests.planner.own_talk import asks, heard, length_of


def without(*indices: int, drop: tuple[str, ...] = ()) -> str:
    """The talk without sentences ``indices`` and without the words ``drop`` (exact tokens)."""
    kept = " ".join(s for i, (s, _) in enumerate(SCRIPT) if i not in indices).split()
    for word in drop:
        kept.remove(word)
    return " ".join(kept)


# ---- a stretch from a quote to a described sentence, or back -------------------------------------

@pytest.mark.parametrize("message, gone", [
    ("delete from 'Wipe the old black gunk' through the rust sentence", (6, 7)),
    ('cut from "Only pull one pin" until the line about the rust', (5, 6, 7)),
    ("remove everything from 'Skip the cooking oil' up to the end of the glides sentence", (13, 14)),
    ("cut from the sentence about the wrong tub through 'thin even coat'", (8, 9)),
    ("snip from where I close the door to the line about the door dropping on your foot", (3, 4, 5)),
])
def test_a_stretch_between_a_quote_and_a_described_sentence_is_cut_whole(message, gone):
    after = applied(hinge_project(), message)
    assert heard(after) == without(*gone)
    assert {c.media_id for c in after.clips()} == {"m1", "m7"}  # no clip removed


@pytest.mark.parametrize("message", [
    "cut from 'Slide the pin back' through the rust sentence",  # the rust sentence comes before it
    "delete from 'Wipe the old black gunk' through the line about the ladder",  # no ladder is mentioned
    "cut from 'the oil can' through the glides sentence",  # never said
    "cut from 'Wipe the old black gunk' through the grease sentence",  # three later sentences say grease
])
def test_a_stretch_with_an_end_that_fits_nothing_or_two_asks(message):
    assert asks(plan(message, hinge_project()))


# ---- two or three kinds of cut in one request ---------------------------------------------------

def test_the_ums_and_the_false_start_are_both_cut_in_one_plan():
    p = hinge_project()
    result = plan("get rid of the ums and the false start", p)
    assert result.understood and len(result.steps) >= 2, result.reply
    after = applied(p, "get rid of the ums and the false start")
    assert heard(after) == without(8, drop=("Um,", "Um,", "uh,", "uh,"))  # "the ums": hesitations as a kind


def test_the_uhs_the_retake_and_a_described_line_in_one_request():
    after = applied(hinge_project(), "take out the uhs, the retake and the bit about cooking oil")
    assert heard(after) == without(8, 13, drop=("Um,", "Um,", "uh,", "uh,"))  # "the uhs": hesitations as a kind


def test_the_long_pauses_and_a_quoted_phrase():
    p = hinge_project()
    result = plan("tighten the long pauses and cut the words 'which is no fun at all'", p)
    assert result.understood, result.reply
    after = applied(p, "tighten the long pauses and cut the words 'which is no fun at all'")
    assert "which is no fun at all" not in heard(after) and "wakes the baby," in heard(after)
    assert length_of(after) < length_of(p) - 2.0  # the 1.5 s, 1.2 s and 1.6 s pauses got shorter too


@pytest.mark.parametrize("message", [
    "remove the ums and the bit where I sneeze",  # nothing is said about sneezing
    "cut the false start and the sentence about the grease",  # several sentences mention grease
])
def test_one_kind_that_cannot_be_found_asks_instead_of_cutting_only_the_others(message):
    result = plan(message, hinge_project())
    assert asks(result), result.reply


# ---- "where I say X": the sentence or the words ---------------------------------------------------

@pytest.mark.parametrize("message, gone", [
    ("delete where I say to close the door first", 3),  # reported speech: the whole sentence
    ("cut where I say the baby gets woken up by it", 1),  # a paraphrase: the sentence it paraphrases
    ("remove the part where I tell you to skip the cooking oil", 13),
    ("lose where I say the whole fix took ten minutes and the grease cost less than a coffee", 15),  # all of it
])
def test_where_i_say_a_report_of_a_sentence_cuts_that_sentence_only(message, gone):
    after = applied(hinge_project(), message)
    assert heard(after) == without(gone)


@pytest.mark.parametrize("message, words", [
    ("cut the bit where I say 'a little at a time'", ("a", "little", "at", "a", "time.")),
    ("snip 'which is no fun at all'", ("which", "is", "no", "fun", "at", "all.")),
])
def test_a_short_quoted_piece_is_cut_as_those_words(message, words):
    after = applied(hinge_project(), message)
    expected = " ".join(s for s, _ in SCRIPT).replace(" " + " ".join(words), "")
    assert heard(after) == expected


@pytest.mark.parametrize("message", [
    "delete where I say to smear grease on the pin",  # the false start and the good take both say it
    "cut where I say to oil the garage door",  # nothing like it is said
])
def test_where_i_say_something_said_twice_or_never_asks(message):
    assert asks(plan(message, hinge_project()))


# ---- the smaller ways of pointing -----------------------------------------------------------------

@pytest.mark.parametrize("message, sentence, word", [
    ("delete the uh right before I say good luck", 16, "uh,"),
    ("drop the uh in the final sentence", 16, "uh,"),
    ("pull 'you know' out of the top and bottom hinges line", 12, "know,"),
])
def test_one_filler_next_to_words_or_in_a_sentence_by_its_place(message, sentence, word):
    after = applied(hinge_project(), message)
    text = SCRIPT[sentence][0].replace("you know, ", "") if word == "know," else SCRIPT[sentence][0].replace("uh, ", "")
    assert heard(after) == " ".join(text if i == sentence else s for i, (s, _) in enumerate(SCRIPT))


@pytest.mark.parametrize("message, gone", [
    ("remove the advice about cooking oil", 13),
    ("cut where I fumble it, keep the second try", 8),
    ("take out both the 'First, close the door' and 'Only pull one pin' lines", (3, 5)),
])
def test_sentences_named_as_advice_a_fumble_or_two_quotes(message, gone):
    gone = gone if isinstance(gone, tuple) else (gone,)
    assert heard(applied(hinge_project(), message)) == without(*gone)


def test_the_silence_after_a_remark_is_that_pause_only():
    result = plan("shorten the silence after the baby remark", hinge_project())
    [only] = result.steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(sentence_span(1)[1], abs=0.01)
    assert only.args["end"] == pytest.approx(sentence_span(2)[0], abs=0.01)


def test_a_pause_said_to_be_too_long_is_that_pause_only():
    result = plan("the pause after I tap the pin home with the hammer is way too long", hinge_project())
    [only] = result.steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(sentence_span(10)[1], abs=0.01)


# ---- a cut said in times keeps the length asked ----------------------------------------------------

def test_a_timed_cut_whose_end_snaps_off_a_word_keeps_the_length_asked_from_the_pause():
    p = hinge_project()  # 18.3 s falls inside "nail," (18.2-18.55); 14.2 s is in the pause after sentence 1
    after = applied(p, "cut 14.2s to 18.3s")
    assert length_of(p) - length_of(after) == pytest.approx(4.1, abs=0.04)
    assert heard(after) == " ".join(s for s, _ in SCRIPT).replace("All you need is a hammer, a long nail,", "nail,")


@pytest.mark.parametrize("message", ["I keep saying uh all the time, get rid of them",
                                     "honestly I say um far too often, can you take those out"])
def test_a_word_said_too_often_is_what_the_next_clause_cuts(message):
    after = applied(hinge_project(), message)
    assert heard(after) == without(drop=("Um,", "Um,", "uh,", "uh,"))  # the hesitations as a kind


def test_fillers_written_with_a_slash_and_a_retake_as_well():
    after = applied(hinge_project(), "strip out the ums/uhs and the retake as well")
    assert heard(after) == without(8, drop=("Um,", "Um,", "uh,", "uh,"))
