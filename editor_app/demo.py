"""The demo project: generated media (no downloads) assembled through ordinary operations."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.session import Session

DEMO_ORDER = ("talk", "beach", "food", "mountains", "music")


def create_demo_project(target: str | Path) -> Session:
    """Write media under ``target/media`` and a project whose timeline holds the talk and music."""
    from editor_app.media.demo_media import generate_demo_media
    from editor_app.media.importer import build_asset

    target = Path(target).expanduser().resolve()
    media_dir = target / "media"
    media_dir.mkdir(parents=True, exist_ok=True)
    items = generate_demo_media(media_dir)
    session = Session.create(target, name="Summer holiday (demo)", fps=30, width=1280, height=720)
    imports = []
    for name in DEMO_ORDER:
        item = items[name]
        asset = build_asset(item.path, name=name, description=item.description, tags=tuple(item.tags))
        imports.append(ImportMedia(asset=asset))
    session.apply(imports, "Import demo media")
    ids = {m.name: m.id for m in session.project.media.values()}
    talk = session.project.media[ids["talk"]]
    talk_frames = int(Fraction(talk.duration) * session.project.fps)
    session.apply(
        [
            AddTrack(kind="video", role="main", name="Main"),
            AddTrack(kind="video", role="broll", name="B-roll"),
            AddTrack(kind="audio", role="music", name="Music"),
        ],
        "Add tracks",
    )
    main, _broll, music = session.project.tracks
    session.apply(
        [
            InsertClip(track_id=main.id, media_id=ids["talk"], start=0, name="talk"),
            InsertClip(track_id=music.id, media_id=ids["music"], start=0, duration=talk_frames, name="music", volume_db=-8.0),
        ],
        "Put the talk and the music on the timeline",
    )
    return session
