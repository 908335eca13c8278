"""Where a clip on the timeline should move to, said as a part of the talk or as "forward by N"
(round 10, edits).

Why: move_clip read only times. "shift the door stop clip so it starts when I talk about screwing
it in" names a place in the talk, which the B-roll intent already finds ("when I talk about X",
"when I mention X", "where I'm doing X"): the clip starts where that passage starts, keeping its
length. "Bring X forward by 3 seconds" is said of a meeting brought earlier: it moved the clip 3 s
later. Bringing or pulling something forward is earlier; other verbs keep their old reading
("move it forward" = to the right on the timeline).
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

# "so it starts when I talk about X", "so that it begins where I explain X", "to start when I mention X",
# "to where I talk about X", "to the part about X"
_STARTS_WHEN = re.compile(
    r"(?:,\s*|\s+)(?:(?:so |and )?(?:that )?(?:it|they|this|that|the clip|the shot|the photo) "
    r"(?:starts?|begins?|comes? in|kicks? in|appears?|lands?|lines? up|pops? up|shows? up|opens?)"
    r"|to (?:start|begin|come in|kick in|appear|line up|land)|starting|beginning|(?:over |back |up )?to)"
    r"(?: right| just| exactly)? (?:with |at )?(?P<where>(?:when|where|as|while|once|the moment|at the point where|"
    r"at the bit where|at the part where|the part where|the bit where|the (?:part|bit|section|moment) (?:about|on)) .+)$")
_EARLIER = re.compile(r"^(?:please |can you |could you )*(?:bring|pull|move up)\b.*\bforwards?\b")


def place_clause(text: str) -> tuple[str, str] | None:
    """(the text without the place clause, the clause: "when I talk about X"), or None when none is said."""
    found = _STARTS_WHEN.search(text)
    if found is None:
        return None
    where = re.sub(r"^(?:at the (?:point|bit|part) where|the (?:part|bit) where|the moment)", "when", found.group("where"))
    return text[:found.start()], where


def passage_start(ctx: Ctx, where: str) -> float | None:
    """Where the passage ``where`` describes starts (timeline seconds), None when it names no part of
    the talk; Unclear (from the passage search) when the talk holds no such passage."""
    from editor_app.planner.intents.broll import spoken_place

    passage = spoken_place(ctx, where)
    return passage.start if passage is not None else None


def earlier(text: str) -> bool:
    """'bring X forward (by N)', 'pull it forward N s': the clip goes earlier, not later."""
    return bool(_EARLIER.search(text))


def starts_when(ctx: Ctx, text: str) -> tuple[str, float] | None:
    """Both at once: (the text without the place clause, where that passage starts), or None."""
    placed = place_clause(text)
    start = passage_start(ctx, placed[1]) if placed else None
    return (placed[0], start) if placed and start is not None else None
