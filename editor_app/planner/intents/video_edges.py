"""Where the video starts or ends, said loosely (round 16).

People say where the finished video should start or end without naming it, or say the point as a
distance into it: "start the video 5 seconds in", "can we start 5 secs in", "start from 0:05",
"jump straight in at 0:05", "i want it to start at 0:05", "end at 1:10", "finish at 1:10", "make
the video end 5 seconds early", "end it 5 seconds sooner". Each was "not understood" (or, for "end
the video 5 seconds earlier", an error about moving the talk before 0:00).

Rule: a request whose only subject is the video (named, or none at all, or "it" when no clip is
selected or was just changed) and whose verb says where it starts or ends is a cut of that much
from every track, planned as "start the video at T" / "make the video end at T" are
(intents/starts_at.py, intents/video_length.py), so the replies and the checks are theirs. A clip
named ("make the music start 5 seconds in") is left to the clip intents, and "it" after a clip was
changed is that clip.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.intents.starts_at import video_starts_at
from editor_app.planner.intents.video_length import _VIDEO, video_length
from editor_app.planner.types import Ctx, Match, Unclear

_TIME = r"(?:\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?) ?(?:seconds?|secs?|s|minutes?|mins?)?"
_INTO = r"(?: in(?:to (?:it|the (?:video|talk|recording|clip|footage)))?)"
# the point: "at 0:05", "from 5 s", "5 seconds in", "at 5 seconds in", "at the 5 second mark" (text.py made it "5 seconds")
_POINT = rf"(?:(?:at|from) (?P<at>{_TIME}){_INTO}?|(?P<into>{_TIME}){_INTO})"
_ASK = (r"(?:(?:can|could|would|will) (?:we|you|i) |let's |let us |please |i (?:want|need|would like|'d like) to |"
        r"i'd like to |just |so )?")
_WHO = rf"(?:{_VIDEO}|it|things)"
_START_VERB = r"(?:start|begin|open|kick off|jump in|jump straight in|jump right in|dive in|dive straight in|dive right in|get going|pick up|come in)"
_STARTS = r"(?:starts?|begins?|opens?|kicks? off|jumps? in)"
_START = (re.compile(rf"^{_ASK}{_START_VERB}(?: {_WHO})?(?: straight| right)? {_POINT}(?: instead| please| pls)?$"),
          re.compile(rf"^{_ASK}(?:make|have|let|get) {_WHO} (?:to )?{_START_VERB}(?: straight| right)? {_POINT}(?: instead| please| pls)?$"),
          re.compile(rf"^(?:i (?:want|need|would like|'d like)|i'd like) {_WHO} to {_START_VERB} {_POINT}(?: please| pls)?$"),
          re.compile(rf"^{_WHO} (?:should|must|needs to|has to|ought to|can|could|will) {_START_VERB} {_POINT}(?: please| pls)?$"),
          re.compile(rf"^{_WHO} {_STARTS} {_POINT}(?: please| pls)?$"))
_END_VERB = r"(?:end|stop|finish|wrap up|wrap it up|wrap things up|cut off)"
_END = (re.compile(rf"^{_ASK}{_END_VERB}(?: {_WHO})? (?:at|after) (?P<at>{_TIME})(?: please| pls)?$"),
        re.compile(rf"^{_ASK}(?:make|have|let|get) {_WHO} (?:to )?{_END_VERB} (?:at|after) (?P<at>{_TIME})(?: please| pls)?$"),
        re.compile(rf"^(?:i (?:want|need|would like|'d like)|i'd like) {_WHO} to {_END_VERB} (?:at|after) (?P<at>{_TIME})(?: please| pls)?$"))
# "make the video end 5 seconds early", "end it 5 s sooner", "finish 3 seconds earlier": the last N s cut
_SOONER = r"(?P<by>{t}) (?:earlier|early|sooner)".format(t=_TIME)
_END_SOONER = (re.compile(rf"^{_ASK}{_END_VERB}(?: {_WHO})? {_SOONER}(?: please| pls)?$"),
               re.compile(rf"^{_ASK}(?:make|have|let|get) {_WHO} (?:to )?{_END_VERB} {_SOONER}(?: please| pls)?$"),
               re.compile(rf"^{_WHO} (?:should|must|needs to|has to|could|can) {_END_VERB} {_SOONER}(?: please| pls)?$"))
_START_LATER = (re.compile(rf"^{_ASK}{_START_VERB}(?: {_WHO})? (?P<by>{_TIME}) later(?: please| pls)?$"),
                re.compile(rf"^{_ASK}(?:make|have|let|get) {_WHO} (?:to )?{_START_VERB} (?P<by>{_TIME}) later(?: please| pls)?$"),
                re.compile(rf"^{_WHO} (?:should|must|needs to|has to|could|can) {_START_VERB} (?P<by>{_TIME}) later(?: please| pls)?$"))


def _seconds(said: str) -> float | None:
    found = q.times(said if re.search(r"[a-z:]", said) else f"{said} seconds")
    return found[0].seconds if found else None


def _the_video(ctx: Ctx, said: str) -> bool:
    """The request's subject is the video: named, or left out / "it" / "things" with no clip in play
    (nothing selected, no clip changed just before, no clip named in the clause before)."""
    if re.search(r"\b(?:video|edit|whole thing|timeline|film|vlog|movie|final cut|project)\b", said):
        return True
    return not (ctx.selection or ctx.last_clips or ctx.subject)


def _as(ctx: Ctx, text: str) -> Ctx:
    return dataclasses.replace(ctx, text=text)


def video_edges(ctx: Ctx) -> Match | None:
    """ "start the video 5 seconds in", "end at 1:10", "make the video end 5 seconds early"."""
    t = ctx.text.strip().rstrip(".!")
    for pattern in _START:
        m = pattern.match(t)
        if m and _the_video(ctx, m.group(0)):
            at = m.group("at") or m.group("into")
            return video_starts_at(_as(ctx, f"start the video at {at}"))
    for pattern in _END:
        m = pattern.match(t)
        if m and _the_video(ctx, m.group(0)):
            return video_length(_as(ctx, f"make the video end at {m.group('at')}"))
    for patterns, last in ((_END_SOONER, True), (_START_LATER, False)):
        m = next((found for found in (p.match(t) for p in patterns) if found), None)
        if m is None or not _the_video(ctx, m.group(0)):
            continue
        by = _seconds(m.group("by"))
        total = ctx.duration_s
        if by is None:
            return None
        if by >= total:
            raise Unclear(f"The video is only {clock(total)} long, so {by:g} s would leave nothing.")
        a, b = (total - by, total) if last else (0.0, by)
        side = f"the last {by:g} s" if last else f"the first {by:g} s"
        return Match([step("cut_range", {"start": num(a), "end": num(b)})],
                     f"cut {side} from every track ({clock(a)}-{clock(b)}), so the video "
                     f"{'ends' if last else 'starts'} {by:g} s {'sooner' if last else 'later'}")
    return None


INTENTS = [video_edges]
