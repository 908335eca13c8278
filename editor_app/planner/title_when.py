"""When a new title goes and how long it stays, said the loose ways people say them (round 10, edits).

Why: add_title read a length only after "for" and a place only as a time, so 'a title "X" at the
start, 5 seconds' got the default 3 s, and "at the start of the sanding section" put the title at
0:00 (the start of the video). A length said on its own after a comma or a dash, or as "N s long",
is the title's; "at the start / beginning / end of <a described part of the talk>" is where that
part starts (or ends), found the way B-roll finds "the part about X".
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.types import Ctx

_UNIT = r"(?:seconds?|secs?|s)"
# ", 5 seconds", " - 4.5 secs", ", about 6 s", ", for 5 seconds" at the end; "7 s long" anywhere
_TAIL_LENGTH = re.compile(rf"(?:,|\s[-\u2013\u2014])\s*(?:for |lasting |about |around |roughly |just )*"
                          rf"(\d+(?:\.\d+)?) ?{_UNIT}(?: long| on screen| please)?\s*[.!]?$")
_LONG = re.compile(rf"\b(\d+(?:\.\d+)?) ?{_UNIT} long\b")
# round 11b: ", keep it up 5s", "and leave it on screen for 4 secs", "let it stay up 6 seconds": how long it stays
_KEEP_UP = re.compile(rf"(?:,|\band\b)\s*(?:(?:keep|leave|hold|have|let) (?:it|that|them) (?:stay |sit )?|(?:it )?(?:stays?|sits?) )"
                      rf"(?:up|on screen|on|there|showing|visible|around)(?: on screen)?(?: for)? (?:about |around |like )?"
                      rf"(\d+(?:\.\d+)?) ?{_UNIT}\b")
_EDGE_OF = re.compile(r"\b(?:at|from|on|for) the (?:very )?(start|beginning|end) of (.+?)(?:,|$| for \d| lasting\b)")
# the video itself, not a part of it: "at the start of the video" is 0:00 (add_title does that)
_WHOLE = re.compile(r"(?:the |my |this |our )?(?:video|timeline|edit|film|clip|talk|whole thing|thing|vid|project|"
                    r"tutorial|recording|movie|it)$")


def said_length(rest: str) -> float | None:
    """The title's length said without "for": ', 5 seconds' at the end, or '5 s long'."""
    found = _TAIL_LENGTH.search(rest) or _LONG.search(rest) or _KEEP_UP.search(rest)
    return float(found.group(1)) if found else None


def part_edge(ctx: Ctx, rest: str, length: float) -> float | None:
    """Where a title "at the start of <a described part>" starts (at its end: it ends with the part),
    or None when the words name no part of the talk (the video's own start or end, say)."""
    found = _EDGE_OF.search(rest)
    if found is None:
        return None
    part = found.group(2).strip()
    if _WHOLE.fullmatch(part) or not ctx.main_track():
        return None
    from editor_app.planner.intents.broll import spoken_place

    if not re.search(r"\b(?:about|on|covering|for|where|when|bit|part|section|segment|step|moment|passage|stretch)\b", part):
        part = f"the {part} part" if not part.startswith(("the ", "my ")) else f"{part} part"
    passage = spoken_place(ctx, part)
    if passage is None:
        return None
    if found.group(1) == "end":
        return max(passage.start, passage.end - length)
    return passage.start
