"""Every operation: what it does to the timeline, its invariants, and its exact inverse."""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.model.history import BatchError
from editor_app.model.operations import OperationError, parse_operation, tool_schema, operation_names

FPS = 30


def s(seconds: float) -> int:
    return round(seconds * FPS)


def clips(project, track_id):
    return [(c.id, c.start, c.end) for c in project.track(track_id).clips]


def apply_and_check_inverse(project, history, ops):
    before = project.model_copy(deep=True)
    batch = history.apply(project, ops)
    assert project.check_invariants() == []
    after = project.model_copy(deep=True)
    history.undo(project)
    assert project == before
    history.redo(project)
    assert project == after
    return batch


def test_demo_like_setup(proj):
    project, _ = proj
    assert clips(project, "t1") == [("c1", 0, s(20))]
    assert clips(project, "t2") == [("c2", s(5), s(9))]
    assert project.duration == s(20)
    assert project.check_invariants() == []


def test_insert_ripples_and_splits(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "insert_clip", "track_id": "t1", "media_id": "m2", "start": "10s", "duration": "2s"}])
    track = project.track("t1")
    assert [(c.media_id, c.start, c.end) for c in track.clips] == [("m1", 0, s(10)), ("m2", s(10), s(12)), ("m1", s(12), s(22))]
    assert track.clips[2].source_in == s(10)


def test_overwrite_lifts_what_is_there(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "7s", "duration": "4s"}])
    assert clips(project, "t2") == [("c2", s(5), s(7)), ("c4", s(7), s(11))]


def test_remove_lift_and_ripple(proj):
    project, history = proj
    history.apply(project, [{"op": "split_clip", "clip_id": "c1", "at": "5s"}])
    right = project.track("t1").clips[1].id
    apply_and_check_inverse(project, history, [{"op": "remove_clip", "clip_id": "c1", "ripple": True}])
    assert clips(project, "t1") == [(right, 0, s(15))]
    history.undo(project)
    apply_and_check_inverse(project, history, [{"op": "remove_clip", "clip_id": "c1"}])
    assert clips(project, "t1") == [(right, s(5), s(20))]


def test_split_keeps_source_continuity_and_fades(proj):
    project, history = proj
    history.apply(project, [{"op": "add_effect", "clip_id": "c1", "effect": {"type": "fade_in", "duration": 15}},
                            {"op": "add_effect", "clip_id": "c1", "effect": {"type": "fade_out", "duration": 15}}])
    apply_and_check_inverse(project, history, [{"op": "split_clip", "clip_id": "c1", "at": 100}])
    left, right = project.track("t1").clips
    assert (left.end, right.start, right.source_in) == (100, 100, 100)
    assert [e.type for e in left.effects] == ["fade_in"]
    assert [e.type for e in right.effects] == ["fade_out"]
    with pytest.raises(OperationError, match="not inside"):
        history.apply(project, [{"op": "split_clip", "clip_id": left.id, "at": 100}])


def test_trim_respects_media_and_neighbours(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "trim_clip", "clip_id": "c1", "start": "2s", "end": "18s"}])
    clip = project.track("t1").clips[0]
    assert (clip.start, clip.end, clip.source_in) == (s(2), s(18), s(2))
    with pytest.raises(OperationError, match="media ends"):
        history.apply(project, [{"op": "trim_clip", "clip_id": "c1", "end": "25s"}])
    history.apply(project, [{"op": "move_clip", "clip_id": "c1", "start": "10s"}])
    with pytest.raises(OperationError, match="media starts"):
        history.apply(project, [{"op": "trim_clip", "clip_id": "c1", "start": "7s"}])


def test_trim_tail_with_ripple_moves_followers(proj):
    project, history = proj
    history.apply(project, [{"op": "split_clip", "clip_id": "c1", "at": "10s"}])
    second = project.track("t1").clips[1].id
    apply_and_check_inverse(project, history, [{"op": "trim_clip", "clip_id": "c1", "end": "8s", "ripple": True}])
    assert clips(project, "t1") == [("c1", 0, s(8)), (second, s(8), s(18))]


