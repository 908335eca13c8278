"""Say in one sentence why the window cannot open, before Qt aborts the process (exit 134).

On Linux, Qt's xcb platform plugin needs system libraries that a fresh desktop may lack
(libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1); Qt then prints a long abort message and
kills the process. We look for those libraries first (``ldd`` on the plugin, or ctypes when
``ldd`` is missing) and print the apt command instead. Nothing here imports Qt widgets.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# soname -> Debian/Ubuntu package
XCB_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# What the README asks for (sound needs libpulse0; it is not fatal for the window).
APT_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libpulse0")


def apt_command(packages: Iterable[str] = APT_PACKAGES) -> str:
    return "sudo apt install " + " ".join(dict.fromkeys(packages))


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will pick its xcb plugin with this environment (Linux only)."""
    platform = env.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def _xcb_binaries() -> list[Path]:
    try:
        import PySide6  # the package path only; no Qt module is loaded
    except ImportError:
        return []
    qt = Path(PySide6.__file__).parent / "Qt"
    return [p for p in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6") if p.exists()]


def missing_libraries(sonames: Iterable[str] | None = None) -> list[str]:
    """Sonames the xcb plugin needs that the dynamic loader cannot find.

    With ``sonames`` given, each is tried with ctypes; otherwise ``ldd`` reads the plugin's
    own needs (falling back to ctypes over XCB_PACKAGES when ``ldd`` is not there).
    """
    if sonames is None:
        ldd = shutil.which("ldd")
        binaries = _xcb_binaries()
        if ldd and binaries:
            missing: list[str] = []
            for binary in binaries:
                try:
                    out = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=20).stdout
                except (OSError, subprocess.SubprocessError):
                    continue
                for line in out.splitlines():
                    if "not found" in line:
                        missing.append(line.split("=>")[0].strip())
            return list(dict.fromkeys(missing))
        sonames = XCB_PACKAGES
    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def platform_problem(env: Mapping[str, str] | None = None, sonames: Iterable[str] | None = None) -> str | None:
    """One sentence saying why Qt's window cannot start here, or None when it should."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return None
    missing = missing_libraries(sonames)
    if missing:
        packages = [XCB_PACKAGES.get(s, s) for s in missing]
        return (
            f"The window cannot open: Qt's Linux (xcb) platform plugin needs system libraries that are missing "
            f"({', '.join(missing)}); install them with `{apt_command([*APT_PACKAGES, *packages])}` and start again."
        )
    if not env.get("DISPLAY") and not env.get("QT_QPA_PLATFORM"):
        return (
            "The window cannot open: there is no display (DISPLAY is not set); start it from a desktop session, "
            "or use QT_QPA_PLATFORM=offscreen with `editor-app gui DIR --screenshot OUT.png`."
        )
    return None
