"""A thing taken off a place: "take the b-roll off the booking bit", "take the gopro clip off the timeline", "get
that photo off the intro".

Why: "off" after a short object is the particle of "take off" (remove), but "take" was no removing verb and the
words "b-roll" and "bit" made the B-roll intent place a clip there: the opposite of the request. "take/get/pull/lift
<X> off <the timeline>" is read as "remove <X>", and "... off <a place>" as "remove <X> from <the place>", which the
removing intents read (asking when only part of a clip would go).
"""

from __future__ import annotations

import re

_OFF = re.compile(r"^(?:take|get|pull|lift|strip|yank|knock) (?P<x>(?:the|that|this|those|these|my|our|all the) [^,;]{1,50}?) "
                  r"off(?: of)? (?P<y>(?:the|my|our|that|this) [^,;]+)$")
_WHOLE = re.compile(r"(?:the|my|our|this|that) (?:timeline|video|edit|project|sequence|film|movie|cut)$")


def taken_off(instruction: str) -> str:
    """``instruction`` with "take X off Y" said as "remove X" (Y the timeline) or "remove X from Y"."""
    found = _OFF.match(instruction)
    if found is None:
        return instruction
    if _WHOLE.match(found.group("y")):
        return f"remove {found.group('x')}"
    return f"remove {found.group('x')} from {found.group('y')}"
