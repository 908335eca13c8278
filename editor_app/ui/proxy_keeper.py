"""The proxy chunks kept rendered in the background after each edit, and the cache kept bounded.

Split from ui/playback.py: playback reads the chunks, this keeps them made (nearest the
playhead first, at nice 10, 0.6 s after a burst of edits) and prunes old versions.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject

from editor_app.model.project import Project
from editor_app.render.proxy import make_media_proxies, plan_chunks, proxy_size, render_chunk, with_media_proxies

log = logging.getLogger(__name__)
_SHUTDOWN = threading.Event()  # set at interpreter exit: worker threads stop before Qt goes away
atexit.register(_SHUTDOWN.set)


def prune(cache_dir: Path, keep: set[Path], factor: int = 4) -> int:
    """Drop the oldest chunk files once there are more than ``factor`` times the current plan's
    (older versions serve undo and redo quickly; without a bound the cache only grows)."""
    files = sorted((f for f in Path(cache_dir).glob("*.mkv") if f not in keep), key=lambda f: f.stat().st_mtime)
    extra = len(files) - factor * max(1, len(keep))
    removed = 0
    for f in files[:max(0, extra)]:
        with contextlib.suppress(OSError):
            f.unlink()
            removed += 1
    return removed


class ProxyKeeper(QObject):
    """Renders the proxy chunks in the background after each edit, nearest the playhead first."""

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = Path(cache_dir)
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._closed = False
        self._halt = threading.Event()

    def refresh(self, project: Project, playhead: int) -> None:
        self._generation += 1
        gen = self._generation
        original = project.clone()

        def work() -> None:
            if hasattr(os, "setpriority"):  # this thread only (Linux): the UI thread keeps its priority
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
            make_media_proxies(original, self.cache_dir, self._halt)
            if self._closed or gen != self._generation:
                return
            snapshot = with_media_proxies(original, self.cache_dir)
            size = proxy_size(snapshot)
            chunks = plan_chunks(snapshot, self.cache_dir, size)
            chunks.sort(key=lambda c: (c.end <= playhead, abs(c.start - playhead)))
            for chunk in chunks:
                if self._closed or gen != self._generation or _SHUTDOWN.is_set():
                    return
                try:
                    render_chunk(snapshot, chunk, size, background=True)
                except Exception as exc:
                    log.info("proxy chunk %s failed: %s", chunk.start, exc)
                    return
            prune(self.cache_dir, {c.path for c in chunks})

        self._thread = threading.Thread(target=work, name="proxy-keeper", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def close(self) -> None:
        self._closed = True
        self._halt.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
