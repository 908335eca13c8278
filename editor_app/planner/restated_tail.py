"""A second clause that only restates the first: "I only want the final 40 seconds, ditch the rest",
"it needs to be a 60 second short, cut it down to that" (round 16, lead).

Why: split at the comma, the tail was read on its own: "ditch the rest" asked which clip to remove and
"cut it down to that" found no length, so a turn whose first clause was understood failed as a whole.
A tail that throws away "the rest" after a clause that keeps a part, or cuts "to that" after a clause
that says a length, adds nothing; it is dropped and the first clause says the edit (which the safety
review still confirms when it removes most of the video).

"the part where I go 'scratch that, let me say that again', delete it and the broken sentence it belongs to": a
false start is cut as its whole abandoned sentence (intents/retakes.py), so "and the sentence it belongs to" adds
nothing there; it had left the clause not understood.
"""

from __future__ import annotations

import re

from editor_app.planner.fronted_part import SENTENCE_OF_IT
from editor_app.planner.vocab import VERBS

_REST = re.compile(r"^(?:and |then |just |please )*(?:cut|remove|delete|drop|lose|bin|ditch|scrap|chop|trash|toss|kill|get rid of|"
                   r"take out|throw away|throw out|dump|nuke|lose)(?: out| away| off)? (?:all )?(?:the rest|everything else|"
                   r"all the rest|the remainder|anything else)(?: of (?:it|the video|the talk))?(?: please| pls)?$")
_TO_THAT = re.compile(r"^(?:and |then |just |please |so )*(?:cut|trim|bring|get|shorten|chop|edit|make|take)"
                      r" (?:it|this|the video|the whole thing|everything)(?: down| back)? to (?:that|that length|it)(?: please| pls)?$"
                      r"|^(?:and |then |so |please )*(?:do that|make it so|make that happen|sort that)(?: please| pls)?$")
# "take that out", "get rid of it", "cut it": a removal of the thing just named, said again
_IT_AGAIN = re.compile(r"^(?:and |so |just |please |yeah )*(?:(?:take|get|cut|chop|edit) (?:it|that|this)(?P<n1> (?:whole |entire )?"
                       r"(?:sentence|line|bit|part))? out|(?:cut|remove|delete|drop|lose|bin|ditch|scrap|chop|kill|get rid of|take out|"
                       r"nuke) (?:it|that|this)(?P<n2> (?:whole |entire )?(?:sentence|line|bit|part))?)"
                       r"(?: please| pls| thanks)?$")
_REMOVES = re.compile(r"^(?:please |just |and |so )*(?:cut|remove|delete|drop|lose|bin|ditch|scrap|chop|kill|get rid of|take out|"
                      r"nuke|snip|axe|trim out|edit out)\b")
_PRONOUN_ONLY = re.compile(r"^\S+(?: out| out of)? (?:it|that|this|them)\b")
_KEEPS = re.compile(r"\b(?:keep|keeping|i (?:only |just )?(?:want|need)|want only|all i want|all i need|leave (?:only|just))\b")
_LENGTH = re.compile(r"\d+(?:\.\d+)? ?(?:-| )?(?:seconds?|secs?|s|minutes?|mins?)\b|\d+:\d\d|\ba minute\b")


# round 21: "end it on 'X', lose everything after that" / "start it at 'X', cut everything before it"
_AFTER_THAT = re.compile(r"^(?:and |then |just |please |so )*(?:cut|remove|delete|drop|lose|bin|ditch|scrap|chop|trash|kill|get rid of|"
                         r"take out|dump|nuke)(?: out| off)? (?:all |everything |anything |the rest |all the rest |whatever(?: comes)? )?"
                         r"(?:after|before|past) (?:that|it|this|there|them)(?: please| pls)?$")
_ENDS_ON = re.compile(r"^(?:(?:can you|could you|please|pls|just) )*(?:end|finish|stop|start|begin|open)(?: (?:it|the video|the edit|the whole thing))?"
                      r" (?:on|at|with|after|right after|from)\b")


_WITH_ITS_SENTENCE = re.compile(rf"^(?P<head>.+?)(?: and| plus| along with| together with| with) (?:the |its )?{SENTENCE_OF_IT}$")


# "ums and uhs out, and the retake too": the removal said after its first object, more objects following
_OUT_FIRST = re.compile(r"^(?P<a>(?:the |my |all the |those |these )?[a-z][a-z' ]*?) (?:out|gone)(?: please| pls)?,? "
                        r"(?P<rest>(?:and|plus) (?:also )?(?:the|my|that|this|those|these|all) .+)$")


