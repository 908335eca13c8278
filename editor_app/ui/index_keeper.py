"""Keeps the project's context index in step with the project, off the UI thread.

Opening Chroma and embedding take from tens of milliseconds to seconds, so they run on one
worker thread (one at a time: Chroma's store is per folder); changes arriving while a sync
runs are coalesced into one more sync. When the index is ready the chat's orchestrator
searches it; until then agents fall back to keyword search over the transcripts.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
START_DELAY_MS = 1500  # after the first frame: importing Chroma (~0.7 s) must not delay the window


class IndexKeeper(QObject):
    ready = Signal(object)  # the ContextIndex
    synced = Signal(dict)  # sync statistics
    failed = Signal(str)
    _resync = Signal()  # emitted on the worker thread, delivered (queued) on the UI thread

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index")
        self._running: Future | None = None
        self._again = False
        self._closed = False
        self._unsubscribe = session.subscribe(lambda _change: self.request_sync())
        self._resync.connect(self.request_sync)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Begin keeping the index, once the window has drawn (Chroma loads in the worker then)."""
        if delay_ms <= 0:
            self.request_sync()
            return
        # A timer owned by the keeper dies with it: a window closed within the delay never
        # calls back into a deleted object (a bare QTimer.singleShot would).
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self.request_sync)
        self._start_timer.start(delay_ms)

    def request_sync(self) -> None:
        if self._closed:
            return
        if self._running is not None and not self._running.done():
            self._again = True
            return
        # Snapshot on the UI thread: the worker must not read a project the UI is changing.
        project = self.session.project.clone()
        records = self.session.journal_records()
        self._running = self._pool.submit(self._sync, project, records)
        self._running.add_done_callback(self._finished)

    def _sync(self, project, records) -> dict:
        index = self.session.context_index()
        stats = index.sync(project, records)
        return {"index": index, "stats": stats}

    def _finished(self, future: Future) -> None:
        # Runs on the worker thread: only emit signals (queued to the UI thread).
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a broken index must not break editing
            log.warning("context index sync failed: %s", exc)
            self.failed.emit(f"Context index unavailable ({exc}); agents use keyword search.")
            return
        if self.index is None:
            self.index = result["index"]
            self.ready.emit(result["index"])
        self.synced.emit(result["stats"])
        if self._again and not self._closed:
            self._again = False
            self._resync.emit()

    def close(self) -> None:
        self._closed = True
        timer = getattr(self, "_start_timer", None)
        if timer is not None:
            timer.stop()
        self._unsubscribe()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.session.close()
