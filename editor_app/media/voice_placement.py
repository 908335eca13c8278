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
    """Move the given clips of spoken audio-only media off the music track onto a voice track."""
    ops: list[Operation] = []
    voice_id = next((t.id for t in project.tracks if t.kind == "audio" and t.role == "voice" and not t.locked), None)
    for clip_id in clip_ids:
        found = project.find_clip(clip_id)
        if not found:
            continue
        track, clip = found
        media = project.media.get(clip.media_id or "")
        if media is None or media.kind != "audio" or not media.words or track.role != "music":
            continue
        if voice_id is None:
            add = AddTrack(kind="audio", role="voice", name="Voice", track_id=next_id(project, "track"))
            ops.append(add)
            voice_id = add.track_id or ""
        ops.append(MoveClip(clip_id=clip.id, track_id=voice_id, start=clip.start))
    return ops
