"""Change events name what changed (tracks, clips, media), so a view can update only that."""

from __future__ import annotations

from editor_app.model.operations import AddTrack, MoveClip, SetVolume, SplitClip, UpdateMedia
from tests.chat.conftest import fake_asset


def _listen(session):
    seen = []
    session.subscribe(seen.append)
    return seen


def test_an_edit_and_its_undo_and_redo_name_the_clip_and_track(session):
    seen = _listen(session)
    session.apply([SetVolume(clip_id="c3", db=-6)], "quieter music")
    session.undo()
    session.redo()
    for change in seen:
        assert change.clips == {"c3"} and change.tracks == {"t3"} and not change.media
        assert not change.touched.track_order and not change.touched.everything
    assert [c.kind for c in seen] == ["apply", "undo", "redo"]


def test_split_adds_a_clip_and_a_move_between_tracks_is_a_change(session):
    seen = _listen(session)
    session.apply([SplitClip(clip_id="c1", at=300)], "split")
    assert seen[-1].touched.added_clips == {"c4"} and seen[-1].clips == {"c1", "c4"} and seen[-1].tracks == {"t1"}
    session.apply([MoveClip(clip_id="c2", track_id="t1", start=700, mode="overwrite")], "move")
    moved = seen[-1]
    assert "c2" in moved.clips and not moved.touched.removed_clips and not moved.touched.added_clips
    assert moved.tracks >= {"t1", "t2"}
    session.undo()
    assert seen[-1].touched.removed_clips == set() and "c2" in seen[-1].clips


def test_tracks_and_media_changes_are_named(session):
    seen = _listen(session)
    session.apply([AddTrack(kind="video", role="titles", name="Titles")], "track")
    assert seen[-1].touched.track_order and seen[-1].tracks == {"t4"} and not seen[-1].clips
    session.apply([UpdateMedia(media_id="m2", description="waves on a beach")], "describe")
    assert seen[-1].media == {"m2"} and not seen[-1].clips and not seen[-1].tracks
    from editor_app.model.operations import ImportMedia

    session.apply([ImportMedia(asset=fake_asset("intro", 3))], "import")
    assert seen[-1].media == {"m4"}
