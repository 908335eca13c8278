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
# round 16, lead: "it needs to be a 60 second short", "make it a 45-second reel": the length the video must have
_BE_LONG = re.compile(rf"^(?:(?:it|{_VIDEO}) (?:needs to|has to|should|must|ought to|is meant to|is supposed to|has got to|"
                      rf"'s got to|gotta|can only|can't|cannot) be|make (?:it|{_VIDEO})(?: into)?"
                      # round 17 (lead): "give me a 15 second version for tiktok", "i need a 30 sec cut of it"
                      r"|(?:give me|i need|i want|can i (?:get|have)|could i (?:get|have)|do me|cut me|make me|make)(?= (?:a|an) ))"
                      r" (?:a |an |only |just |about |around |roughly |exactly |max |at most |no more than |no longer than |under )*"
                      r"(?P<n>\d+(?:\.\d+)?) ?(?:-| )?(?P<u>seconds?|secs?|s|minutes?|mins?)(?: long| max| tops| or less| at most)?"
                      r"(?: (?:short|reel|tiktok|clip|video|cut|edit|teaser|trailer|story|ad|promo|version))?(?: max| tops)?"
                      r"(?: (?:of (?:it|this|the video)|for (?:tiktok|instagram|insta|reels|youtube shorts|shorts|the socials|socials|"
                      r"twitter|x|facebook)))*(?: please| pls)?$")
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
    be_long = _BE_LONG.match(t)
    if be_long and re.match(r"(?:make )?it\b", t) and (ctx.selection or ctx.last_clips) \
            and not re.search(r"\b(?:short|reel|tiktok|video|teaser|trailer|story|ad|promo|version)$", t):
        be_long = None  # "put the kit photo in, it needs to be 4 seconds long": that clip's length
    if be_long:
        n = float(be_long.group("n")) * (60 if be_long.group("u").startswith("m") else 1)
        return _keep_first(ctx, n)
    end_at, down_to = _END_AT.search(t), _DOWN_TO.search(t)
    if not (end_at or down_to):
        return None
    if down_to and re.match(r"\S+ (?:it|this)\b", t) and (ctx.selection or ctx.last_clips):
        return None  # "cut it down to 4 seconds" after placing a clip: that clip's length
    found = q.times(t[(end_at or down_to).end():]) or ([q.TimeMention(60.0, 0, 0)] if re.search(r"\ba minute\b", t) else [])
    if not found:
        return None
    return _keep_first(ctx, found[0].seconds)


def _keep_first(ctx: Ctx, keep: float) -> Match:
    """The video cut to its first ``keep`` seconds (everything after cut from every track)."""
    if keep <= 0:
        raise Unclear("That would leave nothing of the video. How long should it be?")
    if keep >= ctx.duration_s:
        raise Unclear(f"The video is {clock(ctx.duration_s)} long already, shorter than {clock(keep)}.")
    return Match([step("cut_range", {"start": num(keep), "end": num(ctx.duration_s)})],
                 f"cut everything after {clock(keep)} ({clock(keep)}-{clock(ctx.duration_s)}), so the video ends at {clock(keep)}")


INTENTS = [video_length]
