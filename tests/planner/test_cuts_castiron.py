"""Round-9 "cuts" on a project of our own (tests/planner/castiron_project.py: rescuing a rusty
cast-iron pan), each request planned and applied with the real tools, then checked on what is heard
after the edit and on the timeline's length. Phrasings are our own, written before the code; none
is copied from an eval suite.

What they pin down: fillers asked for loosely ("fillers gone", "I say um constantly, tidy them
up"), one filler by its order, by the sentence it opens or by the sign-off, a "like" told apart by
the words after it; sentences named by a description ("the X / Y sentence", "the what-you-need
list", "where I compare it to Z", "the flub"), two described sentences in one request, the quiet
bit after a described remark; bare second ranges and "the first N seconds" kept to the length
asked; "from where I X to the end" and "get it under N seconds" proposed as plans the safety
review confirms. And safety: a described part naming something never said in the talk (olive oil,
a wok, an enamel pot) asks, saying what the talk is about instead, and changes nothing.
"""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.orchestrator.safety import review
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner.castiron_project import LENGTH, SCRIPT, castiron_project, sentence_span
from tests.planner.own_talk import asks, heard, length_of, talk_without


def applied_ops(project: Project, message: str) -> tuple[Project, list, object]:
    """The project after the plan for ``message``, the operations applied, and the plan."""
    result = plan(message, project)
    assert result.understood and result.steps, result.reply
    after = project.clone()
    ops = []
    for s in result.steps:
        made = TOOLS.find(s.tool).call(ToolContext(after, None), s.args)
        apply_all(after, made)
        ops.extend(made)
    return after, ops, result


def applied(project: Project, message: str) -> Project:
    return applied_ops(project, message)[0]


def without(*indices: int, drop: tuple[tuple[int, str], ...] = ()) -> str:
    """The talk without sentences ``indices`` and without the words ``drop`` ((sentence, exact token),
    the first such token of that sentence)."""
    return talk_without(SCRIPT, indices, drop)


HESITATIONS = ((1, "Um,"), (4, "uh,"), (7, "um,"), (9, "Uh,"), (13, "um,"), (15, "um,"))


# ---- fillers asked for loosely -------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "fillers gone please",
    "ums out",
    "I say um constantly haha, could you tidy them up",
    "ugh so many ums and uhs, sort them out",
])
def test_fillers_asked_loosely_take_out_every_hesitation(message):
    after = applied(castiron_project(), message)
    text = heard(after)
    for word in ("Um,", "um,", "uh,", "Uh,"):
        assert f" {word} " not in f" {text} "
    assert "like," in text and "know," in text  # the optional fillers were not asked for


@pytest.mark.parametrize("message, gone", [
    ("just the very first um, keep the rest", (1, "Um,")),
    ("only the very last uh please, leave the other ones", (9, "Uh,")),
    ("only cut the opening um and leave the others alone", (1, "Um,")),
    ("drop the um in my outro", (15, "um,")),
    ("lose the um from my goodbye at the end", (15, "um,")),
    ("the uh that opens the upside down sentence, cut only that", (9, "Uh,")),
    ("there's an uh at the start of the sentence about the oil pooling, remove just that one", (9, "Uh,")),
    ("remove the 'like' in front of 'twenty minutes'", (10, "like,")),
    ("pull the 'You know' out of the scrubbing line", (12, "know,")),
])
def test_one_filler_told_apart_by_order_place_or_the_words_after_it(message, gone):
    after = applied(castiron_project(), message)
    if gone[1] == "know,":  # "you know," is two words
        assert heard(after) == without(drop=((12, "you"), gone))
        return
    assert heard(after) == without(drop=(gone,))


# ---- sentences named by a description ------------------------------------------------------------

