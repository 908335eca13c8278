"""Work an edit's views can do without, run once the window has painted the edit.

Why: after a transcript delete the user waits for the paint, and everything the edit sets off
inside the key handler (the preview frame's request, the journal's fsync) delays it. A
zero-timer is not late enough: Qt runs due timers before the low-priority UpdateRequest that
paints the window (measured here: handler, zero-timer, paint). So the main window reports each
UpdateRequest it has handled (``painted``) and the queued work runs on the next loop turn after
it. Without a window it runs on the next loop turn; when no paint comes (a hidden window), it
runs FALLBACK_MS after the event loop got control back (counted from there, not from the
edit: a key handler slower than that on a busy machine must not let it run before the paint).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
FALLBACK_MS = 300  # no paint came (hidden, minimised): run the work anyway


class AfterPaint(QObject):
    """A queue of jobs (coalesced by key, in first-queued order) run after the next paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[str, Callable[[], None]] = {}
        self._window = False
        self._soon = QTimer(self)  # the next loop turn
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.run)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.run)
        self._arm = QTimer(self)  # the loop has control again: the fallback's count starts
        self._arm.setSingleShot(True)
        self._arm.setInterval(0)
        self._arm.timeout.connect(self._fallback.start)

    def attach_window(self) -> None:
        """A window paints for this state and calls ``painted`` after each UpdateRequest.

        Python's cycle collection (ui/gc_guard.py, a UI timer) waits while an edit's work waits
        for the paint: due timers run before the paint, and a pass there delayed it."""
        if self._window:
            return
        self._window = True
        from editor_app.ui import gc_guard

        gc_guard.hold_while(self, AfterPaint.pending.fget)

    def defer(self, key: str, job: Callable[[], None]) -> None:
        """Run ``job`` after the next paint (a job queued again under the same key runs once)."""
        self._jobs[key] = job
        if not self._window:
            self._soon.start()
        elif not self._fallback.isActive() and not self._arm.isActive():
            self._arm.start()

    @property
    def pending(self) -> bool:
        return bool(self._jobs)

    def painted(self) -> None:
        """The window has painted: the queued jobs run on the next loop turn (not inside the paint)."""
        if self._jobs:
            self._soon.start()

    def cancel(self) -> None:
        """Drop the queued jobs (the window is closing)."""
        if self._window:
            from editor_app.ui import gc_guard

            gc_guard.release(self)
        self._soon.stop()
        self._arm.stop()
        self._fallback.stop()
        self._jobs = {}

    def run(self) -> None:
        """Run every queued job now."""
        self._soon.stop()
        self._arm.stop()
        self._fallback.stop()
        jobs, self._jobs = self._jobs, {}
        for key, job in jobs.items():
            try:
                job()
            except Exception:  # one job failing must not keep the others from running
                log.exception("after-paint job %s failed", key)
