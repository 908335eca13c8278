"""A cut of "a few seconds" at an edge asks how many; "cut the end" asks how much (round 16).

"lose the first few seconds", "cut a few seconds off the start", "trim the last few seconds": the amount
is not said. They were answered "which clip should I remove?" (or not understood), a question about the
wrong thing. The reply asks for the number and shows the form that does it, with where the first
(last) sentence starts (ends), since that is often what is meant.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = r"\b(?:cut|trim|remove|delete|drop|lose|chop|snip|shave|skip|get rid of|take|knock|kill|ditch|scrap)\b"
_FEW = r"\b(?:a few|few|some|several|a handful of|a bit of|a little bit of|a couple more)\s+(?:seconds|secs|moments|s)\b"
_HEAD = r"\b(?:first|start|beginning|opening|front|head|intro)\b"
_TAIL = r"\b(?:last|end|ending|final|tail|outro|closing)\b"


# "cut the end", "remove the beginning", "delete the middle bit": a place with no amount at all
_BARE_PLACE = re.compile(r"^(?:cut|trim|remove|delete|drop|lose|chop|snip|get rid of|kill|ditch|scrap)(?: off| out)? (?:the )?(?:very )?"
                         r"(?P<p>end|ending|beginning|start|middle)(?: (?:bit|part|section|of (?:it|the video)))?(?: please| pls)?$")


def vague_amount(ctx: Ctx) -> Match | None:
    t = ctx.text
    bare = _BARE_PLACE.match(t.strip())
    if bare is not None:  # it asked "which clip should I remove?"
        where = {"end": "last", "ending": "last", "beginning": "first", "start": "first"}.get(bare.group("p"))
        if where is None:
            raise Unclear("Which part of the middle? Give the times (\"cut 0:30 to 0:40\") or name what is said there "
                          "(\"cut the bit about ...\").")
        raise Unclear(f"How much of the {bare.group('p')}? Say e.g. \"cut the {where} 5 seconds\", or name the words: "
                      + ("\"end it after I say ...\"." if where == "last" else "\"start the video where I say ...\"."))
    if not (re.search(_VERB, t) and re.search(_FEW, t)):
        return None
    head, tail = re.search(_HEAD, t), re.search(_TAIL, t)
    if bool(head) == bool(tail) or re.search(r"\b(?:clip|shot|music|song|photo|picture|title|broll)\b", t):
        return None
    from editor_app.planner.said_in import spoken_sentences

    _, spans = spoken_sentences(ctx)
    side = "first" if head else "last"
    hint = ""
    if spans:
        hint = (f" The first sentence starts at {clock(spans[0].start)} and the second at {clock(spans[1].start)}."
                if head and len(spans) > 1 else
                f" The last sentence starts at {clock(spans[-1].start)}; the talk ends at {clock(spans[-1].end)}." if tail else "")
    raise Unclear(f"How many seconds? Say e.g. \"cut the {side} 3 seconds\".{hint}")


INTENTS = [vague_amount]