def _retake_said(text: str) -> bool:
    from editor_app.model.words import SELF_CORRECTION
    from editor_app.planner.intents.retakes import _ASKED

    return bool(SELF_CORRECTION.search(text) or _ASKED.search(text))


def drop_restated(pieces: list[str]) -> list[str]:
    """``pieces`` without a tail that repeats the clause before it (see the module)."""
    out: list[str] = []
    for piece in pieces:
        first = _OUT_FIRST.match(piece)
        if first is not None and first.group("a").split(" ", 1)[0] not in VERBS:
            piece = f"remove {first.group('a')}, {first.group('rest')}"
        prev = out[-1] if out else ""
        if prev and _REST.match(piece) and _KEEPS.search(prev):
            continue
        if prev and _TO_THAT.match(piece) and _LENGTH.search(prev):
            continue
        if prev and _AFTER_THAT.match(piece) and _ENDS_ON.match(prev):
            continue  # round 21: "end it on 'X', lose everything after that": the end already says so
        if prev and _IT_AGAIN.match(piece) and _REMOVES.match(prev) and not _PRONOUN_ONLY.match(prev):
            continue  # round 17 (lead): "delete the sentence about X, take that out": "that" is what was just cut
        whole = _WITH_ITS_SENTENCE.match(piece)
        if whole and _retake_said(prev + " " + piece):
            from editor_app.planner.text import rephrase

            piece = rephrase(whole.group("head"))
        out.append(piece)
    return out


# round 18 (lead): "the obs recording is way too bright, tone it down": the complaint says the edit (the colour and level
# intents read "X is too bright" as "make X darker"); "tone it down" only asks for it
_COMPLAINT_THEN_FIX = re.compile(
    r"^(?P<c>.+? (?:is|looks|'s|sounds|seems) (?:way |far |a bit |slightly |really |so |much |kinda |super )*too "
    r"(?:bright|dark|loud|quiet|fast|slow|warm|cold|blue|green|orange|yellow|saturated|washed out|harsh|dull)\b)"
    r"[,.!;]*\s*(?:so |pls |please |can you |could you |just )*(?:tone|turn|bring|knock|calm|fix|sort|sort out|adjust|correct)"
    r"(?: (?:it|that|this))?(?: (?:down|up|out))?(?: (?:a bit|a touch|a little|pls|please|thanks))*[.!]*$")


# round 20: "PXL clip is upside down, rotate it 180": the turn asked for is the fix for the complaint, one turn (it had
# turned the clip twice, a full circle); "the suction cup video is on its side. please rotate it 90 degrees clockwise"
_ORIENTATION_THEN_TURN = re.compile(
    r"^(?P<x>.+?) (?:is|looks|'s|seems|appears) (?:all |totally |completely )?(?:upside[- ]down|on its side|sideways|rotated|"
    r"the wrong way (?:up|round|around))[,.!;]*\s*(?:so |pls |please |kindly |can you |could you |just )*"
    r"(?P<fix>(?:rotate|turn|flip|spin) (?:it|that|this|the clip|the video)\b.*)$")


_ORDER_THEN_SWAP = re.compile(
    r"^(?P<x>.+? (?:should|needs to|has to|ought to) (?:come|go|be|play) (?:before|after|first|last|ahead of)\b[^,.!?;]*)[,.!?;]*\s*"
    r"(?:so |pls |please |kindly |can you |could you |would you |just )*(?:switch|swap|flip|reverse) (?:them|those|these|the two|both)"
    r"(?: (?:round|around|over))?(?: (?:please|pls|thanks))?$")


def complaint_then_fix(text: str) -> str | None:
    """"X is way too bright, tone it down" -> "X is way too bright"; None when not so said."""
    m = _COMPLAINT_THEN_FIX.match(text.strip())
    if m:
        return m.group("c")
    order = _ORDER_THEN_SWAP.match(text.strip(" .!?"))
    if order is not None:  # round 20: "X should come before Y. could you switch them?": one swap (two had undone it)
        return order.group("x")
    turn = _ORIENTATION_THEN_TURN.match(text.strip(" .!?"))
    if turn is not None and re.search(r"\d|half|quarter|clockwise|anti-?clockwise|counter-?clockwise|left|right", turn.group("fix")):
        fix = re.sub(r"^(?:turn|spin)\b", "rotate", turn.group("fix"))
        return re.sub(r"\b(?:it|that|this|the clip|the video)\b", turn.group("x"), fix, count=1)
    return None
