"""B-roll over a list said in the talk: "the tools photo over the list of what you need", "over my
kit list", "over the rundown of the costs".

Why: a talk lists what you need in one sentence ("a drill, some screws and a bottle of talc"), and people
point at it as "the list", with words of their own for what it lists ("what you need", "the kit") that the
sentence may not say. The place is the sentence that lists things (three items or more) that the
description fits best, found as the cut intents find "the X list" (said_in.described over the listing
sentences); with one listing sentence, that one. Nothing here names any project's words.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx, Unclear

_LIST = re.compile(r"\b(?P<prep>over|during|under|across|for|with|on top of) (?:the|my|our|that) (?:(?P<a>[a-z0-9' -]+?) list"
                   r"|list (?:of|with|where i (?:list|go through)|when i (?:list|go through)) (?P<b>[^,]+?))(?=,|$| at\b| for\b)")


_ITEM = re.compile(r"(?:,|:|\band|\bor) (?:a|an|some|the|two|three|four|one|a couple of|a bit of|plenty of|lots of|your)\b")


def _items(text: str) -> int:
    """How many things a sentence lists: items set off by a comma, colon or "and" and led by an article
    ("a drill, some screws and a bottle of talc"); a greeting's commas ("Morning all, Tomasz here") are none."""
    return len(_ITEM.findall(text.lower()))


def list_place(ctx: Ctx, text: str) -> str | None:
    """``text`` with "over the list of X" replaced by the times of that list sentence, or None when it
    points at no list (or the talk has no sentence that lists things)."""
    from editor_app.planner.said_in import described, spoken_sentences

    match = _LIST.search(text)
    if match is None:
        return None
    _, spans = spoken_sentences(ctx)
    lists = [s for s in spans if _items(s.text) >= 2]
    if not lists:
        return None
    description = (match.group("a") or match.group("b") or "").strip()
    chosen = lists[0] if len(lists) == 1 else None
    if chosen is None:
        try:
            chosen = described(ctx, description or "list", lists)
        except Unclear:  # the description fits none better: the one longest list, if one is longest
            counts = sorted((_items(s.text) for s in lists), reverse=True)
            if counts[0] == counts[1]:
                return None
            chosen = max(lists, key=lambda s: _items(s.text))
    return f"{text[: match.start()]}from {chosen.start:.3f} s to {chosen.end:.3f} s{text[match.end():]}"
