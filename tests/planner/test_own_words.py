"""Wordings of our own on a project of our own (tests/planner/bike_project.py: a puncture repair),
each planned, applied with the real tools, and checked on the timeline that results.

What they pin down: B-roll is placed whatever the verb ("should come up", "open with", "finish
on", "cover A to B with"), by a topic with the B-roll itself breaking a near tie, by a time range
or a position; the music is found by its role ("the backing track", "the tune"); a clause that
only names or complains sets what "it" is; the first and last sentence can be cut; questions
are answered with times and change nothing; and a reference to nothing asks instead of editing.
"""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner.bike_project import LENGTH, SPEECH, bike_project


@pytest.fixture(scope="module")
def bike() -> Project:
    return bike_project()


def applied(project: Project, message: str) -> Project:
    """The project after the planner's steps for ``message``, run through the real tools."""
    result = plan(message, project)
    assert result.understood and result.steps, result.reply
    after = project.clone()
    for s in result.steps:
        apply_all(after, TOOLS.find(s.tool).call(ToolContext(after, None), s.args))
    return after


def broll_spans(project: Project) -> list[tuple[str, float, float]]:
    track = project.tracks_by_role("broll")[0]
    return [(c.media_id, float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps))) for c in track.clips]


@pytest.mark.parametrize("message, media_id, sentence", [
    ("let the towpath footage play while I talk about pumping the tube up", "m2", 3),
    ("the tyre levers closeup should come up when I'm using the levers", "m3", 2),
    ("pop the patch kit photo up when I get to the glue", "m5", 4),
    ("chuck the garage shot over my intro", "m6", 0),
    ("I want the pump macro over the bit where I'm inflating it at the end", "m7", 5),
    ("the garage clip should go over the hiss", "m6", 3),
    ("can the bucket bubbles go where I'm finding the hole?", "m4", 3),
])
def test_broll_lands_on_the_sentence_whatever_the_verb(bike, message, media_id, sentence):
    start, end, _ = SPEECH[sentence]
    [(media, a, b)] = broll_spans(applied(bike, message))
    assert media == media_id
    assert a == pytest.approx(start, abs=0.05)  # a frame at 25 fps
    assert b == pytest.approx(min(end, start + 6 if media_id != "m7" else start + 4), abs=0.05)  # media length caps it


@pytest.mark.parametrize("message, media_id, start, end", [
    ("cover 0:23 to 0:27 with the patch photo", "m5", 23, 27),
    ("stick the pump gauge clip in at 0:30 for 3 seconds", "m7", 30, 33),
    ("open with the garage establishing shot", "m6", 0, 6),  # the B-roll tool's longest default
    ("finish on the gopro riding clip", "m2", LENGTH - 6, LENGTH),
])
def test_broll_by_time_range_and_position(bike, message, media_id, start, end):
    assert broll_spans(applied(bike, message)) == [(media_id, pytest.approx(start), pytest.approx(end))]


@pytest.mark.parametrize("message", [
    "put the helmet cam footage over where I talk about my commute",  # no such media
    "put the chain clip at 0:05",
    "let the garage shot play while I talk about my saddle",  # no such topic: never another sentence
    "put the tyre levers closeup over where I talk about the weather",
    "show the patch photo over the sprocket part",
    "put the talk over the intro",  # the main video cannot be B-roll
])
def test_a_reference_to_nothing_asks(bike, message):
    result = plan(message, bike)
    assert not result.understood and result.steps == []


def _volume(project: Project) -> float:
    return project.tracks_by_role("music")[0].clips[0].volume_db


@pytest.mark.parametrize("message, db", [
    ("turn the backing track down by 4 dB", -16),
    ("the lofi track is too loud, bring it down 4 dB", -16),  # once, not the complaint and then the fix
    ("the music is drowning me out, make it 6 dB quieter", -18),
    ("bring the tune up 2 dB", -10),
])
def test_the_music_by_its_role_and_a_clause_that_names_it(bike, message, db):
    assert _volume(applied(bike, message)) == pytest.approx(db)


