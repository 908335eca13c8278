"""One described place said with "and": "over the part where I undo the screw and pull the lever off".

Why: requests are split into instructions at "and" before a verb ("put X at 0:05 and fade the music"),
so a place described as two things the speaker does ("where I mix the powder and get it smooth") came
apart, and its second half was read as an instruction nobody gave. After "where/while/when I ...", an
"and <verb> ..." that holds nothing an edit is about (no edit word, no time, no media or track noun)
still describes the place; one that does ("... and make it black and white") is a new instruction.
"""

from __future__ import annotations

import re

_DESCRIBING = re.compile(r"\b(?:where|when|while|whenever|as|once) (?:i|i'm|we|we're|you|you're)\b"
                         r"|\b(?:over|during) (?:me|us) [a-z]+ing\b")
_EDIT_THING = re.compile(r"\d|\b(?:clip|shot|footage|photo|picture|image|still|music|song|track|title|caption|text|"
                         r"volume|transition|effect|sound|audio|video|timeline|silences?|pauses?|ums?|fillers?|b-?roll|"
                         r"undo|redo|export|render|save)s?\b")


def continues_place(before: str, after: str) -> bool:
    """``after`` (the words after "and") goes on describing the place that ``before`` is describing."""
    if not _DESCRIBING.search(before) or _EDIT_THING.search(after):
        return False
    from editor_app.planner.intents.broll import _OTHER_EDIT

    return not _OTHER_EDIT.search(after)
