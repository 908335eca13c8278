"""Python's cycle collector runs on the UI thread only, while Qt is up.

Why: the automatic collector runs in whichever thread happens to allocate when a threshold is
crossed -- here often a worker (index sync, probing, proxy rendering). A Python-owned Qt object
that sits in a reference cycle (a closed qasync loop's timer object, a dropped window, a dialog)
is then destroyed on that worker thread. Qt cannot stop its timers from there ("QObject::~QObject:
Timers cannot be stopped from another thread"), the timers stay registered with a dangling
receiver, and the UI thread crashes (SIGSEGV in QTimerInfoList::activateTimers) when one fires.
This is the crash that used to hit between UI test files, and a user closing and reopening
project windows could meet it too.

So automatic collection is switched off and a timer on the UI thread collects instead, the way
the interpreter would (generation 0 whenever its threshold is crossed, older generations when
theirs are), so memory behaves as before, at most one tick later.
"""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 50  # short: each pass then has little to look at (a long gap would mean one long pause)
_GUARD: "_Collector | None" = None
# Callables that say "not now": an edit waiting for its paint (ui/after_paint.py). A collection
# then waits for the next tick: Qt runs due timers before the paint, and a pass there (3-5 ms,
# more for an older generation, on a loaded machine) would come between the edit and its sight.
_HOLDS: list[tuple[weakref.ref, Callable[[Any], bool]]] = []


def hold_while(owner: object, busy: Callable[[Any], bool]) -> None:
    """Skip collections while ``busy(owner)`` is true (it must turn false soon: the next tick
    retries). Held weakly: a hold whose owner is gone is dropped."""
    _HOLDS.append((weakref.ref(owner), busy))


def release(owner: object) -> None:
    _HOLDS[:] = [(ref, busy) for ref, busy in _HOLDS if ref() is not None and ref() is not owner]


def _held() -> bool:
    busy_now, alive = False, []
    for ref, busy in _HOLDS:
        owner = ref()
        if owner is not None:
            alive.append((ref, busy))
            busy_now = busy_now or bool(busy(owner))
    _HOLDS[:] = alive
    return busy_now


class _Collector(QObject):
    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.collections = 0
        self.longest_ms = 0.0  # the longest pause a collection put on the UI thread
        self.held = 0  # ticks skipped while an edit waited for its paint
        self.long_lived = 0  # objects left in the oldest generation after the last full collection

    def check(self) -> None:
        """Collect the generations whose thresholds were crossed (what the interpreter would do).

        Like the interpreter, a full collection also waits until the objects promoted to the
        oldest generation since the last one are a quarter of those that survived it: a full pass
        over a big heap is the one pause long enough to drop preview frames.
        """
        if _HOLDS and _held():
            self.held += 1
            return
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for gen in range(3):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                generation = gen
        if generation == 2 and len(gc.get_objects(generation=2)) - self.long_lived <= self.long_lived // 4:
            generation = 1
        if generation >= 0:
            started = time.perf_counter()
            gc.collect(generation)
            self.collections += 1
            self.longest_ms = max(self.longest_ms, (time.perf_counter() - started) * 1000)
            if generation == 2:
                self.long_lived = len(gc.get_objects(generation=2))


def install(app: QObject | None = None) -> bool:
    """Collect cycles on the UI thread only, for as long as ``app`` (the QApplication) lives.

    Idempotent; call it from the UI thread once a Q(Core)Application exists. Returns whether the
    guard is (now) active.
    """
    global _GUARD
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    if _GUARD is not None:
        try:
            if _GUARD.parent() is app:
                gc.disable()
                return True
        except RuntimeError:  # the application it lived on is gone
            pass
    _GUARD = _Collector(app)
    gc.disable()
    app.destroyed.connect(_uninstall)
    return True


def _uninstall(*_args) -> None:
    global _GUARD
    _GUARD = None
    gc.enable()


def active() -> bool:
    return _GUARD is not None and not gc.isenabled()
