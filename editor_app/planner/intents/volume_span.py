"""A volume change for part of the video: "drop the music by half during the intro", "music down for the first
10 seconds", "turn the music up for the last 8 s", "lower the music between 0:20 and 0:30", "music quieter while I
talk about the ladder" (round 16, lead).

Why: set_volume changes a whole clip, so "during the intro" was dropped and the music went down everywhere, a change
the user did not ask for. Here the span is read (times said, the first or last N seconds, the intro or the outro,
the part where I talk about X) and the change is a volume envelope on each target clip: the asked gain inside the
span, ramped over a quarter second at each edge, the clip's own level and any envelope it has (ducking) kept
outside it. "While I'm talking" with no topic is ducking (intents.audio), not a span.
"""

from __future__ import annotations

import re
from fractions import Fraction

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

RAMP_S = 0.25  # the gain glides over this at each edge, so the change never clicks
_VOLUME = re.compile(r"\b(?:volume|louder|quieter|softer|quieten|lower|raise|boost|turn (?:\w+ ){0,3}?(?:up|down)|"
                     r"(?:down|up) (?:by )?\d|half as loud|twice as loud|\d+(?:\.\d+)?\s*db)\b"
                     r"|^(?:(?:can|could) you |please |just )*(?:the |my )?(?:music|song|soundtrack|voice|talk|audio|sound)\b"
                     r"(?: (?:a bit|a little|a touch|way|right))? (?:up|down)\b")  # "music down for the first 10 s"
_EDGE = re.compile(r"\b(?:for|during|in|over|across|through|throughout) (?:the |my )?(?:whole |entire )?"
                   r"(?P<which>intro|introduction|opening|outro|ending|sign[- ]?off|closing bit|last sentence|first sentence)\b")
_FIRST_LAST = re.compile(r"\b(?:for|during|in|over|across) the (?P<side>first|last|final|opening|closing) "
                         r"(?P<n>\d+(?:\.\d+)?|a|one|two|three|five|ten|thirty|twenty|fifteen) ?(?P<unit>s|secs?|seconds?|minutes?|mins?)\b")
_TOPIC = re.compile(r"\b(?:while|when|whilst|as) i(?:'m| am)? (?:talk|talking|speak|speaking|chat|chatting|go on|going on) "
                    r"(?:about|through|on) (?P<what>.+)$|\b(?:during|in|over|for) (?:the|that|my) (?:bit|part|section|stretch|moment) "
                    r"(?P<how>about|where|when|on) (?P<what2>.+)$"
                    # round 16: "during the shank bit": the part named by what it is about
                    r"|\b(?:during|in|over|for|under|throughout) the (?P<what3>(?!first |last |whole |entire )[a-z][\w'-]*(?: [a-z][\w'-]*)?) "
                    r"(?:bit|part|section|stretch|segment)$")
_UNTIL = re.compile(r"\b(?:until|till|til|up to|before) (?P<t>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)? ?(?:s|secs?|seconds?))\b")
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}


def volume_span(ctx: Ctx) -> Match | None:
    """Envelope steps for a volume change limited to a span; None when no span (or no volume) is said."""
    t = ctx.text
    if not _VOLUME.search(t) or re.search(r"\b(?:fade|fading|duck|ducking|mute|unmute)\b", t):
        return None
    span = _span(ctx, t)
    if span is None:
        return None
    a, b = span
    if b - a < 0.1:
        raise Unclear(f"That span ({clock(a)}-{clock(b)}) is too short to change the volume over.")
    from editor_app.planner.intents.audio import _volume_targets, level_change

    targets = _volume_targets(ctx)
    if not targets:
        return None
    absolute, delta = level_change(_without_span(t))
    steps, says = [], []
    for clip in targets:
        gain = (absolute - clip.volume_db) if absolute is not None else delta
        points = _envelope(ctx, clip, a, b, gain)
        if points is None:
            continue
        steps.append(step("set_volume_envelope", {"clip_id": clip.id, "points": points}, "audio"))
        level = clip.volume_db + gain
        says.append(f"{ctx.label(clip)} to {num(level):+g} dB from {clock(a)} to {clock(b)} "
                    f"(it stays at {clip.volume_db:+g} dB elsewhere)")
    if not steps:
        raise Unclear(f"Nothing you named plays between {clock(a)} and {clock(b)}, so there is no volume to change there.")
    return Match(steps, "set " + "; ".join(says))


