"""Round-13b cut, time and trim requests in our own words on tests/planner/hosereel_project.py
(fixing a dripping hose reel, Priya talking).

What they pin down: the kept take said as "the corrected/redone line/sentence" after a false start is
cut is the sentence that replaced it, never words searched for in the talk; "the second line" stays a
place in the talk.
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from tests.planner.hosereel_project import SCRIPT, SEGMENTS, hosereel_project
from tests.planner.own_talk import heard, talk_without
from tests.planner.test_garden_words import applied


def _spans(project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for c in project.clips() if c.media_id == media_id]


@pytest.mark.parametrize("message", [
    "remove the botched take, then put washer swap.mov over the redone sentence",
    "cut out my false start and then lay washer swap over the fixed line please",
    "get rid of the flubbed bit, then washer swap.mov over the proper sentence",
])
def test_redone_line_after_a_cut_false_start_is_the_kept_take(message):
    after = applied(hosereel_project(), message)
    assert heard(after) == talk_without(SCRIPT, (6,), ())
    cut = SEGMENTS[7].start - SEGMENTS[6].start
    kept = (SEGMENTS[7].start - cut, SEGMENTS[7].end - cut)
    [(a, b)] = _spans(after, "m3")
    assert a < kept[1] and b > kept[0], (a, b, kept)


def _plan(message: str, broll: dict[str, float] | None = None):
    from editor_app.planner import plan

    return plan(message, hosereel_project(broll if broll is not None else {"m2": 10.0}, 8.0))


def _cut_words(result) -> list[str]:
    from tests.planner.hosereel_project import WORDS

    assert result.understood, result.reply
    out = []
    for s in result.steps:
        assert s.tool == "cut_words", (s.tool, result.reply)
        out += [WORDS[i].text for r in s.args["ranges"] for i in range(r["first"], r["last"] + 1)]
    return out


# ---- one filler counted, then "that one": the filler, never a B-roll clip the description matched ----------

@pytest.mark.parametrize("message", [
    "one um when i talk about watching the joint, remove only that one",
    "theres one um where i say watch the joint, can you delete that one",
    "get rid of one um in the turn-the-tap-back-on-slowly sentence",
])
def test_one_filler_counted_is_that_filler(message):
    assert [norm_word(w) for w in _cut_words(_plan(message))] == ["um"]


def norm_word(w: str) -> str:
    return w.strip(",.!? ").lower()


# ---- the scene set before a request, the rest fenced after it -------------------------------------------

@pytest.mark.parametrize("message", [
    "theres so much dead air, trim the gaps between sentences",
    "there are loads of awkward silences, shorten the pauses please",
    "I keep pausing to think and it drags, can you shorten the silences all the way through",
    "i always stop to grab the screwdriver, tighten up the pauses",
])
def test_scene_set_before_a_pause_request_is_not_a_request(message):
    result = _plan(message)
    assert result.understood, result.reply
    assert {s.tool for s in result.steps} <= {"shorten_pauses", "remove_silences"} and result.steps


@pytest.mark.parametrize("message", [
    "just the um in the turn-the-tap-back-on sentence, please leave everything else.",
    "cut the um in the bit about watching the joint and leave the rest alone",
    "remove the uh where i say inside there's a little washer, don't touch anything else",
])
def test_rest_fenced_after_a_single_filler_cut(message):
    assert [norm_word(w) for w in _cut_words(_plan(message))] in (["um"], ["uh"])


# ---- a word named by the part of the talk it is in --------------------------------------------------------

@pytest.mark.parametrize("message, word", [
    ("remove the word tiny from my intro, it's not that small", "tiny"),
    ("cut the word tiny out of the intro please", "tiny"),
    ("lose the word years from my outro", "years"),
])
def test_word_in_intro_or_outro(message, word):
    assert [norm_word(w) for w in _cut_words(_plan(message))] == [word]


@pytest.mark.parametrize("message", [
    "remove the word banana from my intro",  # not said there: ask, cut nothing
    "remove the word reel from my intro",  # said twice there: ask
])
def test_word_in_intro_not_said_once_asks(message):
    result = _plan(message)
    assert not result.understood or not result.steps


# ---- the retake said by its apology or by the speaker's story of it ------------------------------------

@pytest.mark.parametrize("message", [
    "delete where i say sorry let me do that bit again, plus the botched bit before it",
    "cut the part where i say let me do that bit again and the messed up stuff before that",
    "I fumble the prise-the-washer line and redo it, remove the bad attempt",
])
def test_retake_said_by_apology_or_story_cuts_the_false_start(message):
    from tests.planner.hosereel_project import WORDS

    words = _cut_words(_plan(message))
    first_take = [w.text for w in WORDS if SEGMENTS[6].start - 0.01 <= w.start < SEGMENTS[6].end]
    assert words == first_take


# ---- a quote said once, with a loose description of its sentence -------------------------------------

@pytest.mark.parametrize("message, quote", [
    ("take out 'hand tight' from the reattaching sentence", ["hand", "tight"]),
    ("cut 'nice and even' out of the prying sentence", ["nice", "and", "even"]),
])
def test_quote_said_once_is_cut_whatever_the_sentence_is_called(message, quote):
    assert [norm_word(w) for w in _cut_words(_plan(message))] == quote


# ---- a sentence named by what it does ----------------------------------------------------------------

@pytest.mark.parametrize("message, index", [
    ("drop the sentence warning that the washer gets squashed flat", 5),
    ("cut the line explaining how to let the pressure out", 3),
])
def test_sentence_named_by_what_it_does(message, index):
    from tests.planner.hosereel_project import WORDS

    words = _cut_words(_plan(message))
    assert words == [w.text for w in WORDS if SEGMENTS[index].start - 0.01 <= w.start < SEGMENTS[index].end]


def test_sentence_warning_about_a_thing_never_said_asks():
    result = _plan("drop the sentence warning about bananas")
    assert not result.understood or not result.steps
