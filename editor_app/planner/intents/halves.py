""""Cut the drone clip in half", "split the talk in two", "chop the video in half".

Why: "cut the drone clip in half" removed the whole clip (read as "cut the drone clip"), and "split X in half" was not
understood. "Split ... in half/two" is a split at the clip's middle. "Cut/chop ... in half" is said both for that and
for "make it half as long", so the planner asks, naming both edits exactly.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.refs import clip_refs
from editor_app.planner.types import Ctx, Match, Unclear

_HALVES = re.compile(r"^(?:(?:please|can you|could you|just)\s+)*(?P<verb>split|cut|chop|slice|divide|break)\s+(?P<who>.+?)\s+"
                     r"(?:in|into)\s+(?:half|halves|two|2|2 pieces|two pieces|two parts|2 parts)(?:\s+please)?[.!]*$", re.I)
_WHOLE = re.compile(r"^(?:the|my)\s+(?:video|whole\s+(?:video|thing)|edit|film|timeline)$", re.I)


def halves(ctx: Ctx) -> Match | None:
    """Split a clip at its middle, or ask which edit "in half" means (see the module)."""
    m = _HALVES.match(ctx.text.strip())
    if m is None:
        return None
    who = m.group("who").strip()
    if _WHOLE.match(who):
        clips = [c for c in (ctx.main_track().clips if ctx.main_track() else [])]
        if len(clips) != 1:
            middle = ctx.duration_s / 2
            raise Unclear(f"Do you mean split the video in two at the middle ({clock(middle)}), or make it half as long? "
                          f"Say \"split at {clock(middle)}\", or say what to cut.")
    else:
        clips = clip_refs(ctx, who)
    if len(clips) != 1:
        return None
    clip = clips[0]
    middle = ctx.sec(clip.start) + ctx.sec(clip.duration) / 2
    if m.group("verb").lower() in ("split", "divide", "break"):
        return Match([step("split_clip", {"clip_id": clip.id, "at": num(middle)})],
                     f"split {ctx.label(clip)} in two at its middle ({clock(middle)})")
    half = ctx.sec(clip.duration) / 2
    raise Unclear(f"Do you mean split {ctx.label(clip)} in two at its middle (\"split {clip.id} at {clock(middle)}\"), or make "
                  f"it half as long (\"trim {clip.id} to {num(half):g} seconds\")?")
