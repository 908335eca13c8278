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

from editor_app.ui import workers

log = logging.getLogger(__name__)
START_DELAY_MS = 1500  # after the first frame: importing Chroma (~0.7 s) must not delay the window
# After an edit: the snapshot (a project copy, on the UI thread) and the sync (a busy Python thread)
# wait until edits pause, so they neither delay the edit's own views nor slow the next edit.
SYNC_DELAY_MS = 1000


class IndexKeeper(QObject):
    ready = Signal(object)  # the ContextIndex
    synced = Signal(dict)  # sync statistics
    failed = Signal(str)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index")
        self._running: Future | None = None
        self._again = False
        self._closed = False
        self._soon = QTimer(self)  # coalesces edits: one sync once they pause
        self._soon.setSingleShot(True)
        self._soon.setInterval(SYNC_DELAY_MS)
        self._soon.timeout.connect(self.request_sync)
        self._unsubscribe = session.subscribe(self._changed)

    def _changed(self, _change) -> None:
        if not self._closed:
            self._soon.start()

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
        # The result comes back through the workers' relay (a QObject that lives as long as the
        # app) and is handled on the UI thread: a signal emitted from the worker thread on this
        # object raced with the window's deletion (a segfault between UI tests).
        self._running = workers.submit(self._sync, project, records, on_done=self._finished,
                                       on_error=self._failed, executor=self._pool)

    def _sync(self, project, records) -> dict:
        index = self.session.context_index()
        stats = index.sync(project, records)
        return {"index": index, "stats": stats}

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        log.warning("context index sync failed: %s", exc)
        self.failed.emit(f"Context index unavailable ({exc}); agents use keyword search.")

    def _finished(self, result: dict) -> None:
        if self._closed:
            return
        if self.index is None:
            self.index = result["index"]
            self.ready.emit(result["index"])
        self.synced.emit(result["stats"])
        if self._again:
            self._again = False
            self.request_sync()

    def close(self) -> None:
        self._closed = True
        timer = getattr(self, "_start_timer", None)
        if timer is not None:
            timer.stop()
        self._soon.stop()
        self._unsubscribe()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.session.close()
