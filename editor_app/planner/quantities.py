"""Reading numbers with units out of a normalised instruction: times, dB, LUFS, factors, percents."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUM = r"-?\d+(?:\.\d+)?"
_CLOCK = re.compile(r"\b(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)\b")
_MIN_SEC = re.compile(rf"\b({NUM})\s*(?:minutes?|mins?)(?:\s*(?:and\s*)?({NUM})\s*(?:seconds?|s)?)?\b")
_SEC = re.compile(rf"(?<![\w.])({NUM})\s*(?:seconds?|s)\b")
_MS = re.compile(rf"(?<![\w.])({NUM})\s*(?:ms|milliseconds?)\b")


@dataclass(frozen=True)
class TimeMention:
    """A time found in text: its value in seconds and where it was (to read the words around it)."""

    seconds: float
    start: int
    end: int


def times(text: str) -> list[TimeMention]:
    """Every explicit time in ``text`` in order: '1:05', '3s', '3 seconds', '2 minutes 5', '250 ms'."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for match in _CLOCK.finditer(text):
        h, m, s = match.groups()
        found.append(TimeMention(int(h or 0) * 3600 + int(m) * 60 + float(s), match.start(), match.end()))
        taken.append(match.span())
    for match in _MIN_SEC.finditer(text):
        if free(*match.span()):
            value = float(match.group(1)) * 60 + float(match.group(2) or 0)
            found.append(TimeMention(value, match.start(), match.end()))
            taken.append(match.span())
    for pattern, scale in ((_MS, 0.001), (_SEC, 1.0)):
        for match in pattern.finditer(text):
            if free(*match.span()):
                found.append(TimeMention(float(match.group(1)) * scale, match.start(), match.end()))
                taken.append(match.span())
    # round 23: "the start of the forty minutes line": an amount said in a line names the line, it is no time (it had cut
    # the first 40 minutes: all of the video)
    found = [t for t in found if not _NAMES_A_LINE.match(text, t.end)]
    return sorted(found, key=lambda t: t.start)


_NAMES_A_LINE = re.compile(r"\s+(?:line|sentence|bit|part|section|story|remark|comment|joke|quote|rant)s?\b")


def time_after(text: str, words: str, *, bare: bool = True) -> float | None:
    """The time right after one of ``words`` ('at', 'to'): '1:05', '12s' or, with ``bare``, a plain number."""
    for match in re.finditer(rf"\b(?:{words})\s+", text):
        rest = text[match.end():]
        mentions = times(rest)
        if mentions and mentions[0].start == 0:
            return mentions[0].seconds
        if bare:
            plain = re.match(rf"({NUM})\b(?!\s*(?:x|times|%|percent|db|lufs))", rest)
            if plain:
                return float(plain.group(1))
    return None


def duration(text: str) -> float | None:
    """A length: 'for 3 seconds', 'over 2s', 'a 1 second fade', or the only time mentioned."""
    for match in re.finditer(r"\b(?:for|over|of|lasting|long|during)\s+", text):
        mentions = times(text[match.end():])
        if mentions and mentions[0].start == 0:
            return mentions[0].seconds
    mentions = times(text)
    return mentions[0].seconds if len(mentions) == 1 else None


def db(text: str) -> float | None:
    match = re.search(rf"({NUM})\s*db\b", text)
    return float(match.group(1)) if match else None


def lufs(text: str) -> float | None:
    match = re.search(rf"({NUM})\s*(?:lufs|lu)\b", text)
    if not match:
        return None
    value = float(match.group(1))
    return -abs(value)


def percent(text: str) -> float | None:
    match = re.search(rf"({NUM})\s*(?:%|percent|per cent)", text)
    return float(match.group(1)) if match else None


_PARTS = {"quarter": 4, "quarters": 4, "third": 3, "thirds": 3, "half": 2, "halves": 2}


def fraction_speed(text: str) -> str:
    """"3 quarter speed" (normalised from "three quarter speed") as "0.75x speed": a rate, which
    clip references then cannot read as a time ("the clip at 3 ...")."""
    return re.sub(r"\b(\d) (quarters?|thirds?|halves) (speed|pace|time)\b",
                  lambda m: f"{float(m.group(1)) / _PARTS[m.group(2)]:.3g}x {m.group(3)}", text)


