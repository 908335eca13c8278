"""A "bit" or "part" named by five or more words the talk says once is that line (round 21).

Why: "cut the comment if you want me to do the back glass next bit" named the sentence "Comment if you want me to
do the back glass next, ..." by its words, but "bit" also names pieces of media, so "back glass" found a clip whose
description says it, and the request became a question about a clip not on the timeline. Said with "line" or
"sentence" the same words were already read as the sentence (planner/spoken_lines.py keeps "bit" and "part" out
because "the drone bit" is a clip). Five or more words said together exactly once are a quotation, not a clip's
name: the noun becomes "line", and the line readings find the sentence (or ask, when it is not one).
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import find_phrase
from editor_app.planner.spoken_word import as_spoken, heard_words

_BIT = re.compile(r"\b(?:the|that|this|my) (?P<w>[a-z][a-z' ]{10,160}?) (?P<n>bit|part)\b(?! of\b)")
_MIN_WORDS = 5


def said_bit_as_line(text: str, project: Any) -> str | None:
    """'cut the <five or more words said once> bit' -> 'cut the <words> line'; None when the words are not said so."""
    if project is None or '"' in text:
        return None
    said = heard_words(project)
    for match in _BIT.finditer(text):
        words = match.group("w").split()
        for cut in range(len(words) - _MIN_WORDS + 1):  # the words may start after a describing word ("the comment ...")
            run = as_spoken(" ".join(words[cut:]))
            if len(run.split()) >= _MIN_WORDS and len(find_phrase(said, run)) == 1:
                return text[:match.start("n")] + "line" + text[match.end("n"):]
    return None
