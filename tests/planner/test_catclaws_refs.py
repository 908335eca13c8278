"""Round 16 (helper r): media references fixed on the cat-claws project (tests/planner/catclaws_project.py), each in
words other than the tuning commands' (tests/planner/catclaws_commands.py). Each fails on the code before it."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.catclaws_project import catclaws_project, sentence_span
from tests.planner.own_talk import asks

SETUP = {"m4": 52.1, "m6": 19.9}


def _placed(result) -> list[tuple[str, float]]:
    return [(s.args["media_id"], float(s.args["start"])) for s in result.steps
            if s.tool in ("place_broll", "insert_clip", "overwrite_clip") and "media_id" in s.args]


def test_part_of_a_pixel_number_names_that_file():
    r = plan("drop the 0927 one in at 0:40", catclaws_project(SETUP))
    assert _placed(r) == [("m3", 40.0)]


def test_a_number_no_file_holds_asks_instead_of_placing_by_topic():
    r = plan("put the 4455 clip where i talk about wrapping him in the towel", catclaws_project(SETUP))
    assert asks(r) and "4455" in r.reply


def test_the_word_as_a_head_noun_beats_it_as_a_modifier():
    # "vet nurse" (sentence 0) uses "vet" to describe the nurse; "your vet can do it" (sentence 2) is about the vet
    r = plan("put the rescue photo where i mention the vet", catclaws_project(SETUP))
    assert _placed(r) == [("m9", sentence_span(2)[0])]


def test_a_verb_split_from_in_places_the_clip():
    r = plan("can you get the kneading video in when i talk about wrapping him up", catclaws_project(SETUP))
    assert [m for m, _ in _placed(r)] == ["m7"]


def test_clip_named_by_a_sound_file_word_and_pictures_described_by_it_asks():
    r = plan("add the cat clip at 0:40", catclaws_project(SETUP))
    assert asks(r)


def test_purring_meets_purr_in_a_file_name():
    r = plan("add the purring noise at 1:00", catclaws_project(SETUP))
    assert _placed(r) == [("m12", 60.0)]


def test_the_other_of_two_camera_files_is_the_one_not_placed():
    # GX010231 is over the talk already; GX010232 is in the bin
    r = plan("pop the other gopro video at 1:20", catclaws_project(SETUP))
    assert _placed(r) == [("m5", 80.0)]


def test_a_loudness_said_as_a_state_is_a_level():
    r = plan("can you make the music so it's hardly audible", catclaws_project(SETUP))
    assert [(s.tool, s.args["db"]) for s in r.steps] == [("set_volume", -35)]
    r = plan("keep the music nice and soft", catclaws_project(SETUP))
    assert [(s.tool, s.args["db"]) for s in r.steps] == [("set_volume", -28)]


def test_a_title_label_and_colon_adds_that_title():
    r = plan("caption: Biscuit, 4 yrs, rescued in May", catclaws_project(SETUP))
    assert [(s.tool, s.args["text"]) for s in r.steps] == [("add_title", "Biscuit, 4 yrs, rescued in May")]


def test_at_the_start_of_a_described_part_is_that_part_not_the_video():
    r = plan("add the kneading clip at the beginning of the brushing section", catclaws_project(SETUP))
    assert _placed(r) == [("m7", sentence_span(12)[0])]


def test_words_to_show_with_an_edit_word_in_them_are_a_title_not_a_cut():
    r = plan("pop the words DON'T CUT TOO SHORT on screen when i say just snip the clear white tip", catclaws_project(SETUP))
    assert [(s.tool, s.args.get("text")) for s in r.steps] == [("add_title", "DON'T CUT TOO SHORT")]


def test_a_title_text_said_after_the_noun_without_quotes():
    r = plan("add a caption Mind The Belly where i talk about the mats", catclaws_project(SETUP))
    assert [(s.tool, s.args.get("text")) for s in r.steps] == [("add_title", "Mind The Belly")]
    assert r.steps[0].args["start"] == sentence_span(14)[0]


def test_an_effect_word_naming_a_media_nobody_has_asks_instead_of_the_effect():
    r = plan("pop the zoom call over where i talk about booking online", catclaws_project(SETUP))
    assert asks(r)


def test_a_shift_from_where_it_is_moves_the_placed_one_of_two_files():
    r = plan("put the gopro video 2 seconds later", catclaws_project(SETUP))
    assert [(s.tool, s.args) for s in r.steps] == [("move_clip", {"clip_id": "c3", "start": 54.12})]


def test_a_dissolve_from_the_talk_into_a_broll_clip_fades_that_clip_in():
    r = plan("put a dissolve from the talk into the screen recording", catclaws_project(SETUP))
    assert [(s.tool, s.args["target"], s.args["direction"]) for s in r.steps] == [("fade", "c4", "in")]


def test_music_said_as_a_share_or_further_back_is_quieter():
    assert [s.args["db"] for s in plan("the music at 50%", catclaws_project(SETUP)).steps] == [-22]
    assert [s.args["db"] for s in plan("could the song sit more in the background", catclaws_project(SETUP)).steps] == [-22]


def test_a_short_loop_sound_under_a_line_is_a_sound_effect_there_not_a_music_bed():
    r = plan("chuck the purr sound in under where i say he's purring like a little motor", catclaws_project(SETUP))
    [insert] = [s for s in r.steps if s.tool == "insert_clip"]
    assert insert.args["media_id"] == "m12" and insert.args["track_id"] != "t3"
    assert sentence_span(15)[0] <= insert.args["start"] <= sentence_span(15)[1]


def test_the_music_lowered_during_one_part_dips_there_only():
    r = plan("bring the music down during the brushing section", catclaws_project(SETUP))
    [dip] = r.steps
    assert dip.tool == "set_volume_envelope" and dip.args["clip_id"] == "c2"
    lows = [p["frame"] for p in dip.args["points"] if p["db"] < 0]
    assert lows == [sentence_span(12)[0], sentence_span(12)[1]]  # the music clip starts at 0: offsets are timeline times


def test_a_dissolve_from_the_talk_into_a_camera_file_picks_the_placed_one():
    r = plan("add a dissolve from the talk into the gopro footage", catclaws_project(SETUP))
    assert [(s.tool, s.args["target"], s.args["direction"]) for s in r.steps] == [("fade", "c3", "in")]


def test_take_the_broll_off_a_part_removes_it_never_places_one():
    r = plan("take the b-roll off the booking online bit", catclaws_project(SETUP))
    assert [(s.tool, s.args["clip_id"]) for s in r.steps] == [("remove_clip", "c4")]


def test_muting_the_talk_during_one_part_mutes_it_there_only():
    r = plan("mute the talk during the bit about the belly", catclaws_project(SETUP))
    [dip] = r.steps
    assert dip.tool == "set_volume_envelope" and dip.args["clip_id"] == "c1"
    assert [p["frame"] for p in dip.args["points"] if p["db"] == -100] == [sentence_span(14)[0], sentence_span(14)[1]]


def test_a_dip_keeps_the_envelope_already_there_outside_it():
    from editor_app.model.history import apply_all
    from editor_app.model.operations import SetVolumeEnvelope
    from editor_app.model.project import EnvelopePoint

    project = catclaws_project(SETUP)
    apply_all(project, [SetVolumeEnvelope(clip_id="c2", points=[EnvelopePoint(frame=0, db=-6), EnvelopePoint(frame=250, db=-6)])])
    [dip] = plan("lower the music during the brushing section", project).steps
    assert dip.args["points"][:2] == [{"frame": 0, "db": -6}, {"frame": 10, "db": -6}]


def test_an_ordinal_before_two_look_alikes_picks_by_recording_order():
    r = plan("drop the second paw close-up in at 1:04", catclaws_project(SETUP))
    assert _placed(r) == [("m3", 64.0)]
    r = plan("drop the first paw close-up in at 1:04", catclaws_project(SETUP))
    assert _placed(r) == [("m2", 64.0)]


def test_the_first_clip_with_the_talk_alone_on_main_asks_instead_of_moving_the_talk():
    project = catclaws_project(SETUP)
    assert asks(plan("move the first clip to 0:40", project))
    assert asks(plan("delete the last clip", project))


def test_delete_one_and_put_another_there_instead_is_a_replacement():
    r = plan("remove the screen recording and stick the kneading clip there instead", catclaws_project(SETUP))
    assert [s.tool for s in r.steps] == ["remove_clip", "overwrite_clip"]
    assert [m for m, _ in _placed(r)] == ["m7"] and abs(_placed(r)[0][1] - 19.92) < 0.05


def test_fade_both_after_a_swap_fades_the_two_swapped_clips():
    r = plan("swap the gopro clip and the screen recording, then fade both in", catclaws_project(SETUP))
    assert sorted(s.args["target"] for s in r.steps if s.tool == "fade") == ["c3", "c4"]


def test_one_media_at_two_times_is_two_copies_not_a_range():
    r = plan("pop the styptic powder photo at 0:58 and 1:30", catclaws_project(SETUP))
    assert _placed(r) == [("m10", 58.0), ("m10", 90.0)] and all("duration" not in s.args for s in r.steps)


def test_a_sound_at_two_times_asks_rather_than_dropping_one():
    assert asks(plan("put the purr at 1:26 and 1:29", catclaws_project(SETUP)))


def test_the_placed_one_of_two_camera_files_again_somewhere_else():
    r = plan("stick the gopro footage over the belly bit as well", catclaws_project(SETUP))
    assert [m for m, _ in _placed(r)] == ["m4"]


def test_cut_a_clip_shorter_trims_or_asks_never_removes_it():
    project = catclaws_project(SETUP)
    assert asks(plan("cut the screen recording shorter", project))
    r = plan("chop the gopro clip down a bit", project)
    assert [s.tool for s in r.steps] == ["trim_clip"]
