"""A place said first, then what goes there: "so where I'm saying the flap should swing open, can you stick the
flap photo over that part", "when I talk about the clamp, pop the gopro clip on there" (round 13, refs).

Why: the message splits at its commas into two instructions, the first a place with no edit and the second an
edit over "that part" with nothing to point back to. Said the other way round ("stick the flap photo over where
I'm saying ...") each reading already knows the place, so the message is turned round before it is split; the
place's own commas go (they would split it again).
"""

from __future__ import annotations

import re

_OPENING = (r"^(?:(?:so|ok|okay|right|alright|and|um|uh|hey)[, ]+)*"
            r"(?P<place>(?:(?:the |that |at the )?(?:bit|part|moment|section) )?(?:where|when|while) (?:i'm|im|i am|i|you|you're) .+)"
            r", (?:and )?(?:(?:can|could|would|will) you |please |pls |then |just )*")
_FRONTED = re.compile(
    _OPENING +
    r"(?P<verb>put|stick|pop|slap|place|drop|add|use|throw|show|lay|overlay|slot)\b (?P<what>.+?) "
    r"(?:over|on|during|under|across|for|in|on top of) (?:all (?:of )?)?(?:that|this|it|there|then)"
    r"(?: (?:part|bit|moment|section|line|bit of the talk))?(?: (?:please|pls|thanks|thank you))?[.!?]*$")
_THERE = re.compile(
    _OPENING +
    r"(?P<verb>put|stick|pop|slap|place|drop|add|use|throw|show|lay|overlay|slot)\b (?P<what>.+?) "
    r"(?:in )?there(?: (?:please|pls|thanks))?[.!?]*$")


def fronted_place(text: str) -> str | None:
    """``text`` with a place said first turned round ("stick X over where I ..."), or None when it is not so."""
    found = _FRONTED.match(text) or _THERE.match(text)
    if found is None or re.search(r"\b(?:cut|delete|remove|trim)\b", found.group("place")):
        return None
    place = re.sub(r"\s*,\s*", " ", found.group("place")).strip()
    return f"{found.group('verb')} {found.group('what')} over {place}"
