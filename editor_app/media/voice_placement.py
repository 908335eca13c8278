"""Speech that arrives as a sound file (a voice memo, a voice-over) belongs on a voice track.

Why: `import --place` puts audio-only media on the Music track before speech to text has run.
A voice memo left there is not "the talk": "cut out the ums" then answered that nothing was
transcribed, and ducking would have lowered the voice under itself. Once the words are known,
these operations move such clips to a Voice track (made in the same batch when missing).
"""

from __future__ import annotations

from editor_app.model.operations import AddTrack, MoveClip, Operation
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
