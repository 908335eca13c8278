"""Exact time: integer frames at a rational frame rate.

Seconds appear only at the edges (CLI, prompts, labels). Everything stored in the
model is an integer frame count, or a Fraction of frames for source positions of
speed-changed clips, so 29.97 fps timelines never drift.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

# Common NTSC-style rates that tools print rounded.
_ROUNDED_RATES = {
    "23.98": Fraction(24000, 1001),
    "23.976": Fraction(24000, 1001),
    "29.97": Fraction(30000, 1001),
    "47.95": Fraction(48000, 1001),
    "59.94": Fraction(60000, 1001),
    "119.88": Fraction(120000, 1001),
}


# Bounds checked before any arithmetic: "1e99999999" as a Fraction is a 100-million-digit
# integer (minutes of CPU), and a 5,000-digit int cannot even be printed in an error message.
MAX_MAGNITUDE = 10**12  # no time, rate or size in a project comes near it
MAX_NUMBER_TEXT = 64  # characters in a number written as text
FLOAT_DENOMINATOR = 10**6  # floats become fractions with at most this denominator
_EXPONENT = re.compile(r"[eE]\s*([+-]?\d+)")


def check_magnitude(value: int | Fraction, what: str = "number") -> None:
    """Raise ValueError for numbers no project needs (before they reach arithmetic)."""
    if isinstance(value, Fraction):
        if value.denominator > MAX_MAGNITUDE or abs(value.numerator) > MAX_MAGNITUDE * value.denominator:
            raise ValueError(f"{what} is out of range (the limit is {MAX_MAGNITUDE:.0e})")
    elif abs(value) > MAX_MAGNITUDE:
        raise ValueError(f"{what} is out of range (the limit is {MAX_MAGNITUDE:.0e})")


def to_fraction(value: Any) -> Fraction:
    """Parse an int, float, Fraction or string ("30000/1001", "29.97", "1.5") exactly, within bounds."""
    if isinstance(value, Fraction):
        check_magnitude(value)
        return value
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(value, int):
        check_magnitude(value)
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value}")
        if abs(value) > MAX_MAGNITUDE:
            raise ValueError(f"number {value:g} is out of range (the limit is {MAX_MAGNITUDE:.0e})")
        exact = Fraction(repr(value))
        # A float's own digits ("0.6229473902377052") make a denominator past the bound the
        # project file is read back with; the nearest fraction within it differs by < 1e-11.
        return exact if exact.denominator <= FLOAT_DENOMINATOR else exact.limit_denominator(FLOAT_DENOMINATOR)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("expected a number, got an empty string")
        if len(text) > MAX_NUMBER_TEXT:
            raise ValueError(f"not a number: {text[:20]!r}... is {len(text)} characters long")
        exponent = _EXPONENT.search(text)
        if exponent and abs(int(exponent.group(1))) > 15:
            raise ValueError(f"number {text!r} is out of range")
        try:
            result = Fraction(text)
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"not a number: {value!r}") from exc
        check_magnitude(result, f"number {text!r}")
        return result
    raise ValueError(f"expected a number, got {type(value).__name__}")


def fraction_to_json(value: Fraction) -> int | str:
    """Integers stay integers; other fractions become "num/den" so they round-trip exactly."""
    if value.denominator == 1:
        return value.numerator
    return f"{value.numerator}/{value.denominator}"


def normalize_rate(value: Any) -> Fraction:
    """A frame rate as a Fraction, mapping printed NTSC rates (29.97) to 30000/1001."""
    if isinstance(value, (str, float)):
        key = str(value).strip()
        if key in _ROUNDED_RATES:
            return _ROUNDED_RATES[key]
        rate = to_fraction(value)
        for text, exact in _ROUNDED_RATES.items():
            if abs(rate - exact) < Fraction(1, 200):
                return exact
        if not Fraction(1, 1000) <= rate <= 1000:
            raise ValueError(f"frame rate {float(rate):g} is out of range (0.001 to 1000 fps)")
        if rate.denominator > 1001:
            rate = rate.limit_denominator(1001)
    else:
        rate = to_fraction(value)
    if rate <= 0:
        raise ValueError(f"frame rate must be positive, got {value}")
    if not Fraction(1, 1000) <= rate <= 1000:
        raise ValueError(f"frame rate {float(rate):g} is out of range (0.001 to 1000 fps)")
    return rate


def frames_to_seconds(frames: int | Fraction, fps: Fraction) -> Fraction:
    return Fraction(frames) / fps


def seconds_to_frames(seconds: Any, fps: Fraction) -> int:
    """Nearest frame to a time in seconds (half frames round up)."""
    value = to_fraction(seconds) * to_fraction(fps)
    return math.floor(value + Fraction(1, 2))


def seconds(frames: int | Fraction, fps: Fraction, digits: int = 3) -> float:
    """Frames as float seconds for JSON output and labels (never stored)."""
    return round(float(Fraction(frames) / fps), digits)


_CLOCK = re.compile(r"^(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$")
_TIMECODE = re.compile(r"^(\d+):(\d+):(\d+)[:;](\d+)$")
_UNIT = re.compile(
    r"^(-?\d+(?:\.\d+)?)\s*(s|sec|secs|second|seconds|ms|f|fr|frame|frames|m|min|mins|minute|minutes)$"
)


def parse_time(text: str, fps: Fraction) -> int:
    """Parse "12.5s", "1:23", "1:02:03.5", "00:00:10:12" (timecode), "300f" or "250ms" to frames."""
    raw = text.strip().lower()
    if len(raw) > MAX_NUMBER_TEXT or _EXPONENT.search(raw):
        return _bad_time(text[:MAX_NUMBER_TEXT])
    match = _TIMECODE.match(raw)
    if match:
        h, m, s, f = (int(g) for g in match.groups())
        nominal = math.ceil(fps)
        if f >= nominal or m >= 60 or s >= 60:
            return _bad_time(text)
        return (h * 3600 + m * 60 + s) * nominal + f
    match = _CLOCK.match(raw)
    if match:
        h, m, s = match.groups()
        total = Fraction(int(h or 0) * 3600 + int(m) * 60) + Fraction(s)
        return seconds_to_frames(total, fps)
    match = _UNIT.match(raw)
    if match:
        number, unit = Fraction(match.group(1)), match.group(2)
        if unit.startswith("f"):
            if number.denominator != 1:
                return _bad_time(text)
            return int(number)
        if unit == "ms":
            return seconds_to_frames(number / 1000, fps)
        if unit.startswith("m"):
            return seconds_to_frames(number * 60, fps)
        return seconds_to_frames(number, fps)
    try:
        return seconds_to_frames(Fraction(raw), fps)
    except (ValueError, ZeroDivisionError):
        return _bad_time(text)


def _bad_time(text: str) -> int:
    raise ValueError(
        f"cannot read {text!r} as a time; use seconds (12.5 or 12.5s), mm:ss (1:23), "
        "hh:mm:ss:ff timecode or frames (300f)"
    )


def format_time(frames: int | Fraction, fps: Fraction) -> str:
    """Short human label: 1:05.20 (m:ss.cc), with hours when needed."""
    total = Fraction(frames) / fps
    negative = total < 0
    total = abs(total)
    centis = math.floor(total * 100 + Fraction(1, 2))
    h, rem = divmod(centis, 360000)
    m, rem = divmod(rem, 6000)
    s, c = divmod(rem, 100)
    sign = "-" if negative else ""
    if h:
        return f"{sign}{h}:{m:02d}:{s:02d}.{c:02d}"
    return f"{sign}{m}:{s:02d}.{c:02d}"


def format_timecode(frames: int, fps: Fraction) -> str:
    """Non-drop-frame SMPTE-style timecode hh:mm:ss:ff."""
    nominal = math.ceil(fps)
    frames = max(0, int(frames))
    seconds_total, ff = divmod(frames, nominal)
    h, rem = divmod(seconds_total, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}:{ff:02d}"
