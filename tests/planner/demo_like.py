"""A project shaped like the demo (same ids, tracks, media names, transcript times), built in code: no media files."""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, OverwriteClip, SplitClip
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment

TRANSCRIPT = [
    (0.5, 9.0, "Hi everyone, welcome back. Today I want to tell you about my summer holiday."),
    (10.0, 19.0, "First we went to the beach. The sea was warm and we swam in the waves every morning."),
    (20.5, 30.0, "Then the food. We ate fresh pasta and seafood at a little restaurant by the market."),
    (31.5, 41.0, "After that we went hiking in the mountains. The trail to the summit had amazing views."),
    (42.2, 50.0, "We came home by train, a long trip through the countryside."),
    (51.0, 58.5, "That's it for today. Thanks for watching and see you next time."),
]

MEDIA = [
    ("talk", "video", 60, True, "Me talking to camera about the summer trip", ("talk", "interview")),
    ("beach", "video", 8, False, "Waves on a sandy beach, blue sea", ("beach", "sea", "holiday")),
    ("food", "video", 7, False, "Plates of pasta and seafood on a table", ("food", "meal")),
    ("mountains", "video", 6, False, "Hiking trail with mountain peaks", ("mountains", "hiking")),
    ("music", "audio", 90, True, "Upbeat background music", ("music",)),
]


def demo_like_project(split_at: float | None = None, broll: dict[str, float] | None = None) -> Project:
    """m1 talk .. m5 music; t1 main (c1 talk), t2 broll (empty), t3 music (c2, -8 dB).

    ``split_at`` splits the talk (the right half becomes c3); ``broll`` places media by name at times on t2.
    """
    project = Project(name="demo-like", settings=Settings(fps=30, width=1280, height=720))
    ops = []
    for name, kind, duration, audio, description, tags in MEDIA:
        transcript = tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in TRANSCRIPT) if name == "talk" else ()
        ops.append(ImportMedia(asset=MediaAsset(
            id="", name=name, path=f"/nonexistent/{name}.mp4", kind=kind, duration=Fraction(duration),
            fps=Fraction(30) if kind == "video" else None, has_audio=audio, has_video=kind == "video",
            description=description, tags=tags, transcript=transcript,
        )))
    apply_all(project, ops)
    ids = {m.name: m.id for m in project.media.values()}
    apply_all(project, [
        AddTrack(kind="video", role="main", name="Main"),
        AddTrack(kind="video", role="broll", name="B-roll"),
        AddTrack(kind="audio", role="music", name="Music"),
    ])
    main, broll_track, music = project.tracks
    apply_all(project, [
        InsertClip(track_id=main.id, media_id=ids["talk"], start=0, name="talk"),
        InsertClip(track_id=music.id, media_id=ids["music"], start=0, duration=60 * 30, name="music", volume_db=-8.0),
    ])
    if split_at is not None:
        apply_all(project, [SplitClip(clip_id="c1", at=round(split_at * 30))])
    for name, at in (broll or {}).items():
        apply_all(project, [OverwriteClip(track_id=broll_track.id, media_id=ids[name], start=round(at * 30), duration=5 * 30)])
    return project
