"""Expected outcomes, checked on the project summary (the `info --json` shape), not on operation lists.

Each check is ``name: spec`` in a case's ``expect``; a function here returns (passed, detail).
Several ways to reach the same timeline all pass, which is the point of checking outcomes.
"""

from __future__ import annotations

from typing import Any, Callable

Summary = dict[str, Any]
CheckFn = Callable[[Any, "CheckContext"], tuple[bool, str]]
TOL = 0.051


class CheckContext:
    """What a check may look at: summaries before the turn and after it, the fresh project, the turn's result."""

    def __init__(self, after: Summary, before: Summary, initial: Summary, result: Any) -> None:
        self.after, self.before, self.initial, self.result = after, before, initial, result

    def media_id(self, name: str) -> str | None:
        for media in self.after["media"]:
            if media["name"] == name or media["id"] == name:
                return media["id"]
        return None

    def tracks(self, spec: dict | str | None = None) -> list[dict]:
        if spec is None:
            return self.after["tracks"]
        if isinstance(spec, str):
            spec = {"role": spec} if spec in {"main", "broll", "music", "titles", "voice", "sfx", "overlay"} else {"track": spec}
        out = []
        for track in self.after["tracks"]:
            if "role" in spec and track["role"] != spec["role"]:
                continue
            if "track" in spec and spec["track"] not in (track["id"], track["name"], track["name"].lower()):
                continue
            out.append(track)
        return out

    def clips(self, spec: dict) -> list[dict]:
        media = self.media_id(spec["media"]) if "media" in spec else None
        out = []
        for track in self.tracks({k: spec[k] for k in ("role", "track") if k in spec}):
            for clip in track["clips"]:
                if "media" in spec and clip["media"] != media:
                    continue
                if "clip" in spec and clip["id"] != spec["clip"]:
                    continue
                out.append(clip)
        return out


def _near(a: float, b: float, tol: float = TOL) -> bool:
    return abs(float(a) - float(b)) <= tol


def _clip_on_track(spec: dict, ctx: CheckContext):
    clips = ctx.clips(spec)
    if "overlaps" in spec:
        a, b = spec["overlaps"]
        clips = [c for c in clips if c["start"] < b and c["end"] > a]
    if "within" in spec:
        a, b = spec["within"]
        clips = [c for c in clips if c["start"] >= a - TOL and c["end"] <= b + TOL]
    if "start" in spec:
        clips = [c for c in clips if _near(c["start"], spec["start"], spec.get("tol", TOL))]
    if "count" in spec:
        return len(clips) == spec["count"], f"{len(clips)} matching clips"
    return bool(clips), f"{len(clips)} matching clips"


def _no_clip(spec: dict, ctx: CheckContext):
    clips = ctx.clips(spec)
    return not clips, f"{len(clips)} clips of {spec}"


def _effect(spec: dict, ctx: CheckContext, want: bool = True):
    params = {k: v for k, v in spec.items() if k not in ("media", "clip", "role", "track", "type", "all")}
    clips = ctx.clips(spec)
    hits = []
    for clip in clips:
        ok = any(
            e["type"] == spec["type"] and all(_near(e.get(k, 1e9), v, 0.051 * max(1, abs(v))) for k, v in params.items())
            for e in clip["effects"]
        )
        hits.append(ok)
    passed = (all(hits) if spec.get("all") else any(hits)) if hits else False
    found = [[e["type"] for e in c["effects"]] for c in clips]
    return (passed if want else not any(hits)), f"effects on matching clips: {found}"


def _track_muted(spec: Any, ctx: CheckContext, muted: bool = True):
    tracks = ctx.tracks(spec)
    return bool(tracks) and all(t["muted"] == muted for t in tracks), f"muted: {[t['muted'] for t in tracks]}"


def _envelope_at(clip: dict, time: float) -> float:
    points = clip["envelope"]
    if not points:
        return 0.0
    if time <= points[0][0]:
        return points[0][1]
    for (t0, d0), (t1, d1) in zip(points, points[1:]):
        if t0 <= time <= t1:
            return d0 + (d1 - d0) * ((time - t0) / (t1 - t0) if t1 > t0 else 0)
    return points[-1][1]


def _speech_times(ctx: CheckContext) -> list[float]:
    """Midpoints of the transcript lines on the main track, in timeline seconds."""
    times = []
    transcripts = {m["id"]: m["transcript"] for m in ctx.after["media"]}
    for track in ctx.tracks("main"):
        for clip in track["clips"]:
            for seg in transcripts.get(clip["media"], []):
                mid = (seg["start"] + seg["end"]) / 2
                if clip["source_in"] <= mid <= clip["source_out"]:
                    times.append(clip["start"] + (mid - clip["source_in"]) / clip["speed"])
    return times