def test_the_tune_eases_in(bike):
    result = plan("let the tune ease in over 2 seconds", bike)
    assert [(s.tool, s.args) for s in result.steps] == [("fade", {"target": "music", "direction": "in", "duration": 2})]


@pytest.mark.parametrize("message, cut", [("cut my last line", SPEECH[5]), ("remove my opening sentence", SPEECH[0])])
def test_first_and_last_sentence(bike, message, cut):
    after = applied(bike, message)
    assert float(seconds(after.duration, after.fps)) == pytest.approx(LENGTH - (cut[1] - cut[0]), abs=0.05)


@pytest.mark.parametrize("message, said", [
    ("at what point do I mention the glue?", "0:23"),
    ("where do I talk about the tyre levers?", "0:11"),
    ("what's playing on the music track?", "lofi_chill_loop"),
    ("what song is on the music track?", "lofi_chill_loop"),
])
def test_questions_answer_from_the_project(bike, message, said):
    result = plan(message, bike)
    assert result.special == "answer" and result.steps == [] and said in result.reply


def test_discourse_words_and_speed_are_not_broll(bike):
    assert plan("actually, undo that", bike).special == "undo"
    result = plan("play my talk at 1.5x", bike)
    assert [(s.tool, s.args) for s in result.steps] == [("set_speed", {"clip_id": "c1", "speed": 1.5})]
    result = plan("cut the pauses and then remove the first second", bike)
    assert [s.tool for s in result.steps] == ["remove_silences", "cut_range"]
    assert result.steps[1].args == {"start": 0, "end": 1}


def test_an_on_screen_quote_is_a_title(bike):
    result = plan("put 'Patch It Up!' on screen at 0:23 for 2 seconds", bike)
    assert [(s.tool, s.args) for s in result.steps] == [
        ("add_title", {"text": "Patch It Up!", "start": 23, "duration": 2})]


def test_an_edge_cut_that_names_the_music_silences_the_music_there(bike):
    # round 16: was a question (whole timeline or the music?); the music silenced there is what was asked, and
    # nothing is cut (intents/music_off.py)
    result = plan("kill the music for the last 5 seconds", bike)
    assert [s.tool for s in result.steps] == ["set_volume_envelope"], result.reply
    assert min(p["db"] for p in result.steps[0].args["points"]) <= -60
    after = applied(bike, "chop off the last 5 seconds")  # no other thing named: the whole timeline
    assert float(seconds(after.duration, after.fps)) == pytest.approx(LENGTH - 5)


def test_an_english_word_is_not_corrected_to_a_media_name(bike):
    from editor_app.planner.meaning import semantic_available
    from editor_app.planner.text import normalize

    if not semantic_available():
        pytest.skip("the word list comes with the packaged embedding")
    words = {"levers", "tyre", "bucket"}
    assert normalize("get the levels even", words) == "get the levels even"  # not "levers"
    assert normalize("put the buckt clip at 0:05", words) == "put the bucket clip at 0:05"  # a real typo still is


def test_titles_land_on_the_sentence_and_keep_their_case(bike):
    after = applied(bike, 'caption the glue bit with "Thin layer!"')
    [title] = [c for c in after.clips() if c.generator is not None]
    assert title.generator.text == "Thin layer!"
    assert float(seconds(title.start, after.fps)) == pytest.approx(SPEECH[4][0])
    result = plan("add a title saying Sunday Fix for the first 4 seconds", bike)
    assert [s.args for s in result.steps] == [{"text": "Sunday Fix", "start": 0, "duration": 4}]


@pytest.mark.parametrize("message, said", [
    ("what's on the cutaway track at the moment?", "Cutaways track (t2) is empty"),
    ("what have I got in the media bin?", "tyreLeversCloseup.mov"),
    ("what do I say at the end?", "ready to ride"),
    ("what did I say at the beginning?", "fixing a flat tyre"),
])
def test_more_questions(bike, message, said):
    result = plan(message, bike)
    assert result.special == "answer" and said in result.reply


