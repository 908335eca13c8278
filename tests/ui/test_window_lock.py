"""The window holds the project's one-writer lock: a CLI edit is refused while it is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor_app.session import Session

ROOT = Path(__file__).resolve().parents[2]


def op(path: Path, frame: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor_app", "op", str(path), f'{{"op":"add_marker","frame":{frame}}}'],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_window_holds_the_lock_until_it_closes(tmp_path, qtbot, qloop):
    from editor_app.ui.app import open_session as window_open
    from editor_app.ui.main_window import MainWindow

    path = tmp_path / "p"
    Session.create(path)
    window = MainWindow(window_open(path))
    qtbot.addWidget(window)
    refused = op(path, 5)
    assert refused.returncode == 1 and "open in the editor window" in refused.stderr
    window.session.apply([{"op": "add_marker", "frame": 7}])  # the window itself edits freely
    window.close()
    done = op(path, 5)
    assert done.returncode == 0, done.stderr
    assert sorted(m.frame for m in Session.open(path).project.markers) == [5, 7]
