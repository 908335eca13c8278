"""Start the desktop app: QApplication + qasync loop, the start dialog or a project, screenshots.

    run_app(project_dir_or_None, screenshot=path_or_None) -> exit code
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)


def _application():
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.style import style_sheet

    app = QApplication.instance() or QApplication(sys.argv[:1] or ["editor-app"])
    app.setApplicationName("editor-app")
    app.setOrganizationName("editor-app")
    font = QFont(app.font())
    font.setPointSizeF(max(9.5, font.pointSizeF()))
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    from editor_app.ui import gc_guard

    gc_guard.install(app)  # Qt objects in reference cycles are freed on this thread, never a worker's
    return app


def open_session(path: str | Path):
    """Open a project folder; a clear one-line error for anything that is not one."""
    from editor_app.session import Session

    folder = Path(path).expanduser()
    if not folder.exists():
        raise ValueError(f"{folder} does not exist")
    if not (folder / "project.json").exists():
        raise ValueError(f"{folder} is not a project folder (no project.json); create one with `editor-app new`")
    return Session.open(folder, writer="window", wait=3.0)  # the window holds the one-writer lock while open


def settle(app, seconds: float = 20.0, *, window=None) -> None:
    """Process events until background work (thumbnails, waveforms, preview) is done, or time runs out."""
    from editor_app.ui import workers

    deadline = time.monotonic() + seconds
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        busy = workers.pending() > 0 or (window is not None and window.preview.busy)
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > 0.3:
            return
        time.sleep(0.01)


def screenshot(session, out: Path, size=(1600, 1000)) -> int:
    from editor_app.ui.main_window import MainWindow

    app = _application()
    window = MainWindow(session)
    window.resize(*size)
    window.show()
    settle(app, window=window)
    clips = list(session.project.clips())
    if clips:  # show a selected clip in the inspector and the playhead inside the first clip
        window.state.select([clips[0].id])
        window.state.set_playhead(min(int(session.project.fps) * 3, max(0, session.project.duration - 1)))
    settle(app, 10.0, window=window)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    if not ok:
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


def startup_probe(project_dir: str) -> float:
    """Open the main window on a project and return once it is shown (for benchmarks)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor_app.ui.main_window import MainWindow

    app = _application()
    window = MainWindow(open_session(project_dir))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.close()
    return 0.0


def retire(windows: list) -> None:
    """Close windows the user has left and delete them here, on the UI thread.

    A closed window is otherwise kept alive by its own signal connections (lambdas over it) and
    its timers keep firing; dropped later, it could be destroyed on whatever thread runs Python's
    collector, which Qt does not survive (see gc_guard).
    """
    for window in windows:
        window.close()
        window.deleteLater()


def run_app(project_dir: str | None = None, screenshot: str | None = None, size: tuple[int, int] = (1600, 1000)) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import qasync
        from PySide6.QtWidgets import QApplication  # noqa: F401
    except ImportError as exc:
        print(f"the desktop app needs PySide6 and qasync: {exc}", file=sys.stderr)
        return 1
    from editor_app.ui.platform_check import platform_problem

    problem = platform_problem()
    if problem:  # before QApplication: Qt would abort the process with its own message
        print(problem, file=sys.stderr)
        return 1
    session = None
    if project_dir:
        try:
            session = open_session(project_dir)
        except Exception as exc:
            print(f"cannot open {project_dir}: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
            return 1
    app = _application()
    if screenshot:
        if session is None:
            from editor_app.ui.dialogs import StartDialog

            dialog = StartDialog()
            dialog.resize(520, 360)
            dialog.show()
            settle(app, 1.0)
            return 0 if dialog.grab().save(screenshot) else 1
        return globals()["screenshot"](session, Path(screenshot), size=size)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    windows: list = []

    def show(path: str) -> None:
        from editor_app.ui.main_window import MainWindow

        try:
            new_session = open_session(path)
        except Exception as exc:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open", f"Cannot open {path}: {exc}")
            box.open()
            windows.append(box)
            return
        window = MainWindow(new_session)
        window.open_requested.connect(show)
        window.resize(1600, 1000)
        window.show()
        retire([w for w in windows if isinstance(w, MainWindow)])
        windows[:] = [window]

    if session is not None:
        from editor_app.ui.main_window import MainWindow

        window = MainWindow(session)
        window.open_requested.connect(show)
        window.resize(1600, 1000)
        window.show()
        windows.append(window)
    else:
        from editor_app.ui.dialogs import StartDialog

        start = StartDialog()
        start.chosen.connect(show)
        start.chosen.connect(lambda _path: retire([start]))
        start.open()
        windows.append(start)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