@pytest.mark.parametrize("message, db", [("lower the lofi by 5", -17), ("bring it down 3 dB", None)])
def test_a_sound_file_by_name_and_a_bare_level(bike, message, db):
    if db is None:  # "it" with nothing before: ask, never the talk
        assert not plan(message, bike).understood
        return
    assert _volume(applied(bike, message)) == pytest.approx(db)


def test_bring_the_music_in_gently_is_a_fade(bike):
    result = plan("bring the music in gently over the first 3 seconds", bike)
    assert [(s.tool, s.args) for s in result.steps] == [("fade", {"target": "music", "direction": "in", "duration": 3})]


def test_goodbye_is_the_last_sentence_and_the_named_bit_asks(bike):
    [(media, a, b)] = broll_spans(applied(bike, "lay the bucket clip over my goodbye"))
    assert (media, a) == ("m4", pytest.approx(SPEECH[5][0]))
    placed = applied(bike, "cover 0:17 to 0:22 with the bucket clip")
    result = plan("get rid of the bucket bit", placed)  # the clip, or where I talk about the bucket?
    assert not result.understood and result.steps == [] and "bucket" in result.reply


def test_a_sentence_cut_on_a_sentence_transcript_needs_a_shared_word(bike):
    after = applied(bike, "delete the bit about the glue")
    assert float(seconds(after.duration, after.fps)) == pytest.approx(LENGTH - 5)
    for message in ("remove the part about my holiday", "cut the bit about the weather"):
        assert plan(message, bike).steps == []


def test_an_effect_on_the_first_seconds_asks_to_split(bike):
    for message in ("blur the first 5 seconds", "make the last 3 seconds black and white"):
        result = plan(message, bike)
        assert not result.understood and result.steps == [] and "Split" in result.reply


def test_the_same_for_the_voice_is_the_same_change_from_its_own_level(bike):
    from editor_app.planner.memory import ChatMemory, TurnRecord

    first = applied(bike, "turn the tune down 4 dB")
    memory = ChatMemory()
    memory.record(TurnRecord(message="turn the tune down 4 dB", applied=True, clip_ids=["c2"],
                             steps=[{"agent": "audio", "tool": "set_volume", "args": {"clip_id": "c2", "db": -16}}]))
    result = plan("and the voice too", first, memory=memory)  # no voice track: the talk is the voice
    assert [(s.tool, s.args) for s in result.steps] == [("set_volume", {"clip_id": "c1", "db": -4})]


@pytest.mark.parametrize("message, media_id, start, end", [
    ("overlay the tyre levers closeup from 0:11 to 0:14", "m3", 11, 14),  # "clip from A to B" is a range
    ("place the bucket shot 17 seconds in", "m4", 17, 23),
    ("use the garage shot as the opening shot", "m6", 0, 6),
    ("put the pump macro in the middle", "m7", LENGTH / 2 - 2, LENGTH / 2 + 2),
])
def test_more_places(bike, message, media_id, start, end):
    assert broll_spans(applied(bike, message)) == [(media_id, pytest.approx(start, abs=0.05), pytest.approx(end, abs=0.05))]


@pytest.mark.parametrize("message", ["what's the music called?", "which song did I use?"])
def test_naming_the_music(bike, message):
    result = plan(message, bike)
    assert result.special == "answer" and "lofi_chill_loop.mp3" in result.reply


def test_a_shot_of_something_and_yes_no_questions(bike):
    result = plan("do I have a shot of the canal?", bike)
    assert result.special == "answer" and "GX010045.MP4" in result.reply  # by its description
    assert not plan("put the footage of the sunset at 0:05", bike).understood  # nothing shows a sunset
    result = plan("does the video have music?", bike)
    assert result.special == "answer" and "lofi_chill_loop.mp3" in result.reply
    result = plan("is anything on the cutaways track?", bike)
    assert result.special == "answer" and "empty" in result.reply
