"""Clauses that set up the next one instead of asking for an edit themselves.

Why: people say what is wrong first and what to do second: "there's loads of dead air, tighten
it up", "the garden shot looks washed out, can you boost the colours". Read alone, the first
clause is either nothing or a different edit ("washed out" read as "desaturate"), and the
second has no object. Here the first clause lends the second its object: the thing that
"there is" replaces the second clause's pronoun, and a clip a state clause is about becomes
the second clause's subject (its target when it names none itself).
"""

from __future__ import annotations

import re

# "there's loads of dead air", "there are some awkward silences", "there is a long pause at 0:12"
_THERE = re.compile(r"^(?:there(?:'s| is| are|'re)|i(?:'ve| have) got|we(?:'ve| have) got|i hear|i see|i notice) "
                    r"(?:(?:loads|lots|a lot|plenty|a bunch|tons|heaps|way too much|too much|too many|so much|so many)"
                    r"(?: of)? |some |a few |a couple of |a |an |the |still )*(.+)$")
_OBJECT_PRONOUN = re.compile(r"\b(it|them|those|these|that)\b")
# "the garden shot looks washed out", "the music sounds too loud", "my voice is a bit quiet"
_STATE = re.compile(r"^(?:the|my|this|that|our|these|those)\b[^,]*?\b(?:is|are|'s|looks?|sounds?|seems?|feels?|appears?|gets?)"
                    r"\b(?! (?:on|at|over|from|to|in)\b)")


def lend_object(instruction: str, following: str) -> str | None:
    """The next clause with its pronoun replaced by what ``instruction`` says there is
    ("there's loads of silences", "tighten it up" -> "tighten the silences up"), or None."""
    there = _THERE.match(instruction)
    if there is None or not _OBJECT_PRONOUN.search(following):
        return None
    thing = there.group(1).strip()
    if not thing or len(thing.split()) > 6:
        return None
    return _OBJECT_PRONOUN.sub(f"the {thing}", following, count=1)


def is_state(instruction: str) -> bool:
    """A clause that says how something is ("the garden shot looks washed out"), not what to do."""
    return bool(_STATE.match(instruction))
