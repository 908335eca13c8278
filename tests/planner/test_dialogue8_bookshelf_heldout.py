"""Round-13 held-out half of the bookshelf conversation words (tests/planner/bookshelf_project.py).

Written together with test_dialogue8_bookshelf.py, before reading the planner, and never tuned on:
the fixes were made on the tuning half only. Cases the editor still misses are marked xfail with
what it does instead, so the figure is honest (reported first and last in the round's report).
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from tests.planner.bookshelf_project import sentence_span
from tests.planner.own_talk import length_of
from tests.planner.test_dialogue8_bookshelf import Chat

MISS = pytest.mark.xfail(strict=False, reason="held-out miss, left as is")


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "shelf")


def _titles(chat):
    return [c for c in chat.project.clips() if c.generator is not None and c.generator.kind == "title"]


def test_h01_bit_more_after_a_drop_by_3db(chat):
    chat.say("can you drop the music by like 3db")
    chat.say("bit more")
    [music] = chat.clips_of("m11")
    assert music.volume_db < -19.0


@MISS
def test_h02_chuck_it_in_then_shorter_two_seconds(chat):
    chat.say("chuck the fittings photo in at 0:08")  # misses: "chuck ... in" is not read as a placement
    chat.say("shorter please, 2 seconds")
    start, end = chat.span("m8")
    assert (start, end) == (8.0, 10.0)


@pytest.mark.xfail(strict=False, reason="asks 'IMG_2231.MOV instead, or as well?' (the round-11 rule for a bare other one)")
def test_h03_the_other_iphone_one(chat):
    chat.say("put IMG_2240 in at 0:30")
    chat.say("no sorry the other iphone one")
    assert chat.clips_of("m3") == []
    assert chat.span("m2")[0] == 30.0


def test_h04_speed_up_the_part_about_measuring(chat):
    chat.say("speed up the part about measuring corner to corner")
    sped = [c for c in chat.clips_of("m1") if float(c.speed) > 1]
    start, _ = sentence_span(9)
    assert len(sped) == 1 and float(seconds(sped[0].source_in, chat.project.fps)) == pytest.approx(start, abs=0.05)


def test_h05_drone_shot_half_speed(tmp_path):
    chat = Chat(tmp_path / "shelf", broll={"m5": 55.0})
    chat.say("can the drone shot go half speed")
    assert [float(c.speed) for c in chat.clips_of("m5")] == [0.5]


def test_h06_2x_the_screen_recording(tmp_path):
    chat = Chat(tmp_path / "shelf", broll={"m7": 5.0})
    chat.say("2x the screen recording")
    assert [float(c.speed) for c in chat.clips_of("m7")] == [2.0]


@MISS
def test_h07_how_many_clips(tmp_path):
    chat = Chat(tmp_path / "shelf", broll={"m2": 22.0, "m5": 55.0})
    dump = chat.dump()
    result = chat.say("how many clips are on the timeline")  # misses: a general "I can answer ..." reply
    assert chat.dump() == dump
    assert "4" in result.reply


def test_h08_what_is_the_music_called(chat):
    dump = chat.dump()
    result = chat.say("what's the music called?")
    assert chat.dump() == dump and "acoustic morning" in result.reply


def test_h09_where_then_cut_that_bit(chat):
    chat.say("where do I say sorry neighbours")
    before = length_of(chat.project)
    chat.say("cut that bit")
    start, end = sentence_span(10)
    assert length_of(chat.project) == pytest.approx(before - (end - start), abs=0.1)


def test_h10_cheers_mate(chat):
    dump = chat.dump()
    chat.say("cheers mate")
    assert chat.dump() == dump


def test_h11_a_clip_that_does_not_exist_changes_nothing(chat):
    dump = chat.dump()
    chat.say("add the clip of me painting the shelf")
    assert chat.dump() == dump


def test_h12_fade_in_then_the_same_at_the_end(chat):
    chat.say("fade in the music")
    chat.say("do the same at the end")
    [music] = chat.clips_of("m11")
    assert sorted(e.type for e in music.effects) == ["fade_in", "fade_out"]


def test_h13_move_it_to_where_i_talk_about_the_back_panel(chat):
    chat.say("put the hammering clip at 0:40")
    chat.say("actually move it to where I talk about the back panel")
    assert chat.span("m6")[0] in (pytest.approx(sentence_span(8)[0], abs=0.05),
                                  pytest.approx(sentence_span(10)[0], abs=0.05))


def test_h14_mute_then_bring_it_back(chat):
    chat.say("mute the music")
    chat.say("actually bring it back")
    assert not chat.project.find_track("t3").muted


def test_h15_gopro_at_the_start_then_a_bit_shorter(chat):
    chat.say("add the gopro overhead at the start")
    _, end = chat.span("m4")
    chat.say("make it a bit shorter")
    assert chat.span("m4")[1] < end


@MISS
def test_h16_speed_up_to_then_a_bit_more(tmp_path):
    chat = Chat(tmp_path / "shelf", broll={"m2": 22.0})
    chat.say("speed the cam lock clip up to 1.5x")  # misses: "up to 1.5x" read as a range 0:00-0:01
    chat.say("a bit more")
    assert float(chat.clips_of("m2")[0].speed) > 1.5


def test_h17_what_did_you_change(chat):
    chat.say("lower the music to -22db")
    result = chat.say("what did you change?")
    assert "-22" in result.reply


@MISS
def test_h18_is_there_a_title(chat):
    dump = chat.dump()
    result = chat.say("is there a title anywhere?")  # misses: asks which media
    assert chat.dump() == dump and "no" in result.reply.lower()


def test_h19_this_is_rubbish_changes_nothing(chat):
    dump = chat.dump()
    chat.say("this is rubbish")
    assert chat.dump() == dump


def test_h20_anchor_photo_then_longer(chat):
    chat.say("put the anchor photo in when I say don't skip the wall anchor")
    _, end = chat.span("m10")
    chat.say("make it longer")
    assert chat.span("m10")[1] > end


def test_h21_slow_down_the_bit_where_i_turn_the_cam_locks(chat):
    chat.say("slow down the bit where I turn the cam locks a quarter turn")
    sped = [c for c in chat.clips_of("m1") if float(c.speed) < 1]
    start, _ = sentence_span(7)
    assert len(sped) == 1 and float(seconds(sped[0].source_in, chat.project.fps)) == pytest.approx(start, abs=0.05)


def test_h22_the_iphone_clip_with_two_asks(tmp_path):
    chat = Chat(tmp_path / "shelf", broll={"m2": 22.0, "m3": 40.0})
    dump = chat.dump()
    chat.say("speed up the iphone clip")
    assert chat.dump() == dump


def test_h23_undo_and_put_it_where_i_say(chat):
    chat.say("put the missing screw photo at 0:15")
    chat.say("undo that and put it where I say pinched one instead")
    assert chat.span("m9")[0] == pytest.approx(sentence_span(3)[0], abs=0.05)


def test_h24_where_do_i_talk_about_the_dowels(chat):
    dump = chat.dump()
    result = chat.say("where do I talk about the dowels?")
    assert chat.dump() == dump and "dowels" in result.reply


def test_h25_delete_a_clip_not_on_the_timeline_changes_nothing(chat):
    dump = chat.dump()
    chat.say("delete the dji one")
    assert chat.dump() == dump
