"""Find a font file for drawtext: the bundled DejaVu Sans, else a system font, else none.

With no font file drawtext falls back to fontconfig's default (ffmpeg is built with it).
"""

from __future__ import annotations

import functools
from pathlib import Path

from editor_app.resources import resource_path

_BUNDLED = resource_path("fonts", "DejaVuSans.ttf")
_SYSTEM = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


@functools.lru_cache(maxsize=1)
def font_file() -> str | None:
    """Path of the font used for titles, or None to let ffmpeg choose its default."""
    for candidate in (_BUNDLED, *map(Path, _SYSTEM)):
        if candidate.is_file():
            return str(candidate)
    return None
