""""The part where he says 'no hang on, I've gone and done that backwards'": the words a request quotes from an abandoned
sentence name the abandoned take, not just those words (round 24, lead).

Why: suite AF's "take out the part where he says no hang on ive gone and done that backwards" cut the nine words of the
announcement and left the botched half-sentence before it in the video (a wrong destructive edit). When a request
says "the part/bit where ... says X" and the plan cuts only words inside a sentence the speaker abandons out loud
(model.words.false_starts), the request is read again as that false start. "cut the words 'no hang on'" stays words.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.planner.intents import clock

_PART_SAID = re.compile(r"\b(?:part|bit|section|moment|spot|place|where|when)\b.{0,40}\b(?:says?|said|goes|went|saying)\b")
_JUST_WORDS = re.compile(r"\b(?:the words?|just the|only the|word for word|phrase)\b")


def cut_word_keys(steps: list[Any]) -> set[tuple[str, int]]:
    """(media id, word index) of every word the cut_words steps cut: what a plan takes out, to compare with sentences."""
    return {(r["media_id"], i) for s in steps for r in s.args.get("ranges", []) for i in range(r["first"], r["last"] + 1)}


def retake_said(message: str, steps: list[Any], project: Any) -> str | None:
    """The request as "cut the false start at T" when its plan cuts words inside one abandoned sentence only; else None."""
    text = (message or "").lower()
    if not steps or not _PART_SAID.search(text) or _JUST_WORDS.search(text):
        return None
    if any(s.tool != "cut_words" for s in steps):
        return None
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import false_starts

    placed = timeline_words(project)
    cut = cut_word_keys(steps)
    if not cut or not placed:
        return None
    for a, b in false_starts(placed):
        inside = {(p.media_id, p.index) for p in placed[a: b + 1]}
        if cut <= inside and cut != inside:
            return f"cut the false start at {clock(placed[a].start)}"
    return None
