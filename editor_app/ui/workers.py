"""Run blocking work off the UI thread and hand results back on it.

Qt widgets must only be touched from the UI thread, so results cross back through a
queued signal on a QObject living there. The pool is small: the machine has few cores
and ffmpeg processes do the heavy lifting anyway.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_POOL: ThreadPoolExecutor | None = None
_RELAY: "_Relay | None" = None
_PENDING = 0
_LOCK = threading.Lock()


class _Relay(QObject):
    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, job: tuple) -> None:
        global _PENDING
        callback, errback, result, error = job
        with _LOCK:
            _PENDING -= 1
        if not (_alive(callback) and _alive(errback)):
            return  # its widget was closed and deleted meanwhile: nothing left to update
        try:
            if error is not None:
                if errback is not None:
                    errback(error)
                else:
                    log.warning("background job failed: %s", error)
            elif callback is not None:
                callback(result)
        except Exception:  # a callback bug must not kill the event loop
            log.exception("callback of a background job failed")


def _alive(callback: Callable | None) -> bool:
    """False for a callback of a Qt object whose C++ side is gone (a closed, deleted window): a bound
    method of it, or a lambda that closes over it."""
    owners = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))


def pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=3, thread_name_prefix="ui-worker")
    return _POOL


def submit(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None, executor: ThreadPoolExecutor | None = None) -> Future:
    """Run ``fn(*args)`` in a worker; ``on_done(result)`` / ``on_error(exc)`` run on the UI thread.

    Must be called from the UI thread (the relay is created there on first use).
    """
    global _RELAY, _PENDING
    if _RELAY is None:
        _RELAY = _Relay()
    relay = _RELAY
    with _LOCK:
        _PENDING += 1
    future = (executor or pool()).submit(fn, *args)

    def finished(f: Future) -> None:
        try:
            result, error = f.result(), None
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            result, error = None, exc
        relay.deliver.emit((on_done, on_error, result, error))

    future.add_done_callback(finished)
    return future


def pending() -> int:
    """Jobs submitted whose callbacks have not run yet (screenshots and tests wait on it)."""
    with _LOCK:
        return _PENDING