def test_move_strict_refuses_overlap_with_a_hint(proj):
    project, history = proj
    history.apply(project, [{"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "12s", "duration": "2s"}])
    with pytest.raises(OperationError) as err:
        history.apply(project, [{"op": "move_clip", "clip_id": "c2", "start": "11s"}])
    assert "overlap" in str(err.value) and "next free place" in str(err.value)
    apply_and_check_inverse(project, history, [{"op": "move_clip", "clip_id": "c2", "start": "0:15"}])
    assert project.find_clip("c2")[1].start == s(15)


def test_move_between_tracks_and_kinds(proj):
    project, history = proj
    history.apply(project, [{"op": "add_track", "kind": "video", "role": "overlay"}])
    apply_and_check_inverse(project, history, [{"op": "move_clip", "clip_id": "c2", "track_id": "t4", "start": 0}])
    assert clips(project, "t4") == [("c2", 0, s(4))] and clips(project, "t2") == []
    with pytest.raises(OperationError, match="audio"):
        history.apply(project, [{"op": "move_clip", "clip_id": "c2", "track_id": "t3"}])


def test_move_overwrite_mode(proj):
    project, history = proj
    history.apply(project, [{"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "12s", "duration": "4s"}])
    apply_and_check_inverse(project, history, [{"op": "move_clip", "clip_id": "c2", "start": "10s", "mode": "overwrite"}])
    assert [(c.start, c.end) for c in project.track("t2").clips] == [(s(10), s(14)), (s(14), s(16))]


def test_cut_range_ripples_all_unlocked_tracks(proj):
    project, history = proj
    history.apply(project, [{"op": "update_track", "track_id": "t3", "locked": True}])
    apply_and_check_inverse(project, history, [{"op": "cut_range", "start": "4s", "end": "6s"}])
    main = project.track("t1").clips
    assert [(c.start, c.end, c.source_in) for c in main] == [(0, s(4), 0), (s(4), s(18), s(6))]
    assert clips(project, "t2") == [("c2", s(4), s(7))]  # 5-9 minus 5-6, pulled left
    assert clips(project, "t3") == [("c3", 0, s(20))]  # locked: untouched
    with pytest.raises(OperationError, match="nothing lies"):
        history.apply(project, [{"op": "cut_range", "start": "100s", "end": "110s"}])


def test_cut_range_without_ripple_leaves_gap(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "cut_range", "start": 0, "end": "3s", "track_ids": ["t1"], "ripple": False}])
    assert [(c.start, c.end) for c in project.track("t1").clips] == [(s(3), s(20))]


def test_set_speed_changes_length_exactly(proj):
    project, history = proj
    history.apply(project, [{"op": "trim_clip", "clip_id": "c1", "end": "10s"}])
    apply_and_check_inverse(project, history, [{"op": "set_speed", "clip_id": "c1", "speed": 2, "carry": False}])
    clip = project.find_clip("c1")[1]
    assert (clip.duration, clip.speed, clip.source_out) == (s(5), 2, s(10))
    history.apply(project, [{"op": "set_speed", "clip_id": "c1", "speed": "2/3", "carry": False}])
    clip = project.find_clip("c1")[1]
    assert clip.speed == Fraction(2, 3) and clip.duration == s(15)
    with pytest.raises(OperationError, match="out of range"):
        history.apply(project, [{"op": "set_speed", "clip_id": "c1", "speed": 50}])
    history.apply(project, [{"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "12s", "duration": "2s"}])
    with pytest.raises(OperationError, match="overlap"):
        history.apply(project, [{"op": "set_speed", "clip_id": "c2", "speed": 0.5, "ripple": False}])
    apply_and_check_inverse(project, history, [{"op": "set_speed", "clip_id": "c2", "speed": 0.5}])
    assert [(c.start, c.end) for c in project.track("t2").clips] == [(s(5), s(13)), (s(16), s(18))]


def test_a_faster_talk_carries_the_broll_and_the_music_with_its_words(proj):
    """B-roll at 5-9 s of a 20 s talk sits over the words said then; at 1.25x those words are at
    4-7.2 s, so the B-roll moves to 4 s and ends at 7.2 s; the music bed ends with the talk, its
    ducking points move with the words, and a B-roll after the talk keeps its distance to its end."""
    project, history = proj
    history.apply(project, [
        {"op": "set_volume_envelope", "clip_id": "c3", "points": [{"frame": s(10), "db": -12}, {"frame": s(15), "db": 0}]},
        {"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "21s", "duration": "2s"},
    ])
    apply_and_check_inverse(project, history, [{"op": "set_speed", "clip_id": "c1", "speed": "5/4"}])
    assert clips(project, "t1") == [("c1", 0, s(16))]
    assert clips(project, "t2") == [("c2", s(4), s(7.2)), ("c4", s(17), s(19))]
    music = project.find_clip("c3")[1]
    assert (music.start, music.end) == (0, s(16))
    assert [(p.frame, p.db) for p in music.envelope] == [(s(8), -12), (s(12), 0)]


def test_slower_talk_keeps_broll_length_and_a_faster_broll_moves_nothing_else(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "set_speed", "clip_id": "c1", "speed": "1/2"}])
    assert clips(project, "t2") == [("c2", s(10), s(14))]  # over the same words, at its own length (4 s)
    apply_and_check_inverse(project, history, [{"op": "set_speed", "clip_id": "c2", "speed": 2}])
    assert clips(project, "t1") == [("c1", 0, s(40))] and clips(project, "t2") == [("c2", s(10), s(12))]


def test_a_version_1_speed_record_replays_without_moving_other_tracks():
    from editor_app.model.journal import decode_op

    op = decode_op({"op": "set_speed", "clip_id": "c1", "speed": 2, "v": 1})
    assert op.carry is False
    assert decode_op({"op": "set_speed", "clip_id": "c1", "speed": 2, "v": 2}).carry is True


def test_effects_add_replace_update_remove(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "add_effect", "clip_id": "c1", "effect": {"type": "blur", "radius": 4}}])
    history.apply(project, [{"op": "add_effect", "clip_id": "c1", "effect": {"type": "blur", "radius": 9}}])
    blurs = [e for e in project.find_clip("c1")[1].effects if e.type == "blur"]
    assert len(blurs) == 1 and blurs[0].radius == 9
    apply_and_check_inverse(project, history, [{"op": "update_effect", "clip_id": "c1", "effect_id": blurs[0].id, "params": {"radius": 2}}])
    assert project.find_clip("c1")[1].effects[0].radius == 2
    apply_and_check_inverse(project, history, [{"op": "remove_effect", "clip_id": "c1", "effect_type": "blur"}])
    assert project.find_clip("c1")[1].effects == ()
    with pytest.raises(OperationError, match="longer than clip"):
        history.apply(project, [{"op": "add_effect", "clip_id": "c2", "effect": {"type": "fade_out", "duration": "10s"}}])
    history.apply(project, [{"op": "add_effect", "clip_id": "c1", "effect": {"type": "blur", "radius": 1}}])
    with pytest.raises(OperationError, match="invalid parameters"):
        history.apply(project, [{"op": "update_effect", "clip_id": "c1", "effect_id": project.find_clip("c1")[1].effects[0].id, "params": {"radius": -3}}])


def test_transition_needs_adjacent_clips(proj):
    project, history = proj
    history.apply(project, [{"op": "split_clip", "clip_id": "c1", "at": "10s"}])
    second = project.track("t1").clips[1].id
    apply_and_check_inverse(project, history, [{"op": "add_transition", "from_clip": "c1", "to_clip": second, "duration": 15}])
    assert project.track("t1").transitions[0].duration == 15
    with pytest.raises(OperationError, match="different tracks"):
        history.apply(project, [{"op": "add_transition", "from_clip": "c1", "to_clip": "c2", "duration": 15}])
    # a transition whose clips stop being adjacent disappears with the edit that separated them
    history.apply(project, [{"op": "trim_clip", "clip_id": "c1", "end": "9s"}])
    assert project.track("t1").transitions == []


def test_volume_envelope_title_marker_enable(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "set_volume", "clip_id": "c3", "db": -12}])
    apply_and_check_inverse(project, history, [{"op": "set_volume_envelope", "clip_id": "c3", "points": [{"frame": 0, "db": 0}, {"frame": 30, "db": -15}]}])
    with pytest.raises(OperationError, match="time order"):
        history.apply(project, [{"op": "set_volume_envelope", "clip_id": "c3", "points": [{"frame": 30, "db": 0}, {"frame": 0, "db": -15}]}])
    apply_and_check_inverse(project, history, [{"op": "add_title", "text": "Summer", "start": 0, "duration": "3s"}])
    titles = project.tracks_by_role("titles")
    assert len(titles) == 1 and titles[0].clips[0].generator.text == "Summer"
    with pytest.raises(OperationError, match="overlap"):
        history.apply(project, [{"op": "add_title", "text": "Again", "start": "1s", "duration": "3s"}])
    apply_and_check_inverse(project, history, [{"op": "add_marker", "frame": 45, "name": "beach"}])
    apply_and_check_inverse(project, history, [{"op": "set_clip_enabled", "clip_id": "c2", "enabled": False}])
    assert project.find_clip("c2")[1].enabled is False


def test_tracks_mute_lock_remove(proj):
    project, history = proj
    apply_and_check_inverse(project, history, [{"op": "update_track", "track_id": "t3", "muted": True}])
    history.apply(project, [{"op": "update_track", "track_id": "t2", "locked": True}])
    with pytest.raises(OperationError, match="locked"):
        history.apply(project, [{"op": "remove_clip", "clip_id": "c2"}])
    with pytest.raises(OperationError, match="cannot have role"):
        history.apply(project, [{"op": "add_track", "kind": "audio", "role": "broll"}])
    history.apply(project, [{"op": "update_track", "track_id": "t2", "locked": False}])
    apply_and_check_inverse(project, history, [{"op": "remove_track", "track_id": "t2"}])
    assert project.find_track("t2") is None


def test_media_ops(proj):
    project, history = proj
    from tests.core.conftest import asset

    apply_and_check_inverse(project, history, [{"op": "import_media", "asset": asset("food").model_dump(mode="json")}])
    assert project.media["m5"].name == "food"
    with pytest.raises(OperationError, match="used by clips"):
        history.apply(project, [{"op": "remove_media", "media_id": "m1"}])
    apply_and_check_inverse(project, history, [{"op": "update_media", "media_id": "m5", "description": "pasta"}])
    apply_and_check_inverse(project, history, [{"op": "remove_media", "media_id": "m5"}])


def test_media_kind_checks(proj):
    project, history = proj
    with pytest.raises(OperationError, match="audio-only"):
        history.apply(project, [{"op": "insert_clip", "track_id": "t1", "media_id": "m3", "start": 0}])
    with pytest.raises(OperationError, match="without sound"):
        history.apply(project, [{"op": "insert_clip", "track_id": "t3", "media_id": "m2", "start": 0}])
    with pytest.raises(OperationError, match="only 0:08.00 long"):
        history.apply(project, [{"op": "insert_clip", "track_id": "t2", "media_id": "m2", "start": 0, "duration": "9s"}])
    # stills default to 5 s and can be any length
    history.apply(project, [{"op": "overwrite_clip", "track_id": "t2", "media_id": "m4", "start": "12s"}])
    assert project.track("t2").clips[-1].duration == s(5)


def test_batch_is_all_or_nothing(proj):
    project, history = proj
    before = project.model_copy(deep=True)
    with pytest.raises(BatchError) as err:
        history.apply(project, [
            {"op": "set_volume", "clip_id": "c1", "db": -3},
            {"op": "split_clip", "clip_id": "c1", "at": "5s"},
            {"op": "move_clip", "clip_id": "c99", "start": 0},
        ])
    assert "step 3 of 3" in str(err.value) and "c99" in str(err.value)
    assert project == before


def test_unknown_ids_suggest_real_ones(proj):
    project, history = proj
    with pytest.raises(OperationError, match="did you mean c1"):
        history.apply(project, [{"op": "remove_clip", "clip_id": "c11"}])
    with pytest.raises(OperationError, match="did you mean split_clip"):
        parse_operation({"op": "split_clips", "clip_id": "c1", "at": 3})
    with pytest.raises(OperationError, match="unknown field"):
        parse_operation({"op": "split_clip", "clip_id": "c1", "at": 3, "bogus": 1})
    with pytest.raises(OperationError, match="whole number"):
        parse_operation({"op": "split_clip", "clip_id": "c1", "at": 3.5})


def test_exact_time_at_2997(tmp_path):
    from tests.core.conftest import build_project

    project, history = build_project(fps="29.97")
    assert project.fps == Fraction(30000, 1001)
    op = parse_operation({"op": "split_clip", "clip_id": "c1", "at": "10s"}, project.fps)
    assert op.at == 300  # 10 s * 29.97 = 299.7 -> nearest frame 300
    op = parse_operation({"op": "split_clip", "clip_id": "c1", "at": "00:00:10:00"}, project.fps)
    assert op.at == 300
    # many small edits never drift: positions stay integers
    for k in range(1, 40):
        history.apply(project, [{"op": "split_clip", "clip_id": project.track("t1").clips[-1].id, "at": project.track("t1").clips[-1].start + 7}])
    starts = [c.start for c in project.track("t1").clips]
    assert all(isinstance(v, int) for v in starts) and starts[-1] == 39 * 7


def test_every_operation_exports_a_tool_schema():
    names = operation_names()
    assert len(names) >= 25
    for name in names:
        tool = tool_schema(name)
        params = tool["function"]["parameters"]
        assert tool["function"]["name"] == name and "op" not in params["properties"]
        text = str(params)
        assert "x-time" not in text
    split = tool_schema("split_clip")["function"]["parameters"]["properties"]
    assert split["at"]["type"] == "number" and "seconds" in split["at"]["description"]


def test_seconds_units_for_tool_calls(proj):
    project, _ = proj
    op = parse_operation({"op": "split_clip", "clip_id": "c1", "at": 2.5}, project.fps, units="seconds")
    assert op.at == 75


@pytest.mark.parametrize("op", [
    {"op": "split_clip", "clip_id": "c1", "at": 30, "new_clip_id": "c2"},
    {"op": "insert_clip", "track_id": "t2", "media_id": "m2", "start": "12s", "clip_id": "c3"},
    {"op": "add_title", "text": "x", "duration": 10, "clip_id": "<clip_id>"},
    {"op": "add_track", "kind": "video", "role": "broll", "track_id": "t1"},
    {"op": "add_marker", "frame": 1, "marker_id": "c1"},
])
def test_explicit_new_ids_must_be_fresh(proj, op):
    project, history = proj
    before = project.model_copy(deep=True)
    with pytest.raises(OperationError, match="already used or not a valid id"):
        history.apply(project, [op])
    assert project == before