def _music_dips(threshold: float, ctx: CheckContext):
    music = [c for t in ctx.tracks("music") for c in t["clips"]]
    times = _speech_times(ctx)
    if not music or not times or not any(c["envelope"] for c in music):
        return False, "no music envelope" if music else "no music clip"
    low = 0
    for time in times:
        clip = next((c for c in music if c["start"] <= time < c["end"]), None)
        if clip is not None and _envelope_at(clip, time) <= threshold:
            low += 1
    return low >= 0.75 * len(times), f"{low}/{len(times)} speech midpoints at or below {threshold} dB"


def _clip_volume(spec: dict, ctx: CheckContext):
    clips = ctx.clips(spec)
    values = [c["volume_db"] for c in clips]
    return bool(values) and all(_near(v, spec["db"], spec.get("tol", 0.5)) for v in values), f"volumes {values}"


def _speed(spec: dict, ctx: CheckContext):
    values = [c["speed"] for c in ctx.clips(spec)]
    return bool(values) and any(_near(v, spec["value"], 0.01) for v in values), f"speeds {values}"


def _transition(spec: dict, ctx: CheckContext):
    found = [x for t in ctx.tracks({k: spec[k] for k in ("role", "track") if k in spec}) for x in t["transitions"]]
    if "kind" in spec:
        found = [x for x in found if x["kind"] == spec["kind"]]
    if "duration" in spec:
        found = [x for x in found if _near(x["duration"], spec["duration"], 0.1)]
    if "between" in spec:
        found = [x for x in found if [x["from"], x["to"]] == spec["between"]]
    return bool(found), f"{len(found)} matching transitions"


def _title(spec: dict, ctx: CheckContext):
    for track in ctx.after["tracks"]:
        for clip in track["clips"]:
            gen = clip.get("generator") or {}
            text = gen.get("text", "")
            if gen.get("kind") != "title" or (text != spec["text"] if spec.get("exact") else text.lower() != spec["text"].lower()):
                continue
            if "start" in spec and not _near(clip["start"], spec["start"], 0.1):
                continue
            if "duration" in spec and not _near(clip["end"] - clip["start"], spec["duration"], 0.1):
                continue
            return True, f"title at {clip['start']}-{clip['end']}"
    return False, "no matching title"


def _boundary(spec: dict, ctx: CheckContext):
    starts = [c["start"] for t in ctx.tracks(spec.get("role", "main")) for c in t["clips"]]
    return any(_near(s, spec["time"], spec.get("tol", 0.05)) for s in starts), f"clip starts {starts}"


def _agents(expected: list[str], ctx: CheckContext):
    got = list(getattr(ctx.result, "agents", []) or [])
    return set(got) == set(expected), f"agents {got}"


def _special(expected: str, ctx: CheckContext):
    got = getattr(ctx.result, "special", None)
    return got == expected, f"special {got}"


CHECKS: dict[str, CheckFn] = {
    "unchanged": lambda v, c: ((c.after == c.before) == bool(v), "project changed" if c.after != c.before else "project unchanged"),
    "matches_initial": lambda v, c: ((c.after == c.initial) == bool(v), "differs from the fresh project" if c.after != c.initial else "same as fresh"),
    "duration_lt": lambda v, c: (c.after["duration"] < v, f"duration {c.after['duration']}"),
    "duration_gt": lambda v, c: (c.after["duration"] > v, f"duration {c.after['duration']}"),
    "duration_near": lambda v, c: (_near(c.after["duration"], v[0], v[1]), f"duration {c.after['duration']}"),
    "clip_on_track": _clip_on_track,
    "no_clip": _no_clip,
    "effect": _effect,
    "no_effect": lambda v, c: _effect(v, c, want=False),
    "track_muted": _track_muted,
    "track_unmuted": lambda v, c: _track_muted(v, c, muted=False),
    "music_envelope_dips_during_speech": _music_dips,
    "clip_volume": _clip_volume,
    "speed": _speed,
    "transition": _transition,
    "title": _title,
    "clip_boundary_at": _boundary,
    "agents": _agents,
    "special": _special,
    "confirm": lambda v, c: (bool(getattr(c.result, "confirm", None)) == bool(v) and (not v or c.after == c.before),
                             f"confirm {getattr(c.result, 'confirm', None)!r}"),
    "reply_has": lambda v, c: (all(x.lower() in (getattr(c.result, "reply", "") or "").lower() for x in ([v] if isinstance(v, str) else v)),
                               f"reply {(getattr(c.result, 'reply', '') or '')[:120]!r}"),
}


def run_checks(expect: dict[str, Any], ctx: CheckContext) -> list[tuple[str, bool, str]]:
    """(check name, passed, detail) for every expectation; unknown names fail loudly."""
    out = []
    for name, spec in expect.items():
        fn = CHECKS.get(name)
        if fn is None:
            out.append((name, False, f"unknown check {name!r}; known: {', '.join(CHECKS)}"))
            continue
        try:
            ok, detail = fn(spec, ctx)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            ok, detail = False, f"check error: {type(exc).__name__}: {exc}"
        out.append((name, bool(ok), detail))
    return out
