"""A part of a cut that points back at the part before it: "remove 'Now, the new blade.' and the botched
line right after it", "the aside and the 'Okay, ...' line after it", "the aside and the line before it".

Why (round 10, suite K): "after it" was read as part of the second part's description, so the list
reader did not split the request and the quote intent cut the quoted line alone (an under-cut), or
the second part was planned on its own and could land on another flub anywhere in the talk. Here
the pointer is taken off the part, the part is planned on its own, and what it cuts must be the
sentence right after (or before) what the part before it cuts, counted in the sentences heard before
the edit; a part that is elsewhere asks, naming where it is. A part that is only a pointer ("the
line after it", "the one before that") is that neighbouring sentence.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import spoken_sentences
from editor_app.planner.types import Ctx, PlanStep, Unclear

_POINTER = re.compile(r"^(?P<core>.+?)(?: that comes| which comes| that follows| coming)?"
                      r" (?:right |just |straight |immediately |directly )?(?P<side>after|before|following|preceding)"
                      r" (?:it|that|this|that one|this one|them|those)$")
_GENERIC = re.compile(r"^(?:the|that|then the) (?:next |following |previous |one |whole )*(?:line|sentence|one|bit|part|take)$")

# round 12b: "sorry let me say that again, and the fumbled start before it": the take a self-correction abandons is
# part of that one false start (intents/retakes.py cuts both), not a sentence next to a cut
_ABANDONED = re.compile(r"^(?:the |that |my |her |his )?(?:\w+ )?(?:fumbled|false|bad|botched|failed|abandoned|flubbed|broken|"
                        r"messed up|first|wrong) (?:start|attempt|try|take|go|version)$")

Key = tuple[str, int]  # (media id, word index): a word of the talk, whatever the cuts before did


def pointer(part: str) -> tuple[str, str] | None:
    """(the part without its pointer, "after" or "before"), or None when it points at nothing."""
    m = _POINTER.match(part.strip())
    if m is None or _ABANDONED.match(m.group("core").strip()):
        return None
    return m.group("core").strip(), "before" if m.group("side") in ("before", "preceding") else "after"


def is_generic(core: str) -> bool:
    """"the line", "the one", "the next sentence": only where it is says which sentence."""
    return bool(_GENERIC.match(core))


def cut_keys(steps: list[PlanStep]) -> list[Key] | None:
    """The talk words ``steps`` cut, or None when a step is not a cut of words (it cannot be placed)."""
    keys: list[Key] = []
    for s in steps:
        if s.tool != "cut_words":
            return None
        for r in s.args.get("ranges", []):
            keys.extend((r["media_id"], i) for i in range(int(r["first"]), int(r["last"]) + 1))
    return keys or None


class Order:
    """The sentences heard before any part is cut: which sentence each talk word is in."""

    def __init__(self, ctx: Ctx) -> None:
        placed, self.spans = spoken_sentences(ctx)
        self.of: dict[Key, int] = {}
        for n, s in enumerate(self.spans):
            for p in placed[s.first: s.last + 1]:
                self.of[(p.media_id, p.index)] = n

    def numbers(self, keys: list[Key]) -> list[int]:
        return sorted({self.of[k] for k in keys if k in self.of})

    def neighbour(self, keys: list[Key], side: str, what: str) -> int:
        """The sentence number right ``side`` the sentences ``keys`` are in."""
        numbers = self.numbers(keys)
        if not numbers:
            raise Unclear(f"I can't tell what \"{what}\" is next to. Name both parts with a few of their words.")
        n = numbers[-1] + 1 if side == "after" else numbers[0] - 1
        if not 0 <= n < len(self.spans):
            raise Unclear(f"Nothing is said {side} that, so I don't know which line \"{what}\" means.")
        return n

    def check(self, previous: list[Key], part: list[Key], side: str, what: str) -> None:
        """Unclear unless ``part`` starts (ends) in the sentence right after (before) ``previous``."""
        want = self.neighbour(previous, side, what)
        got = self.numbers(part)
        if not got or (got[0] if side == "after" else got[-1]) != want:
            where = f" is at {clock(self.spans[got[0]].start)}" if got else " is not in the talk"
            raise Unclear(f"\"{what}\"{where}, not right {side} the part before it (that is "
                          f"\"{_short(self.spans[want].text)}\" at {clock(self.spans[want].start)}). "
                          "Which do you mean? Nothing is cut yet.")


def neighbour_steps(order: Order, current: Ctx, previous: list[Key], side: str, what: str) -> list[PlanStep]:
    """The sentence right ``side`` the previous part, cut from the timeline as the parts before left it."""
    from editor_app.planner.intents.words import AGENT, _ranges

    n = order.neighbour(previous, side, what)
    placed, _ = spoken_sentences(current)
    held = [i for i, p in enumerate(placed) if order.of.get((p.media_id, p.index)) == n]
    if not held or held != list(range(held[0], held[-1] + 1)):
        raise Unclear(f"The line {side} that is not all on the timeline any more. Which do you mean?")
    return [step("cut_words", {"ranges": _ranges(placed, held[0], held[-1])}, AGENT)]


def says_neighbour(order: Order, previous: list[Key], side: str, what: str) -> str:
    s = order.spans[order.neighbour(previous, side, what)]
    return f"delete the sentence {side} it (\"{_short(s.text)}\" at {clock(s.start)})"


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"
