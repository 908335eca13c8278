""""The other gopro clip" with no earlier edit to be other than: the one of those files not on the timeline yet.

Why: with two GoPro files, one already over the talk, "put the other gopro clip at 1:15" was read as a
follow-up to an edit that was never made ("There is no earlier edit ...") or, without the word "other", as a
tie to ask about. When the files the phrase names are split into placed ones and exactly one in the bin, "the
other" is that one: the user is looking at the placed one on the timeline. Any other split still asks.
"""

from __future__ import annotations

import re


def other_unplaced(ctx, text: str, mentions: list) -> list:
    """``mentions`` narrowed to the one media not on the timeline when "the other" opens the phrase naming them."""
    by_position: dict[int, list] = {}
    for mention in mentions:
        by_position.setdefault(mention.position, []).append(mention)
    placed = {c.media_id for c in ctx.project.clips()}
    out = list(mentions)
    for position, group in by_position.items():
        if len(group) < 2 or not re.search(r"\b(?:the|that) other (?:[a-z0-9'-]+ ){0,2}$", text[max(0, position - 40):position]
                                            + ("" if text[position - 1:position] == " " else " ")):
            continue
        free = [m for m in group if m.asset.id not in placed]
        if len(free) == 1 and len(free) < len(group):
            out = [m for m in out if m not in group or m is free[0]]
    return out
