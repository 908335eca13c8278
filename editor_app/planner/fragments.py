"""A request typed in fragments, with full stops where the sentence goes on: "Could you put the footage of the old seat
being cut out over the part. Where I tell them to cut it out.", "The video of the finished chair turning. Put it over.
Where I say it's back in business." (round 23, lead).

Why: a full stop ends an instruction, so each fragment was read alone: "where I tell them to cut it out" as a new
request, "the video of the finished chair turning" as a clip with nothing to do. Two shapes are joined back: a
fragment that starts with a place ("over where ...", "where I say ...", "when ...") goes on the sentence before it;
a media described first and then "put it/that over ..." is put back after its verb (planner/fronted.py does the same
after a comma).
"""

from __future__ import annotations

import re

_PLACE_FRAGMENT = re.compile(r"(?<=[a-z0-9'\"])\.\s+(?=(?:over|where|when|while|during|under|underneath|on top of|right where|"
                             r"just where|right when|just when|at the (?:bit|part|point|moment|line|sentence))\b)")
_PUT_IT = r"(?:put|stick|place|pop|lay|drop|overlay|slap|slot|use|bung|chuck|throw)"
_DESCRIBED_THEN_PUT = re.compile(rf"^(?P<np>(?:the|that|this|my|our) [^.!?\"]{{3,90}}?)\.\s+(?:(?:can you|could you|please|pls|just|and|so|now)\s+)*"
                                 rf"(?P<v>{_PUT_IT}) (?:that|it|this|them)\b(?P<rest>.*)$")


def joined_fragments(text: str) -> str | None:
    """``text`` with fragments of one request joined, or None when nothing was joined."""
    out = _PLACE_FRAGMENT.sub(" ", text)
    out = re.sub(r"\b(over|on top of|across)\.\s+(?=(?:where|when|while|the (?:bit|part|line|sentence))\b)", r"\1 ", out)
    described = _DESCRIBED_THEN_PUT.match(out)
    if described is not None:
        out = f"{described.group('v')} {described.group('np')}{described.group('rest')}"
    return out if out != text else None
