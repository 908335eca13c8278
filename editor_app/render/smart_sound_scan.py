"""Scan a source's AAC for smart render's sound copy: its packets as ADTS frames and their timing.

Why one stream copy: the copy needs every packet's bytes (ADTS frames, each carrying its own
length, so they can be cut and laid end to end in Python) and proof that the packets sit on a
regular 1024-sample grid (framecrc: pts and duration per packet). Both come from one read of
the source, without decoding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from editor_app.media.keyframe_index import sound_scan_command

FRAME = 1024    # samples per AAC-LC packet


@dataclass(frozen=True)
class AudioScan:
    """A source's AAC stream as smart render copies it: packet k holds samples first_pts + 1024 k on."""

    path: str
    first_pts: int
    packets: int          # leading packets of exactly FRAME samples (the only ones ever copied)
    adts: Path            # the stream as ADTS frames


_PACKET = re.compile(r"^\s*\d+,\s*(-?\d+),\s*(-?\d+),\s*(\d+),")


def scan_command(path: str, adts: Path) -> list[str]:
    """One stream copy: the source's AAC as ADTS frames, and every packet's pts and duration (framecrc).
    The import makes the same scan ahead (``media/keyframe_index.py``)."""
    return sound_scan_command(path, adts)


def read_scan(path: str, adts: Path, text: str, rate: int) -> AudioScan | str:
    """The scan of ``path`` from its framecrc text (a reason string when it cannot be copied)."""
    if "#codec_id 0: aac" not in text or f"#tb 0: 1/{rate}" not in text or f"#sample_rate 0: {rate}" not in text:
        return f"{Path(path).name}'s sound is not AAC at {rate} Hz"
    if "Audio: aac (LC)" not in text or "#channel_layout_name 0: stereo" not in text:
        return f"{Path(path).name}'s sound is not AAC-LC stereo"
    pts = []
    for line in text.splitlines():
        m = _PACKET.match(line)
        if m:
            if int(m.group(3)) != FRAME or (pts and int(m.group(2)) != pts[-1] + FRAME):
                break
            pts.append(int(m.group(2)))
    if len(pts) < 2:
        return f"{Path(path).name}'s sound has no regular AAC packets"
    return AudioScan(path, pts[0], len(pts), adts)


def adts_frames(path: Path) -> list[bytes]:
    """The ADTS frames of a file, header included (each carries its own length)."""
    data = path.read_bytes()
    out, i = [], 0
    while i + 7 <= len(data):
        if data[i] != 0xFF or data[i + 1] & 0xF6 != 0xF0:
            raise ValueError(f"{path.name} is not ADTS at byte {i}")
        size = ((data[i + 3] & 3) << 11) | (data[i + 4] << 3) | (data[i + 5] >> 5)
        out.append(data[i:i + size])
        i += size
    return out
