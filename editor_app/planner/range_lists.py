"""Two stretches cut with one verb, and a stretch between two quotes.

"cut everything before 'Lift the grates' and everything after 'not the sink'", "cut the first 5 seconds and the last
3 seconds": one verb, two stretches. Read as one instruction, the second stretch was silently dropped (or the whole
thing not understood); split into two instructions with the verb, each is planned in turn. Stretches given as clock
times are left whole: "before 0:10 and after 0:50" are both times on the timeline as it is now, which the range
intent already plans together (cutting the second after the first would move it).

"everything between 'A' and 'B'", "from 'A' until 'B'": the words from the start of A up to, not including, B (see
up_to_quote).
"""

from __future__ import annotations

import re

_VERB = r"(?P<verb>cut|delete|remove|trim|lose|drop|chop|get rid of|take out|scrap|ditch)(?:\s+(?:off|out))?"
_STRETCH = (r"(?:everything|anything|all|the\s+(?:bit|part|stuff))\s+(?:before|after|from|past|following|up\s+to|until|between)\s+.+?"
            r"|the\s+(?:first|last|final|opening|closing)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)(?:\s+of\s+(?:the|my)\s+\w+)?")
_TWO = re.compile(rf"^(?P<head>(?:(?:please|can you|could you|just|also|then)\s+)*){_VERB}\s+(?P<a>{_STRETCH})\s*,?\s+(?:and|plus|&)\s+"
                  rf"(?:also\s+)?(?P<b>{_STRETCH})\s*[.!]*$", re.I)
_CLOCK = re.compile(r"\d+:\d\d|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s+of)", re.I)
_QUOTE = r"(?:\"(?P<{0}>[^\"]+)\"|'(?P<{0}2>[^']+)')"
_UP_TO = re.compile(rf"^(?:(?:please|can you|could you|just|also|then)\s+)*(?:cut|delete|remove|trim|lose|drop|chop|get rid of|take out|scrap)"
                    rf"(?:\s+out)?\s+(?:everything\s+|anything\s+|all\s+|the\s+(?:bit|part|stuff)\s+)?"
                    rf"(?:between\s+{_QUOTE.format('a')}\s+and|from\s+{_QUOTE.format('b')}\s+(?:until|till|til|up\s+until|"
                    rf"up\s+to\s+but\s+not\s+including|(?:up\s+)?to\s+(?:(?:just|right)\s+)?before|to\s+the\s+start\s+of))\s+"
                    rf"{_QUOTE.format('c')}\s*[.!]*$", re.I)


def two_stretches(instruction: str) -> list[str] | None:
    """The two instructions of "cut <stretch> and <stretch>", or None (see the module)."""
    m = _TWO.match(instruction.strip())
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if _CLOCK.search(re.sub(r"\b(?:first|last|final|opening|closing)\s+\d+(?:\.\d+)?\s*\w+", "", a + " " + b)):
        return None  # clock times: one range plan on the timeline as it is
    verb = m.group("verb")
    return [f"{m.group('head')}{verb} {a}".strip(), f"{verb} {b}"]


def up_to_quote(ctx):
    """Round 15: 'cut everything between "A" and "B"', 'from "A" until "B"', 'from "A" to just before "B"': the words
    from the start of A up to, not including, B. Before, "between" took a quote for a file's name, "until" cut B too,
    and "to just before" cut past B to the end of its sentence."""
    from editor_app.model.words import norm
    from editor_app.planner.intents import clock, step
    from editor_app.planner.intents.sentences import _quoted_hits, _spans
    from editor_app.planner.intents.words import AGENT, _ranges
    from editor_app.planner.types import Match, Unclear

    m = _UP_TO.match(ctx.text.strip())
    if m is None:
        return None
    first = m.group("a") or m.group("a2") or m.group("b") or m.group("b2")
    last = m.group("c") or m.group("c2")
    placed, _ = _spans(ctx)
    if not placed:
        return None
    hits = []
    for quote in (first, last):
        found = _quoted_hits(placed, quote)
        if not found:
            raise Unclear(f"I can't find \"{quote}\" in the talk. Quote the words as they are said.")
        hits.append(found)
    pairs = [(a, b) for a, _ in hits[0] for b, _ in hits[1] if b > a]
    if not pairs:
        raise Unclear(f"\"{last}\" is not said after \"{first}\", so there is nothing between them.")
    if len(pairs) > 1:
        nearest = {}
        for a, b in pairs:
            nearest[a] = min(nearest.get(a, b), b)
        pairs = sorted(nearest.items())
        if len(pairs) > 1:
            where = ", ".join(clock(placed[a].start) for a, _ in pairs[:4])
            raise Unclear(f"\"{first}\" is said more than once before \"{last}\" (at {where}). Quote more of the words.")
    a, b = pairs[0]
    words = " ".join(p.text for p in placed[a:b])
    words = words if len(words) <= 80 else words[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b - 1)}, AGENT)],
                 f"cut \"{words}\" (from {clock(placed[a].start)}), up to \"{last}\", which stays")


_BESIDE = re.compile(r"\b(?:cut|delete|remove|trim|lose|drop|chop|get rid of|take out|scrap|bin|ditch)\b(?:\s+out)?\s+(?:the|that|this)\s+"
                     r"(?:(?:last|final|little|small|short|tiny|wee|whole|next|first|extra)\s+)?"  # round 16: "the last bit after I say X"
                     r"(?P<what>bit|part|stuff|section|words?|piece|moment)\s+(?:right\s+|just\s+|straight\s+|immediately\s+)?"
                     r"(?P<side>after|before|following|preceding)\s+(?:where\s+|when\s+)?(?:i\s+(?:say|said|mention)\s+)?(?P<quote>.+)$", re.I)


def beside_quote(instruction: str) -> None:
    """Round 15: "take out the bit after I say 'another year'" cut the words "another year" themselves; how far "the bit
    after" runs is not said, so ask, naming the two cuts that are exact. Raises Unclear, or returns None."""
    from editor_app.planner.types import Unclear

    m = _BESIDE.search(instruction)
    if m is None:
        return None
    quote = m.group("quote").strip(" .!?\"'")
    side = "after" if m.group("side").lower() in ("after", "following") else "before"
    raise Unclear(f"How much {side} \"{quote}\" should go? Say \"cut everything {side} '{quote}'\" to cut to the "
                  f"{'end' if side == 'after' else 'start'}, or quote the words to cut (\"cut 'the words'\").")
