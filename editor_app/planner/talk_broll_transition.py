"""A transition between the talk and a B-roll clip over it: "add a dissolve from the talk into the gopro clip",
"crossfade out of the screen recording back to me talking".

Why: a crossfade joins two clips that meet on one track; B-roll sits on a track above the talk, which plays under
it the whole time. The only way to go smoothly from the talk into a clip over it is to fade that clip in (and out
of it back to the talk, to fade it out), so the request asked for two touching clips and did nothing. When one side
is the talk and the other a clip on another track, the clip fades in when the talk is said first (or alone: "into X")
and out when the clip is said first.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

_TALK = r"(?:the |my )?(?:talk|talking(?: head)?|main (?:video|clip|footage)|a-?roll|interview|presenter|me(?: talking)?|speaking)"
_TALK_FIRST = re.compile(rf"\b(?:from|out of|between) {_TALK}\b")
_TALK_LAST = re.compile(rf"\b(?:into|to|back to|and) {_TALK}\s*$|\b(?:into|to|back to|and) {_TALK}\b(?! (?:clip|shot))")


def talk_side(ctx: Ctx, text: str, clip) -> str | None:
    """"in" or "out": how ``clip`` (a single clip named, not on the main track) fades for a transition with the talk;
    None when the talk is not the other side."""
    track = ctx.track_of(clip)
    if track is None or track.role == "main":
        return None
    if _TALK_FIRST.search(text):
        return "in"
    if _TALK_LAST.search(text):
        return "out"
    return None