def factor(text: str) -> float | None:
    """'2x', 'x2', '1.5 times', 'by 3' (a bare number after 'by'), 'double', 'half', 'a quarter'."""
    match = re.search(rf"(?<![\w.])({NUM})\s*(?:x|times)\b|\bx\s*({NUM})\b", text)
    if match:
        return float(match.group(1) or match.group(2))
    if re.search(r"\b(double|twice|two times)\b", text):
        return 2.0
    if re.search(r"\b(triple|three times)\b", text):
        return 3.0
    if re.search(r"\bhalf\b", text):
        return 0.5
    if re.search(r"\bquarter\b", text):
        return 0.25
    match = re.search(rf"\bby (?:a factor of )?({NUM})\b(?!\s*(?:%|percent|seconds?|s\b|db))", text)
    if match:
        return float(match.group(1))
    return None


# ---- time ranges ---------------------------------------------------------------------------
# How people join the two ends of a range: "from 0:10 to 0:12", "between 10 and 12 s", "0:10-0:12",
# "10 to 12 seconds", "0:10 through 0:12", "seconds 3 to 5".
_JOIN = r"\s*(?:->|-->|\u2192|-|\u2013|\u2014|to|till|until|thru|through|and)\s*"
_UNIT = r"(?:seconds?|s|minutes?|mins?|ms|milliseconds?)"
_END = r"(?:the )?(?:very )?end(?: of (?:it|the (?:video|timeline|edit|talk|clip)))?"
_START = r"(?:the )?(?:very )?(?:start|beginning)(?: of (?:it|the (?:video|timeline|edit|talk|clip)))?"
_POINT = (rf"(?:(?:\d+:)?\d{{1,2}}:\d{{2}}(?:\.\d+)?|{NUM}\s*(?:minutes?|mins?)(?:\s*(?:and\s*)?{NUM}(?:\s*(?:seconds?|s))?)?"
          rf"|{NUM}\s*{_UNIT}?)")
# Round 13 (cuts5): a spoken start point may say "in" / "into the video" before the join: "from 45s in to 50s".
_IN = r"(?:\s+in(?:to(?: the (?:video|talk|clip))?)?(?=\s*(?:to|till|until|through|thru|and|-)\b))?"
_PAIR = re.compile(rf"(?<![\w.:])(?:(?:from|between)\s+)?(?:(?:seconds?|second|minute|minutes)\s+)?"
                   rf"({_POINT}|{_START}){_IN}{_JOIN}(?:(?:second|minute)\s+)?({_POINT}|{_END})(?![\w:])")
_ONWARDS = re.compile(rf"\b(?:from|after|past|beyond|everything after|anything after)\s+({_POINT})"
                      rf"(?:\s+(?:on|onwards?|forward|to the end|till the end|until the end))?(?![\w:])")
_NOT_SECONDS = r"(?!\s*(?:db|decibels?|%|percent|x\b|times\b))"  # "turn the music up to -6 dB" is a level (round 10)
_UNTIL = re.compile(rf"\b(?:everything|anything|all)\s+(?:before|up to|until|till)\s+({_POINT})(?![\w:]){_NOT_SECONDS}|"
                    rf"\b(?:from the (?:very )?(?:start|beginning)\s+)?(?:up to|up until)\s+({_POINT})(?![\w:]){_NOT_SECONDS}")
# A start and a length: "from 0:03 for 2 seconds", "2 seconds starting at 0:03".
_FROM_FOR = re.compile(rf"\b(?:from|starting at|starting from|beginning at|at)\s+({_POINT})\s+for\s+({_POINT})(?![\w:])")
_FOR_FROM = re.compile(rf"(?<![\w.:])({_POINT})\s+(?:starting|beginning|from)(?: at| from)?\s+({_POINT})(?![\w:])")
# Round 12: a length next to a point: "the 3 seconds after 0:40" (0:40-0:43), "the 2 s before 1:10" (1:08-1:10);
# read as "everything after 0:40" it cut to the end of the video.
_FOR_SIDE = re.compile(rf"(?<![\w.:])({_POINT})\s+(?:right |just |straight |immediately )?(after|following|before|leading up to)"
                       rf"\s+({_POINT})(?![\w:])")
_NOT_TIME_BEFORE = re.compile(r"\b(?:clip|clips|shot|track|tracks|number|no|#|version|c|step|layer)\s*$")


# Round 13 (cuts5): a bare number followed by a noun counts things, it is no time: "finish after 4 rolls",
# "everything before 2 coats" (a time says its unit, a colon, or ends the clause).
_COUNTED = re.compile(r"\s+(?!(?:on|onwards?|forward|to|till|until|in|into|and|or|but|so|then|please|pls|thanks|"
                      r"thank|of|i|we|you|the|it|this|that|at|from|is|as)\b)[a-z]")


