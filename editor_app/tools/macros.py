"""Macro tools: typed functions that expand a high-level request into operations.

Why macros: a model should say "remove the silences" or "duck the music", not guess
frame numbers or keyframes. Silences and speech come from measuring the audio
(media.analysis), ducking from media.ducking, so the numbers are computed, never invented.
Each function's signature and docstring are its tool schema (editor_app.tools.base).
Time positions arrive as frames (``Frames`` fields read seconds from tool calls).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated, Literal

from pydantic import Field

from editor_app.model.effects import FadeIn, FadeOut, Normalize
from editor_app.model.operations import (
    AddEffect,
    AddTrack,
    CutRange,
    Operation,
    OperationError,
    OverwriteClip,
    RemoveClip,
    SetVolumeEnvelope,
    TrimClip,
)
from editor_app.model.operations.base import get_clip, get_media, get_track
from editor_app.model.project import ID_PREFIXES, Clip, EnvelopePoint, Project
from editor_app.model.time import seconds_to_frames
from editor_app.model.types import ClipTarget, Frames, MediaId, TrackId
from editor_app.tools.base import ToolContext
from editor_app.tools.registry import macro
from editor_app.tools.timing import (
    SPEECH_ROLES,
    secs,
    sound_clips,
    speech_tracks,
    timeline_silences,
    timeline_speech,
)
from editor_app.tools.topics import find_topic

BROLL_DEFAULT_S = 6
BED_ROLES = ("music", "sfx")


def to_frames(project: Project, value: float, what: str) -> int:
    """Seconds as frames, with a message the model can act on."""
    try:
        return seconds_to_frames(value, project.fps)
    except (ValueError, TypeError) as exc:
        raise OperationError(f"{what}: {exc}") from exc


# ---- remove_silences -------------------------------------------------------

@macro(agents=("speech",), keywords=(r"silen(?:ces?|t\w*)(?! (?:the|my|this|that)\b)", "pauses?", "dead air"))
def remove_silences(
    ctx: ToolContext,
    min_silence: Annotated[float, Field(gt=0, le=30)] = 0.8,
    threshold_db: Annotated[float, Field(ge=-90, le=0)] = -35,
    padding: Annotated[float, Field(ge=0, le=2)] = 0.15,
    track_ids: list[TrackId] | None = None,
    start: Annotated[float | None, Field(ge=0)] = None,
    end: Annotated[float | None, Field(gt=0)] = None,
) -> list[Operation]:
    """Cut the silent stretches out of the speech (ripple), across tracks so everything stays in sync.

    Music stays one continuous bed, trimmed to the new end: cutting it at every pause would
    leave jump cuts. With explicit ``track_ids`` exactly those tracks are cut instead.

    Args:
        min_silence: Shortest pause to remove, seconds.
        threshold_db: Quieter than this (dBFS) counts as silence.
        padding: Seconds of pause kept on each side of a cut.
        track_ids: Tracks to cut; default: every unlocked track.
        start: Only silences after this time (seconds); the cuts stop at it.
        end: Only silences before this time (seconds); the cuts stop at it.
    """
    project = ctx.project
    lo = to_frames(project, start, "start") if start is not None else None
    hi = to_frames(project, end, "end") if end is not None else None
    if lo is not None and hi is not None and hi <= lo:
        raise OperationError(f"the stretch {start:g}-{end:g} s is empty", "give a start before the end")
    speech = sound_clips(project, speech_tracks(project))
    if not speech:
        raise OperationError("there is no speech to analyse: no main or voice track clip has sound")
    if track_ids is not None:
        for tid in track_ids:
            get_track(project, tid)
        cut_tracks = list(track_ids)
    else:
        cut_tracks = [t.id for t in project.tracks if not t.locked and t.role not in BED_ROLES]
    speech_start = min(c.start for c in speech)
    speech_end = max(c.end for c in speech)
    pad = to_frames(project, padding, "padding")
    cuts: list[tuple[int, int]] = []
    for start, end in timeline_silences(project, min_silence, threshold_db):
        s = to_frames(project, start + padding, "silence start")
        e = to_frames(project, end - padding, "silence end")
        if s - speech_start <= pad:
            s = speech_start  # leading silence: cut from the very start
        if speech_end - e <= pad + 1:
            e = speech_end  # trailing silence: cut to the very end, no sliver left
        if lo is not None:
            s = max(s, lo)
        if hi is not None:
            e = min(e, hi)
        if e - s >= 1:
            cuts.append((s, e))
    if not cuts:
        where = "" if lo is None and hi is None else " in that stretch"
        raise OperationError(
            f"no silences of at least {min_silence:g} s quieter than {threshold_db:g} dB were found{where}",
            "try a shorter min_silence or a higher threshold_db",
        )
    # Latest first: cutting later ranges never moves the earlier ones.
    ops: list[Operation] = [CutRange(start=s, end=e, track_ids=cut_tracks, ripple=True)
                            for s, e in sorted(cuts, reverse=True)]
    if track_ids is None:
        new_end = speech_end - sum(e - s for s, e in cuts)
        for track in project.tracks:
            if track.role not in BED_ROLES or track.locked:
                continue
            for clip in track.clips:
                if clip.start >= new_end:
                    ops.append(RemoveClip(clip_id=clip.id))
                elif clip.end > new_end:
                    ops.append(TrimClip(clip_id=clip.id, end=new_end))
    return ops


# ---- B-roll ----------------------------------------------------------------

def _next_track_id(project: Project) -> str:
    prefix = ID_PREFIXES["track"]
    number = project.id_counters.get(prefix, 0) + 1
    while project.find_track(f"{prefix}{number}"):
        number += 1
    return f"{prefix}{number}"


def _overlaps(track, start: int, end: int) -> bool:
    """True when [start, end) on ``track`` holds part of a clip already. Why: overwriting there deleted or cut short a
    clip the user never named ("put the mirror clip at 0:30" deleted the GoPro clip at 0:30); the new clip goes on a
    free B-roll track (a new one above when none is free), where it shows on top and nothing else changes."""
    return any(clip.start < end and clip.end > start for clip in track.clips)


def _broll_ops(project: Project, media_id: str, start: int, duration: int | None, track_id: str | None) -> list[Operation]:
    asset = get_media(project, media_id)
    if asset.kind == "audio":
        raise OperationError(f"{asset.id} ({asset.name}) is audio; B-roll needs a video or an image")
    ops: list[Operation] = []
    if track_id:
        track = get_track(project, track_id)
        if track.kind != "video":
            raise OperationError(f"track {track.id} is an audio track; B-roll goes on a video track")
    end_limit = project.duration
    if start >= end_limit:
        raise OperationError(f"{secs(project, start):g} s is at or past the end of the timeline "
                             f"({secs(project, end_limit):g} s)", "choose an earlier start")
    length = asset.length_frames(project.fps)
    wanted = duration if duration is not None else to_frames(project, BROLL_DEFAULT_S, "duration")
    if length is not None:
        wanted = min(wanted, int(length))
    wanted = min(wanted, end_limit - start)
    if wanted <= 0:
        raise OperationError("the B-roll would have no length there")
    if not track_id:
        broll = [t for t in project.tracks if t.role == "broll" and t.kind == "video" and not t.locked]
        free = [t for t in broll if not _overlaps(t, start, start + wanted)]
        if free:
            track_id = free[0].id
        else:  # round 15: never delete or cut short a B-roll clip nobody named; layer the new one above it
            track_id = _next_track_id(project)
            ops.append(AddTrack(kind="video", role="broll", name="B-roll", track_id=track_id))
    ops.append(OverwriteClip(track_id=track_id, media_id=asset.id, start=start, duration=wanted, name=asset.name))
    return ops


@macro(agents=("timeline",), keywords=("b-?roll",))
def place_broll(ctx: ToolContext, media_id: MediaId, start: Frames, duration: Frames | None = None,
                track_id: TrackId | None = None) -> list[Operation]:
    """Put a B-roll video or image over the main video at a time (on the B-roll track, made if missing).

    Args:
        media_id: The B-roll media, e.g. m2.
        start: Timeline time where it begins.
        duration: Length; default: the media's length, at most 6 s.
        track_id: Video track to use; default: the first B-roll track.
    """
    if duration is not None and duration <= 0:
        raise OperationError("duration must be positive")
    if start < 0:
        raise OperationError("start must not be before the timeline's start")
    return _broll_ops(ctx.project, media_id, start, duration, track_id)


@macro(agents=("timeline",))
def place_broll_for_topic(ctx: ToolContext, media_id: MediaId, topic: Annotated[str, Field(min_length=1)],
                          track_id: TrackId | None = None) -> list[Operation]:
    """Put a B-roll media over the part of the talk about a topic (found in the transcript).

    Args:
        media_id: The B-roll media, e.g. m2.
        topic: What the speech is about there, e.g. "the beach".
        track_id: Video track to use; default: the first B-roll track.
    """
    project = ctx.project
    asset = get_media(project, media_id)
    segment = find_topic(project, topic, ctx.search)
    if segment is None:
        raise OperationError(f"nothing in the transcript is about {topic!r}",
                             "use search_transcript to look, or place_broll with a start time")
    start = to_frames(project, segment["start"], "start")
    end = to_frames(project, segment["end"], "end")
    duration = max(1, end - start)
    length = asset.length_frames(project.fps)
    if length is not None:
        duration = min(duration, int(length))
    return _broll_ops(project, asset.id, start, duration, track_id)


# ---- fades, loudness -------------------------------------------------------

def _main_clips(project: Project) -> list[Clip]:
    clips = [c for t in project.tracks if t.role == "main" for c in t.clips]
    return sorted(clips, key=lambda c: c.start)


def _fade_targets(project: Project, target: str, direction: str) -> list[Clip]:
    key = target.strip().lower()
    picked: list[Clip] = []
    if key in ("video", "all"):
        main = _main_clips(project)
        if not main:
            raise OperationError("there is no clip on a main track to fade")
        picked = [main[0] if direction == "in" else main[-1]]
    if key in ("music", "all"):
        for track in project.tracks_by_role("music"):
            if track.clips:
                picked.append(track.clips[0] if direction == "in" else track.clips[-1])
        if key == "music" and not picked:
            raise OperationError("there is no music on the timeline")
    if key not in ("video", "music", "all"):
        picked = [get_clip(project, target)[1]]
    return picked


@macro(agents=("effects", "audio"), keywords=(r"fade\w*",))
def fade(ctx: ToolContext, target: ClipTarget, direction: Literal["in", "out"],
         duration: Annotated[float, Field(gt=0, le=60)]) -> list[Operation]:
    """Fade in or out: a clip id, "video" (first/last main clip), "music" (music clips) or "all".

    Args:
        target: A clip id such as c3, or "video", "music" or "all".
        direction: "in" or "out".
        duration: Fade length in seconds.
    """
    project = ctx.project
    frames = to_frames(project, duration, "duration")
    ops: list[Operation] = []
    for clip in _fade_targets(project, target, direction):
        length = min(frames, clip.duration)
        effect = FadeIn(duration=length) if direction == "in" else FadeOut(duration=length)
        ops.append(AddEffect(clip_id=clip.id, effect=effect))
    return ops


@macro(agents=("audio",), keywords=(r"normali[sz]e\w*", "lufs"))
def normalize_loudness(ctx: ToolContext, target_lufs: Annotated[float, Field(ge=-70, le=-5)] = -16,
                       target: ClipTarget = "voice") -> list[Operation]:
    """Normalise loudness (EBU R128) of the voice, the music, or one clip.

    Args:
        target_lufs: Integrated loudness to reach, LUFS.
        target: "voice", "music" or a clip id.
    """
    project = ctx.project
    key = target.strip().lower()
    if key == "voice":
        clips = sound_clips(project, [t for t in project.tracks if t.role in SPEECH_ROLES])
    elif key == "music":
        clips = sound_clips(project, project.tracks_by_role("music"))
    else:
        clips = [get_clip(project, target)[1]]
    if not clips:
        raise OperationError(f"there are no {key} clips with sound to normalise")
    return [AddEffect(clip_id=c.id, effect=Normalize(target_lufs=target_lufs)) for c in clips]


# ---- ducking ----------------------------------------------------------------

@macro(agents=("audio",), keywords=(r"duck\w*", "music"))
def duck_music(ctx: ToolContext, duck_db: Annotated[float, Field(ge=-60, le=0)] = -12,
               attack: Annotated[float, Field(ge=0, le=5)] = 0.15,
               release: Annotated[float, Field(ge=0, le=5)] = 0.4) -> list[Operation]:
    """Lower the music under speech with a volume envelope computed from the speech segments.

    Args:
        duck_db: Music gain while someone speaks, dB.
        attack: Seconds the dip starts before speech.
        release: Seconds the music takes to come back after speech.
    """
    from editor_app.media.ducking import duck_envelope

    project = ctx.project
    music = [c for t in project.tracks_by_role("music") if not t.locked for c in t.clips]
    if not music:
        raise OperationError("there is no music on the timeline to duck", "put music on a music track first")
    if not sound_clips(project, speech_tracks(project)):
        raise OperationError("there is no speech to duck under: no main or voice clip has sound")
    speech = timeline_speech(project)
    if not speech:
        raise OperationError("no speech was found in the main/voice track audio")
    ops: list[Operation] = []
    for clip in music:
        keys = duck_envelope(speech, secs(project, clip.start), float(Fraction(clip.duration) / project.fps),
                             duck_db=duck_db, attack=attack, release=release)
        points: dict[int, float] = {}
        for t, db in keys:
            frame = min(clip.duration, max(0, seconds_to_frames(t, project.fps)))
            points[frame] = max(-100.0, min(24.0, db))
        env = [EnvelopePoint(frame=f, db=d) for f, d in sorted(points.items())]
        if any(p.db != 0 for p in env):
            ops.append(SetVolumeEnvelope(clip_id=clip.id, points=env))
    if not ops:
        raise OperationError("no speech overlaps the music, so there is nothing to duck")
    return ops