@pytest.mark.parametrize("message, gone", [
    ("cut the orange rust / sticky surface sentence", (1,)),
    ("remove where I compare it to my non-stick pan", (14,)),
    ("cut where I compare to what the kitchen shop charges", (11,)),
    ("take out the list of stuff you need", (2,)),
    ("lose the what you need list", (2,)),
    ("delete where I explain how the rust comes off", (3,)),
    ("delete where I say the pan will last a hundred years", (14,)),  # said nearly so: the sentence, not 5 words
    ("bin the flub", (7,)),
    ("drop the bit where I admit the scrubbing took 20 minutes", (12,)),
    ("lose the bit where I confess it took 20 minutes, not 5", (12,)),  # digits meet numbers said in words
    ("take out both the hob line and the oil layer line after it", (5, 6)),
    ("cut the stiff brush sentence and the steel wool one right after it", (2, 3)),
])
def test_a_sentence_named_by_what_it_says_is_cut_whole(message, gone):
    p = castiron_project()
    after = applied(p, message)
    assert heard(after) == without(*gone)
    assert {c.media_id for c in after.clips()} == {"m1", "m6"}  # no clip removed
    removed = sum(sentence_span(i)[1] - sentence_span(i)[0] for i in gone)
    removed += sum(sentence_span(i + 1)[0] - sentence_span(i)[1] for i in gone if i + 1 in gone)  # the pause between
    assert length_of(p) - length_of(after) == pytest.approx(removed, abs=0.6)


def test_the_quiet_bit_after_a_described_remark_is_that_pause_only():
    result = plan("shorten the quiet bit after I say wet iron rusts fast", castiron_project())
    [only] = result.steps  # the pause after "... starts rusting again within minutes.", found by the audio tool
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(sentence_span(5)[1], abs=0.01)
    assert only.args["end"] == pytest.approx(sentence_span(6)[0], abs=0.01)


# ---- cuts said in seconds keep the length asked ---------------------------------------------------

@pytest.mark.parametrize("message, seconds_gone, words", [("remove 12.3 to 13.9", 1.6, "like, rough and sticky "),
                                                         ("cut 26.0 - 27.5", 1.5, "First, scrub ")])
def test_a_bare_range_of_numbers_is_seconds_cut_to_its_length(message, seconds_gone, words):
    p = castiron_project()  # 12.3 s and 13.9 s are where words start; 26.0 s is in a pause, 27.5 s where "the" starts
    after = applied(p, message)
    assert length_of(p) - length_of(after) == pytest.approx(seconds_gone, abs=0.04)
    assert heard(after) == heard(p).replace(words, "", 1)


def test_a_bare_range_with_an_edge_inside_a_word_cuts_no_word_in_half():
    p = castiron_project()  # 12.0 s is inside "feels," (11.9-12.25)
    after = applied(p, "remove 12.0 to 13.5")
    assert length_of(p) - length_of(after) == pytest.approx(1.5, abs=0.15)
    assert set(heard(after).split()) <= set(heard(p).split())


@pytest.mark.parametrize("message, n", [("chop the first 6 seconds", 6.0), ("cut off the opening 9 secs", 9.0)])
def test_the_first_n_seconds_end_on_the_word_boundary_nearest_n(message, n):
    p = castiron_project()  # 6.0 s is inside "the" (5.9-6.25), 9.0 s inside "it's" (8.7-9.05)
    after, _, result = applied_ops(p, message)
    assert length_of(p) - length_of(after) == pytest.approx(n, abs=0.13)
    assert "inside the word" in result.reply  # the plan says where the cut went and why
    assert set(heard(after).split()) <= set(heard(p).split())  # no word is cut in half


def test_the_first_n_seconds_after_a_long_pause_keep_close_to_n_not_the_middle_of_the_pause():
    from tests.planner.own_talk import asset, talk_asset, talk_project, timed

    words, segments, length = timed([("Right.", 0.7), ("So today we season the pan properly.", 0.5)], 4.8)
    p = talk_project("opening", talk_asset("MVI_0001.MP4", length, words, segments),
                     [asset("bed.mp3", "audio", 60.0)], music_id="m2", music_db=-15)
    after = applied(p, "chop the first 6 seconds")  # 6.0 s is inside "So" (5.9-6.25), after a 0.75 s pause
    assert length_of(p) - length_of(after) == pytest.approx(6.0, abs=0.13)
    assert heard(after) == "So today we season the pan properly."


