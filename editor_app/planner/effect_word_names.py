"""An effect's word used as a media's name that no media has: "stick the zoom recording over the booking bit",
"put the zoom call over the intro", "speed up the blur test clip" when nothing is called so.

Why: "zoom" before a noun for media ("the zoom recording", "the zoom call") names a file (a Zoom meeting, a Zoom
recorder's track); with no such file the effect intent read the word as "add a zoom" and zoomed the talk. Round 15
read such a phrase as the file when one is named so; here, when no media's name, description or tags hold the word,
the request names something this project does not have: ask, never apply the effect to another clip.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx, Unclear

_EFFECT_WORDS = r"zoom|blur|blurry|fade|mirror|flip|spin|glitch|vignette"
_NAMED = re.compile(rf"\b(?:the|my|that|this|our|those|these) (?P<w>{_EFFECT_WORDS}) (?:(?:video |screen |meeting |test )?"
                    r"(?:call|meeting|recording|capture|clip|footage|video|vid|file|session|shot|take|one))s?\b")


def missing_effect_named(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` names a media by an effect word ("the zoom recording") that no media holds."""
    for found in _NAMED.finditer(text):
        word = found.group("w")
        held = any(re.search(rf"(?<![a-z]){word}", " ".join([a.name, a.description or "", *a.tags]).lower())
                   for a in ctx.project.media.values())
        if not held:
            have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
            raise Unclear(f"I can't find anything called \"{found.group(0).split(' ', 1)[1]}\" in this project "
                          f"(media: {have}). Which one do you mean?")
