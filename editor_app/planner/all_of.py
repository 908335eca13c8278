"""Whether a request about fillers means every one of them: "all the ums", "every uh", "the ums, all
of them", "the um every time".

Why: a quantifier inside the words that locate one filler is part of what was said, not a request
for all of them. "delete the um right before check every pin is straight" had removed every um in
the talk because "every" appeared anywhere in the request. A quantifier counts only before the
filler word, or after it as "all of them" / "every time" and the like; quoted words never count.
"""

from __future__ import annotations

import re

_BEFORE = re.compile(r"\b(?:all|every|each|any)\b")
_AFTER = re.compile(r"\b(?:all of (?:them|those|these|the \w+)|every (?:single )?one|each one|every time|each time|"
                    r"everywhere|all times|the lot)\b")
_QUOTED = re.compile(r"\"[^\"]*\"")


def means_every(text: str, filler_end: int) -> bool:
    """True when ``text`` (lower case) asks for every filler; ``filler_end`` is where the filler word ends."""
    tail = _QUOTED.sub(" ", text[filler_end:])
    return bool(_BEFORE.search(text[:filler_end]) or _AFTER.search(tail))