# ---- large cuts are proposed for confirmation -----------------------------------------------------

@pytest.mark.parametrize("message, start", [
    ("cut everything from where I put it in the oven to the end", sentence_span(7)[0]),
    ("delete everything from where I flip it upside down in the oven onwards", sentence_span(7)[0]),
])
def test_from_where_i_do_something_to_the_end_is_a_cut_that_needs_confirming(message, start):
    p = castiron_project()
    after, ops, _ = applied_ops(p, message)
    assert length_of(after) == pytest.approx(start, abs=0.3)
    assert review(p, after, ops, message) is not None  # more than 20%: the turn asks for a yes


@pytest.mark.parametrize("message, limit", [("get the whole thing under 60 seconds", 60.0),
                                            ("can you get this down to under a minute", 60.0)])
def test_under_n_seconds_is_a_plan_that_needs_confirming(message, limit):
    p = castiron_project()
    after, ops, result = applied_ops(p, message)
    assert length_of(after) < limit
    assert heard(after) and heard(p).startswith(heard(after))  # ends between words, nothing cut in half
    assert review(p, after, ops, message) is not None
    assert "confirm" in result.reply.lower() or "instead" in result.reply.lower()


# ---- safety: what is never said is never cut ------------------------------------------------------

@pytest.mark.parametrize("message", [
    "cut the part where I talk about the olive oil",  # flaxseed oil is said; olive never
    "delete the bit about the wok",
    "remove the sentence about the enamel pot",
    "get rid of where I mention the vinegar",
    "drop the line about the carbon steel pan",  # steel (wool) and pan are said; carbon never
    "remove everything from the olive oil part onwards",  # a range from a thing never said
    "cut from where I talk about the wok to the end",
    "shorten the pause after the olive oil line",  # smaller cuts too
    "cut the um in the olive oil sentence",
])
def test_a_part_about_something_never_said_asks_and_changes_nothing(message):
    p = castiron_project()
    result = plan(message, p)
    assert asks(result), result.reply
    assert "can't find" in result.reply.lower() or "never" in result.reply.lower() or "no sentence" in result.reply.lower()


@pytest.mark.parametrize("message, gone", [
    ("cut the part where I talk about the flaxseed oil", (2,)),  # said: still cut
    ("remove the sentence about the egg", (13,)),
    ("delete where I mention the kitchen shop", (11,)),
])
def test_a_part_about_something_said_is_still_cut(message, gone):
    assert heard(applied(castiron_project(), message)) == without(*gone)


@pytest.mark.parametrize("message", [
    "cut the bit about the oven",  # three sentences say oven
    "remove the sentence about the oil",  # many say oil
])
def test_a_part_said_in_several_sentences_asks(message):
    assert asks(plan(message, castiron_project()))


def test_length_is_what_the_project_says():
    assert length_of(castiron_project()) == pytest.approx(LENGTH)


def test_a_pause_cut_whose_music_bed_follows_the_new_end_needs_no_confirmation():
    """remove_silences trims the music to the shortened timeline's end (tools/macros.py); the review
    must not read that as touching a clip the request did not name (the request names the rust,
    which a B-roll file's description shows)."""
    from editor_app.model.operations import parse_operation

    p = castiron_project()
    a, b = sentence_span(5)[1], sentence_span(6)[0]
    ops = [parse_operation({"op": "cut_range", "start": a, "end": b, "track_ids": ["t1", "t2"], "ripple": True},
                           p.fps, units="seconds"),
           parse_operation({"op": "trim_clip", "clip_id": "c2", "end": LENGTH - (b - a)}, p.fps, units="seconds")]
    after = p.clone()
    apply_all(after, ops)
    message = "shorten the quiet bit after I scrub the orange rust off with steel wool"
    assert review(p, after, ops, message) is None
    moved = [ops[0], parse_operation({"op": "trim_clip", "clip_id": "c2", "end": 30.0}, p.fps, units="seconds")]
    other = p.clone()
    apply_all(other, moved)
    assert review(p, other, moved, message) is not None  # a bed trimmed elsewhere is still a clip not named
