"""Complaints about hesitations mean removing them (round 12, lead), in our own words on the shower-head
talk (two ums and two uhs): said of all of them, every one goes; said of some ("the um after pin is
distracting"), only those; a scoped complaint naming words that have no filler asks and changes nothing."""

from __future__ import annotations

import pytest

from editor_app.model.word_cuts import timeline_words
from tests.planner.test_dialogue7_showerhead import Chat


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "shower")


def fillers(chat) -> list[str]:
    return [w.text.strip(",.").lower() for w in timeline_words(chat.project) if w.text.strip(",.").lower() in ("um", "uh")]


@pytest.mark.parametrize("message", [
    "the ums are driving me mad", "way too many ums", "i say um way too much", "so many uhs in this",
    "the ums are annoying, get rid of them", "i hate all the hesitations", "the filler words are really distracting",
])
def test_a_complaint_about_the_hesitations_removes_them(chat, message):
    assert len(fillers(chat)) == 4
    result = chat.say(message)
    assert fillers(chat) == [], result.reply


def test_a_complaint_about_one_hesitation_removes_only_that_one(chat):
    chat.say("the um after pin is distracting")
    assert fillers(chat) == ["um", "uh", "uh"]  # "limescale, um" stays; "pin, um" went


def test_a_complaint_about_the_ums_in_one_sentence_removes_only_those(chat):
    chat.say("the ums when I talk about limescale are annoying")
    assert fillers(chat) == ["uh", "um", "uh"]


def test_a_complaint_about_a_hesitation_that_is_not_there_asks_and_changes_nothing(chat):
    before = chat.project.model_dump()
    result = chat.say("the uh before pliers is really annoying, lose it")
    assert chat.same_as(before) and "pliers" in result.reply


# ---- the music: too loud only while I talk is ducking; coming in or trailing off is a fade ------------------

def tools(message: str) -> list[str]:
    from editor_app.planner import plan
    from tests.planner.showerhead_project import showerhead_project

    result = plan(message, showerhead_project())
    return [s.tool for s in result.steps] if result.understood else []


@pytest.mark.parametrize("message", [
    "music's way too loud when I'm talking", "the music is a bit loud over my voice",
    "the song gets too loud whenever i speak, fix it",
])
def test_music_too_loud_while_i_talk_ducks_it_under_the_speech(message):
    assert tools(message) == ["duck_music"]


def test_music_too_loud_without_saying_when_lowers_it():
    assert tools("the music is too loud") == ["set_volume"]


@pytest.mark.parametrize("message, direction", [
    ("can you make the music come in gradually", "in"), ("have the song creep in slowly", "in"),
    ("let the music trail off at the end", "out"), ("the music should die away at the end", "out"),
])
def test_music_coming_in_or_trailing_off_is_a_fade(message, direction):
    from editor_app.planner import plan
    from tests.planner.showerhead_project import showerhead_project

    result = plan(message, showerhead_project())
    assert [(s.tool, s.args.get("target"), s.args.get("direction")) for s in result.steps] == [("fade", "music", direction)]


def test_a_fade_said_to_end_too_early_is_not_a_new_fade():
    assert tools("the music trails off too early") != ["add_effect"]


# ---- "a bit shorter": a small step on a clip over the talk; the talk itself asks ------------------------------

def test_a_bit_shorter_after_placing_a_shot_takes_a_second_off_its_end(chat):
    chat.say("put the before spray clip over 0:05")
    chat.say("make it a bit shorter")
    [clip] = chat.clips_of("m2")
    assert clip.end - clip.start == 4 * chat.project.fps  # 5 s -> 4 s


@pytest.mark.parametrize("message", ["make it shorter", "make that one shorter"])
def test_shorter_with_no_amount_right_after_a_placement_is_the_small_step(chat, message):
    # round 13 (convo4): was "asks how long"; right after the placement, with no amount, it is the same
    # small undoable step as "a bit shorter" (a named clip with no earlier edit, "shorten the X shot", still asks)
    chat.say("put the before spray clip over 0:05")
    chat.say(message)
    [clip] = chat.clips_of("m2")
    assert clip.end - clip.start == 4 * chat.project.fps  # 5 s -> 4 s


@pytest.mark.parametrize("message", ["make the talk a bit shorter", "make the video a little shorter"])
def test_a_bit_shorter_said_of_the_talk_or_video_asks_what_should_go(chat, message):
    before = chat.project.model_dump()
    result = chat.say(message)
    assert chat.same_as(before) and "pauses" in result.reply


# ---- which way a picture faces (round 12, lead) ------------------------------------------------------------

def effects_of(chat, media_id: str) -> list[dict]:
    return [e.model_dump(exclude={"id"}) for c in chat.clips_of(media_id) for e in c.effects]


@pytest.mark.parametrize("message, effect", [
    ("flip it", {"type": "flip", "horizontal": True, "vertical": False}),
    ("mirror it horizontally", {"type": "flip", "horizontal": True, "vertical": False}),
    ("the text is backwards, mirror it", {"type": "flip", "horizontal": True, "vertical": False}),
    ("flip it vertically", {"type": "flip", "horizontal": False, "vertical": True}),
    ("rotate it 90 degrees", {"type": "rotate", "degrees": 90}),
    ("rotate it anticlockwise 90", {"type": "rotate", "degrees": 270}),
    ("it's upside down", {"type": "rotate", "degrees": 180}),
])
def test_a_placed_shot_is_mirrored_or_turned_as_asked(chat, message, effect):
    chat.say("put the unscrewing clip at 0:20")
    chat.say(message)
    assert effects_of(chat, "m11") == [effect]
    assert effects_of(chat, "m1") == []  # never the talk


def test_on_its_side_asks_which_way_and_changes_nothing(chat):
    chat.say("put the unscrewing clip at 0:20")
    before = chat.project.model_dump()
    result = chat.say("it's on its side")
    assert chat.same_as(before) and "clockwise" in result.reply


def test_flip_two_clips_round_is_still_a_swap_and_the_mirror_comes_off_again(chat):
    chat.say("put the unscrewing clip at 0:20")
    chat.say("put IMG_5530 at 0:30")
    chat.say("flip the two clips round")
    assert chat.start("m2") == pytest.approx(20.0) and effects_of(chat, "m2") == [] and effects_of(chat, "m11") == []
    chat.say("mirror the unscrewing clip")
    chat.say("take the mirror off the unscrewing clip")
    assert effects_of(chat, "m11") == []


def test_a_shot_not_on_the_timeline_is_never_turned_in_its_place(chat):
    before = chat.project.model_dump()
    chat.say("the unscrewing clip is upside down")
    assert chat.same_as(before)


@pytest.mark.parametrize("message", ["slow the spray flip down to half speed", "cut the mirror bit", "put the before spray clip where i flip the head over"])
def test_flip_or_mirror_said_as_a_thing_is_never_a_mirror_effect(chat, message):
    chat.say(message)
    assert not [e for c in chat.project.clips() for e in c.effects if e.type in ("flip", "rotate")]
