"""The whole video's length: "make the video end at 0:30", "cut it down to a minute", "delete the
first half".

Why its own intent: these name no clip, so the clip-length intent asked "which clip?" and the
range intent found no range. They are read literally (keep the start, cut the rest; or cut that
half) and planned as one cut of every track; the turn's safety review then asks for a
confirmation whenever that removes more than its share of the video.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_VIDEO = r"(?:the |my |this |our )?(?:video|edit|whole thing|whole video|timeline|film|vlog|movie|cut|final cut|project)"
_END_AT = re.compile(rf"\b(?:make|have|let) {_VIDEO} (?:end|stop|finish) (?:at|after)\b"
                     rf"|^(?:end|stop|finish) {_VIDEO} (?:at|after)\b"
                     rf"|^{_VIDEO} (?:should|must|needs to|has to) (?:end|stop|finish) (?:at|after)\b"
                     # round 13 (cuts5): "chop the video off at 1:20", "cut it off at 80 seconds"
                     rf"|^(?:cut|chop|trim|stop) (?:{_VIDEO}|everything) off (?:at|after)\b")
_DOWN_TO = re.compile(rf"^(?:cut|trim|bring|get|shorten|chop|edit) (?:it|this|everything|{_VIDEO}) (?:down )?to\b"
                      rf"|^(?:make|keep) (?:it|{_VIDEO}) (?:only |just )?(?=[\d.:]+ ?(?:seconds?|s|minutes?|mins?)? ?(?:long)?$)")
_HALF = re.compile(r"\b(?:cut|trim|remove|delete|drop|lose|get rid of|scrap|chop) (?:off )?(?:the )?(first|second|last|latter|"
                   rf"front|back) half(?: of {_VIDEO})?$")


def video_length(ctx: Ctx) -> Match | None:
    t = ctx.text
    half = _HALF.search(t)
    if half:
        mid = ctx.duration_s / 2
        first = half.group(1) in ("first", "front")
        a, b = (0.0, mid) if first else (mid, ctx.duration_s)
        return Match([step("cut_range", {"start": num(a), "end": num(b)})],
                     f"cut the {half.group(1)} half ({clock(a)}-{clock(b)}) from every track")
    end_at, down_to = _END_AT.search(t), _DOWN_TO.search(t)
    if not (end_at or down_to):
        return None
    if down_to and re.match(r"\S+ (?:it|this)\b", t) and (ctx.selection or ctx.last_clips):
        return None  # "cut it down to 4 seconds" after placing a clip: that clip's length
    found = q.times(t[(end_at or down_to).end():]) or ([q.TimeMention(60.0, 0, 0)] if re.search(r"\ba minute\b", t) else [])
    if not found:
        return None
    keep = found[0].seconds
    if keep <= 0:
        raise Unclear("That would leave nothing of the video. How long should it be?")
    if keep >= ctx.duration_s:
        raise Unclear(f"The video is {clock(ctx.duration_s)} long already, shorter than {clock(keep)}.")
    return Match([step("cut_range", {"start": num(keep), "end": num(ctx.duration_s)})],
                 f"cut everything after {clock(keep)} ({clock(keep)}-{clock(ctx.duration_s)}), so the video ends at {clock(keep)}")


INTENTS = [video_length]