def _counted(text: str, match: re.Match, group: int) -> bool:
    """The range's point ``group`` is a bare number that counts the noun after it."""
    point = match.group(group) or ""
    return bool(re.fullmatch(NUM, point.strip())) and bool(_COUNTED.match(text, match.end(group)))


def _point(text: str, unit_hint: str | None) -> float | None:
    """Seconds of one end of a range; a bare number borrows the other end's unit ("10 to 12 seconds")."""
    found = times(text)
    if found:
        return found[0].seconds
    plain = re.fullmatch(rf"({NUM})", text.strip())
    if plain is None:
        return None
    value = float(plain.group(1))
    if unit_hint and re.match(r"min", unit_hint):
        return value * 60
    if unit_hint and re.match(r"m(s|illi)", unit_hint):
        return value / 1000
    return value


def time_ranges(text: str, end_s: float) -> list[tuple[float, float]]:
    """Every time range said in ``text``, in seconds, in order: 'from 0:10 to 0:12', '0:10-0:12',
    'between 10 and 12 seconds', '10 to 12 s', 'from 0:25 to the end', '0:25 onwards',
    'everything after 0:25', 'everything before 0:03'. Bare numbers count only next to a unit
    or after from/between, so 'clip 2 to 3 seconds' is not a range."""
    out: list[tuple[int, float, float]] = []
    taken: list[tuple[int, int]] = []
    for match in _PAIR.finditer(text):
        a_text, b_text = match.group(1), match.group(2)
        # "1 minute 20" says its unit inside it (round 13, cuts5)
        has_unit = any(re.search(rf"\d\s*{_UNIT}$|:|\d\s*(?:minutes?|mins?)\b", x) for x in (a_text, b_text))
        lead = re.match(r"(?:from|between|seconds?|minutes?)\b", match.group(0))
        if not (has_unit or lead) or (not lead and _NOT_TIME_BEFORE.search(text[:match.start()])):
            continue
        unit = re.search(rf"{_UNIT}$", b_text.strip()) or re.search(rf"{_UNIT}$", a_text.strip())
        hint = unit.group(0) if unit else ("minute" if re.match(r"minutes?\b", match.group(0)) else None)
        a = 0.0 if re.fullmatch(_START, a_text) else _point(a_text, hint)
        b = end_s if re.fullmatch(_END, b_text) else _point(b_text, hint)
        if a is None or b is None:
            continue
        out.append((match.start(), a, b))
        taken.append(match.span())
    free = lambda m: all(m.end() <= s or m.start() >= e for s, e in taken)  # noqa: E731
    for match in _FOR_SIDE.finditer(text):
        length, side, at = match.group(1), match.group(2), match.group(3)
        if not free(match) or not re.search(rf"\d\s*{_UNIT}$", length.strip()):
            continue  # a length says its unit: "the 3 seconds after 0:40"
        p, d = _point(at, None), _point(length, None)
        if p is not None and d is not None and d > 0:
            a, b = (p, p + d) if side in ("after", "following") else (max(0.0, p - d), p)
            out.append((match.start(), a, b))
            taken.append(match.span())
    for match in _ONWARDS.finditer(text):
        if _counted(text, match, 1):
            continue
        everything_from = match.group(0).startswith("from") and re.search(  # round 13: "cut everything from 1:10"
            r"\b(?:everything|anything|the rest|it all|all of it|the lot)\s*$", text[:match.start()])
        if free(match) and (re.search(r"\b(on|onwards?|forward|end)\b", match.group(0)) or everything_from
                            or re.match(r"(everything|anything) after|after|past|beyond", match.group(0))):
            a = _point(match.group(1), None)
            if a is not None:
                out.append((match.start(), a, end_s))
    for pattern, start_first in ((_FROM_FOR, True), (_FOR_FROM, False)):
        for match in pattern.finditer(text):
            if not free(match):
                continue
            one, two = match.group(1), match.group(2)
            start, length = (one, two) if start_first else (two, one)
            if not re.search(rf"\d\s*{_UNIT}$", length.strip()) and not re.search(r":", length):
                continue  # a length says its unit: "for 2 seconds"
            a, d = _point(start, None), _point(length, None)
            if a is not None and d is not None and d > 0:
                out.append((match.start(), a, a + d))
                taken.append(match.span())
    for match in _UNTIL.finditer(text):
        if _counted(text, match, 1 if match.group(1) else 2):
            continue
        if free(match):
            b = _point(match.group(1) or match.group(2), None)
            if b is not None:
                out.append((match.start(), 0.0, b))
    return [(a, b) for _, a, b in sorted(out)]
