"""Points in the video said as a share of it, not a clock (round 16): "from halfway to the end",
"everything after the halfway point", "cut from the middle of the video onwards", "midway through".

They are rewritten to the clock time they stand for (half the timeline's length) before a range is read,
so every range form that reads "from 0:37 to the end" reads them too. Before, "cut from half way to the
end" asked which clip to remove. Only phrases that can name nothing but a time are read: "halfway",
"midway", and "the middle of the video/timeline" as a range's end ("from the middle of the video to the end");
"put X in the middle of the video" centres X (the placement's own reading) and "the middle" alone may be
words of the talk ("smooth it from the middle out"): both are left alone.
"""

from __future__ import annotations

import re

_OF = r"(?:\s+(?:through|into|in|of)(?:\s+(?:the|my|this)\s+(?:video|timeline|edit|whole thing|talk|vlog|film))?|\s+through)?"
_HALFWAY = re.compile(rf"\b(?:the\s+)?(?:halfway|half-way|midway|mid-way)(?:\s+(?:point|mark))?{_OF}\b"
                      r"|\bthe\s+(?:middle|midpoint|mid point)\s+of\s+(?:the|my|this)\s+(?:video|timeline|edit|whole thing|vlog|film)\b")


def clock_of(seconds: float) -> str:
    """0:37.68 for 37.68 s: a point every range form reads."""
    minutes, rest = divmod(round(seconds, 2), 60)
    return f"{int(minutes)}:{rest:05.2f}".replace(".00", "")


_PLACE_WORD = re.compile(r"\b(?:at|from|to|till|until|after|before|past|between|and|through|thru|by|around|since|up to)\s*$")
_RANGE_WORD = re.compile(r"\b(?:from|to|till|until|after|before|past|between|and|through|thru|up to|beyond)\s*$")
_DONE_IN_TALK = re.compile(r"\b(?:where|when|while|as)\s+(?:i|we|you|he|she|they|i'm|we're)\b[^,.;]*$")
_SAID_BEFORE = re.compile(r"\b(?:say|says|said|saying|mention|mentions|mentioned|word|words)\s*$")


def halfway_as_clock(text: str, end_s: float) -> str:
    """``text`` with "halfway (through the video)" / "the middle of the video" as the clock time at half of
    ``end_s``; quoted words and words said ("where I say halfway") are kept."""
    if end_s <= 0 or not re.search(r"half|mid", text):
        return text
    point = clock_of(end_s / 2)

    def said_as(m: re.Match, part: str) -> str:
        before = part[:m.start()]
        if _SAID_BEFORE.search(before) or _DONE_IN_TALK.search(before):
            return m.group(0)  # "where I say halfway", "the one where I stop halfway": the talk's words or acts
        if m.group(0).startswith("the m") and not _RANGE_WORD.search(before):
            return m.group(0)  # "put X in the middle of the video" centres it (a placement's own reading)
        return point if _PLACE_WORD.search(before) else f"at {point}"  # "split the talk halfway": at that point

    parts = re.split(r'("[^"]*")', text)
    for i in range(0, len(parts), 2):
        parts[i] = _HALFWAY.sub(lambda m, part=parts[i]: said_as(m, part), parts[i])
    return "".join(parts)


# Round 16: a time said with a hedge, "from about 0:20 to about 0:25", "0:20ish to 0:25ish", "1:05 or so": the hedge
# is dropped so the range forms read the times (it had asked which clip to remove, or whether "roughly" was a thing to
# cut). A hedge is dropped only right after a word that takes a time (from, to, at, ...): "around 0:40" alone stays.
_TIME_AHEAD = r"(?=(?:\d+:\d\d|\d+(?:\.\d+)?\s*(?:seconds?|s|minutes?|mins?)\b|\d+(?:\.\d+)?\s*(?:to|-|and|till|until|through)\s*\d))"
_HEDGE_AFTER = re.compile(rf"\b(?P<p>from|to|till|until|between|and|after|before|at|past|through|thru|up to|cut|remove|delete)\s+"
                          rf"(?:about|around|roughly|approximately|approx\.?|circa|like|maybe|somewhere around|give or take)\s+{_TIME_AHEAD}")
_ISH = re.compile(r"(?<=\d)(?:\s*(?P<u>seconds?|s|minutes?|mins?))?\s*-?ish\b")
_OR_SO = re.compile(r"(?<=\d)(?P<u>\s*(?:seconds?|s|minutes?|mins?))?\s+or so\b")


def unhedged_times(text: str) -> str:
    """``text`` with hedges round its times dropped (see above); quoted words are kept."""
    if not re.search(r"\d", text) or not re.search(r"about|around|rough|approx|circa|like|maybe|ish|or so|give or take", text):
        return text
    parts = re.split(r'("[^"]*")', text)
    for i in range(0, len(parts), 2):
        part = _HEDGE_AFTER.sub(lambda m: f"{m.group('p')} ", parts[i])
        part = _ISH.sub(lambda m: f" {m.group('u')}" if m.group("u") else "", part)
        parts[i] = _OR_SO.sub(lambda m: m.group("u") or "", part)
    return "".join(parts)
