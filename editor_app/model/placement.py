"""Where media lands on the timeline: the starter tracks and "append / insert at the playhead".

One function serves the CLI (`import --place`), the window ("Add to timeline", drops) and
chat ("put the vlog on the timeline"), so all three place media the same way:
- video and images go on the main video track, audio-only media on the music track, or on a
  voice track once its transcript has words (a voice memo, a voice-over: the talk, not music);
- a missing track is created in the same batch (so one undo takes both back);
- images get the default still length; clips follow each other in the order given.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, InsertClip, Operation, OperationError
from editor_app.model.project import ID_PREFIXES, MediaAsset, Project, Track


@dataclass(frozen=True)
class StarterTrack:
    kind: str
    role: str
    name: str


# What a new project starts with: the lanes people expect, bottom to top as the list is ordered.
STARTER_TRACKS: tuple[StarterTrack, ...] = (
    StarterTrack("video", "main", "Main"),
    StarterTrack("video", "broll", "B-roll"),
    StarterTrack("audio", "music", "Music"),
)


def starter_track_ops() -> list[Operation]:
    return [AddTrack(kind=t.kind, role=t.role, name=t.name) for t in STARTER_TRACKS]  # type: ignore[arg-type]


def wants_audio_track(asset: MediaAsset) -> bool:
    return asset.kind == "audio" or (not asset.has_video and asset.kind != "image")


def is_spoken_audio(asset: MediaAsset) -> bool:
    return wants_audio_track(asset) and bool(asset.words)


def default_track(project: Project, asset: MediaAsset) -> Track | None:
    """The unlocked track this media goes on by default, or None when one must be made."""
    if is_spoken_audio(asset):
        return next((t for t in project.tracks if t.kind == "audio" and t.role == "voice" and not t.locked), None)
    if wants_audio_track(asset):
        audio = [t for t in project.tracks if t.kind == "audio" and not t.locked]
        return next((t for t in audio if t.role == "music"), audio[0] if audio else None)
    videos = [t for t in project.tracks if t.kind == "video" and not t.locked]
    return next((t for t in videos if t.role == "main"), None)


def next_id(project: Project, kind: str) -> str:
    """The id the project will give its next object of ``kind`` (without taking it)."""
    prefix = ID_PREFIXES[kind]
    return f"{prefix}{project.id_counters.get(prefix, 0) + 1}"


def _voice_track_op(project: Project) -> AddTrack:
    """The Voice track spoken audio (a memo, a voice-over) gets when the project has none."""
    return AddTrack(kind="audio", role="voice", name="Voice", track_id=next_id(project, "track"))


def _new_track_op(project: Project, asset: MediaAsset) -> AddTrack:
    if is_spoken_audio(asset):
        return _voice_track_op(project)
    if wants_audio_track(asset):
        return AddTrack(kind="audio", role="music", name="Music", track_id=next_id(project, "track"))
    # a new main track goes first in the list (the bottom of the stack, under any B-roll)
    return AddTrack(kind="video", role="main", name="Main", index=0, track_id=next_id(project, "track"))


def placement_ops(
    project: Project,
    media_ids: list[str],
    *,
    track_id: str | None = None,
    at: int | None = None,
) -> list[Operation]:
    """Operations that put ``media_ids`` on the timeline one after another.

    ``at=None`` appends after the last clip of the target track; a frame inserts there (ripple:
    later clips move right), the next media following the previous one. ``track_id`` forces
    the track (it must accept the media). Raises OperationError with the reason otherwise.
    """
    scratch = project.clone()
    ops: list[Operation] = []
    cursor: dict[str, int] = {}
    for media_id in media_ids:
        asset = scratch.media.get(media_id)
        if asset is None:
            raise OperationError(f"there is no media {media_id!r}")
        if track_id is not None:
            track = scratch.find_track(track_id)
            if track is None:
                raise OperationError(f"there is no track {track_id!r}")
        else:
            track = default_track(scratch, asset)
            if track is None:
                add = _new_track_op(scratch, asset)
                apply_all(scratch, [add])
                ops.append(add)
                track = scratch.track(add.track_id or "")
        start = cursor.get(track.id, track.end if at is None else at)
        insert = InsertClip(track_id=track.id, media_id=media_id, start=start, name=asset.name, clip_id=next_id(scratch, "clip"))
        insert.validate(scratch)
        apply_all(scratch, [insert])
        ops.append(insert)
        cursor[track.id] = start + insert.resolved_duration(scratch)
    return ops


def track_move_index(project: Project, track_id: str, where: str) -> int | None:
    """The list index that moves a track ``where`` ("up", "down", "top", "bottom") as the
    timeline shows it: video tracks stack upwards (the last is on top), audio tracks list
    downwards under them. None when it is already there.
    """
    track = project.track(track_id)
    same = [i for i, t in enumerate(project.tracks) if t.kind == track.kind]
    pos = same.index(project.tracks.index(track))
    # rows as shown, top first: video reversed, audio in order
    shown = list(reversed(same)) if track.kind == "video" else same
    row = shown.index(same[pos])
    target_row = {"up": row - 1, "down": row + 1, "top": 0, "bottom": len(shown) - 1}[where]
    if not 0 <= target_row < len(shown) or target_row == row:
        return None
    return shown[target_row]


def new_track_for(project: Project, asset: MediaAsset) -> AddTrack:
    """A track made for media dropped below the tracks: main video if none, else B-roll; audio on Music
    (spoken audio on Voice)."""
    if is_spoken_audio(asset):
        return _voice_track_op(project)
    if wants_audio_track(asset):
        role, name = ("music", "Music") if not project.tracks_by_role("music") else ("sfx", "Audio")
        return AddTrack(kind="audio", role=role, name=name, track_id=next_id(project, "track"))  # type: ignore[arg-type]
    if not [t for t in project.tracks if t.kind == "video" and t.role == "main"]:
        return AddTrack(kind="video", role="main", name="Main", index=0, track_id=next_id(project, "track"))
    return AddTrack(kind="video", role="broll", name="B-roll", track_id=next_id(project, "track"))


def drop_on_new_track_ops(project: Project, media_id: str, start: int) -> list[Operation]:
    """A new track for the media and the clip on it at ``start``: one batch, one undo."""
    from editor_app.model.operations import OverwriteClip

    asset = project.media.get(media_id)
    if asset is None:
        raise OperationError(f"there is no media {media_id!r}")
    add = new_track_for(project, asset)
    return [add, OverwriteClip(track_id=add.track_id or "", media_id=media_id, start=max(0, start), name=asset.name)]
