"""One clip taken out and another put where it was: "delete the screen recording and put the kneading clip there
instead", "get rid of the gopro clip and use the brushing one in its place".

Why: the message was split at "and"; the removal ran, then "put the kneading clip there instead" had no place
("there" pointed at a clip that was gone) and asked where, leaving a gap in the B-roll. Said in one breath, it is
a replacement, which the replace intent plans as one edit (same place, same length).
"""

from __future__ import annotations

import re

_THERE = re.compile(r"^(?:(?:can|could) you |please )?(?:delete|remove|get rid of|drop|bin|ditch|lose|scrap|cut) "
                    r"(?P<old>(?:the|that|my) [^,;]{1,60}?),? (?:and|then|and then) (?:put|use|stick|pop|drop|place|add|have) "
                    r"(?P<new>(?:the|my|that) [^,;]{1,60}?) (?:there|in its place|in there|where it was|in the same (?:place|spot))"
                    r"(?: instead)?$")


def put_there_instead(text: str) -> str | None:
    """"replace <old> with <new>" for a removal followed by a placement "there", else None."""
    found = _THERE.match(text.strip(" .!?"))
    if found is None:
        return None
    return f"replace {found.group('old')} with {found.group('new')}"
