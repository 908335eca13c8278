"""One media at two moments: "put the rescue photo at 0:06 and 0:40", "the purr at 1:26 and again at 1:28".

Why: "at 0:06 and 0:40" was read as the range 0:06-0:40 (the photo held for 34 s over the talk), and for a sound the
second time was dropped. "at A and B" with no "between"/"from" names two points: each gets a copy of the media, as
"put X at A" does. When a copy cannot be planned that way (a sound effect needs its own track steps), it asks.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner.types import Ctx, Match, Unclear

_TIME = r"\d+(?::\d{1,2})?(?:\.\d+)?(?: ?(?:s|secs?|seconds?))?"
_TWO = re.compile(rf"^(?P<head>(?!.*\b(?:between|from)\b).+?) at (?P<a>{_TIME})(?:,| and| &|, and) (?:again )?(?:at )?(?P<b>{_TIME})"
                  rf"(?: again)?(?P<tail>(?: for {_TIME})?)$")


def two_points(ctx: Ctx) -> Match | None:
    """Two placements of the media named, one at each time said."""
    found = _TWO.match(ctx.text.strip(" .!?"))
    if found is None or not re.match(r"(?:put|place|add|drop|stick|pop|insert|throw|slap|use|show)\b", found.group("head")):
        return None
    from editor_app.planner.intents.broll import place_broll

    matches = [place_broll(dataclasses.replace(ctx, text=f"{found.group('head')} at {found.group(k)}{found.group('tail')}"))
               for k in ("a", "b")]
    if any(m is None for m in matches):
        return None
    if not all(len(m.steps) == 1 and m.steps[0].tool == "place_broll" for m in matches):
        raise Unclear(f"Do you want it twice, at {found.group('a')} and at {found.group('b')}? Say each on its own "
                      f"(\"put it at {found.group('a')}\", then \"and another at {found.group('b')}\").")
    return Match([m.steps[0] for m in matches], " and ".join(m.says for m in matches))


INTENTS = [two_points]
