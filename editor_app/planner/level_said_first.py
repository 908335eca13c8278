"""A level said before what it is for, and a fade tacked on after another edit (round 16).

"-20 on the music", "-18 db for the lofi", "music -20": the level comes first (or bare after the name), with no verb;
read alone it was not understood, and with a fade after it ("-20 on the music plus a fade out at the end") the level
was silently dropped while the fade was made. "..., fading in", "... plus a fade out at the end", "... with a fade in"
after another edit is a second edit on the same thing: it is said as "then fade it in/out", so "it" is what the first
edit touched, and the first edit is planned as said.
"""

from __future__ import annotations

import re

_LEVEL = r"(?P<db>-\d+(?:\.\d+)?) ?(?:db|decibels?)?"
_FIRST = re.compile(rf"^(?:(?:put|have|set|make) )?{_LEVEL} (?:on|for) (?P<what>(?:the|my|that|this) .+|[a-z0-9_.-]+)$")
_AFTER = re.compile(rf"^(?P<what>(?:(?:the|my) )?(?:[\w'-]+ ){{0,2}}?(?:music|beat|song|track|voice|talk|audio|soundtrack)) {_LEVEL}$")
_FADE_TAIL = re.compile(r"^(?P<head>.+?)(?:,? (?:plus|and|with|also)(?: a| then)?|,(?: with a| plus a| and a| a)?) "
                        r"(?:fade|fading)[- ](?P<dir>in|out)(?P<rest>(?: (?:at|over|in|for|during) [\w: .]+)?)$")


def level_first(text: str) -> str | None:
    """"-20 on the music" -> "set the music to -20 db"; None when ``text`` is not a bare level said that way."""
    t = text.strip(" .!?")
    m = _FIRST.match(t) or _AFTER.match(t)
    if m is None or re.search(r"\d:\d|\b(?:at|from|to)\s+\d", m.group("what")):
        return None  # "-2 on the clip at 0:10": a time is something else
    return f"set {m.group('what')} to {m.group('db')} db"


def fade_after(text: str) -> str | None:
    """"-20 on the music plus a fade out at the end" -> "-20 on the music then fade it out at the end"; None when
    there is no fade after another edit (a fade said alone, or the head already a fade, stays as said)."""
    m = _FADE_TAIL.match(text.strip(" .!?"))
    if m is None or re.search(r"\bfad(?:e|es|ed|ing)\b|\bcross-?fade|\bdissolve", m.group("head")):
        return None
    if len(m.group("head").split()) < 2:
        return None
    return f"{m.group('head')} then fade it {m.group('dir')}{m.group('rest')}"
