"""A word to cut named with the quoted line it is in: "take out the word literally from 'it was literally
perfect'".

Why: the words-to-cut intent read the first quote in the request as the words to cut, so naming the line
a word is in cut the whole line, a destructive misreading of a request for one word. Here the quote only
says where: the word is cut inside the one place the quote is said. A quote that is not said, a word the
quoted line does not hold, or a word said twice in it asks instead of guessing.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from editor_app.model.words import find_phrase, norm
from editor_app.planner.types import Unclear

_WORD_IN_QUOTE = re.compile(r"^[\"']?(?P<w>[^\"]+?)[\"']? (?:from|in|inside|within|out of|at the (?:start|end) of) "
                            r"(?:the (?:line|sentence|bit|part|phrase|quote) |where (?:i|she|he|they|we) says? )?"
                            r"\"(?P<q>[^\"]+)\"(?: (?:line|sentence|bit|part))?[.!?]?$")


def word_in_quote(placed: Sequence[Any], phrase: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(the word, where it is said inside the quoted line) for 'literally from "it was literally perfect"',
    or None when ``phrase`` is not a word named with a quote it is in (the whole quote is then the words).
    Raises Unclear when the quote is not heard, is heard more than once with the word in several, or
    does not hold the word."""
    from editor_app.planner.said_in import said_at

    said = _WORD_IN_QUOTE.match(phrase.strip())
    if said is None:
        return None
    word, quote = said.group("w").strip(" '\""), said.group("q").strip()
    if norm(word) == norm(quote) or len(norm(word).split()) >= len(norm(quote).split()):
        return None  # "the words 'a b c' from ..." longer than the quote: not a word inside a line
    texts = [norm(p.text) for p in placed]
    lines = said_at(list(placed), quote)
    if not lines:
        raise Unclear(f"I can't hear \"{quote}\" in what is said on the timeline, so I don't know which \"{word}\" "
                      "you mean. Quote the line as it is spoken.")
    inside = [(a, b) for a, b in find_phrase(texts, word) if any(la <= a and b <= lb for la, lb in lines)]
    if not inside:  # round 24: "remove the word mate from 'dont you dare tip it down the drain'": the quote opens the line
        whole = [_sentence_around(placed, la, lb) for la, lb in lines]
        inside = [(a, b) for a, b in find_phrase(texts, word) if any(la <= a and b <= lb for la, lb in whole)]
    if not inside:
        raise Unclear(f"\"{quote}\" doesn't have the word \"{word}\" in it. Which word do you want cut?")
    if len(inside) > 1:
        raise Unclear(f"\"{word}\" is said {len(inside)} times in \"{quote}\". Which one do you mean?")
    return word, inside


def _sentence_around(placed: Sequence[Any], first: int, last: int) -> tuple[int, int]:
    """The sentence (first, last word) holding the words first..last: out to the nearest sentence ends either side."""
    def ends(i: int) -> bool:
        return placed[i].text.rstrip("\"')").endswith((".", "?", "!"))

    while first > 0 and not ends(first - 1):
        first -= 1
    while last < len(placed) - 1 and not ends(last):
        last += 1
    return first, last
