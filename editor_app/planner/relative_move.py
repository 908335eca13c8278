"""A shift said relative to where a clip is ("put the gopro clip 3 secs later", "stick the pixel one a bit earlier")
is about a clip on the timeline, so of two media the name fits, the one placed is meant.

Why: with two GoPro files, one over the talk and one in the bin, "put the gopro clip 3 secs later" asked which
GoPro file. Only a placed clip can be later or earlier than it is; the one in the bin has no place to move from.
"""

from __future__ import annotations

import re

_RELATIVE = re.compile(r"\b(?:later|earlier|sooner|forwards?|backwards?|further (?:on|along|back)|to the (?:left|right)|"
                       r"along a bit|back a bit|over a bit)\b")


def moves_the_placed_one(ctx, text: str, assets) -> bool:
    """The request shifts a clip from where it is, and exactly one of ``assets`` is on the timeline."""
    if not _RELATIVE.search(text):
        return False
    placed = {c.media_id for c in ctx.project.clips()}
    return sum(a.id in placed for a in assets) == 1


_AGAIN = re.compile(r"\b(?:too|as well|again|also)\s*$|\b(?:another|a second) (?:copy|one) of\b")


def placed_again(ctx, text: str, assets):
    """The one of ``assets`` on the timeline when the request puts it somewhere "too"/"as well"/"again" (a second copy
    of what is there: "put the gopro clip over the belly bit too"), else None."""
    if not _AGAIN.search(text):
        return None
    placed = {c.media_id for c in ctx.project.clips()}
    on = [a for a in assets if a.id in placed]
    return on[0] if len(on) == 1 else None
