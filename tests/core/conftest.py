from __future__ import annotations

import pytest

from editor_app.model.history import History
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import MediaAsset, Project, Settings


def asset(name: str, seconds: float = 20, kind: str = "video", audio: bool = True) -> MediaAsset:
    return MediaAsset(
        id="",
        name=name,
        path=f"/media/{name}.mp4",
        kind=kind,
        duration=None if kind == "image" else seconds,
        fps=30 if kind != "audio" else None,
        has_audio=audio,
        has_video=kind != "audio",
    )


def build_project(fps="30") -> tuple[Project, History]:
    """talk (20 s) on the main track, beach on B-roll at 5 s, music on an audio track."""
    project = Project(settings=Settings(fps=fps))
    history = History()
    history.apply(
        project,
        [
            ImportMedia(asset=asset("talk", 20)),
            ImportMedia(asset=asset("beach", 8, audio=False)),
            ImportMedia(asset=asset("music", 30, kind="audio")),
            ImportMedia(asset=asset("logo", kind="image", audio=False)),
            AddTrack(kind="video", role="main"),
            AddTrack(kind="video", role="broll"),
            AddTrack(kind="audio", role="music"),
        ],
    )
    history.apply(
        project,
        [
            {"op": "insert_clip", "track_id": "t1", "media_id": "m1", "start": 0},
            {"op": "overwrite_clip", "track_id": "t2", "media_id": "m2", "start": "5s", "duration": "4s"},
            {"op": "insert_clip", "track_id": "t3", "media_id": "m3", "start": 0, "duration": "20s"},
        ],
    )
    return project, history


@pytest.fixture
def proj():
    return build_project()
