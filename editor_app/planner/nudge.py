"""A move said as a small step with no number: "a bit later", "move it slightly earlier", "nudge it
back a touch", and a bare "2 seconds earlier" right after a clip was placed.

Why: people correct a placement by feel. Read literally there is no time to move to, so the move
asked "where should it go?" (or nothing understood the verbless form). "A bit" is the same small,
undoable step as "a bit shorter" (intents.length.A_BIT_SECONDS); the clip is the one "it" names (the
last clip the conversation touched), resolved by the move intent as usual, so no clip is guessed.
"""

from __future__ import annotations

import re

from editor_app.planner.intents.length import A_BIT_SECONDS

_A_BIT = r"(?:a (?:bit|little|touch|tad|smidge|wee bit|fraction)|a little bit|slightly|just a bit|a hair)"
_DIR = r"(?P<dir>later|earlier|sooner)"
_TAIL = r"(?: (?:please|pls|then|than that|than now|if you can|for me))*$"
# "a bit later", "slightly earlier please", "2 seconds earlier": no verb, no clip named (the last one)
_BARE = re.compile(rf"^(?:(?:and|now|then|ok|okay|maybe|just) )*(?:(?P<bit>{_A_BIT})|(?P<n>\d+(?:\.\d+)?) ?(?:seconds?|secs?|s)) "
                   rf"{_DIR}{_TAIL}")
# "move it a bit later", "nudge it earlier a touch", "shift that slightly later": a verb, an amount in words
_VERBED = re.compile(rf"^(?P<head>(?:move|shift|slide|nudge|push|bring|put) (?:it|that|this|that one|this one|them)"
                     rf"(?: (?:back|forward))?) (?:(?P<bit>{_A_BIT}) {_DIR}|(?P<dir2>later|earlier|sooner) (?:by )?(?:{_A_BIT}|a (?:second|sec)))"
                     rf"{_TAIL}")


def nudged(text: str, placed_over: bool = True) -> str | None:
    """``text`` as a move by seconds ("move it 1 seconds later"), when it is a small step said without a
    number or without a verb; None otherwise. The verbless form only when the last clip touched lies over
    the talk (``placed_over``: B-roll, a title, a sound): "a bit later" after a music change is no move."""
    t = text.strip(" .!?")
    bare = _BARE.match(t) if placed_over else None
    if bare:
        amount = A_BIT_SECONDS if bare.group("bit") else float(bare.group("n"))
        return f"move it {amount:g} seconds {_later(bare.group('dir'))}"
    verbed = _VERBED.match(t)
    if verbed:
        way = verbed.group("dir") or verbed.group("dir2")
        return f"{verbed.group('head')} {A_BIT_SECONDS:g} seconds {_later(way)}"
    return None


def _later(word: str) -> str:
    return "earlier" if word in ("earlier", "sooner") else "later"
