"""ffmpeg children that never outlive the editor, and temp outputs a later render can tidy.

Why: a killed render left ffmpeg encoding on and a hidden ``.part`` file behind. On Linux the
child gets SIGKILL when its parent dies (prctl PDEATHSIG, set in a tiny exec wrapper rather
than a preexec_fn: that would fork the whole Qt-sized process with the GIL held and stall
the UI loop). The wrapper is util-linux's ``setpriv --pdeathsig KILL`` where it exists (a small
C program: starting a Python interpreter first cost 70-190 ms per ffmpeg under load, 5-15% of
a short export); otherwise a Python one-liner whose parent check also covers a parent killed
before the wrapper got that far (with setpriv that window is the few microseconds before its
prctl call).
A render holds an OS lock on its temp file; the next render of the same output removes the
temp files nobody holds any more.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no stale-temp detection
    fcntl = None  # type: ignore[assignment]

_DIE_WITH_PARENT = ("import ctypes,os,signal,sys;ctypes.CDLL(None).prctl(1,signal.SIGKILL);"
                    "os.getppid()==int(sys.argv[1]) or os._exit(1);os.execv(sys.argv[2],sys.argv[2:])")


@functools.lru_cache(maxsize=1)
def _setpriv() -> str | None:
    """util-linux setpriv if it can set the parent-death signal (2.33 and later)."""
    found = shutil.which("setpriv")
    if found is None:
        return None
    try:
        done = subprocess.run([found, "--pdeathsig", "KILL", "--", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return found if done.returncode == 0 else None


def die_with_parent(cmd: list[str]) -> list[str]:
    """``cmd`` wrapped so the child dies with this process (Linux; unchanged elsewhere)."""
    if not sys.platform.startswith("linux"):
        return cmd
    setpriv = _setpriv()
    if setpriv is not None:
        return [setpriv, "--pdeathsig", "KILL", "--", *cmd]
    if sys.executable:
        return [sys.executable, "-S", "-I", "-c", _DIE_WITH_PARENT, str(os.getpid()), *cmd]
    return cmd


def claim(tmp: Path) -> int | None:
    """Create ``tmp`` and hold an OS lock on it while rendering (a killed render's lock goes with it)."""
    if fcntl is None:
        return None
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def clean_stale_parts(out: Path) -> list[Path]:
    """Remove temp outputs (and segment folders) of earlier renders of ``out`` that nobody holds."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    busy = False
    for stale in out.parent.glob(f".{out.stem}.part-*{out.suffix}"):
        try:
            fd = os.open(stale, os.O_RDWR)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            stale.unlink()
            removed.append(stale)
        except OSError:
            busy = True  # a render in progress
        finally:
            os.close(fd)
    if not busy:
        for folder in out.parent.glob(f".{out.stem}.segments-*"):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
