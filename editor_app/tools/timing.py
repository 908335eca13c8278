"""Source time -> timeline time, and the speech track's silences/speech on the timeline.

Why here: macros and query tools both need "where on the timeline is this moment of the
media", and audio analysis must run once per file and settings, not once per tool call.
"""

from __future__ import annotations

import threading
from fractions import Fraction
from operator import attrgetter
from typing import Any

from editor_app.model.project import Clip, Project, Track
from editor_app.model.time import seconds

Interval = tuple[float, float]
SPEECH_ROLES = ("main", "voice")

_cache: dict[tuple[Any, ...], Any] = {}
_lock = threading.Lock()


def _cached(key: tuple[Any, ...], compute):
    with _lock:
        if key in _cache:
            return _cache[key]
    value = compute()
    with _lock:
        _cache[key] = value
    return value


def _file_key(path: str) -> tuple[Any, ...]:
    from pathlib import Path

    try:
        st = Path(path).stat()
        return (path, st.st_mtime_ns, st.st_size)
    except OSError:
        return (path, None, None)


def media_silences(path: str, threshold_db: float, min_silence: float) -> list[Interval]:
    """Silences of a file in source seconds (cached per file and settings)."""
    from editor_app.media.analysis import detect_silences

    key = ("sil", *_file_key(path), threshold_db, min_silence)
    return _cached(key, lambda: detect_silences(path, threshold_db=threshold_db, min_silence=min_silence))


def media_speech(path: str, threshold_db: float = -35.0, min_silence: float = 0.5) -> list[Interval]:
    """Speech segments of a file in source seconds (cached)."""
    from editor_app.media.analysis import speech_segments

    key = ("speech", *_file_key(path), threshold_db, min_silence)
    return _cached(key, lambda: speech_segments(path, threshold_db=threshold_db, min_silence=min_silence))


def clip_source_span(project: Project, clip: Clip) -> Interval:
    """The source seconds a clip plays."""
    fps = project.fps
    return float(Fraction(clip.source_in) / fps), float(clip.source_out / fps)


def source_to_timeline(project: Project, clip: Clip, start: float, end: float) -> Interval | None:
    """Where [start, end] source seconds of the clip's media play on the timeline (clipped), or None."""
    src_in, src_out = clip_source_span(project, clip)
    s, e = max(start, src_in), min(end, src_out)
    if e <= s:
        return None
    speed = float(clip.speed)
    base = float(Fraction(clip.start) / project.fps)
    return base + (s - src_in) / speed, base + (e - src_in) / speed


_START = attrgetter("start")
_JOIN_GAP_S = 0.1  # pieces of one sentence this close on one track play as one passage


def place_source_span(project: Project, media_id: str, start: float, end: float) -> tuple[str, float, float] | None:
    """(clip id, timeline start, timeline end) of where [start, end] source seconds of ``media_id``
    play, or None: where an index hit (kept in source time) is on this timeline.

    A sentence whose filler was cut out plays in two clips back to back; the span runs over both
    (B-roll "over the part about X" covers the whole sentence, not the piece before the cut).
    Pieces elsewhere (a clip moved away, a repeat) are not joined: the first piece wins."""
    for track in project.tracks:
        first: tuple[str, float, float] | None = None
        for clip in sorted(track.clips, key=_START):  # attrgetter: a C call per clip, not a lambda
            if clip.media_id != media_id:
                continue
            if first is not None and float(Fraction(clip.start) / project.fps) > first[2] + _JOIN_GAP_S:
                break  # clips are in time order: nothing later joins the passage
            mapped = source_to_timeline(project, clip, start, end)
            if not mapped:
                continue
            if first is None:
                first = (clip.id, mapped[0], mapped[1])
            elif first[2] - 1e-3 <= mapped[0] <= first[2] + _JOIN_GAP_S:
                first = (first[0], first[1], max(first[2], mapped[1]))
        if first is not None:  # the first track that plays it (the talk track comes first)
            return first[0], round(first[1], 3), round(first[2], 3)
    return None


def speech_tracks(project: Project) -> list[Track]:
    return [t for t in project.tracks if t.role in SPEECH_ROLES]


def sound_clips(project: Project, tracks: list[Track]) -> list[Clip]:
    """Enabled media clips with sound on these tracks."""
    out = []
    for track in tracks:
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if clip.enabled and asset is not None and asset.has_audio:
                out.append(clip)
    return out


def _merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[list[float]] = []
    for s, e in sorted(intervals):
        if merged and s <= merged[-1][1] + 1e-6:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(round(s, 3), round(e, 3)) for s, e in merged]


def timeline_silences(project: Project, min_silence: float = 0.8, threshold_db: float = -35.0) -> list[Interval]:
    """Silences of the speech tracks mapped to timeline seconds (merged, in time order)."""
    out: list[Interval] = []
    for clip in sound_clips(project, speech_tracks(project)):
        path = project.media[clip.media_id].path
        for s, e in media_silences(path, threshold_db, min_silence):
            mapped = source_to_timeline(project, clip, s, e)
            if mapped and mapped[1] - mapped[0] >= min_silence - 1e-6:
                out.append(mapped)
    return _merge(out)


def timeline_speech(project: Project, threshold_db: float = -35.0) -> list[Interval]:
    """Speech segments of the speech tracks in timeline seconds."""
    out: list[Interval] = []
    for clip in sound_clips(project, speech_tracks(project)):
        path = project.media[clip.media_id].path
        for s, e in media_speech(path, threshold_db=threshold_db):
            mapped = source_to_timeline(project, clip, s, e)
            if mapped:
                out.append(mapped)
    return _merge(out)


def transcript_on_timeline(project: Project) -> list[dict[str, Any]]:
    """Transcript segments of clips on the timeline, with source and timeline seconds."""
    rows = []
    for track in project.tracks:
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if asset is None:
                continue
            for seg in asset.transcript:
                mapped = source_to_timeline(project, clip, seg.start, seg.end)
                if mapped:
                    rows.append({"media_id": asset.id, "media_name": asset.name, "clip_id": clip.id,
                                 "source_start": seg.start, "source_end": seg.end,
                                 "start": round(mapped[0], 3), "end": round(mapped[1], 3), "text": seg.text})
    rows.sort(key=lambda r: r["start"])
    return rows


def secs(project: Project, frames: int | Fraction) -> float:
    return seconds(frames, project.fps)
