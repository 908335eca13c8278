"""One verb for two edits: "make the ice clip black and white and the autumn one brighter", "make my voice louder
and the music quieter", "turn the talk up and the music down".

Why: English leaves the second verb out ("gapping"), so the message holds one instruction by its verbs and the
second edit was silently dropped (the plan made only the first clip black and white). Split into two full
instructions, each with the verb, they are planned in turn like any two instructions.
"""

from __future__ import annotations

import re

_LOOK = (r"black and white|black & white|b&w|b and w|greyscale|grayscale|brighter|darker|dimmer|warmer|cooler|colder|"
         r"more colou?rful|less colou?rful|more saturated|less saturated|punchier|louder|quieter|softer|lower|higher|"
         r"faster|slower|quicker|bigger|smaller|larger|blurry|blurred|silent|muted|longer|shorter")
_REF = r"(?:the|my|that|this|our)\s+[\w .'#-]+?"
_MAKE = re.compile(rf"^(?P<head>(?:(?:please|can you|could you|just|and|then)\s+)*)(?P<verb>make|get|have|set|turn)\s+"
                   rf"(?P<a>{_REF})\s+(?P<x>{_LOOK})\s*,?\s+(?:and|but|while|then)\s+(?:make\s+)?(?P<b>{_REF})\s+(?P<y>{_LOOK})"
                   rf"(?P<tail>(?:\s+(?:please|too|as well|a bit|a little|a touch))*)\s*[.!]*$", re.I)
_TURN = re.compile(rf"^(?P<head>(?:(?:please|can you|could you|just|and|then)\s+)*)(?P<verb>turn|bring|push|pull)\s+"
                   rf"(?P<a>{_REF})\s+(?P<x>up|down)\s*,?\s+(?:and|but|while)\s+(?P<b>{_REF})\s+(?P<y>up|down)"
                   rf"(?P<tail>(?:\s+(?:please|a bit|a little|a touch))*)\s*[.!]*$", re.I)


# round 16: "put IMG_7710 at 0:30 and IMG_7711 right after it (with a dissolve between them)": the second placement
# has no verb, and the transition is a third edit on the two
_PLACE = re.compile(r"^(?P<head>(?:(?:please|can you|could you|just|and|then)\s+)*)(?P<verb>put|place|stick|pop|add|drop|insert|chuck|"
                    r"throw|lay)\s+(?P<a>.+?\s+(?:at|over|on|from|to|in|after|before)\s+.+?)\s*,?\s+(?:and|then|and then)\s+"
                    r"(?!(?:put|place|stick|pop|add|drop|insert|make|cut|move|fade|crossfade)\b)(?P<b>(?:the\s+)?[\w .'#-]+?)\s+"
                    r"(?P<after>(?:right\s+|straight\s+|directly\s+|immediately\s+|just\s+)?after\s+(?:it|that|that one))"
                    r"(?:\s*,?\s+with\s+(?:a\s+|an\s+)?(?P<join>cross[- ]?fade|cross[- ]?dissolve|dissolve|fade|transition)\s+"
                    r"(?:between\s+(?:them|the two)|in between))?\s*[.!]*$", re.I)


def ungapped(instruction: str) -> list[str] | None:
    """The two full instructions of a gapped one, or None (see the module)."""
    place = _PLACE.match(instruction.strip())
    if place is not None:
        out = [f"{place.group('head')}{place.group('verb')} {place.group('a')}".strip(),
               f"{place.group('verb')} {place.group('b')} {place.group('after')}"]
        return out + ([f"add a {place.group('join')} between them"] if place.group("join") else [])
    for pattern in (_MAKE, _TURN):
        m = pattern.match(instruction.strip())
        if m is None:
            continue
        if re.search(r"\b(?:and|&)\b", m.group("a")) or re.search(r"\b(?:and|&)\b", m.group("b")):
            return None  # "the intro and the outro": one list, not two edits
        verb, tail = m.group("verb"), (m.group("tail") or "")
        return [f"{m.group('head')}{verb} {m.group('a')} {m.group('x')}{tail}".strip(), f"{verb} {m.group('b')} {m.group('y')}{tail}"]
    return None
