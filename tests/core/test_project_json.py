"""project.json's body with cached asset fragments equals a plain dump, and follows every change."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import MediaAsset, Project, TranscriptWord
from editor_app.model.project_json import project_body
from editor_app.model.relative_paths import store_paths


def _plain(project: Project, root: Path | None) -> str:
    data = project.model_dump(mode="json")
    return json.dumps(store_paths(data, root) if root is not None else data, ensure_ascii=False, separators=(",", ":"))


def _project(root: Path) -> Project:
    project = Project(name="Ünïcode \"quoted\" trip")
    words = tuple(TranscriptWord(start=i * 0.5, end=i * 0.5 + 0.3, text=f"wörd{i}.") for i in range(200))
    for op in (ImportMedia(asset=MediaAsset(id="", name="talk", path=str(root / "media" / "talk.wav"), kind="audio",
                                             duration=Fraction(100), has_audio=True, words=words)),
               ImportMedia(asset=MediaAsset(id="", name="far away", path="/elsewhere/b roll.mp4", kind="video",
                                             duration=Fraction(5), fps=Fraction(30000, 1001), has_video=True,
                                             tags=("aerial",))),
               AddTrack(kind="audio", role="voice", name="Voice")):
        op.validate(project)
        op.apply(project)
    op = InsertClip(track_id=project.tracks[0].id, media_id="m1", start=0)
    op.validate(project)
    op.apply(project)
    return project


def test_body_is_byte_for_byte_a_plain_dump(tmp_path: Path) -> None:
    project = _project(tmp_path)
    for root in (None, tmp_path, tmp_path / "elsewhere"):
        assert project_body(project, root) == _plain(project, root)
        assert project_body(project, root) == _plain(project, root)  # from the cache this time


def test_body_follows_a_replaced_asset_and_a_moved_folder(tmp_path: Path) -> None:
    project = _project(tmp_path)
    first = project_body(project, tmp_path)
    assert '"path":"media/talk.wav"' in first
    project.media["m1"] = project.media["m1"].model_copy(update={"description": "new words"})
    second = project_body(project, tmp_path)
    assert second == _plain(project, tmp_path) and '"description":"new words"' in second
    moved = project_body(project, tmp_path / "other")
    assert moved == _plain(project, tmp_path / "other") and str(tmp_path / "media" / "talk.wav") in moved


def test_the_demo_sized_session_round_trips(tmp_path: Path) -> None:
    from editor_app.session import Session

    session = Session.create(tmp_path / "p", fps=25)
    session.apply([ImportMedia(asset=MediaAsset(id="", name="clip", path=str(tmp_path / "p" / "clip.mp4"), kind="video",
                                                 duration=Fraction(4), has_video=True))], "import")
    session.apply([AddTrack(kind="video", role="main", name="Main")], "track")
    session.apply([InsertClip(track_id=session.project.tracks[0].id, media_id="m1", start=0)], "place")
    session.close()
    reopened = Session.open(tmp_path / "p")
    assert [c.media_id for c in reopened.project.tracks[0].clips] == ["m1"]
    assert reopened.project.media["m1"].path == str(tmp_path / "p" / "clip.mp4")
    reopened.close()


def test_state_hash_is_the_hash_of_the_whole_body_through_every_kind_of_change(tmp_path: Path) -> None:
    """The state hash reuses the hash of everything up to the media while that is unchanged:
    it must still equal blake2b of the whole body after timeline, media, name and folder changes."""
    import hashlib

    from editor_app.model.operations import SplitClip
    from editor_app.model.project_json import project_body_state

    def whole(project: Project, root: Path | None) -> str:
        return hashlib.blake2b(_plain(project, root).encode("utf-8"), digest_size=8).hexdigest()

    project = _project(tmp_path)
    last: dict[Path | None, str] = {}
    steps = [lambda: None,
             lambda: SplitClip(clip_id=project.tracks[0].clips[0].id, at=30).apply(project),  # after media only
             lambda: project.media.__setitem__("m2", project.media["m2"].model_copy(update={"tags": ("sea",)})),
             lambda: setattr(project, "name", "Renamed ✂"),
             lambda: project.media.pop("m2")]
    for k, step in enumerate(steps):
        step()
        for root in (tmp_path, None, tmp_path / "moved"):
            for _ in range(2):  # computed, then from the cached head
                body, state = project_body_state(project, root)
                assert body == _plain(project, root)
                assert state == whole(project, root)
            assert k == 0 or state != last[root]  # every change gives a new state
            last[root] = state
