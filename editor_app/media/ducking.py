"""Ducking computed, not guessed: volume keyframes that dip music under speech.

Pure function of the speech intervals and the clip's place on the timeline, so the
audio agent calls it instead of asking a language model to invent keyframes.
"""

from __future__ import annotations

from collections.abc import Iterable

Keyframe = tuple[float, float]  # (seconds from the clip's start, gain in dB)


def _merge(speech: Iterable[tuple[float, float]], min_gap: float) -> list[list[float]]:
    """Sort and join speech intervals whose gap is shorter than ``min_gap``.

    A short pause would otherwise make the music swell for a moment and dip again (pumping).
    """
    merged: list[list[float]] = []
    for start, end in sorted((float(s), float(e)) for s, e in speech if e > s):
        if merged and start - merged[-1][1] < min_gap:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _value_at(points: list[Keyframe], t: float, base_db: float) -> float:
    """Piecewise-linear value of ``points`` (sorted by time) at ``t``; ``base_db`` outside."""
    if not points or t <= points[0][0] or t >= points[-1][0]:
        return base_db
    for (t0, v0), (t1, v1) in zip(points, points[1:]):
        if t0 <= t <= t1:
            if t1 == t0:
                return v1
            return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
    return base_db


def duck_envelope(
    speech: Iterable[tuple[float, float]],
    clip_start_s: float,
    clip_duration_s: float,
    duck_db: float = -12.0,
    attack: float = 0.15,
    release: float = 0.4,
    base_db: float = 0.0,
) -> list[Keyframe]:
    """Keyframes (seconds from clip start, dB) dipping to ``duck_db`` while anyone speaks.

    ``speech`` is in timeline seconds. The gain starts falling ``attack`` seconds before
    speech begins (the first word is never masked) and recovers over ``release`` seconds
    after it ends. Gaps shorter than attack + release stay ducked. The result always
    starts at 0 and ends at the clip's duration; flat stretches keep only their ends.
    """
    if clip_duration_s <= 0:
        return []
    attack, release = max(0.0, attack), max(0.0, release)
    clip_end = clip_start_s + clip_duration_s
    absolute: list[Keyframe] = []
    for start, end in _merge(speech, attack + release):
        if end + release <= clip_start_s or start - attack >= clip_end:
            continue
        absolute += [(start - attack, base_db), (start, duck_db), (end, duck_db), (end + release, base_db)]

    relative: list[Keyframe] = [(0.0, _value_at(absolute, clip_start_s, base_db))]
    for t, db in absolute:
        offset = t - clip_start_s
        if 0.0 < offset < clip_duration_s:
            relative.append((offset, db))
    relative.append((clip_duration_s, _value_at(absolute, clip_end, base_db)))

    cleaned: list[Keyframe] = []
    for t, db in ((round(float(t), 4), round(float(db), 2)) for t, db in relative):
        if cleaned and (t, db) == cleaned[-1]:
            continue
        cleaned.append((t, db))
    # Drop middle points of flat runs: three equal values in a row need only the outer two.
    result: list[Keyframe] = []
    for point in cleaned:
        if len(result) >= 2 and result[-1][1] == result[-2][1] == point[1]:
            result[-1] = point
        else:
            result.append(point)
    return result
