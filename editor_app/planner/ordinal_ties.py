"""Look-alike media told apart by order: "the second paw clip", "the first close-up", "the last kneading video",
when the words after the ordinal fit several media equally and none of them is on the timeline yet.

Why: an ordinal in front of a description was dropped as "not a name" (round 9: "the first clip" is a position),
so "the second paw clip" named nothing and was not understood, though the description fits two clips exactly. Files
from one phone or camera are named in the order they were recorded (round 13 ordered a camera's files so); two
look-alikes described alike are told apart the same way: the natural order of their file names, when those names
are a camera's numbers or a date and time (other names say no order). Once one of them is
placed, "the second" may mean the second on the timeline, so nothing is picked and the caller asks.
"""

from __future__ import annotations

import re

from editor_app.planner.media_order import _ORDINALS, _natural

_ORDINAL_PHRASE = re.compile(r"\b(?:the|my|that|this) (?P<o>first|1st|second|2nd|third|3rd|fourth|4th|last|final) "
                             r"(?P<rest>(?:[a-z0-9'&-]+ ){0,3}?(?:clips?|shots?|footage|videos?|vids?|photos?|pictures?|pics?|"
                             r"images?|stills?|close[- ]?ups?|closeups?|recordings?|ones?))\b")


def ordinal_tie(ctx, text: str, lookup) -> list:
    """The one mention ``lookup`` (ranked_mentions) finds for the phrase without its ordinal, picked by file order
    among the media that tie; [] when there is no such phrase, one media fits anyway, or one of them is placed."""
    found = _ORDINAL_PHRASE.search(text)
    if found is None:
        return []
    bare = text[: found.start("o")] + found.group("rest") + text[found.end():]
    try:
        mentions = lookup(ctx, bare, strict=False)
    except Exception:  # noqa: BLE001 - an unclear remainder means no pick here; the caller asks as before
        return []
    at = found.start("o")
    tied = [m for m in mentions if abs(m.position - at) <= len(found.group("rest")) + 1]
    if len(tied) < 2 or len({m.position for m in tied}) != 1:
        return []
    from editor_app.planner.media_refs import camera_prefix

    prefixes = {camera_prefix(m.asset.name) for m in tied}
    stamped = all(re.search(r"\d{6}", m.asset.name) for m in tied)
    if not stamped and (None in prefixes or len(prefixes) != 1):
        return []  # names that say no recording order ("rescue day.jpg", "kit.png"): the order is not known
    placed = {c.media_id for c in ctx.project.clips()}
    if any(m.asset.id in placed for m in tied):
        return []
    ordered = sorted(tied, key=lambda m: _natural(m.asset.name))
    index = _ORDINALS[found.group("o")]
    return [ordered[index]] if index < len(ordered) else []