def _span(ctx: Ctx, t: str) -> tuple[float, float] | None:
    """Timeline seconds (start, end) the request limits itself to, or None."""
    end = ctx.duration_s
    ranges = q.time_ranges(t, end)
    if ranges:
        a, b = ranges[0]
        return max(0.0, a), min(end, b)
    fl = _FIRST_LAST.search(t)
    if fl:
        raw = fl.group("n")
        n = _WORDS.get(raw) or float(raw)
        n *= 60 if fl.group("unit").startswith("m") else 1
        if fl.group("side") in ("first", "opening"):
            return 0.0, min(end, n)
        return max(0.0, end - n), end
    until = _UNTIL.search(t)
    if until:
        mention = q.times(until.group("t"))
        at = mention[0].seconds if mention else float(re.sub(r"[^\d.]", "", until.group("t")))
        return 0.0, min(end, at)
    edge = _EDGE.search(t)
    if edge:
        from editor_app.planner.topics import passage_at

        first = edge.group("which") in ("intro", "introduction", "opening", "first sentence")
        passage = passage_at(ctx, "start" if first else "end")
        if passage is None:
            raise Unclear("There is no transcript to find the intro or the outro in. Say the times instead.")
        return passage.start, passage.end
    topic = _TOPIC.search(t)
    if topic:
        from editor_app.planner.intents.broll import spoken_place

        what = (topic.group("what") or topic.group("what2") or topic.group("what3") or "").strip(" .,!?")
        how = topic.group("how")
        where = f"when {what}" if how in ("where", "when") else f"when i talk about {what}"
        passage = spoken_place(ctx, where)
        if passage is None:
            raise Unclear(f"I can't find where you talk about {what}. Quote a few of the words, or give the times.")
        return passage.start, passage.end
    return None


def _without_span(t: str) -> str:
    """The request without the words of its span, so "for the first 10 seconds" is not read as 10 dB."""
    for pattern in (_FIRST_LAST, _UNTIL, _EDGE, _TOPIC):
        t = pattern.sub(" ", t)
    return re.sub(r"\b(?:from|between) \S+ (?:to|and|-) \S+(?: ?(?:s|secs?|seconds?))?|\b(?:after|from) \S+ (?:on|onwards?)\b",
                  " ", t)


def _envelope(ctx: Ctx, clip, a: float, b: float, gain: float) -> list[dict] | None:
    """The clip's envelope with ``gain`` dB added over timeline seconds [a, b] (ramped at both edges) on top of the
    points it already has; None when the span misses the clip. Points are seconds from the clip's start (as tool
    calls say times)."""
    fps = Fraction(ctx.project.fps)
    start, length = clip.start, clip.duration
    ramp = max(1, round(RAMP_S * fps))
    lo = round(Fraction(a).limit_denominator(1000) * fps) - start
    hi = round(Fraction(b).limit_denominator(1000) * fps) - start
    lo, hi = max(0, lo), min(length, hi)
    if hi - lo < 1:
        return None
    shape = [(lo - ramp, 0.0), (lo, gain), (hi, gain), (hi + ramp, 0.0)]
    if lo == 0:
        shape = shape[1:]
    if hi == length:
        shape = shape[:-1]
    own = sorted((p.frame, p.db) for p in clip.envelope)
    frames = sorted({f for f, _ in shape if 0 <= f <= length} | {f for f, _ in own} | {lo, hi})
    points = []
    for f in frames:
        db = _at(own, f) + _at(shape, f, outside=0.0)
        points.append({"frame": num(f / fps), "db": num(max(-100.0, min(24.0, db)))})  # tool calls take seconds
    return points


def _at(points: list[tuple[int, float]], frame: int, outside: float | None = None) -> float:
    """A piecewise-linear curve's value at ``frame`` (the end values held beyond its ends, or ``outside``)."""
    if not points:
        return 0.0
    if frame <= points[0][0]:
        return points[0][1] if outside is None or frame == points[0][0] else outside
    if frame >= points[-1][0]:
        return points[-1][1] if outside is None or frame == points[-1][0] else outside
    for (f0, d0), (f1, d1) in zip(points, points[1:]):
        if f0 <= frame <= f1:
            return d0 if f1 == f0 else d0 + (d1 - d0) * (frame - f0) / (f1 - f0)
    return points[-1][1]
