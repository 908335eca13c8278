""""Cut everything except the part about X", "keep only the bit about Y": ask, never cut X itself.

Why: read word by word, "cut everything except the part about the grease tray" is a cut of "the part
about the grease tray", so the planner deleted the one part the user wanted to keep. Keeping one part
means cutting everything around it, usually most of the video, so the planner asks for the two cuts
it can do exactly ("cut everything before ..." and "cut everything after ..."). Fillers and pauses
("remove the ums except the first one") and times ("keep only the first 30 seconds") have their own
intents and are not read here.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Unclear

_CUT = r"(?:cut|delete|remove|lose|drop|trim|bin|scrap|ditch|get\s+rid\s+of|take\s+out|chop)"
_ALL = r"(?:everything(?:\s+else)?|all\s+(?:of\s+it|the\s+rest|else)|all|the\s+rest(?:\s+of\s+(?:it|the\s+video))?|" \
       r"the\s+whole\s+(?:thing|video|talk)|every\s+other\s+(?:bit|part|sentence|line))"
_BUT = r"(?:except(?:\s+for)?|apart\s+from|but(?:\s+not)?|other\s+than|besides|save\s+for|bar)"
_PATTERNS = [
    re.compile(rf"\b{_CUT}\s+{_ALL}\s*,?\s+{_BUT}\s+(?P<kept>.+)$", re.I),
    re.compile(rf"\b(?:only\s+keep|keep\s+(?:only|just)|just\s+keep|leave\s+(?:only|just)|i\s+only\s+want(?:\s+to\s+keep)?|"
               rf"all\s+i\s+want\s+is)\s+(?P<kept>.+)$", re.I),
    re.compile(rf"\bkeep\s+(?P<kept>.+?)\s+(?:only|and\s+(?:cut|delete|lose|drop|bin|ditch)\s+(?:the\s+rest|everything\s+else))\s*$", re.I),
]
_OWN_INTENT = re.compile(r"\b(?:ums?|uhs?|ers?|erms?|fillers?|filler\s+words?|hesitations?|pauses?|silences?|gaps?|"
                         r"seconds?|secs?|minutes?|mins?|\d+\s*s\b|\d+:\d\d|first\s+(?:one|take)|last\s+(?:one|take)|takes?|"
                         r"likes|you\s+knows|sos)\b", re.I)


def keep_only(text: str) -> None:
    """Raise Unclear when ``text`` asks to keep one part and cut the rest (see the module)."""
    for pattern in _PATTERNS:
        found = pattern.search(text)
        if found is None:
            continue
        kept = re.sub(r"\bi\b", "I", found.group("kept").strip(" .!?,"))
        if not kept or _OWN_INTENT.search(kept):
            return
        raise Unclear(
            f"Keeping only {kept} means cutting everything around it, which is most of the video, so I haven't "
            "guessed. Tell me the two cuts: \"cut everything before '<its first words>'\" and then "
            "\"cut everything after '<its last words>'\", and I'll show you each one first.", [])
