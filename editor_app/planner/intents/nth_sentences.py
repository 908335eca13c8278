"""Sentences of the talk named by their place: "delete the third sentence", "cut sentences 2 and 3", "remove the
last two sentences", "cut the 2nd and 4th lines", "sentences 2 to 4".

Why: these were read as a sentence that *says* "third" ("No sentence clearly says 'third'") or as a clip to remove
("Which clip should I remove?"). A place in the talk is exact, so each named sentence is cut, counted on the
timeline as it is now; a place past the last sentence asks. A sentence described further ("the last sentence about
the ladder") is left to the intents that read descriptions.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.types import Ctx, Match, Unclear

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
        "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
        "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
        "last": -1, "final": -1, "penultimate": -2, "second to last": -2, "second-to-last": -2, "second last": -2,
        "second-last": -2}
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "couple of": 2, "2": 2, "3": 3, "4": 4, "5": 5}
_REMOVE = r"(?:cut|trim|remove|delete|drop|lose|skip|kill|ditch|erase|get rid of|take out|scrap|chop|bin|axe|nuke)"
_ORDS = "|".join(sorted((re.escape(k) for k in _ORD), key=len, reverse=True))
_NOUN = r"(?:sentences?|lines?)"
_TAIL = r"(?:\s+(?:of|in)\s+(?:the|my)\s+(?:video|talk|clip|recording|edit))?(?:\s+(?:please|pls|thanks|for me))?\s*[.!]*$"
_LIST = re.compile(rf"^(?:please\s+|can you\s+|could you\s+|just\s+)*{_REMOVE}(?:\s+out)?\s+(?:the\s+|my\s+)?(?P<body>.+?){_TAIL}", re.I)
_BY_ORD = re.compile(rf"^(?P<ords>(?:{_ORDS})(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?(?:{_ORDS}))*)\s+{_NOUN}$")
_BY_NUM = re.compile(rf"^{_NOUN}\s+(?P<a>\d+)(?:\s*(?:-|–|to|through|thru|until)\s*(?P<b>\d+)|(?P<more>(?:\s*(?:,|and|&)\s*\d+)+))?$")
_BY_COUNT = re.compile(rf"^(?P<edge>first|last|opening|final)\s+(?P<n>{'|'.join(_COUNT)})\s+{_NOUN}$")


def _indices(body: str, total: int) -> list[int] | None:
    """0-based sentence indices the words name, or None when they name no sentence by place."""
    if (m := _BY_ORD.match(body)) is not None:
        said = re.findall(_ORDS, m.group("ords"))
        return [(_ORD[w] - 1) if _ORD[w] > 0 else total + _ORD[w] for w in said]
    if (m := _BY_NUM.match(body)) is not None:
        first = int(m.group("a"))
        if m.group("b"):
            return [i - 1 for i in range(first, int(m.group("b")) + 1)]
        return [first - 1] + [int(n) - 1 for n in re.findall(r"\d+", m.group("more") or "")]
    if (m := _BY_COUNT.match(body)) is not None:
        n = _COUNT[m.group("n")]
        return list(range(n)) if m.group("edge") in ("first", "opening") else list(range(total - n, total))
    return None


def nth_sentences(ctx: Ctx) -> Match | None:
    """Cut the sentences named by their place in the talk (see the module)."""
    found = _LIST.match(ctx.text.strip())
    if found is None:
        return None
    from editor_app.planner.intents.sentences import _spans
    from editor_app.planner.intents.words import AGENT, _ranges

    body = found.group("body").strip()
    if _indices(body, 1_000_000) is None:
        return None
    placed, spans = _spans(ctx)
    if not placed:
        return None  # a transcript without word times: "the first/last sentence" is cut by its time span (words.py)
    total = len(spans)
    wanted = sorted(set(_indices(body, total) or []))
    bad = [i for i in wanted if i < 0 or i >= total]
    if bad or not wanted:
        raise Unclear(f"The talk on the timeline has {total} sentence{'s' if total != 1 else ''}, so there is no "
                      f"sentence {bad[0] + 1 if bad and bad[0] >= 0 else 'there'}. Quote a few of the words of the one to cut.")
    if len(wanted) == total:
        raise Unclear("That names every sentence of the talk. Cutting all of it leaves nothing; say which ones to keep.")
    ranges = [r for i in reversed(wanted) for r in _ranges(placed, *spans[i])]
    said = "; ".join(f"\"{_quote(placed, *spans[i])}\" at {clock(placed[spans[i][0]].start)}" for i in wanted)
    numbers = [str(i + 1) for i in wanted]
    named = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]
    return Match([step("cut_words", {"ranges": ranges}, AGENT)],
                 f"delete sentence{'s' if len(wanted) > 1 else ''} {named} of {total} ({said})")


def _quote(placed, a: int, b: int) -> str:
    text = " ".join(p.text for p in placed[a: b + 1])
    return text if len(text) <= 60 else text[:57] + "…"
