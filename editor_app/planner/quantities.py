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
    return sorted(found, key=lambda t: t.start)


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
