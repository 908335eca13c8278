"""Ducking said with its return: "dip the music when I speak and bring it back up in the gaps",
round 16: "can the music get quieter while I talk and louder again once I'm done".

Why: the second half is what ducking already does (the level comes back between sentences), but read
as an instruction of its own ("come back up in the gaps") it was not understood and the whole request
failed. When the request ducks or dips the music under the speech, that tail is dropped.
"""

from __future__ import annotations

import re

_DUCKS = re.compile(r"\b(?:duck|ducks|ducking|dip|dips|dipping|drop|drops|lower|lowers|go down|goes down|come down|comes down|"
                    r"(?:go|goes|get|gets|be|is|become|becomes) (?:a bit |a little |much |way )?(?:quieter|softer|lower))\b"
                    r".*\b(?:when|whenever|while|as|every time|under)\b")
_RETURN = re.compile(r",? (?:and |then )?(?:(?:have it|let it|bring it|make it|get it|it should|should) )?"
                     r"(?:(?:(?:get|gets|go|goes|be|is|come|comes) )?louder|come|comes|coming|go|goes|swell|swells|rise|rises|pop|pops|bounce|bounces|back)"
                    r"(?: back)?(?: up)?"
                     r"(?: again)?(?: after(?:wards)?| afterwards)?(?: (?:in|during|between|for|over) (?:the )?(?:gaps|pauses|silences|breaks|quiet bits)"
                     r"| (?:when|whenever|once|after) i(?:'m| am)? (?:stop|pause|done|finish|not talking|quiet)\w*(?: talking)?)?[ ?.!]*$")


def without_duck_return(text: str) -> str | None:
    """``text`` without a "... and come back up in the gaps" tail after a duck; None when there is none."""
    m = _RETURN.search(text)
    if m is None or m.start() == 0 or not _DUCKS.search(text[:m.start()]):
        return None
    if not re.search(r"\bback\b|\bswells?\b|\brises?\b|\blouder\b", m.group(0)):  # round 16: "louder again when I stop"
        return None
    return text[:m.start()]
