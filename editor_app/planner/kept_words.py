"""Words the request says to keep are never cut: "take out just the sentence where Gunnar floods his basement, keep
'learn from Gunnar'" (round 23, lead).

Why: the quote after "keep" is the one exact phrase in such a message, so a reading that looks for the sentence by
its quoted words found the sentence the person wanted kept, and deleted it. After planning, a plan whose word cuts
cover a phrase the message says to keep is read again without the keep clause (the clause only fences the cut); if
that reading still cuts the kept words, the planner asks instead of cutting them.
"""

from __future__ import annotations

import re
from typing import Any

_KEEP = re.compile(r"(?P<clause>\s*(?:[,;.]|\band\b|\bbut\b|-)*\s*(?:but |and |just )?(?:please )?(?:keep|leave|don't cut|do not cut|dont cut|not)"
                   r"(?: in)?(?: the (?:line|words?|bit|sentence|part|phrase))?(?: where (?:i|she|he) says?)? "
                   r"(?P<q>['\"\u2018\u201c][^'\"\u2019\u201d]{3,}['\"\u2019\u201d])(?: in)?[.!]*)", re.I)


def kept_quotes(message: str) -> list[tuple[str, str]]:
    """(the keep clause, the kept words) for each "keep 'X'" in the message."""
    return [(m.group("clause"), m.group("q").strip("'\"\u2018\u2019\u201c\u201d")) for m in _KEEP.finditer(message or "")]


def without_keep(message: str) -> str:
    return _KEEP.sub("", message).strip()


def cuts_kept(steps: list[Any], project: Any, kept: list[tuple[str, str]]) -> str | None:
    """The first kept phrase the plan's word cuts would remove, or None."""
    from editor_app.model.word_cuts import timeline_words
    from editor_app.planner.said_in import said_at

    cut: set[tuple[str, int]] = set()
    for s in steps:
        if getattr(s, "tool", "") != "cut_words":
            continue
        for r in (s.args or {}).get("ranges", []):
            cut.update((r["media_id"], i) for i in range(int(r["first"]), int(r["last"]) + 1))
    if not cut:
        return None
    placed = timeline_words(project)
    for _, words in kept:
        for a, b in said_at(placed, words):
            if any((placed[k].media_id, placed[k].index) in cut for k in range(a, b + 1)):
                return words
    return None
