"""A nudge said by its direction alone, after a level or speed change: "go lower", "up a bit", "down a touch",
"go up a little", "lower still" (round 16).

Why: "a bit lower" / "a bit higher" after "music to -20" were read as a step of the last edit, but the same nudge said
with "go" or as "up"/"down" plus an amount was not understood ("hmm still kinda loud, go lower", "now I can't hear it
at all, up a bit"). Each is rewritten to the "a bit lower" / "a bit higher" form the dialogue already reads as a
nudge of the thing just changed; nothing else (a time, a clip, a verb of its own) is read here.
"""

from __future__ import annotations

import re

_AMOUNT = r"(?:a |an )?(?:bit|little|touch|tad|smidge|hair|wee bit|little bit|notch|fraction)"
_ONE = re.compile(
    rf"^(?:go )?"
    rf"(?:(?P<amount1>{_AMOUNT}|slightly|even|much|a lot|way) )?(?P<dir>up|down|lower|higher)"
    rf"(?: (?P<amount2>{_AMOUNT}|slightly|a bit more|a little more|some|still|more|again|please|then|now))*$")
_VERB_LED = re.compile(r"^go ")  # "turn it up a bit" and the like are read elsewhere, as they always were


def as_nudge(clause: str) -> str | None:
    """"go lower" -> "a bit lower", "up a bit" -> "a bit higher"; None when ``clause`` is not a bare direction
    (or is already said the way the dialogue reads it: "lower", "a bit lower")."""
    text = clause.strip(" .!?").lower()
    m = _ONE.match(text)
    if m is None:
        return None
    direction = m.group("dir")
    if direction in ("lower", "higher") and not _VERB_LED.match(text):
        return None  # "a bit lower", "lower please": read as they always were
    if direction in ("up", "down") and not (_VERB_LED.match(text) or m.group("amount1") or m.group("amount2")):
        return None  # "up" / "down" alone is too little to go on
    said = (m.group("amount1") or m.group("amount2") or "").removeprefix("a ").removeprefix("an ")
    amount = f"a {said}" if said in ("little", "touch", "tad") else "a bit"
    return f"{amount} {'higher' if direction in ('up', 'higher') else 'lower'}"


def nudges_said(parts: list[str]) -> list[str]:
    """Each comma part of each clause rewritten by as_nudge where it is a bare direction."""
    out = []
    for clause in parts:
        pieces = clause.split(",")
        out.append(",".join((f" {n}" if k else n) if (n := as_nudge(p)) else p for k, p in enumerate(pieces)))
    return out
