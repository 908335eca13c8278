"""Media errors that read as sentences a user understands.

ffmpeg reports problems in its own jargon ("moov atom not found"); the app shows
"Cannot use clip.mp4: the file is incomplete or damaged (...)" instead.
"""

from __future__ import annotations

import re
from pathlib import Path

INCOMPLETE_MP4 = (
    "the file is incomplete or damaged (the MP4 index is missing; "
    "the recording may have been interrupted)"
)
NOT_MEDIA = "it is not a media file ffmpeg can read, or it is damaged"
MISSING = "the file does not exist"
EMPTY = "the file is empty (0 bytes)"
DIRECTORY = "it is a folder, not a media file"
NO_STREAMS = "it contains no audio or video"
NO_AUDIO = "it has no audio"
PERMISSION = "the app is not allowed to read it (permission denied)"


class MediaError(Exception):
    """A media file that cannot be used, with a reason in plain words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot use {self.path.name or str(path)}: {reason}")


def unsupported_codec(codec: str) -> str:
    return f"its codec ({codec}) is not supported by the bundled ffmpeg"


def check_readable(path: str | Path) -> Path:
    """Raise MediaError for the cheap cases (missing, folder, empty) before running ffmpeg."""
    p = Path(path)
    if not p.exists():
        raise MediaError(p, MISSING)
    if p.is_dir():
        raise MediaError(p, DIRECTORY)
    try:
        size = p.stat().st_size
    except PermissionError as exc:
        raise MediaError(p, PERMISSION) from exc
    if size == 0:
        raise MediaError(p, EMPTY)
    return p


_CODEC_PATTERNS = [
    re.compile(r"Decoder \(codec ([\w-]+)\) not found"),
    re.compile(r"Unsupported codec(?: with id \d+)?(?: for input stream \d+)?[: ]*([\w-]*)"),
    re.compile(r"unknown codec[: ]*([\w-]*)", re.IGNORECASE),
]


def reason_from_ffmpeg(stderr: str) -> str | None:
    """Translate ffmpeg's stderr into a reason, or None when nothing known matched."""
    text = stderr or ""
    low = text.lower()
    if "no such file or directory" in low:
        return MISSING
    if "is a directory" in low:
        return DIRECTORY
    if "permission denied" in low:
        return PERMISSION
    if "moov atom not found" in low:
        # A text file renamed .mp4 also lacks a moov atom; ffmpeg then says it guessed the format.
        if "detected only with low score" in low:
            return NOT_MEDIA
        return INCOMPLETE_MP4
    for pattern in _CODEC_PATTERNS:
        match = pattern.search(text)
        if match:
            return unsupported_codec(match.group(1) or "unknown")
    if "invalid data found when processing input" in low:
        return NOT_MEDIA
    if "does not contain any stream" in low or "output file does not contain any stream" in low:
        return NO_STREAMS
    return None


def from_ffmpeg(path: str | Path, stderr: str) -> MediaError:
    """A MediaError for a failed ffmpeg run on ``path``, falling back to ffmpeg's last line."""
    reason = reason_from_ffmpeg(stderr)
    if reason is None:
        lines = [ln.strip() for ln in (stderr or "").strip().splitlines() if ln.strip()]
        last = re.sub(r"^\[[^\]]*\]\s*", "", lines[-1]) if lines else "unknown error"
        reason = f"ffmpeg could not read it ({last})"
    return MediaError(path, reason)
