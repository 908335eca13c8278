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


_EDIT = re.compile(r"\b(?:cut|remove|delete|put|add|place|move|make|turn|fade|mute|trim|speed|slow|title|swap|drop|lose|"
                   r"stick|pop|use|bring|set|lower|raise|duck|blur)\b")


def _place_only(text: str, stop: re.Match) -> bool:
    """The fragment after this full stop is a place and nothing more ("Where I say X."), so it goes with the sentence
    before it; one that asks for an edit of its own ("When I say X, add a title") stays a sentence of its own."""
    fragment = stop.group("f")
    blanked = re.sub(r"\"[^\"]*\"", '""', fragment)
    return bool(_PLACE_FRAGMENT.match(text, stop.start())) and not re.search(rf"(?:[,;:]|\bthen|\band)\s+(?:please |just |can you )*"
                                                                             rf"{_EDIT.pattern}", blanked)


def joined_fragments(text: str) -> str | None:
    """``text`` with fragments of one request joined, or None when nothing was joined."""
    out = re.sub(r"(?<=[a-z0-9'\"])\.\s+(?=(?P<f>[^.!?]*))", lambda m: " " if _place_only(text, m) else m.group(0), text)
    out = re.sub(r"\b(over|on top of|across)\.\s+(?=(?:where|when|while|the (?:bit|part|line|sentence))\b)", r"\1 ", out)
    described = _DESCRIBED_THEN_PUT.match(out)
    if described is not None:
        out = f"{described.group('v')} {described.group('np')}{described.group('rest')}"
    return out if out != text else None
