"""Round 16 (conversation): one test per mechanism added on the bonsai tuning half, in other words than
the tuning phrasings, on the bonsai project (tests/planner/bonsai_project.py). Each failed before its fix.

- an effect on a thing inside a clip, said with a particle, "only", or a remark after it (planner/inside.py)
- "make that 4 secs" after a placement is its length, not 0:04 (planner/corrected.py)
- "slightly earlier please", "shift it a touch later": a small step after a placement (planner/nudge.py)
- "no, 2x then", "make that -25": a new value for the level or speed just set (planner/value_instead.py)
- "the shorter one", "the first": an answer that picks an offered file by length or order (planner/offered_pick.py)
"""

from __future__ import annotations

import pytest

from tests.planner.bonsai_chat import Chat


def _chat(tmp_path, broll=None):
    return Chat(tmp_path / "bonsai", broll)


@pytest.mark.parametrize("broll, message", [
    ({"m4": 30.0}, "blur out the car reg in the gopro footage, thanks"),
    ({"m5": 9.0}, "darken only the sky in the before pic; leave the rest"),
    ({"m7": 40.0}, "could you blur the dog's face in the IMG_0912 photo, he's shy"),
])
def test_an_effect_on_a_thing_inside_a_clip_changes_nothing(tmp_path, broll, message):
    chat = _chat(tmp_path, broll)
    dump = chat.dump()
    result = chat.say(message)
    assert chat.dump() == dump
    assert "whole clip" in result.reply


def test_make_that_seconds_after_a_placement_is_its_length(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the roots close up at 0:50")
    chat.say("no, make that 4 secs")
    assert chat.span("m8") == (50.0, 54.0)


def test_make_it_a_clock_time_after_a_placement_still_moves_it(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the roots close up at 0:50")
    chat.say("no, make it 0:55")
    assert chat.span("m8")[0] == 55.0


@pytest.mark.parametrize("nudge, start", [
    ("slightly earlier please", 79.0),
    ("shift it a touch later", 81.0),
    ("3 secs earlier", 77.0),
])
def test_a_small_step_after_a_placement_moves_that_clip(tmp_path, nudge, start):
    chat = _chat(tmp_path)
    chat.say("put the after photo at 1:20")
    chat.say(nudge)
    assert chat.span("m6")[0] == start


def test_a_bit_later_after_a_music_change_moves_nothing(tmp_path):
    chat = _chat(tmp_path)
    chat.say("fade the music in")
    dump = chat.dump()
    chat.say("a bit later")
    assert chat.dump() == dump


def test_a_new_speed_said_alone_after_a_speed_change(tmp_path):
    chat = _chat(tmp_path, {"m4": 30.0})
    chat.say("play the gopro clip at 3x speed")
    chat.say("no, 2x then")
    assert [float(c.speed) for c in chat.clips_of("m4")] == [2.0]


def test_a_new_level_said_alone_after_a_level_change(tmp_path):
    chat = _chat(tmp_path)
    chat.say("music to -22")
    chat.say("hmm make that -25")
    assert chat.music().volume_db == pytest.approx(-25.0)


def test_a_bare_number_after_a_placement_is_no_level(tmp_path):
    chat = _chat(tmp_path)
    chat.say("music to -22")
    chat.say("put the after photo at 1:20")
    dump = chat.dump()
    chat.say("make it -25")
    assert chat.dump() == dump


@pytest.mark.parametrize("answer, media", [("the shorter one", "m3"), ("the first", "m2"), ("2nd", "m3")])
def test_an_answer_picks_an_offered_file_by_length_or_order(tmp_path, answer, media):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("add the android clip at 0:45")
    assert chat.dump() == dump  # two Android clips: it asks which
    chat.say(answer)
    assert chat.span(media)[0] == 45.0
    other = "m2" if media == "m3" else "m3"
    assert chat.clips_of(other) == []


def test_the_longer_one_of_two_stills_picks_nothing(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("add the juniper photo at 0:05")
    chat.say("the longer one")
    assert chat.dump() == dump
