"""Round-12 "cuts" on a project of our own (tests/planner/headlight_project.py: changing a blown
headlight bulb). Each request is planned and, where it cuts words, applied with the real tools and
checked on what is heard afterwards. Phrasings are our own and differ from the measured command list
(tests/planner/headlight_commands.py); none is copied from an eval suite.

What they pin down: hesitations named in a list with no commas ("um uh er") are all kept in the
request, and a talk's own outro "thanks for watching" is not politeness to drop; "the you knows" and
"the likes" named alone are just those, and a "like" is cut only where it is said as a filler (set off
by a comma), never "looks like" or "I'd like"; "the filler like" is that like, not every um besides;
"I don't want any X" wishes fillers away; a take abandoned with "let me start that bit again" is a
false start; a hyphenated word ("brother-in-law") meets its parts; a question and the answer said in
one breath are scored as one line (a description naming words of both), "the question about X" is
among the questions only; digits in a request meet numbers said in words; "start the video at <words>"
unquoted; the pause after "the cost of X". Safety: a like that is never a filler, a question about
something never asked, a start at words said twice, a described pause line never said: ask.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, SEGMENTS, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied

UM_UH = ((1, "um,"), (4, "uh,"), (7, "um,"), (10, "Uh,"), (14, "Uh,"), (15, "um,"))
YOU_KNOW = ((9, "you"), (9, "know,"), (13, "you"), (13, "know,"))


def without(*indices: int, drop: tuple[tuple[int, str], ...] = ()) -> str:
    """The talk without sentences ``indices`` and without the words ``drop`` ((sentence, exact token, once))."""
    return talk_without(SCRIPT, indices, drop)


# ---- fillers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "please strip every um uh er and you know out of it",
    "remove um uh and you know",
])
def test_hesitations_listed_without_commas_all_go(message):
    assert heard(applied(headlight_project(), message)) == without(drop=UM_UH + YOU_KNOW)


@pytest.mark.parametrize("message", [
    "delete all the you knows",
    "can you lose those 'you know's",
])
def test_the_you_knows_named_alone_are_just_those(message):
    assert heard(applied(headlight_project(), message)) == without(drop=YOU_KNOW)


@pytest.mark.parametrize("message", [
    "get rid of my likes",
    "take out the filler like from where i unplug the connector",
])
def test_only_the_like_said_as_a_filler_goes(message):
    after = heard(applied(headlight_project(), message))
    assert after == without(drop=((6, "like,"),))
    assert "I'd like a job" in after and "looks like a proper" in after


def test_the_likes_and_the_ums_together():
    assert heard(applied(headlight_project(), "remove the ums and the likes")) == without(drop=UM_UH + ((6, "like,"),))


def test_a_like_that_is_never_a_filler_asks():
    project = headlight_project()
    result = plan("remove the likes", project)
    assert result.understood  # the project above has one filler like; a talk without one asks:
    from editor_app.model.history import apply_all
    from editor_app.tools import TOOLS, ToolContext

    for s in result.steps:
        apply_all(project, TOOLS.find(s.tool).call(ToolContext(project, None), s.args))
    again = plan("remove the likes", project)
    assert asks(again)
    assert "looks like" in again.reply


@pytest.mark.parametrize("message", [
    "i don't want any hesitations in the video",
    "dont want to hear a single um",
])
def test_fillers_wished_away(message):
    assert heard(applied(headlight_project(), message)) == without(drop=UM_UH)


# ---- a false start said aloud ----------------------------------------------------------------------

@pytest.mark.parametrize("message", ["delete my false start", "remove the bit where i stumble over the wire clip"])
def test_a_take_abandoned_with_start_that_bit_again(message):
    assert heard(applied(headlight_project(), message)) == without(7)


# ---- described lines -------------------------------------------------------------------------------

def test_a_hyphenated_word_meets_its_parts_said_apart():
    assert heard(applied(headlight_project(), "cut the line about the brother in law")) == without(12)


@pytest.mark.parametrize("message", [
    "lose the bit about the garage wanting 40 pounds",
    "delete the part about not going to the garage because of the forty pounds",
])
def test_a_question_and_its_answer_are_one_line_to_a_description(message):
    assert heard(applied(headlight_project(), message)) == without(2)


def test_the_question_about_something_is_that_question_alone():
    expected = without(drop=tuple((2, w) for w in ("Why", "not", "just", "go", "to", "a", "garage?")))
    assert heard(applied(headlight_project(), "cut the question about the garage")) == expected


def test_a_question_never_asked_asks():
    assert asks(plan("cut the question about fog lights", headlight_project()))


def test_a_line_about_a_word_two_lines_share_still_asks():
    assert asks(plan("cut the line about the garage", headlight_project()))


# ---- the start at words ----------------------------------------------------------------------------

def test_the_video_starts_at_words_said_unquoted():
    assert heard(applied(headlight_project(), "make the video start at twist the cover anticlockwise")) == without(0, 1, 2, 3, 4)


def test_a_start_at_words_said_twice_asks():
    assert asks(plan("begin the video at squeeze the wire clip", headlight_project()))


# ---- one pause -------------------------------------------------------------------------------------

def test_the_pause_after_the_cost_of_something():
    result = plan("shorten the pause after the cost of the new bulb", headlight_project())
    [only] = result.steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(SEGMENTS[3].end, abs=0.01)
    assert only.args["end"] == pytest.approx(SEGMENTS[4].start, abs=0.01)


def test_the_pause_after_the_cost_of_something_never_said_asks():
    assert asks(plan("shorten the pause after the cost of the xenon kit", headlight_project()))


def test_thanks_for_watching_in_a_request_is_the_talk_s_words():
    result = plan("cut the gap before thanks for watching", headlight_project())
    [only] = result.steps
    assert only.args["start"] == pytest.approx(SEGMENTS[14].end, abs=0.01)
    assert only.args["end"] == pytest.approx(SEGMENTS[15].start, abs=0.01)


# ---- a second batch: apostrophe plurals, texting shorthand, the gap named the other way round --------

def test_hesitations_written_with_an_apostrophe_are_the_kind():
    assert heard(applied(headlight_project(), "please cut out every single one of the uh's")) == without(drop=UM_UH)


def test_could_u_is_politeness_before_a_scoped_filler():
    expected = without(drop=((9, "you"), (9, "know,")))
    assert heard(applied(headlight_project(), "could u remove the you know in the glass warning")) == expected


@pytest.mark.parametrize("message, sentence", [
    ("there's a really long pause after the bit about the oil, shorten it", 9),
    ("there's a massive gap before hold it by the metal base, trim it", 9),
])
def test_theres_a_gap_after_something_then_what_to_do(message, sentence):
    result = plan(message, headlight_project())
    [only] = result.steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(SEGMENTS[sentence].end, abs=0.01)
    assert only.args["end"] == pytest.approx(SEGMENTS[sentence + 1].start, abs=0.01)


def test_the_pause_after_a_warning_about_something():
    result = plan("shorten the pause after the warning about fingerprints and oil", headlight_project())
    [only] = result.steps
    assert only.args["start"] == pytest.approx(SEGMENTS[9].end, abs=0.01)


def test_the_line_where_i_say_the_answer_takes_its_question():
    assert heard(applied(headlight_project(), "remove the line where i say it was forty pounds for a two minute job")) \
        == without(2)


def test_the_words_of_an_answer_quoted_are_only_those_words():
    expected = without(drop=((2, "two"), (2, "minute")))
    assert heard(applied(headlight_project(), "cut the words 'two minute'")) == expected


# ---- a third batch: a length next to a time, the nth line saying something, the answer to a question -

@pytest.mark.parametrize("message, gone", [
    ("cut the 4 seconds after 1:00", 4.0),
    ("remove the 2 secs right before 0:50", 2.0),
    ("take out 3 seconds following 0:30", 3.0),
])
def test_a_length_next_to_a_time_is_that_much_not_to_the_end(message, gone):
    from tests.planner.headlight_project import LENGTH
    from tests.planner.own_talk import length_of

    assert length_of(applied(headlight_project(), message)) == pytest.approx(LENGTH - gone, abs=0.3)


def test_everything_after_a_time_is_still_to_the_end():
    from tests.planner.own_talk import length_of

    assert length_of(applied(headlight_project(), "cut everything after 1:40")) == pytest.approx(100.0, abs=0.3)


@pytest.mark.parametrize("message, gone", [
    ("get rid of the 2nd squeeze the wire clip line", 8),
    ("drop the first squeeze the wire clip line", 7),
])
def test_the_nth_line_saying_something_is_that_one_in_talk_order(message, gone):
    assert heard(applied(headlight_project(), message)) == without(gone)


def test_an_nth_line_beyond_those_saying_it_asks():
    assert asks(plan("cut the third squeeze the wire clip line", headlight_project()))


def test_the_answer_to_a_question_is_the_answer_alone():
    expected = without().replace(" Because they wanted forty pounds for a two minute job.", "")
    assert heard(applied(headlight_project(), "remove my answer to why not just go to a garage")) == expected
    after = applied(headlight_project(), "remove my answer to why not just go to a garage")
    assert {c.media_id for c in after.clips()} == {"m1", "m5"}  # the music named "garage funk" stays


def test_the_answer_to_a_question_never_asked_asks():
    assert asks(plan("delete the answer to the xenon question", headlight_project()))


@pytest.mark.parametrize("message, a, b", [("remove 1.02 to 1.05", 62, 65), ("cut 0.40-0.45", 40, 45)])
def test_minutes_typed_with_a_dot_are_minutes(message, a, b):
    """Round 24 (was: asks): phone dictation types "one oh two to one oh five" as "1.02 to 1.05"; a 0.03 s sliver is
    no cut anybody asks for, so inside the timeline it is minutes and seconds."""
    result = plan(message, headlight_project())
    assert [(s.tool, s.args["start"], s.args["end"]) for s in result.steps] == [("cut_range", a, b)], result.reply


def test_minutes_typed_with_a_dot_past_the_end_still_ask():
    result = plan("remove 9.02 to 9.05", headlight_project())
    assert asks(result) and ":" in result.reply


# ---- a fourth batch: the inside of a clip named by its file, a stretch next to a filler, the nth retake --

@pytest.mark.parametrize("message", ["cut the middle 4 seconds of GX010233", "snip out the middle of IMG_4410"])
def test_the_inside_of_a_clip_named_by_its_file_asks(message):
    from tests.planner.headlight_commands import PLACED

    assert asks(plan(message, headlight_project(PLACED)))


def test_a_whole_clip_named_by_its_file_still_goes():
    from tests.planner.headlight_commands import PLACED

    after = applied(headlight_project(PLACED), "delete GX010233")
    assert "m4" not in {c.media_id for c in after.clips()}


def test_a_stretch_next_to_a_filler_is_not_the_filler():
    assert asks(plan("cut the 3 secs after the uh at 1:10", headlight_project()))


@pytest.mark.parametrize("message", ["remove the 2nd false start", "cut the third flub"])
def test_an_nth_false_start_beyond_those_said_asks(message):
    assert asks(plan(message, headlight_project()))


@pytest.mark.parametrize("message", ["cut the first false start", "get rid of the last retake"])
def test_the_first_or_last_of_one_false_start_is_it(message):
    assert heard(applied(headlight_project(), message)) == without(7)


# ---- guards: a thing shown is not words said; walking through steps is not a false start -------------

@pytest.mark.parametrize("message", ["open with the car", "start on the front of the car"])
def test_a_start_on_a_thing_shown_never_cuts_the_talk(message):
    result = plan(message, headlight_project())
    assert not any(s.tool in ("cut_range", "cut_words") for s in result.steps)


def test_let_me_go_over_is_not_a_false_start():
    from tests.planner.own_talk import asset, talk_asset, talk_project, timed

    script = [("Let me go over the tools you need first.", 0.3), ("You need a pair of gloves and a cloth.", 0.3),
              ("Pop the bonnet and, um, let me go again.", 0.3), ("Pop the bonnet and find the cover.", 0.5)]
    words, segments, length = timed(script)
    project = talk_project("tools", talk_asset("talk.mp4", length, words, segments),
                           [asset("loop.mp3", "audio", 60.0)], music_id="m2", music_db=-18)
    assert heard(applied(project, "cut the false start")) == talk_without(script, [2])
