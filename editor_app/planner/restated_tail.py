"""A second clause that only restates the first: "I only want the final 40 seconds, ditch the rest",
"it needs to be a 60 second short, cut it down to that" (round 16, lead).

Why: split at the comma, the tail was read on its own: "ditch the rest" asked which clip to remove and
"cut it down to that" found no length, so a turn whose first clause was understood failed as a whole.
A tail that throws away "the rest" after a clause that keeps a part, or cuts "to that" after a clause
that says a length, adds nothing; it is dropped and the first clause says the edit (which the safety
review still confirms when it removes most of the video).
"""

from __future__ import annotations

import re

_REST = re.compile(r"^(?:and |then |just |please )*(?:cut|remove|delete|drop|lose|bin|ditch|scrap|chop|trash|toss|kill|get rid of|"
                   r"take out|throw away|throw out|dump|nuke|lose)(?: out| away| off)? (?:all )?(?:the rest|everything else|"
                   r"all the rest|the remainder|anything else)(?: of (?:it|the video|the talk))?(?: please| pls)?$")
_TO_THAT = re.compile(r"^(?:and |then |just |please |so )*(?:cut|trim|bring|get|shorten|chop|edit|make|take)"
                      r" (?:it|this|the video|the whole thing|everything)(?: down| back)? to (?:that|that length|it)(?: please| pls)?$"
                      r"|^(?:and |then |so |please )*(?:do that|make it so|make that happen|sort that)(?: please| pls)?$")
_KEEPS = re.compile(r"\b(?:keep|keeping|i (?:only |just )?(?:want|need)|want only|all i want|all i need|leave (?:only|just))\b")
_LENGTH = re.compile(r"\d+(?:\.\d+)? ?(?:-| )?(?:seconds?|secs?|s|minutes?|mins?)\b|\d+:\d\d|\ba minute\b")


def drop_restated(pieces: list[str]) -> list[str]:
    """``pieces`` without a tail that repeats the clause before it (see the module)."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else ""
        if prev and _REST.match(piece) and _KEEPS.search(prev):
            continue
        if prev and _TO_THAT.match(piece) and _LENGTH.search(prev):
            continue
        out.append(piece)
    return out
