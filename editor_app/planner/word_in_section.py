"""A word to cut named with the part of the talk it is in: "the word tiny from my intro".

Why: people place a word by the part of the video it is said in, and often add why after a comma
("remove the word tiny from my intro, the kitchen isn't that small"). The words-to-cut intent searched
the talk for the whole phrase, section name and reason included, and asked for a quote. Here the word
is looked for only in that part: the opening sentences for the intro, the closing ones for the outro.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from editor_app.model.words import find_phrase, sentences

_IN_SECTION = re.compile(r"^\"?(?P<w>[^\",]+?)\"? (?:in|from|out of) (?:the|my|our) "
                         r"(?P<s>intro|introduction|opening|start|beginning|outro|ending|end|sign[- ]?off)"
                         r"(?: (?:bit|part|section|line|sentence))?(?:,.*)?$")
_SENTENCES = 2  # how many sentences "the intro" or "the outro" covers


def word_in_section(placed: Sequence[Any], texts: list[str], phrase: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(the word, where it is said within the section named) for "tiny from my intro", or None when the
    phrase names no section. The hits may be empty (not said there) or several (said twice there)."""
    said = _IN_SECTION.match(phrase.strip())
    if said is None:
        return None
    word = said.group("w").strip()
    spans = sentences(placed)
    if not spans:
        return word, []
    ending = said.group("s") in ("outro", "ending", "end", "sign-off", "signoff", "sign off")
    part = spans[-_SENTENCES:] if ending else spans[:_SENTENCES]
    first, last = part[0][0], part[-1][1]
    return word, [(a, b) for a, b in find_phrase(texts, word) if first <= a and b <= last]
