"""Round 16 (helper v2): audio and the conversation on our bonsai project (tests/planner/bonsai_project.py), in our
own words: ducking said with its return ("softer while I talk, louder again when I stop"), the music killed or brought
back with the verb restated ("..., silence it", "..., unmute"), bare nudges after a level change ("go lower", "up a
bit"), and "not that one, the other one" after placing one of two look-alike phone files."""

from __future__ import annotations

from editor_app.planner.core import plan
from tests.planner.bonsai_chat import Chat
from tests.planner.bonsai_project import bonsai_project


def _tools(message: str) -> list[str]:
    result = plan(message, bonsai_project())
    assert result.understood, result.reply
    return [s.tool for s in result.steps]


def test_softer_while_i_talk_and_louder_again_is_ducking():
    assert _tools("could the music go softer whenever i speak and get louder again when i stop") == ["duck_music"]
    assert _tools("can the lofi get quieter while I'm talking and louder again once I'm done?") == ["duck_music"]


def test_softer_while_i_talk_alone_is_ducking_not_a_whole_level():
    assert _tools("have the music go softer whenever i speak") == ["duck_music"]


def test_bring_the_music_back_then_unmute_alone(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("mute the music")
    assert chat.project.find_track("t3").muted
    reply = chat.say("ok bring the music back, unmute").reply
    assert not chat.project.find_track("t3").muted, reply


def test_kill_the_music_completely_then_silence_it(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("kill the music entirely, silence it")
    assert chat.project.find_track("t3").muted
    assert len(chat.clips_of("m9")) == 1  # muted, never removed


def test_bare_unmute_asks_with_its_own_verb():
    result = plan("unmute", bonsai_project())
    assert not result.understood and "unmute" in result.reply


def test_go_lower_after_a_music_level(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("drop the music to -19")
    chat.say("hmm that's still kinda loud, go lower")
    assert chat.music().volume_db < -19.0


def test_cant_hear_it_then_up_a_bit(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("set the music to -35 dB")
    chat.say("now i cant hear it at all, up a bit")
    assert -35.0 < chat.music().volume_db < -25.0


def test_down_a_touch_alone_after_a_level(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("music at -16 db")
    chat.say("down a touch")
    assert -22.0 < chat.music().volume_db < -16.0


def test_not_that_one_the_other_one_swaps_in_the_look_alike(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("put VID_20261128_104512 at 0:33")
    chat.say("no not that one, the other one")
    assert not chat.clips_of("m3") and chat.span("m2")[0] == 33.0
    assert len(chat.clips_of("m1")) == 1  # the talk (a look-alike phone name) is untouched


def test_plain_no_the_other_one_still_asks(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("put VID_20261128_104512 at 0:33")
    chat.say("no, the other one")
    assert chat.clips_of("m3") and not chat.clips_of("m2")


def test_level_said_first_then_a_fade_keeps_both():
    result = plan("-21 on the lofi plus a fade out at the end", bonsai_project())
    assert [s.tool for s in result.steps] == ["set_volume", "fade"], result.reply
    assert result.steps[0].args["db"] == -21.0 and result.steps[1].args["target"] == result.steps[0].args["clip_id"]


def test_level_said_first_alone():
    result = plan("-17 db for the music", bonsai_project())
    assert [(s.tool, s.args.get("db")) for s in result.steps] == [("set_volume", -17.0)], result.reply


def test_phone_file_at_a_time_fading_in():
    result = plan("VID_20261128_103040 @ 0:48, fading in", bonsai_project())
    tools = [s.tool for s in result.steps]
    assert result.understood and tools[-1] == "fade" and result.steps[0].args.get("media_id") == "m2", result.reply


def test_first_person_reason_before_a_level_request():
    result = plan("I'm clipping when I shout, lower my voice 3 dB", bonsai_project())
    assert [(s.tool, s.args.get("clip_id")) for s in result.steps] == [("set_volume", "c1")], result.reply
    result = plan("i keep peaking when i laugh, turn the talk down 2 db", bonsai_project())
    assert [(s.tool, s.args.get("clip_id"), s.args.get("db")) for s in result.steps] == [("set_volume", "c1", -2.0)]


def test_speed_my_part_up_with_a_laughing_reason():
    result = plan("speed my part up 10%, i talk so slow haha", bonsai_project())
    assert [(s.tool, s.args.get("clip_id")) for s in result.steps] == [("set_speed", "c1")], result.reply


def test_which_photo_answered_by_where_the_tree_is(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("put the juniper photo at 0:29")
    assert not chat.clips_of("m5") and not chat.clips_of("m6")  # two fit: it asks
    chat.say("the one in the old plastic pot")
    assert chat.span("m5")[0] == 29.0 and not chat.clips_of("m6")


def test_still_too_loud_a_bit_lower_in_one_clause(tmp_path):
    chat = Chat(tmp_path / "b")
    chat.say("music to -18")
    chat.say("still too loud, a bit lower")
    assert -24.0 < chat.music().volume_db < -18.0
