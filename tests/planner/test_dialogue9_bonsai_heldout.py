"""Round-16 HELD-OUT half of the bonsai conversation words (tests/planner/bonsai_project.py).

Written together with test_dialogue9_bonsai.py, before reading the planner, split from it by number (the
even ones), and never tuned on: the fixes were made on the tuning half only. Do not change these tests.
Start (on 1b02e35, unchanged code): 24/30 (misses: c02, c08, c10, c14, c20, c58). End of round 16: 30/30.
c10 ("the one with the dog"), c14 ("redo both") and c20 ("is the music too loud?") share their shape with
examples in the round's brief, so their fix is not fully independent of them.
"""

from __future__ import annotations

import pytest

from tests.planner.bonsai_chat import Chat
from tests.planner.bonsai_project import sentence_span


def _chat(tmp_path, broll=None):
    return Chat(tmp_path / "bonsai", broll)


def _effects(clip):
    return sorted(e.type for e in clip.effects)



def test_c02_actually_make_it_3_seconds_photo(tmp_path):
    chat = _chat(tmp_path)
    chat.say("stick the before photo in at the very start")
    chat.say("actually make it 3 seconds")
    assert chat.span("m5") == (0.0, 3.0)


def test_c04_same_for_the_start_after_fade_out(tmp_path):
    chat = _chat(tmp_path)
    chat.say("fade the music out at the end pls")
    chat.say("same for the start")
    assert _effects(chat.music()) == ["fade_in", "fade_out"]


def test_c06_undo_the_last_two(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("put the before pic at 0:09")
    chat.say("put the after pic at 1:31")
    chat.say("undo the last two")
    assert chat.dump() == dump


def test_c08_which_juniper_photo_the_second(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("add the juniper photo at 0:05")
    assert chat.dump() == dump  # before or after: it asks
    chat.say("the second")
    assert chat.clips_of("m5") == [] and chat.span("m6")[0] == 5.0


def test_c10_which_photo_the_one_with_the_dog(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("put the photo in at 0:20")
    assert chat.dump() == dump
    chat.say("the one with the dog")
    assert chat.span("m7")[0] == 20.0
    assert not chat.clips_of("m5") and not chat.clips_of("m6") and not chat.clips_of("m8")


def test_c12_held_cut_then_no(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("delete everything after 1:10")
    assert chat.dump() == dump  # a third of the video: held for a yes
    chat.say("no leave it")
    chat.say("ok")
    assert chat.dump() == dump


def test_c14_undo_both_then_redo_both(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the before pic at 0:09")
    chat.say("put the after pic at 1:31")
    chat.say("undo both")
    chat.say("redo both")
    assert chat.span("m5")[0] == 9.0 and chat.span("m6")[0] == 91.0


def test_c16_how_long_is_it_now_after_a_cut(tmp_path):
    chat = _chat(tmp_path)
    chat.say("cut the bit about my grandson")
    dump = chat.dump()
    result = chat.say("how long is it now?")
    assert chat.dump() == dump
    assert any(t in result.reply for t in ("1:3", "94", "95", "96"))  # 103 s less the aside (~8 s)


def test_c18_when_do_i_mention_alfie(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    result = chat.say("when do I mention Alfie")
    assert chat.dump() == dump
    assert "0:37" in result.reply or "0:38" in result.reply


def test_c20_is_the_music_too_loud(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    result = chat.say("is the music too loud?")
    assert chat.dump() == dump
    assert "-14" in result.reply


def test_c22_what_havent_i_used(tmp_path):
    chat = _chat(tmp_path, {"m4": 30.0})
    dump = chat.dump()
    result = chat.say("which clips haven't I used yet?")
    assert chat.dump() == dump and "IMG_0912" in result.reply


def test_c24_did_i_say_akadama(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    result = chat.say("did I say akadama anywhere?")
    assert chat.dump() == dump and ("0:58" in result.reply or "0:59" in result.reply)


@pytest.mark.parametrize("message", [
    "make it look nicer",  # c26
])
def test_c26_make_it_look_nicer(tmp_path, message):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say(message)
    assert chat.dump() == dump


def test_c28_barely_audible_music(tmp_path):
    chat = _chat(tmp_path)
    chat.say("make the music barely audible")
    assert chat.music().volume_db <= -14.0  # never louder; asking or a low level both fine


def test_c30_more_professional(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("could you make it look more professional")
    assert chat.dump() == dump


def test_c32_make_the_video_better(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("make the video better")
    assert chat.dump() == dump


def test_c34_tidy_it_up(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("tidy it up a bit would you")
    assert chat.dump() == dump


def test_c36_sort_the_sound_out(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("sort the sound out")
    assert chat.dump() == dump


def test_c38_make_it_flow_better(tmp_path):
    chat = _chat(tmp_path, {"m4": 30.0})
    dump = chat.dump()
    chat.say("make it flow better")
    assert chat.dump() == dump


def test_c40_youre_great(tmp_path):
    chat = _chat(tmp_path)
    chat.say("turn the music down a bit")
    dump = chat.dump()
    chat.say("you're great")
    assert chat.dump() == dump


def test_c42_lol_ok(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("lol ok")
    assert chat.dump() == dump


def test_c44_not_sure_about_that(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the dog photo at 0:40")
    dump = chat.dump()
    chat.say("hmm not sure about that")
    assert chat.dump() == dump


def test_c46_blur_licence_plate_in_gopro_clip(tmp_path):
    chat = _chat(tmp_path, {"m4": 30.0})
    dump = chat.dump()
    chat.say("blur the licence plate in the gopro clip")
    assert chat.dump() == dump


def test_c48_remove_the_dog_from_the_dog_photo(tmp_path):
    chat = _chat(tmp_path, {"m7": 40.0})
    dump = chat.dump()
    chat.say("remove the dog from the dog photo")
    assert chat.dump() == dump  # never deletes the photo


def test_c50_hide_the_house_number(tmp_path):
    chat = _chat(tmp_path, {"m5": 9.0})
    dump = chat.dump()
    chat.say("hide the house number in the before pic")
    assert chat.dump() == dump


def test_c52_make_that_one_longer(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the after photo at 1:31")
    _, end = chat.span("m6")
    chat.say("make that one longer")
    assert chat.span("m6")[1] > end


def test_c54_move_it_to_where_i_say(tmp_path):
    chat = _chat(tmp_path)
    chat.say("put the soil clip at 0:58")
    chat.say("move it to where I say water it right through")
    assert chat.span("m3")[0] == pytest.approx(sentence_span(10)[0], abs=0.05)


def test_c56_same_for_the_gopro_one(tmp_path):
    chat = _chat(tmp_path, {"m4": 30.0})
    chat.say("fade in the music")
    chat.say("and the same for the gopro one")
    [gopro] = chat.clips_of("m4")
    assert "fade_in" in _effects(gopro)


def test_c58_the_first_one_answers_which(tmp_path):
    chat = _chat(tmp_path)
    dump = chat.dump()
    chat.say("add the juniper pic at 0:05")
    assert chat.dump() == dump
    chat.say("the first one")
    assert chat.span("m5")[0] == 5.0 and chat.clips_of("m6") == []


def test_c60_the_same_for_the_music(tmp_path):
    chat = _chat(tmp_path)
    chat.say("fade out the talk at the end")
    chat.say("the same for the music")
    assert "fade_out" in _effects(chat.music())

