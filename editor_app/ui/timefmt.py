"""One time format for the whole window: the project's timecode, or m:ss.cc as a setting.

Every label, field and message in the window formats time through ``show_time`` so the
Inspector, the preview, the ruler and the status bar never mix two forms.
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.time import format_time, format_timecode
from editor_app.ui import prefs

FORMATS = {"timecode": "Timecode (00:01:05:12)", "minutes": "Minutes and seconds (1:05.40)"}
_current: str | None = None


def current() -> str:
    global _current
    if _current is None:
        value = prefs.load().get("time_format", "timecode")
        _current = value if value in FORMATS else "timecode"
    return _current


def set_format(name: str) -> None:
    """Change and save the format; open views redraw on their next refresh."""
    global _current
    if name not in FORMATS:
        raise ValueError(f"unknown time format {name!r}; choose {' or '.join(FORMATS)}")
    _current = name
    prefs.save({"time_format": name})


def reset_cache() -> None:
    global _current
    _current = None


def show_time(frames: int | Fraction, fps: Fraction) -> str:
    if current() == "minutes":
        return format_time(frames, fps)
    return format_timecode(int(frames), fps)
