"""The bundled ffmpeg binary (from the imageio-ffmpeg wheel) and a safe way to run it.

Always argument lists, never a shell.
"""

from __future__ import annotations

import functools
import os
import stat
import subprocess
from pathlib import Path


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary; honours EDITOR_APP_FFMPEG, else the imageio-ffmpeg wheel."""
    override = os.environ.get("EDITOR_APP_FFMPEG")
    if override:
        return override
    import imageio_ffmpeg

    exe = imageio_ffmpeg.get_ffmpeg_exe()
    path = Path(exe)
    # Frozen bundles and some unpackers drop the run bit: restore it rather than fail.
    if path.exists() and not os.access(path, os.X_OK):
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return exe


def run_ffmpeg(args: list[str], *, timeout: float | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run ffmpeg with ``args`` (without the program name); capture output as text."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    result = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=timeout)
    if check and result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"ffmpeg failed ({result.returncode}): {tail}")
    return result


def run_ffmpeg_bytes(args: list[str], *, timeout: float | None = None) -> tuple[int, bytes, str]:
    """Run ffmpeg writing binary data to stdout (raw PCM, raw frames): (returncode, stdout, stderr)."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    result = subprocess.run(cmd, capture_output=True, timeout=timeout)
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")
