"""One writer at a time, with real processes: two `editor-app op` writers, a window holding the
lock, a changed-on-disk check, and a real `op` killed during its journal append."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor_app.model.journal import JournalRecord, scan
from editor_app.model.project_io import APPEND_PAUSE_ENV, JOURNAL_FILE, PROJECT_FILE, ProjectError
from editor_app.session import Session

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "editor_app", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def op(path: Path, frame: int, **kw) -> subprocess.Popen:
    return cli("op", str(path), f'{{"op":"add_marker","frame":{frame}}}', **kw)


def frames(path: Path) -> list[int]:
    return sorted(m.frame for m in Session.open(path).project.markers)


def test_two_writer_processes_lose_no_confirmed_edit(tmp_path):
    path = tmp_path / "p"
    Session.create(path)
    script = textwrap.dedent("""
        import sys
        from editor_app.commands.common import open_session
        from editor_app.model.project_io import ProjectError
        path, first = sys.argv[1], int(sys.argv[2])
        for frame in range(first, first + 12):
            try:
                session = open_session(path, write=True)  # what `editor-app op` does
                session.apply([{"op": "add_marker", "frame": frame}])
                session.close()
                print("ok", frame, flush=True)
            except Exception as exc:
                print("refused", frame, exc, flush=True)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), str(first)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for first in (100, 200)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    confirmed = sorted(int(line.split()[1]) for out in outs for line in out.splitlines() if line.startswith("ok"))
    assert len(confirmed) == 24, outs  # the second writer waits for the first; nobody is refused or lost
    assert frames(path) == confirmed
    records = scan((path / JOURNAL_FILE).read_bytes()).records
    assert [r.seq for r in records] == list(range(1, 25))
    assert len({r.batch_id for r in records}) == 24
    assert len(Session.open(path).history.undo_stack) == 24


HOLD_WINDOW = textwrap.dedent("""
    import sys, time
    from editor_app.session import Session
    session = Session.open(sys.argv[1], writer="window")
    session.apply([{"op": "add_marker", "frame": 1}], "from the window")
    print("holding", flush=True)
    time.sleep(60)
""")


def test_cli_edit_is_refused_while_the_window_holds_the_project(tmp_path):
    path = tmp_path / "p"
    Session.create(path)
    window = subprocess.Popen([sys.executable, "-c", HOLD_WINDOW, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "holding"
        proc = op(path, 50)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        assert "open in the editor window" in err and "Nothing was changed" in err
        assert "Traceback" not in err
        info = cli("info", str(path))  # reading is fine while the window edits
        assert info.communicate(timeout=60)[0].count("tracks:") == 1
    finally:
        window.kill()
        window.wait()
    assert frames(path) == [1]
    proc = op(path, 50)  # the window is gone: its lock went with it
    assert proc.communicate(timeout=60) and proc.returncode == 0
    assert frames(path) == [1, 50]


def test_write_is_refused_when_the_files_changed_since_opening(tmp_path):
    path = tmp_path / "p"
    Session.create(path)
    stale = Session.open(path)
    Session.open(path).apply([{"op": "add_marker", "frame": 5}])
    with pytest.raises(ProjectError, match="changed on disk"):
        stale.apply([{"op": "add_marker", "frame": 6}])
    assert frames(path) == [5]
    assert stale.project.markers == []  # nothing applied in memory either


def test_kill_during_journal_append_costs_no_confirmed_edit(tmp_path):
    """A real `op` killed mid-append, several times, between confirmed edits."""
    path = tmp_path / "p"
    Session.create(path)
    confirmed: list[int] = []
    for round_ in range(3):
        frame = 10 * round_ + 1
        proc = op(path, frame)
        proc.communicate(timeout=60)
        assert proc.returncode == 0
        confirmed.append(frame)
        victim = op(path, frame + 5, env={APPEND_PAUSE_ENV: "30"})
        line = victim.stderr.readline()
        assert "journal append paused" in line
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        journal = (path / JOURNAL_FILE).read_bytes()
        assert not journal.endswith(b"\n")  # the kill really tore a record
    assert frames(path) == confirmed
    session = Session.open(path)
    assert [r.seq for r in session.store.records] == [1, 2, 3]
    assert all(isinstance(r, JournalRecord) for r in scan((path / JOURNAL_FILE).read_bytes()).records)
    for expected in (confirmed[:2], confirmed[:1], []):  # every confirmed edit is in history, one undo each
        Session.open(path).undo()
        assert frames(path) == expected
    assert (path / PROJECT_FILE).exists()

