"""The last placement once more somewhere else: "again at 1:00", "same again at 1:10", "and another one
when I talk about the soil", "once more at 1:20".

Why: after "put the dog photo at 0:40", people ask for a second copy by the place alone. Read as a
request, "again" named the file "intro again.m4a" and that was put on a new SFX track. Right after an
applied placement of one file, these words are that file put at the new place (the first copy stays),
planned as an ordinary placement, so the place is read as usual and a place that fits nothing asks.
"""

from __future__ import annotations

import re
from typing import Any

_AGAIN = re.compile(r"^(?:(?:and|then|now|ok|okay|also|plus)[ ,]+)*(?:(?:the )?same(?: thing| one)?(?: again)?|again|once more|"
                    r"one more(?: time)?|another(?: one| copy)?|(?:do|put|add|use) (?:it|that|that one|one) again)"
                    r"(?P<where> (?:at|from|over|when|where|during|around|near|in at) .+)$")
_PLACING = frozenset({"place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip"})


def again_at(text: str, memory: Any, project: Any) -> str | None:
    """"add another <the file the last turn placed> <where>" for "again at 1:00" right after one placement, else None."""
    found = _AGAIN.match(text.strip(" .!?"))
    if found is None or memory is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    last = memory.last_edit()
    if not turns or turns[-1].kind != "edit" or last is None or not last.steps:
        return None
    media = {s.get("args", {}).get("media_id") for s in last.steps if s.get("tool") in _PLACING}
    if len(media) != 1 or any(s.get("tool") not in _PLACING | {"add_track"} for s in last.steps):
        return None
    asset = project.media.get(next(iter(media)) or "")
    return f"add another {asset.name.lower()}{found.group('where')}" if asset is not None else None
