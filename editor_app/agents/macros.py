"""Macro tools: deterministic expansion of the contract's high-level tools into operations.

Why macros: a model should say "remove the silences" or "duck the music", not guess
frame numbers or keyframes. Silences and speech come from measuring the audio
(media.analysis), ducking from media.ducking, so the numbers are computed, never invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from editor_app.agents import specs
from editor_app.agents.timing import (
    SPEECH_ROLES,
    secs,
    sound_clips,
    speech_tracks,
    timeline_silences,
    timeline_speech,
    transcript_on_timeline,
)
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
from editor_app.model.project import Clip, EnvelopePoint, Project
from editor_app.model.time import parse_time, seconds_to_frames

Search = Callable[[str, int], list[dict[str, Any]]]
BROLL_DEFAULT_S = 6


def to_frames(project: Project, value: float | str, what: str) -> int:
    """Seconds (number) or a time string as frames, with a message the model can act on."""
    try:
        if isinstance(value, str):
            return parse_time(value, project.fps)
        return seconds_to_frames(value, project.fps)
    except (ValueError, TypeError) as exc:
        raise OperationError(f"{what}: {exc}") from exc


def expand(name: str, args: Any, project: Project, search: Search | None = None) -> list[Operation]:
    """The operations a macro call stands for, computed against ``project`` (not applied)."""
    return _EXPANDERS[name](args, project, search)


# ---- remove_silences -------------------------------------------------------

def _remove_silences(args: specs.RemoveSilences, project: Project, _search) -> list[Operation]:
    """Ripple-cut the pauses of the speech; music stays one continuous bed, trimmed to the new end.

    Cutting music at every pause would leave jump cuts in it, which no editor wants; with
    explicit ``track_ids`` exactly those tracks are cut instead.
    """
    speech = sound_clips(project, speech_tracks(project))
    if not speech:
        raise OperationError("there is no speech to analyse: no main or voice track clip has sound")
    if args.track_ids is not None:
        for tid in args.track_ids:
            get_track(project, tid)
        track_ids = list(args.track_ids)
    else:
        track_ids = [t.id for t in project.tracks if not t.locked and t.role not in BED_ROLES]
    speech_start = min(c.start for c in speech)
    speech_end = max(c.end for c in speech)
    silences = timeline_silences(project, args.min_silence, args.threshold_db)
    cuts: list[tuple[int, int]] = []
    for start, end in silences:
        s = to_frames(project, start + args.padding, "silence start")
        e = to_frames(project, end - args.padding, "silence end")
        if s - speech_start <= to_frames(project, args.padding, "padding"):
            s = speech_start  # leading silence: cut from the very start
        if speech_end - e <= to_frames(project, args.padding, "padding") + 1:
            e = speech_end  # trailing silence: cut to the very end, no sliver left
        if e - s >= 1:
            cuts.append((s, e))
    if not cuts:
        raise OperationError(
            f"no silences of at least {args.min_silence:g} s quieter than {args.threshold_db:g} dB were found",
            "try a shorter min_silence or a higher threshold_db",
        )
    # Latest first: cutting later ranges never moves the earlier ones.
    ops: list[Operation] = [CutRange(start=s, end=e, track_ids=track_ids, ripple=True) for s, e in sorted(cuts, reverse=True)]
    if args.track_ids is None:
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


BED_ROLES = ("music", "sfx")


# ---- B-roll ----------------------------------------------------------------

def _broll_ops(project: Project, media_id: str, start: int, duration: int | None, track_id: str | None) -> list[Operation]:
    asset = get_media(project, media_id)
    if asset.kind == "audio":
        raise OperationError(f"{asset.id} ({asset.name}) is audio; B-roll needs a video or an image")
    ops: list[Operation] = []
    if track_id:
        track = get_track(project, track_id)
        if track.kind != "video":
            raise OperationError(f"track {track.id} is an audio track; B-roll goes on a video track")
    else:
        broll = [t for t in project.tracks if t.role == "broll" and t.kind == "video" and not t.locked]
        if broll:
            track_id = broll[0].id
        else:
            track_id = f"t{project.id_counters.get('t', 0) + 1}"
            while project.find_track(track_id):
                track_id = f"t{int(track_id[1:]) + 1}"
            ops.append(AddTrack(kind="video", role="broll", name="B-roll", track_id=track_id))
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
    ops.append(OverwriteClip(track_id=track_id, media_id=asset.id, start=start, duration=wanted, name=asset.name))
    return ops


def _place_broll(args: specs.PlaceBroll, project: Project, _search) -> list[Operation]:
    start = to_frames(project, args.start, "start")
    duration = to_frames(project, args.duration, "duration") if args.duration is not None else None
    if duration is not None and duration <= 0:
        raise OperationError("duration must be positive")
    return _broll_ops(project, args.media_id, start, duration, args.track_id)


SYNONYMS = {
    "beach": {"sea", "seaside", "ocean", "sand", "coast", "shore", "waves", "swim", "swimming"},
    "food": {"eat", "eating", "meal", "lunch", "dinner", "breakfast", "restaurant", "cook", "cooking", "dish"},
    "mountain": {"mountains", "hike", "hiking", "peak", "summit", "climb", "trail", "alps"},
    "city": {"town", "street", "streets", "downtown", "urban"},
    "music": {"song", "band", "concert"},
}


STOPWORDS = {"the", "a", "an", "about", "part", "where", "when", "talk", "talks", "talking", "of", "on", "in",
             "what", "does", "do", "did", "say", "says", "said", "speaker", "they", "he", "she", "we", "i", "you",
             "is", "are", "was", "to", "and", "or", "it", "that", "this", "there", "find", "show", "me", "my"}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    """Words and their crude stems ("deleting" and "delete" share "delet")."""
    out = set()
    for word in re.findall(r"[a-z0-9']+", text.lower()):
        if word in STOPWORDS:
            continue
        out.add(word)
        out.add(_stem(word))
    return out


def topic_words(topic: str) -> set[str]:
    words = _words(topic)
    expanded = set(words)
    for key, group in SYNONYMS.items():
        if words & ({key} | group):
            expanded |= {key} | group
    return expanded


def find_topic(project: Project, topic: str, search: Search | None = None) -> dict[str, Any] | None:
    """The best timeline segment about ``topic``: index hits when there is an index, else keywords."""
    if search is not None:
        for hit in search(topic, 5):
            if hit.get("timeline_start") is not None:
                return {"start": hit["timeline_start"], "end": hit["timeline_end"], "text": hit.get("quote", "")}
    wanted = topic_words(topic)
    best, best_score = None, 0.0
    for row in transcript_on_timeline(project):
        score = len(wanted & _words(row["text"]))
        if score > best_score:
            best, best_score = row, score
    return best


def _place_broll_for_topic(args: specs.PlaceBrollForTopic, project: Project, search) -> list[Operation]:
    asset = get_media(project, args.media_id)
    segment = find_topic(project, args.topic, search)
    if segment is None:
        raise OperationError(f"nothing in the transcript is about {args.topic!r}",
                             "use search_transcript to look, or place_broll with a start time")
    start = to_frames(project, segment["start"], "start")
    end = to_frames(project, segment["end"], "end")
    duration = max(1, end - start)
    length = asset.length_frames(project.fps)
    if length is not None:
        duration = min(duration, int(length))
    return _broll_ops(project, asset.id, start, duration, args.track_id)


# ---- fades, loudness -------------------------------------------------------

def _main_clips(project: Project) -> list[Clip]:
    clips = [c for t in project.tracks if t.role == "main" for c in t.clips]
    return sorted(clips, key=lambda c: c.start)


def _fade_targets(project: Project, target: str, direction: str) -> list[Clip]:
    key = target.strip().lower()
    if key in ("video", "all"):
        main = _main_clips(project)
        if not main:
            raise OperationError("there is no clip on a main track to fade")
        picked = [main[0] if direction == "in" else main[-1]]
    else:
        picked = []
    if key in ("music", "all"):
        for track in project.tracks_by_role("music"):
            if track.clips:
                picked.append(track.clips[0] if direction == "in" else track.clips[-1])
        if key == "music" and not picked:
            raise OperationError("there is no music on the timeline")
    if key not in ("video", "music", "all"):
        picked = [get_clip(project, target)[1]]
    return picked


def _fade(args: specs.Fade, project: Project, _search) -> list[Operation]:
    frames = to_frames(project, args.duration, "duration")
    ops: list[Operation] = []
    for clip in _fade_targets(project, args.target, args.direction):
        effect = FadeIn(duration=min(frames, clip.duration)) if args.direction == "in" else FadeOut(duration=min(frames, clip.duration))
        ops.append(AddEffect(clip_id=clip.id, effect=effect))
    return ops


def _normalize(args: specs.NormalizeLoudness, project: Project, _search) -> list[Operation]:
    key = args.target.strip().lower()
    if key == "voice":
        clips = sound_clips(project, [t for t in project.tracks if t.role in SPEECH_ROLES])
    elif key == "music":
        clips = sound_clips(project, project.tracks_by_role("music"))
    else:
        clips = [get_clip(project, args.target)[1]]
    if not clips:
        raise OperationError(f"there are no {key} clips with sound to normalise")
    return [AddEffect(clip_id=c.id, effect=Normalize(target_lufs=args.target_lufs)) for c in clips]


# ---- ducking ----------------------------------------------------------------

def _duck(args: specs.DuckMusic, project: Project, _search) -> list[Operation]:
    from editor_app.media.ducking import duck_envelope

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
                             duck_db=args.duck_db, attack=args.attack, release=args.release)
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


_EXPANDERS = {
    "remove_silences": _remove_silences,
    "place_broll": _place_broll,
    "place_broll_for_topic": _place_broll_for_topic,
    "fade": _fade,
    "duck_music": _duck,
    "normalize_loudness": _normalize,
}
