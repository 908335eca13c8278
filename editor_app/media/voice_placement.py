"""Speech that arrives as a sound file (a voice memo, a voice-over) belongs on a voice track.

Why: `import --place` (and the window's "Add to timeline") puts audio-only media on the Music
track before speech to text has run.
A voice memo left there is not "the talk": "cut out the ums" then answered that nothing was
transcribed, and ducking would have lowered the voice under itself. Once the words are known,
these operations move such clips to a Voice track (made in the same batch when missing): the
CLI right after its transcription, the window when its background transcription finishes
(``spoken_clip_groups`` + ``voice_moves``, one undoable step after the transcript's own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, MoveClip, Operation, OperationError
from editor_app.model.placement import next_id
from editor_app.model.project import Project


def voice_track_ops(project: Project, clip_ids: list[str]) -> list[Operation]:
    """Move the given clips of spoken audio-only media off the music track onto a voice track.

    ``clip_ids`` were just placed one after another; both lanes then start where the placement
    started (a voice memo imported with a music bed has the music under it, not after it)."""
    placed = [found for found in map(project.find_clip, clip_ids) if found and found[0].role == "music"]
    spoken = [clip.id for _track, clip in placed if _is_spoken(project, clip.media_id)]
    if not spoken:
        return []
    ops: list[Operation] = []
    voice_id = next((t.id for t in project.tracks if t.kind == "audio" and t.role == "voice" and not t.locked), None)
    if voice_id is None:
        add = AddTrack(kind="audio", role="voice", name="Voice", track_id=next_id(project, "track"))
        ops.append(add)
        voice_id = add.track_id or ""
    base = min(clip.start for _track, clip in placed)
    voice_at = music_at = base
    for _track, clip in sorted(placed, key=lambda found: found[1].start):
        if clip.id in spoken:
            ops.append(MoveClip(clip_id=clip.id, track_id=voice_id, start=voice_at))
            voice_at += clip.duration
        else:
            if clip.start != music_at:
                ops.append(MoveClip(clip_id=clip.id, start=music_at))
            music_at += clip.duration
    return ops


def _is_spoken(project: Project, media_id: str | None) -> bool:
    media = project.media.get(media_id or "")
    return media is not None and media.kind == "audio" and bool(media.words)


def spoken_clip_groups(project: Project, media_ids: Iterable[str],
                       placements: Sequence[Sequence[str]] = ()) -> list[list[str]]:
    """Clips of ``media_ids`` (just transcribed, now speech) that sit on a music track, grouped
    as they were placed: a recorded placement (clip ids added together, e.g. a memo and its music
    bed) stays one group, so the bed moves under the memo; any other such clip is a group of one
    and keeps its time."""
    wanted = {m for m in media_ids if _is_spoken(project, m)}
    on_music = [clip.id for track in project.tracks if track.role == "music" for clip in track.clips
                if clip.media_id in wanted]
    groups: list[list[str]] = []
    seen: set[str] = set()
    for clip_id in on_music:
        if clip_id in seen:
            continue
        group = next((list(g) for g in placements if clip_id in g), [clip_id])
        group = [c for c in group if c not in seen and project.find_clip(c) is not None]
        seen.update(group)
        groups.append(group)
    return groups


def voice_moves(project: Project, groups: Sequence[Sequence[str]]) -> list[Operation]:
    """``voice_track_ops`` for each group in turn, as one list (one batch, one undo)."""
    scratch = project.clone()
    ops: list[Operation] = []
    for group in groups:
        step = voice_track_ops(scratch, list(group))
        try:
            apply_all(scratch, step)
        except OperationError:  # the Voice track is taken there: this group stays where it was placed
            continue
        ops.extend(step)
    return ops
