""""them" after several clauses of one message: "move the X clip to 0:40 and the Y clip to 0:44, then
crossfade them".

Why: "it" in the next clause means what the clause just before changed (planner.core._it_next), so
"them" after two moves said as two clauses meant only the second clip, and the crossfade found no
pair. A plural pronoun (them, both, those, the two) means every clip the message has changed so far,
when that is a few clips; otherwise the usual reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor_app.model.project import Project

_PLURAL = re.compile(r"\b(?:them|both(?: of them)?|those(?: two)?|these(?: two)?|the two(?: of them)?|the pair)\b")
_FEW = 4  # more clips than this changed (a cut touches every talk piece): not what "them" points at


def them_so_far(following: str, start: Project, now: Project,
                touched: Callable[[Project, Project], tuple[str, ...]]) -> tuple[str, ...]:
    """The clips changed since the message began, when ``following`` says "them" and they are 2 to _FEW; else ()."""
    if not _PLURAL.search(following):
        return ()
    clips = touched(start, now)
    return clips if 2 <= len(clips) <= _FEW else ()
