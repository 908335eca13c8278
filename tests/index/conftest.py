"""Fixtures for the context index: the demo project in code, and a journaled session."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from editor_app.index import ContextIndex, HashedEmbedding
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

DEMO_TRANSCRIPT = [
    (0.0, 8.5, "Hi everyone and welcome back to the channel! Today I want to tell you about our summer."),
    (10.0, 19.0, "First we spent a week at the beach, swimming in the sea and lying on the sand in the sun."),
    (20.5, 30.0, "The food was amazing: fresh fish, grilled vegetables and the best pasta we ever had."),
    (31.5, 41.0, "Then we drove up into the mountains and went hiking on a trail to a glacier lake."),
    (42.2, 50.0, "On the way home the train was two hours late and we missed our connection."),
    (51.2, 58.5, "Thanks for watching, and don't forget to subscribe for more videos!"),
]


def segments(rows) -> tuple[TranscriptSegment, ...]:
    return tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in rows)


def demo_media() -> list[MediaAsset]:
    return [
        MediaAsset(id="m1", name="vlog.mp4", path="/media/vlog.mp4", kind="video", duration=Fraction(60),
                   has_audio=True, has_video=True, description="Talking head: me telling the story of our summer",
                   transcript=segments(DEMO_TRANSCRIPT)),
        MediaAsset(id="m2", name="beach.mp4", path="/media/beach.mp4", kind="video", duration=Fraction(12),
                   has_video=True, description="Waves rolling onto a sandy beach at sunset", tags=("beach", "sea")),
        MediaAsset(id="m3", name="food.mp4", path="/media/food.mp4", kind="video", duration=Fraction(8),
                   has_video=True, description="Plates of pasta and grilled fish on a restaurant table"),
        MediaAsset(id="m4", name="mountains.mp4", path="/media/mountains.mp4", kind="video",
                   duration=Fraction(15), has_video=True,
                   description="Hikers on a rocky trail below snowy peaks, drone shot"),
        MediaAsset(id="m5", name="music.mp3", path="/media/music.mp3", kind="audio", duration=Fraction(90),
                   has_audio=True, description="Upbeat acoustic guitar track"),
    ]


@pytest.fixture
def demo_project() -> Project:
    project = Project(name="summer")
    for media in demo_media():
        project.media[media.id] = media
    return project


class CountingEmbedding(HashedEmbedding):
    """The offline embedding, counting what it embeds (documents vs queries)."""


@pytest.fixture
def embedding() -> CountingEmbedding:
    return CountingEmbedding()


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "project"


@pytest.fixture
def demo_index(index_dir: Path, demo_project: Project, embedding):
    index = ContextIndex.open(index_dir, embedding=embedding)
    index.sync(demo_project, [])
    yield index
    index.close()


@pytest.fixture
def edited_session(tmp_path: Path):
    """A real Session with journaled batches by the user and by agents."""
    from editor_app.model.effects import FadeIn
    from editor_app.model.operations import AddEffect, ImportMedia, parse_operation
    from editor_app.session import Session

    session = Session.create(tmp_path / "edited", name="summer")
    session.apply([ImportMedia(asset=m) for m in demo_media()], "Import 5 files")
    fps = session.project.fps
    tracks = [{"op": "add_track", "kind": "video", "role": "main", "name": "Main"},
              {"op": "add_track", "kind": "audio", "role": "music", "name": "Music"}]
    session.apply([parse_operation(t, fps) for t in tracks], "Add tracks")
    main, music = session.project.tracks[0].id, session.project.tracks[1].id
    clips = [
        {"op": "insert_clip", "track_id": main, "media_id": "m1", "start": 0, "duration": 255, "name": "Intro"},
        {"op": "insert_clip", "track_id": main, "media_id": "m2", "start": 255, "duration": 300},
        {"op": "insert_clip", "track_id": music, "media_id": "m5", "start": 0, "duration": 555,
         "name": "Background music"},
    ]
    session.apply([parse_operation(c, fps) for c in clips], "Rough cut", author="agent:timeline", turn_id="1")
    intro = next(c for c in session.project.clips() if c.name == "Intro")
    song = next(c for c in session.project.clips() if c.name == "Background music")
    session.apply([AddEffect(clip_id=intro.id, effect=FadeIn(duration=30))], "Fade in the opening",
                  author="agent:effects", turn_id="2")
    session.apply([parse_operation({"op": "set_volume", "clip_id": song.id, "db": -12}, fps)],
                  "Lower the soundtrack", author="agent:audio", turn_id="3")
    return session
