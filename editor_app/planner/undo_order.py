"""An undo that names an earlier change by its place: "undo the first one", "undo the one before that",
"take back the earlier change", "undo the second to last edit".

Why: undo takes back changes newest first. After two placements, "undo the first one" undid the
second (the newest), which is the opposite of what was asked and silently kept the one meant. The
history cannot take back an older change alone, so this asks, naming both, and says how to get
either (undo both, or change the clip itself). With only one change in the conversation, "the first
one" is the last one and the undo goes ahead.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.planner.types import Unclear

_EARLIER = re.compile(
    r"\b(?:undo|revert|reverse|take back|scratch)\s+(?:the\s+|my\s+)?(?:very\s+)?"
    r"(?:(?:first|earlier|earliest|older|oldest|original|1st)(?:\s+(?:one|change|edit|thing|step|placement|bit))?"
    r"|(?:one|change|edit|thing)\s+before\s+(?:that|it|this|the last(?: one)?|last)"
    r"|(?:second|2nd)\s+(?:to|from)\s+last(?:\s+(?:one|change|edit|thing))?)\b")


def names_earlier(message: str) -> bool:
    """Whether an undo names a change by an earlier place ("undo the first one")."""
    return _EARLIER.search(message.lower()) is not None


def check_undo_order(whole: str, memory: Any) -> bool:
    """Raise Unclear when the undo names a change older than the last of several; True when it names the
    first of only one change (a plain undo); else False."""
    if memory is None or not _EARLIER.search(whole):
        return False
    edits = [t for t in memory.turns() if t.kind == "edit" and t.applied]
    if len(edits) < 2:
        return bool(edits)
    last, before = edits[-1], edits[-2]
    raise Unclear(f"Undo takes changes back newest first: the last one was \"{last.message}\", and before it "
                  f"\"{before.message}\". Say \"undo both\" to take back both, or tell me how to change what "
                  f"\"{before.message}\" did (e.g. remove or move that clip) and the last change stays.")
