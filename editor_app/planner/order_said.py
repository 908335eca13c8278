"""Two clips' order said as which comes first: "flip the order of the gopro clips, old spar first then the new
spar going in", "the sawing clip and the unboxing clip: I want unboxing first".

Why: a swap said with the order wanted after a comma was split at "then" into a second instruction that named
nothing, and "X and Y: I want Y first" had no verb the reorder intent reads. Both are said here as "<first>
should come before <second>", which the reorder intent plans as a swap (or says it is so already), so the order
asked for is what comes out even when the clips already stand that way (a blind swap would undo it).
"""

from __future__ import annotations

import re

_FLIP = re.compile(r"^(?:can you |could you |please )?(?:swap|switch|flip|reverse|change|fix)(?: (?:round|around))? (?:the )?"
                   r"(?:order|places|positions) of (?P<what>[^,:;]+?)(?:,|:|;| -| so| so that)+ (?:i want |put |have |with )?"
                   r"(?:the )?(?P<a>[^,]+?) (?:goes |comes |is )?first,? (?:then|and then|followed by|before|and) (?:the )?(?P<b>[^,]+?)$")
_WANT_FIRST = re.compile(r"^(?P<x>(?:the |my )?[^,:;]+?) and (?P<y>(?:the |my )?[^,:;]+?)(?:,|:|;| -)+ (?:i want|i'd like|put|have|"
                         r"let's have|make it|i need) (?:the )?(?P<first>[^,]+?) (?:first|to go first|to come first|going first|before)$")


def _one_of(what: str) -> str:
    """'the gopro clips' -> 'the gopro clip': the noun for one of a plural naming phrase."""
    what = what.strip()
    what = what if re.match(r"(?:the|my|those|these|both)\b", what) else "the " + what
    what = re.sub(r"^(?:those|these|both(?: of)?(?: the)?)\b", "the", what)
    return re.sub(r"s$", "", what)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in {"the", "clip", "shot", "one", "video"}}


def order_said(text: str) -> str | None:
    """``text`` as "<first> should come before <second>" (see above); None when it is not such a request."""
    flip = _FLIP.match(text)
    if flip is not None:
        what = flip.group("what")
        pair = re.fullmatch(r"(.+?) and (.+)", what)
        if pair is not None:  # "the order of the sawing clip and the unboxing clip, unboxing first ..."
            return f"the {flip.group('a')} should come before the {flip.group('b')}"
        one = _one_of(what)
        if not one.endswith(("clip", "shot", "video", "photo", "pic", "footage", "gopro", "one")) or one == what.strip():
            return None
        return f"{one} of the {flip.group('a')} should come before {one} of the {flip.group('b')}"
    want = _WANT_FIRST.match(text)
    if want is not None:
        x, y, first = want.group("x"), want.group("y"), _words(want.group("first"))
        on_x, on_y = len(first & _words(x)), len(first & _words(y))
        if on_x == on_y:
            return None
        a, b = (x, y) if on_x > on_y else (y, x)
        return f"{a} should come before {b}"
    return None
