"""Which media paths a project may hold: files on this computer, nothing else.

Why: ffmpeg opens more than files. A project (or an `op import_media` call) naming
``http://...``, ``concat:a|b``, ``pipe:0`` or ``/dev/zero`` made the thumbnail code fetch
URLs and renders read devices. This pure check runs in validation; the media layer
additionally probes the file's content before an import (media/probe.verify_asset).
"""

from __future__ import annotations

import re

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")  # http:, file:, concat:, pipe:, data:, tcp:, ...
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SYSTEM_DIRS = ("/dev/", "/proc/", "/sys/", "/run/", "/etc/")
MAX_PATH_LENGTH = 4096


def media_path_problem(path: str) -> str | None:
    """A sentence saying why ``path`` cannot be a media path, or None when it can."""
    text = str(path)
    if not text.strip():
        return "the media has no file path"
    if len(text) > MAX_PATH_LENGTH or "\x00" in text:
        return "the media path is not a usable file path"
    if (_SCHEME.match(text) and not _WINDOWS_DRIVE.match(text)) or text.startswith("subfile,"):
        return (f"{text[:80]!r} is a URL or stream address, not a file on this computer; "
                f"download it and import the file")
    if text.startswith(_SYSTEM_DIRS):
        return f"{text[:80]!r} is a system or device file, not media"
    return None
