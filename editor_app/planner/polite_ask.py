"""A request asked as a question of possibility: "is it possible to duck the music?", "is there a way for
the music to dip when I speak?", "any chance you could speed the call up?".

Why: read as questions, these were answered ("Yes: the music is on the timeline") or not understood,
though people mean them as requests, as "can you ..." already is. The question wrapper is rewritten as
the request it asks for ("could the music dip when i speak"), so the ordinary intents plan it and
names, "it" and ambiguity are resolved as for any other request. A question about the project that is
not about doing something ("is it possible that the clip is too long?") keeps its form: only "to" +
a verb follows the wrapper here.
"""

from __future__ import annotations

import re

_LEAD = r"^(?:hey,? |hi,? |so,? |ok,? |okay,? )?"
_TO_YOU = re.compile(_LEAD + r"(?:is it|would it be|will it be|is it at all|would it at all be) possible (?:for you )?to "
                     r"|^(?:is there (?:a|any) way (?:for you )?to |any chance (?:you could|you can|of you|to) |"
                     r"do you think you could |(?:do|would) you be able to |are you able to )")
_FOR_IT = re.compile(_LEAD + r"(?:(?:is it|would it be|will it be) possible|is there (?:a|any) way|any chance) for "
                     r"(?P<who>(?:the|my|that|this|our) [a-z0-9_.' -]{1,60}?|it|them|c\d+|m\d+) to ")


_COULD_IT_GO = re.compile(r"^(?:(?:och|oh|so|and|ok|okay|right)[, ]+)*(?P<clip>(?:the|that|this|my) [^,?]+?),? (?:could|can|would|will|might)"
                          r" (?:it|that|you put it|you pop it) (?:go|sit|be put|be placed|play|appear|be popped)"
                          r" (?P<rest>(?:over|on|at|during|under|in|across|on top of) .+?)\s*[?.!]*$")


def possible_as_request(text: str) -> str | None:
    """``text`` (normalized) with its "is it possible (for X) to ..." wrapper as a plain request; None when
    it has none."""
    m = _COULD_IT_GO.match(text.strip())
    if m:  # round 19: "that mouldy corner clip, could it go over where I say X?": a placement asked politely
        return f"put {m.group('clip')} {m.group('rest')}"
    m = _FOR_IT.match(text)
    if m:
        return f"could {m.group('who')} " + text[m.end():].rstrip(" ?")
    m = _TO_YOU.match(text)
    if m:
        return text[m.end():].rstrip(" ?")
    return None
