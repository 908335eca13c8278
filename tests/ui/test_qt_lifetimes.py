"""Qt objects die on the UI thread: the crash that used to hit between UI test files.

A closed qasync loop keeps Qt timers registered (qasync only flags them stopped). When Python's
collector freed such a loop on a worker thread, Qt could not unregister the timers and the UI
thread crashed when one fired. The window now collects cycles on the UI thread (gc_guard) and
deletes windows the user leaves (app.retire).
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import weakref

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from editor_app.ui import gc_guard


def _pump(qapp, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)


def test_closed_event_loop_is_freed_on_the_ui_thread_not_by_a_busy_worker(qapp):
    assert gc_guard.install(qapp) and gc_guard.active()
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        # wait_for leaves its 0.4 s timeout timer registered with Qt after the loop closes
        loop.run_until_complete(asyncio.wait_for(asyncio.sleep(0.01), 0.4))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    died_on: list[str] = []
    weakref.finalize(loop._timer, lambda: died_on.append(threading.current_thread().name))
    loop._timer_cycle = loop  # a reference cycle, as real loops have: only the collector frees it
    del loop

    def busy_worker() -> None:  # allocates like an index sync: crosses the collector's thresholds
        keep = [[i] for i in range(200_000)]
        assert len(keep) == 200_000

    worker = threading.Thread(target=busy_worker, name="busy-worker")
    worker.start()
    worker.join()
    assert died_on == []  # the worker did not free Qt objects
    gc.collect()  # what the guard's timer does, on this thread
    assert died_on == ["MainThread"]
    _pump(qapp, 0.6)  # the loop's stale timer was unregistered: nothing fires into freed memory


def test_the_guard_collects_garbage_on_its_own_timer(qapp):
    assert gc_guard.install(qapp)
    freed: list[str] = []

    class Node:
        pass

    nodes = [Node() for _ in range(gc.get_threshold()[0] * 3)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b  # one big cycle: only a collection frees it
    weakref.finalize(nodes[0], lambda: freed.append(threading.current_thread().name))
    del nodes, a, b
    deadline = time.monotonic() + 5
    while not freed and time.monotonic() < deadline:
        _pump(qapp, 0.05)
    assert freed == ["MainThread"]


def test_reopening_a_project_deletes_the_left_window_and_its_timers(session, qtbot, qloop):
    from editor_app.session import Session
    from editor_app.ui.app import retire
    from editor_app.ui.main_window import MainWindow

    first = MainWindow(session)
    first.show()
    qtbot.waitExposed(first)
    timers = [first.preview._proxy_timer, first.chat._bottom_timer]
    retire([first])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first) and not any(shiboken6.isValid(t) for t in timers)
    again = Session.open(session.path, writer="window", wait=1.0)  # the lock was handed back
    second = MainWindow(again)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert [c.name for c in second.session.project.clips()] == [c.name for c in session.project.clips()]
    gc.collect()  # on this thread: harmless for a window already deleted
    second.close()


def test_a_result_for_a_deleted_widget_is_dropped_not_delivered(qapp, qtbot, caplog):
    import concurrent.futures

    from PySide6.QtWidgets import QLabel

    from editor_app.ui import workers

    class Panel(QLabel):
        def show_result(self, text: str) -> None:
            self.setText(text)  # on a deleted widget this would raise "already deleted"

    panel = Panel()
    gate = concurrent.futures.Future()
    workers.submit(lambda: gate.result(timeout=10) or "done", on_done=panel.show_result)
    other = Panel()  # a lambda over a widget, as the media cache hands its results on
    workers.submit(lambda: gate.result(timeout=10) or "done", on_done=lambda text: other.show_result(text))
    kept = Panel()
    workers.submit(lambda: "kept", on_done=kept.show_result)
    panel.deleteLater()
    other.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(panel) and not shiboken6.isValid(other)
    gate.set_result(None)
    qtbot.waitUntil(lambda: workers.pending() == 0, timeout=10_000)
    assert kept.text() == "kept"
    assert "callback of a background job failed" not in caplog.text
