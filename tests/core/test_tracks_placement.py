"""Track operations (move, relink), starter tracks, placement rules and relative media paths, on the model."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from editor_app.model.history import apply_all
from editor_app.model.relative_paths import from_stored, load_paths, store_paths, to_stored
from editor_app.model.operations import AddTrack, ImportMedia, MoveTrack, OperationError, RelinkMedia, RemoveTrack, UpdateTrack
from editor_app.model.placement import drop_on_new_track_ops, placement_ops, starter_track_ops, track_move_index
from editor_app.model.project import MediaAsset, Project


def asset(name: str, kind: str = "video", seconds: float | None = 4.0, has_audio: bool = True) -> MediaAsset:
    return MediaAsset(id="", name=name, path=f"/footage/{name}", kind=kind, has_audio=has_audio,  # type: ignore[arg-type]
                      has_video=kind != "audio", duration=None if seconds is None else Fraction(seconds).limit_denominator())


def project_with(*assets: MediaAsset, starter: bool = True) -> Project:
    project = Project(settings={"fps": "30000/1001"})
    apply_all(project, [*(starter_track_ops() if starter else []), *(ImportMedia(asset=a) for a in assets)])
    return project


def test_starter_tracks():
    project = project_with()
    assert [(t.kind, t.role, t.name) for t in project.tracks] == [
        ("video", "main", "Main"), ("video", "broll", "B-roll"), ("audio", "music", "Music")]


def test_placement_appends_in_order_and_routes_audio_and_stills():
    project = project_with(asset("a.mp4", seconds=2), asset("b.png", "image", None, False), asset("song.wav", "audio", 3))
    ops = placement_ops(project, ["m1", "m2", "m3"])
    apply_all(project, ops)
    main, _broll, music = project.tracks
    fps = project.fps
    assert [c.media_id for c in main.clips] == ["m1", "m2"]
    first, second = main.clips
    assert first.start == 0 and first.duration == int(2 * fps) and second.start == first.end
    assert second.duration == int(5 * fps)  # a still gets the default length
    assert [c.media_id for c in music.clips] == ["m3"]
    # appending again goes after the last clip; at a frame it inserts and pushes later clips right
    apply_all(project, placement_ops(project, ["m1"]))
    assert main.clips[-1].start == second.end
    apply_all(project, placement_ops(project, ["m1"], at=10))
    assert main.clips[1].start == 10 and main.clips[0].end == 10  # the first clip was split at the playhead


def test_placement_creates_missing_tracks_in_the_same_batch():
    project = project_with(asset("a.mp4"), asset("song.wav", "audio"), starter=False)
    ops = placement_ops(project, ["m1", "m2"])
    assert [op.op for op in ops] == ["add_track", "insert_clip", "add_track", "insert_clip"]
    apply_all(project, ops)
    assert {(t.kind, t.role) for t in project.tracks} == {("video", "main"), ("audio", "music")}
    locked = project_with(asset("a.mp4"))
    apply_all(locked, [UpdateTrack(track_id="t1", locked=True)])
    ops = placement_ops(locked, ["m1"])  # the main track is locked: a new one, never the locked one
    assert ops[0].op == "add_track"
    with pytest.raises(OperationError):
        placement_ops(locked, ["m9"])


def test_drop_on_new_track():
    project = project_with(asset("a.mp4"), asset("b.mp4"))
    apply_all(project, drop_on_new_track_ops(project, "m2", 15))
    added = project.tracks[-1]
    assert (added.kind, added.role) == ("video", "broll") and added.clips[0].start == 15


def test_move_track_follows_the_displayed_stack_and_undoes():
    project = project_with()
    apply_all(project, [AddTrack(kind="audio", role="voice", name="Voice")])
    order = lambda: [t.name for t in project.tracks]  # noqa: E731
    # video: the last in the list is drawn on top, so "up" moves towards the end
    assert track_move_index(project, "t1", "up") == 1
    assert track_move_index(project, "t2", "up") is None
    # audio: listed downwards under the video, so "up" moves towards the start
    assert track_move_index(project, "t4", "up") == 2
    assert track_move_index(project, "t3", "down") == 3
    inverses = apply_all(project, [MoveTrack(track_id="t1", index=1)])
    assert order() == ["B-roll", "Main", "Music", "Voice"]
    for inverse in reversed(inverses):
        inverse.apply(project)
    assert order() == ["Main", "B-roll", "Music", "Voice"]
    with pytest.raises(OperationError, match="past the last track"):
        MoveTrack(track_id="t1", index=9).validate(project)


def test_track_rename_lock_remove_and_relink_ops():
    project = project_with(asset("a.mp4"))
    apply_all(project, [UpdateTrack(track_id="t2", name="Cutaways"), UpdateTrack(track_id="t2", locked=True)])
    with pytest.raises(OperationError, match="locked"):
        UpdateTrack(track_id="t2", name="Other").validate(project)
    apply_all(project, [RemoveTrack(track_id="t3")])
    assert [t.name for t in project.tracks] == ["Main", "Cutaways"]
    before = project.media["m1"]
    apply_all(project, [RelinkMedia(media_id="m1", path="/new/place/a.mp4")])
    assert project.media["m1"] == before.model_copy(update={"path": "/new/place/a.mp4"})


def test_media_paths_stored_relative_inside_the_folder(tmp_path):
    root = tmp_path / "proj"
    inside, outside = str(root / "media" / "a b.mp4"), "/elsewhere/c.mp4"
    assert to_stored(inside, root) == "media/a b.mp4"
    assert to_stored(outside, root) == outside
    assert to_stored(str(tmp_path / "projother" / "x.mp4"), root) == str(tmp_path / "projother" / "x.mp4")
    assert from_stored("media/a b.mp4", tmp_path / "moved") == str(tmp_path / "moved" / "media" / "a b.mp4")
    record = {"ops": [{"op": "import_media", "asset": {"id": "", "name": "a", "kind": "video", "path": inside}},
                      {"op": "relink_media", "media_id": "m1", "path": inside},
                      {"op": "restore_state", "media": {"m1": {"id": "m1", "name": "a", "kind": "video", "path": inside}}}],
              "label": "path: not a media path"}
    stored = store_paths(record, root)
    assert stored["ops"][0]["asset"]["path"] == stored["ops"][1]["path"] == stored["ops"][2]["media"]["m1"]["path"] == "media/a b.mp4"
    assert stored["label"] == record["label"]
    assert load_paths(stored, root) == record
    # a project copied without its media still finds the originals where it was saved
    (root / "media").mkdir(parents=True)
    Path(inside).write_bytes(b"x")
    assert from_stored("media/a b.mp4", tmp_path / "copy", str(root)) == inside
