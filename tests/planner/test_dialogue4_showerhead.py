"""Round-12b conversation, speed, effect and audio requests on a project of our own
(tests/planner/showerhead_project.py: descaling a shower head, Dan talking). Phrasings are our own.

What they pin down: "the corrected/second/new take" said bare after a false start is cut names the take
that replaced it (the kept take), never words searched for in the talk; the speaker named in the third
person ("speed her up", "she talks too fast") is the talk; "X is too dark, brighten it" brightens.
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.showerhead_project import SCRIPT, SEGMENTS, showerhead_project
from tests.planner.own_talk import heard, talk_without
from tests.planner.test_garden_words import applied


def _broll_spans(project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for c in project.clips() if c.media_id == media_id]


# ---- the kept take, said with another adjective ----------------------------------------------------

@pytest.mark.parametrize("message", [
    "cut the false start, then put IMG_5544 over the corrected take",
    "remove the retake and put IMG_5544 over the second take",
    "lose the flubbed attempt, then lay IMG_5544 over the redo",
])
def test_kept_take_said_another_way_is_the_sentence_after_the_cut(message):
    after = applied(showerhead_project(), message)
    assert heard(after) == talk_without(SCRIPT, (12,), ())
    cut = SEGMENTS[13].start - SEGMENTS[12].start  # sentence 12 and the pause after it are gone
    kept = (SEGMENTS[13].start - cut, SEGMENTS[13].end - cut)
    [(a, b)] = _broll_spans(after, "m3")
    assert a < kept[1] and b > kept[0], (a, b, kept)


# ---- the speaker in the third person -----------------------------------------------------------------

def _one_step(message: str):
    result = plan(message, showerhead_project())
    assert result.understood and result.steps, result.reply
    return result.steps


@pytest.mark.parametrize("message, speed", [
    ("speed him up 20 percent, he talks slow", 1.2),
    ("slow him down to 0.9x, he's rushing", 0.9),
    ("his narration at 1.25x", 1.25),
    ("his brother reckons he comes across rushed, slow him down to 0.9x", 0.9),
])
def test_the_speaker_said_as_him_is_the_talk(message, speed):
    steps = _one_step(message)
    assert [(s.tool, s.args["clip_id"], s.args["speed"]) for s in steps] == [("set_speed", "c1", speed)]


@pytest.mark.parametrize("message", [
    "my wife says he sounds hesitant, could you cut his ums and uhs please",
    "I sound nervous, remove the ums",
])
def test_how_the_speaker_comes_across_said_first_is_only_the_reason(message):
    steps = _one_step(message)
    assert [s.tool for s in steps] == ["remove_fillers"]


# ---- a look complained of is not the look asked for ----------------------------------------------------

def _colour_of(project, media_id: str) -> dict:
    [clip] = [c for c in project.clips() if c.media_id == media_id]
    [effect] = [e for e in clip.effects if e.type == "color"]
    return {"brightness": effect.brightness, "temperature": effect.temperature}


@pytest.mark.parametrize("message, field, sign", [
    ("gopro clip way too dark, lighten it up", "brightness", 1),
    ("the gopro clip far too dark", "brightness", 1),
    ("gopro clip a bit too bright", "brightness", -1),
    ("the GH010882 clip is way too dark, brighten it", "brightness", 1),
    ("the gopro clip too warm", "temperature", -1),
])
def test_a_look_said_after_too_is_what_is_wrong(message, field, sign):
    after = applied(showerhead_project(broll={"m4": 20.0}), message)
    assert _colour_of(after, "m4")[field] * sign > 0
    assert [e.type for c in after.clips() if c.media_id == "m1" for e in c.effects] == []  # the talk is untouched


# ---- what is still wrong after a level change --------------------------------------------------------

def _music_db_after(tmp_path, *turns: str) -> float:
    from tests.planner.test_dialogue7_showerhead import Chat

    chat = Chat(tmp_path)
    for turn in turns:
        chat.say(turn)
    return chat.music_db()


@pytest.mark.parametrize("turns, low, high", [
    (("bring the music down to -21", "still too loud, a bit more"), -26.0, -22.5),
    (("bring the music down to -21", "still way too loud"), -26.0, -22.5),
    (("bring the music down to -21", "still too loud. little more please"), -26.0, -22.5),
    (("music down to -33 db", "hmm I can barely hear it now, nudge it up"), -32.0, -28.5),
    (("music down to -33 db", "i can't hear it at all anymore"), -32.0, -28.0),
    (("music to -20", "nudge it up"), -19.0, -16.0),
])
def test_what_is_still_wrong_after_a_level_is_a_nudge_the_other_way(tmp_path, turns, low, high):
    assert low <= _music_db_after(tmp_path, *turns) <= high


# ---- a time said as a correction right after a placement ----------------------------------------------

def _chat_after(tmp_path, *turns: str):
    from tests.planner.test_dialogue7_showerhead import Chat

    chat = Chat(tmp_path)
    for turn in turns:
        chat.say(turn)
    return chat


@pytest.mark.parametrize("correction", ["actually 1:05", "no sorry, make that 1:05", "1:05 instead", "hmm, at 1:05 instead"])
def test_a_time_said_as_a_correction_moves_the_clip_just_placed(tmp_path, correction):
    chat = _chat_after(tmp_path, "put IMG_5551 at 0:44", correction)
    assert chat.start("m10") == pytest.approx(65.0, abs=0.05)


def test_a_time_after_a_level_change_is_not_a_move(tmp_path):
    chat = _chat_after(tmp_path, "put IMG_5551 at 0:44", "music to -22", "actually 1:05")
    assert chat.start("m10") == pytest.approx(44.0, abs=0.05)


# ---- ducking said with the music as the one that lowers itself ----------------------------------------

@pytest.mark.parametrize("message", [
    "would it be possible to have the lofi music dip whenever I'm talking, and come back up after?",
    "could the music go down while he talks please",
    "can we get the song to drop down when I speak",
])
def test_the_music_lowering_itself_under_the_talk_is_ducking(message):
    assert [s.tool for s in _one_step(message)] == ["duck_music"]


def test_a_placement_over_talk_about_music_is_still_a_placement():
    steps = _one_step("put IMG_5551 over the part where I talk about the tap")
    assert [s.tool for s in steps] == ["place_broll"]


# ---- a card named by where it sits is a title ---------------------------------------------------------

@pytest.mark.parametrize("message, text, at_end, seconds", [
    ("closing card 'Subscribe for more fixes' for the last 4 seconds", "Subscribe for more fixes", True, 4.0),
    ("outro card \"See you next week\"", "See you next week", True, 3.0),
    ("an opening card saying 'Shower rescue' for the first 3 seconds", "Shower rescue", False, 3.0),
])
def test_a_card_named_by_where_it_sits_is_a_title(message, text, at_end, seconds):
    from tests.planner.showerhead_project import LENGTH

    [title] = [s.args for s in _one_step(message) if s.tool == "add_title"]
    assert title["text"] == text and float(title["duration"]) == seconds
    assert float(title["start"]) == pytest.approx(LENGTH - seconds if at_end else 0.0, abs=0.05)


# ---- a second request said as what to have something do --------------------------------------------

@pytest.mark.parametrize("message, tools", [
    ("level out my voice and have the music dip when i speak", ["normalize_loudness", "duck_music"]),
    ("even out my voice and get the song to go down while I talk", ["normalize_loudness", "duck_music"]),
    ("make the music quieter and have the voice louder", ["set_volume", "set_volume"]),
])
def test_and_have_the_music_do_something_is_a_second_request(message, tools):
    assert [s.tool for s in _one_step(message)] == tools
