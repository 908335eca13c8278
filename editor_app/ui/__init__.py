"""The desktop UI (PySide6 + qasync). Qt is imported only under this package.

PySide6 6.12.0 returns ``None`` from every void method without taking a reference. On
Python 3.12+ None is immortal and nothing happens; on 3.11 each call drops None's
reference count by one and the app aborts with "none_dealloc" after a few thousand
paint calls (measured: QPainter.setBrush x1000 -> refcount -1000; 6.11.2 -> 0).
Until the pin excludes that release we make None effectively immortal here, exactly as
3.12 does, which is harmless: None is never deallocated anyway.
"""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> None:
    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        import PySide6

        if PySide6.__version__.startswith("6.12.0"):  # excluded by the pin; guard installs that ignore it
            ctypes.c_ssize_t.from_address(id(None)).value = 1 << 60


_keep_none_alive()
