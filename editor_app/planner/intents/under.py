"""A length limit for the whole video: "get the whole thing under 60 seconds", "can you get this
down to under a minute", "it needs to be less than 90 s".

Why: a limit says how long, not what to lose, so there is no cut the planner may simply make. The
one edit that certainly meets it is to end the video before the limit; that is proposed as a plan
(ending between sentences, never in a word) whose reply says what would go and what else the user
can ask for instead, and the turn's safety review asks for an explicit yes because it removes much
of the video. A limit that would take only a little asks instead: then the user should say which
part (a pause, a sentence) is the one to lose.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_WHAT = r"(?:it|this|that|the video|the whole thing|the whole video|everything|the edit|my video|the film|the vlog|the cut)"
_UNDER = r"(?:under|below|less than|shorter than|within|no (?:more|longer) than|at most|not more than|max(?:imum)?(?: of)?)"
_LIMIT = re.compile(
    rf"^(?:(?:can|could|would|will) you |please |pls )*(?:get|make|bring|cut|trim|keep|have|squeeze|edit|shorten)(?: {_WHAT})?"
    rf"(?: down)?(?: to)? {_UNDER} (?P<n>.+?)(?: (?:long|total|in total|overall|please|pls))*$"
    rf"|^(?:i need |i want )?{_WHAT} (?:needs to|has to|must|should) be {_UNDER} (?P<m>.+?)(?: long)?$"
    rf"|^(?:i |we )(?:need|want|would like|'d like) {_WHAT}(?: to be)? {_UNDER} (?P<k>.+?)(?: (?:long|total|in total|please))*$")
_SHARE = 0.2  # above this share the turn's safety review confirms (orchestrator.safety.MAX_REMOVED_SHARE)


def _seconds(text: str) -> float | None:
    if re.fullmatch(r"(?:a|one) minute|1 min(?:ute)?", text):
        return 60.0
    if re.fullmatch(r"half a minute", text):
        return 30.0
    found = q.times(text)
    return found[0].seconds if found else None


def under_limit(ctx: Ctx) -> Match | None:
    m = _LIMIT.match(ctx.text)
    if m is None:
        return None
    limit = _seconds((m.group("n") or m.group("m") or m.group("k") or "").strip())
    if limit is None:
        return None
    total = ctx.duration_s
    if limit <= 0:
        raise Unclear("That would leave nothing of the video. How long should it be?")
    if total < limit:
        raise Unclear(f"The video is {clock(total)} long already, under {clock(limit)}. Nothing to cut.")
    end = _sentence_end_before(ctx, limit)
    if end is None or end <= 0.5:
        raise Unclear(f"No sentence ends before {clock(limit)}, so ending the video there would cut a sentence off. "
                      "Which parts should go to make it shorter?")
    if (total - end) / total <= _SHARE:
        raise Unclear(f"To get under {clock(limit)} I'd need to lose {total - end:.1f} s. Which part should go: the "
                      f"end after {clock(end)}, the long pauses (\"shorten the pauses\"), the ums, or a sentence?")
    return Match([step("cut_range", {"start": num(round(end, 3)), "end": num(total)})],
                 f"end the video at {clock(end)}, after the last sentence that fits under {clock(limit)} "
                 f"(cutting {clock(end)}-{clock(total)}, {total - end:.1f} s of {total:.1f} s). That is most of the video: "
                 "confirm it, or tell me what to cut instead (the pauses, the ums, a sentence)")


def _sentence_end_before(ctx: Ctx, limit: float) -> float | None:
    """Just after the last sentence that ends before ``limit`` (a breath of its pause kept), or
    ``limit`` itself when nothing is said there; None when no sentence ends before it."""
    from editor_app.planner.said_in import spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return limit - 1.0 / float(ctx.project.fps)
    fitting = [s for s in spans if s.end < limit]
    if not fitting:
        return None
    last = fitting[-1]
    following = next((s for s in spans if s.start > last.end), None)
    gap_end = following.start if following is not None else ctx.duration_s
    return min(last.end + 0.25, (last.end + gap_end) / 2, limit - 1.0 / float(ctx.project.fps))


INTENTS = [under_limit]
