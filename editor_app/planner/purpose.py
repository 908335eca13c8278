"""A clause that says why the edit before it is wanted: "IMG_3301 at half speed, I want to see the drill bite".

Why: the clause after the comma names what the viewer should see, often in words that describe several
media ("the screw going in", "the filler going on"); read as an instruction of its own it was a B-roll
request that asked which of two clips, and the edit that was clear was lost. After an edit in the same
message, a clause that only says what someone wants to see, hear or notice, with no place of its own
(no time, no "over", "at the start") is the reason for that edit, and adds nothing to the plan.
"""

from __future__ import annotations

import re

_SEE = r"(?:see|hear|watch|notice|spot|clock|follow|appreciate|actually see|really see|properly see)\b"
_WHY = re.compile(r"^(?:(?:so|cos|cause|because|as)\s+)?(?:that\s+)?(?:(?:i|we|you|people|viewers|everyone|they|folks|ppl)\s+"
                  rf"(?:want|wanna|need|would like|'d like|can|could|get to|will|should)\s+(?:to\s+)?)?{_SEE}")
# The same said at the end of an instruction: "img_3301 at half speed so you can see the screw go in".
_TAIL = re.compile(r"(?<!\bwhere)(?<!\bwhen)(?<!\bwhile)(?<!\bas)(?<!\bif)(?<!\buntil)\s+(?:(?:so|cos|cause|because)\s+)?(?:that\s+)?"
                   rf"(?:i|we|you|people|viewers|everyone|folks|ppl)\s+(?:want|wanna|need|can|could|get to|will)\s+(?:to\s+)?{_SEE}")
# A place said in the clause makes it an instruction of its own ("I want to see the hole over the intro").
_PLACE = re.compile(r"\b(?:over|during|at|from|until|till|before|after|under|on top of|in place of|instead of)\b|\d")


# The same as the dialogue engineer wrote it (round 10), read even with a place after it: "..., i want to see
# the filler going on" (after the split: "see the filler going on"), "so you can see the water swirl".
_REASON = re.compile(r"^(?:(?:so|because|cos|cuz|as|since|that way) )?(?:(?:i|you|we|people|viewers|they|u|everyone) "
                     r"(?:want to|wanna|can|could|need to|should|get to|will|'ll|'d like to|would like to|can actually) )?"
                     r"(?:really |actually |properly |clearly |better )?(?:see|watch|hear|notice|spot|follow|appreciate|"
                     r"make out)\b")


def is_purpose(clause: str) -> bool:
    """True when ``clause`` only says what someone wants to see or hear (the reason for an edit said before it)."""
    text = clause.strip().lower()
    why = _WHY.match(text)
    return bool(why) and not _PLACE.search(text[why.end():]) or bool(_REASON.match(clause.strip(" .!?")))


# A place described before the clause: the clause may go on describing it.
_DESCRIBED = re.compile(r"\b(?:where|when|while|whenever|over|during|as|and|once|until|till)\b")


def without_purpose(instruction: str) -> str:
    """``instruction`` without a trailing clause that says why ("... so you can see the drill bite"), when
    what is left is more than a word and the clause holds no place of its own."""
    match = _TAIL.search(instruction)
    if match is None or len(instruction[: match.start()].split()) < 2 or _PLACE.search(instruction[match.end():]):
        return instruction
    if _DESCRIBED.search(instruction[: match.start()]):
        return instruction  # "over where the lid drops and you can see the housing": part of the place said
    return instruction[: match.start()].rstrip(" ,")
