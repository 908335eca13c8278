"""A clip cut shorter, not cut out: "cut the obs recording shorter", "chop the gopro clip down a bit", "cut the
screen recording short".

Why: "cut <clip>" removes it, so "cut the obs recording shorter" removed the whole screen recording (a wrong
destructive edit). "shorter", "down" and "short" after the clip say its length changes: with a degree ("a bit",
"a little") it is trimmed as "make X a bit shorter" is; with no amount it asks how much (an amount said, "down to 2
seconds", is read by the length intent already).
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner.types import Ctx, Match, Unclear

_SHORTER = re.compile(r"^(?:cut|chop|trim|snip|clip|cut back) (?P<x>(?:the|that|this|my|c\d+)\b[^,;]*?) "
                      r"(?:shorter|down|short|back)(?P<deg> (?:a bit|a little|a touch|a tad|slightly|some))?$")


def cut_shorter(ctx: Ctx) -> Match | None:
    """A trim for "cut X shorter a bit"; Unclear for "cut X shorter" with no amount."""
    found = _SHORTER.match(ctx.text.strip(" .!?"))
    if found is None:
        return None
    from editor_app.planner.media_refs import ranked_mentions

    if not re.match(r"c\d+\b|(?:the|that|this|my) m\d+\b", found.group("x")) and \
            not ranked_mentions(ctx, found.group("x"), strict=False):
        return None  # "cut the pauses down", "cut the intro down": not a clip of a media (other intents read those)
    if found.group("deg"):
        from editor_app.planner.intents import length

        wanted = dataclasses.replace(ctx, text=f"make {found.group('x')} a bit shorter")
        return next((m for m in (intent(wanted) for intent in length.INTENTS) if m is not None), None)
    said = re.sub(r"\bm\d+\b", lambda m: ctx.project.media[m.group(0)].name if m.group(0) in ctx.project.media
                  else m.group(0), found.group("x"))  # an app's name read as its media's id: say the file's name
    raise Unclear(f"How much shorter should {said} be? Say e.g. \"trim 2 seconds off the end of "
                  f"{said}\" or \"make {said} 3 seconds long\".")


INTENTS = [cut_shorter]
