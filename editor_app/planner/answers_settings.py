"""Questions about the project's settings and levels: "what frame rate is this?", "how loud is the music?".

Why: both were answered "I can answer questions about the video's length, ...", though the
answer is in the project: the settings (frame rate, size, sample rate) and each clip's volume,
ducking envelope and its track's mute. Answered from the project, with no edit.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx, Unclear

_SETTINGS = re.compile(r"\b(?:frame ?rate|fps|frames (?:per|a) second|resolution|aspect ratio|dimensions|sample rate|"
                       r"how (?:big|wide|tall) is the (?:video|frame|picture))\b")
# A question that judges a level rather than asking it ("is the music too loud?"): answered with the levels.
_JUDGED = re.compile(r"\b(?:too (?:loud|quiet|soft|low|high|noisy|faint)|(?:loud|quiet|audible|clear) enough|"
                     r"drown(?:s|ing)? (?:me|out|my voice|the voice)|overpower\w*|(?:louder|quieter) than)\b")
_LEVEL = re.compile(r"\b(?:how loud|how quiet|volume(?:-wise)?|level|loudness|db|decibels?|gain)\b")


def _rate(fps) -> str:
    value = float(fps)
    return f"{value:g}" if value.is_integer() else f"{value:.3f} ({fps.numerator}/{fps.denominator})"


def answer_settings(ctx: Ctx) -> str | None:
    """The answer, or None when the question is not about settings or a level."""
    t = ctx.text
    s = ctx.project.settings
    if _SETTINGS.search(t):
        return (f"The project runs at {_rate(s.fps)} fps, {s.width}x{s.height}, audio at {s.sample_rate} Hz. "
                "I didn't change anything.")
    if _LEVEL.search(t):
        return _levels(ctx)
    if _JUDGED.search(t):  # round 16: "is the music too loud?", "is my voice loud enough?": the levels, and the ear is the user's
        said = _levels(ctx)
        if said is None:
            return None
        return said.removesuffix(" I didn't change anything.") + _beside(ctx, said) + (
            " I can't hear the mix, so whether that is right is your call: say e.g. \"turn the music down 3 dB\" "
            "or \"duck the music under my voice\". I didn't change anything.")
    return None


def _levels(ctx: Ctx) -> str | None:
    from editor_app.planner.refs import clip_refs

    try:
        clips = clip_refs(ctx, pronoun_ok=True)
    except Unclear:
        clips = []
    if not clips:
        role = "music" if re.search(r"\b(?:music|song|tune|soundtrack|bed)\b", ctx.text) else \
            "main" if re.search(r"\b(?:my voice|the voice|me|i|the talk|my audio|the speech)\b", ctx.text) else None
        if role is None:
            return None
        clips = [c for t in ctx.project.tracks_by_role(role) for c in t.clips]
        if not clips and role == "music":
            return "There is no music on the timeline, so it has no level yet. I didn't change anything."
    if not clips:
        return None
    parts = []
    for clip in clips[:6]:
        track = ctx.track_of(clip)
        what = ctx.label(clip)
        extra = []
        if clip.envelope:
            low = min(p.db for p in clip.envelope)
            extra.append(f"ducked to {low:+g} dB under speech")
        if track.muted:
            extra.append(f"the {track.name or track.role} track is muted")
        more = f" ({'; '.join(extra)})" if extra else ""
        parts.append(f"{what} on the {track.name or track.role} track is at {clip.volume_db:+g} dB{more}")
    return "; ".join(parts) + ". I didn't change anything."


def _beside(ctx: Ctx, said: str) -> str:
    """The level of the talk or the music the answer did not give, for comparison ("" when none)."""
    out = []
    for role, name in (("main", "the talk"), ("music", "the music")):
        clips = [c for t in ctx.project.tracks_by_role(role) for c in t.clips]
        if clips and not any(ctx.label(c) in said for c in clips):
            out.append(f"{name} is at {clips[0].volume_db:+g} dB")
        if len(out) == 1:
            break
    return f" For comparison, {out[0]}." if out else ""
