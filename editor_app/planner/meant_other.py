"""A correction of which thing the last edit was for: "no, I meant the music", "sorry, the music not the
talk", "not the talk, the music".

Why: after "turn the talk down 3 dB", people who meant the music say only what they meant. Read alone
it names no action and was not understood, so the talk stayed down and the music did not change. It
is the last edit taken back and the same edit made on what is named (the orchestrator undoes the last
change first, as for "undo that and ..."; "the same for X" then copies the undone edit's steps, so
nothing new is guessed: a name that fits no clip asks). A placement's correction ("no, the dog one")
is planner/corrected.py's, so after a placement the words are left as said.
"""

from __future__ import annotations

import re
from typing import Any

_LEAD = r"^(?:(?:no+|nope|nah|sorry|oops|argh|ugh|ah|oh|wait|hmm+|actually|my bad)[ ,!.]+)*"
_MEANT = re.compile(_LEAD + r"(?:i meant|i mean|i said|meant)[ ,]+(?P<what>(?:the|my|that) [a-z0-9_.' -]+?)"
                    r"(?:,? not (?:the|my|that) [a-z0-9_.' -]+)?(?: (?:instead|please|sorry))*$")
_NOT_FIRST = re.compile(_LEAD + r"not (?:the|my|that) [a-z0-9_.' -]+?,? (?:i meant |i mean |but )?(?P<what>(?:the|my) [a-z0-9_.' -]+?)"
                        r"(?: (?:instead|please))*$")
_NOT_AFTER = re.compile(_LEAD + r"(?P<what>(?:the|my) [a-z0-9_.' -]+?),? not (?:the|my|that) [a-z0-9_.' -]+?(?: (?:instead|please))*$")
_PLACING = frozenset({"place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip", "add_title"})


def meant_other(message: str, memory: Any) -> str | None:
    """"do the same for <what>" when ``message`` says the last edit was meant for something else, to be
    planned after that edit is undone; None otherwise (no such words, no edit, or the last was a placement)."""
    from editor_app.planner.text import normalize

    text = normalize(message or "").strip(" .!?")
    found = _MEANT.match(text) or _NOT_FIRST.match(text) or _NOT_AFTER.match(text)
    if found is None or memory is None:
        return None
    last = memory.last_edit()
    if last is None or not last.steps or any(s.get("tool") in _PLACING for s in last.steps):
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    if not turns or turns[-1].kind != "edit" or not turns[-1].applied:
        return None  # only right after that edit: later, "I meant X" may answer something else
    return f"the same for {found.group('what')}"
