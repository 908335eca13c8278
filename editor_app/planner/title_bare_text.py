"""A title's text said straight after the title noun, with no quotes and no "saying": "put a title Thanks For
Watching at the end", "add a caption never cut the quick when I say never cut into it".

Why: the title intent found a text only in quotes, after "saying"/"that says" or after a colon, so these asked
what the title should say (and before round 16 the second one was read as a cut of the spoken words). Two or more
words right after "a title/caption/lower third", up to where a place or a length begins, are its text; a first
word that says where, how long or how it looks ("at", "for", "big", "red") means no text was said.
"""

from __future__ import annotations

import re

_NOT_TEXT = ("at|for|on|over|when|where|while|whenever|in|to|from|during|across|with|saying|says|that|which|reading|"
             "card|slate|screen|bar|box|big|small|bold|red|white|black|yellow|blue|green|large|tiny|centred|centered|"
             "here|there|of|about|and|then|please|up|near|under|below|above|before|after|right|just|every|each|too")
# Where the text ends: a place, a time or a length begins ("for" only before an amount: "Thanks For Watching" is text).
_END = r"(?:at|on|over|when|where|while|during|from|across|until|till|right|just|for (?:\d|a |an |the |about |around |like ))"
_BARE = re.compile(rf"\b(?:a|an|the|my) (?:title|caption|lower third|heading|subtitle|text|title card) (?!(?:{_NOT_TEXT})\b)"
                   rf"(?P<x>[a-z0-9'!?.&-]+(?: (?!{_END})[a-z0-9'!?.,&-]+)+?)(?= {_END}|$)")


def bare_title_text(text: str) -> str | None:
    """The unquoted words after the title noun, two or more, or None."""
    found = _BARE.search(text)
    return found.group("x").strip(" ,") if found else None
