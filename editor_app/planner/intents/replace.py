"""Replacing one clip's media with another: "replace the before photo with the after one", "swap
the drill clip for the sawing clip", "use the painting shot instead of the offcuts photo".

Why its own intent: the words name a clip on the timeline and a media to put in its place, so the
new clip takes the old one's track, start and length (remove + overwrite into the gap it leaves, in one
plan, one undo; an insert would push every later clip on the track off the words it sits over). Two
clips on the timeline ("swap c3 and c4") are not this; a media that names nothing asks.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.media_refs import ranked_mentions
from editor_app.planner.refs import clip_refs, one_clip
from editor_app.planner.types import Ctx, Match, Unclear

_REPLACE = (re.compile(r"^(?:replace|swap|switch|substitute|exchange|change) (?P<old>.+?) (?:with|for|to) (?P<new>.+?)(?: instead)?$"),
            re.compile(r"^(?:use|put|have) (?P<new>.+?) instead of (?P<old>.+?)$"))


def _the(phrase: str) -> str:
    return phrase if re.match(r"(?:the|my|that|this|c\d+|m\d+)\b", phrase) else "the " + phrase


def replace_clip(ctx: Ctx) -> Match | None:
    match = next((m for m in (p.match(ctx.text) for p in _REPLACE) if m), None)
    if match is None:
        return None
    old_words = match.group("old")
    new_words = re.sub(r"\b(?:the )?(one|1)$", "", match.group("new")).strip() or match.group("new")
    try:
        olds = clip_refs(ctx, _the(old_words), pronoun_ok=True)
    except Unclear:
        return None
    if not olds:
        return None
    old = one_clip(ctx, olds, "replace")
    asset = ctx.project.media.get(old.media_id) if old.media_id else None
    # "the after one" after "the before photo": the noun of the first phrase is meant again
    noun = re.search(r"\b(photo|picture|image|still|clip|shot|video|footage|sound|song)s?\b", old_words)
    phrase = new_words if not noun or re.search(r"\b(photo|picture|image|still|clip|shot|video|footage|sound|song)s?\b", new_words) \
        else f"{new_words} {noun.group(1)}"
    mentions = [m for m in ranked_mentions(ctx, _the(phrase), strict=True) if asset is None or m.asset.id != asset.id]
    if not mentions:
        return None
    tied = [m for m in mentions if m.position == mentions[0].position]
    if len(tied) > 1:
        raise Unclear(f"Which one should go in its place: {' or '.join(m.asset.name for m in tied)}?")
    new = mentions[0].asset
    if any(c.media_id == new.id for c in ctx.project.clips()) and new.kind != "image":
        return None  # both on the timeline: "swap c3 and c4" is an exchange of places, not this
    track = ctx.track_of(old)
    start, length = ctx.sec(old.start), ctx.sec(old.end - old.start)
    if new.duration is not None:
        length = min(length, float(new.duration))  # a shorter media fills what it has
    steps = [step("remove_clip", {"clip_id": old.id, "ripple": False}, agent="timeline"),
             step("overwrite_clip", {"track_id": track.id, "media_id": new.id, "start": num(start), "duration": num(length)},
                  agent="timeline")]
    return Match(steps, f"replace {ctx.label(old)} with {new.name} ({clock(start)}-{clock(start + length)})")


INTENTS = [replace_clip]
