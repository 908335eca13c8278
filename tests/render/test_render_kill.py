"""A killed render stops its ffmpeg, and its hidden temp file is cleaned by the next render."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from editor_app.render.child import claim as _claim
from editor_app.render.child import clean_stale_parts

ROOT = Path(__file__).resolve().parents[2]

RENDER = textwrap.dedent("""
    import sys
    from editor_app.model.history import History
    from editor_app.model.operations import AddTitle
    from editor_app.model.project import Project, Settings
    from editor_app.render.export import render
    project = Project(settings=Settings(fps=30, width=640, height=360))
    History().apply(project, [AddTitle(text="long", start=0, duration=30 * 900)])
    render(project, sys.argv[1], "draft")
""")


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killed_render_leaves_no_ffmpeg_and_no_temp_file(tmp_path):
    out = tmp_path / "film.mp4"
    proc = subprocess.Popen([sys.executable, "-c", RENDER, str(out)], cwd=ROOT)
    ffmpeg: list[int] = []
    for _ in range(600):  # until ffmpeg runs and has its temp file
        parts = list(tmp_path.glob(".film.part-*.mp4"))
        ffmpeg = _children(proc.pid) if proc.poll() is None else []
        if parts and ffmpeg and parts[0].stat().st_size > 0:  # ffmpeg itself is writing
            break
        time.sleep(0.1)
    assert parts and ffmpeg, "the render did not start"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for _ in range(100):
        if not any(_alive(pid) for pid in ffmpeg):
            break
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in ffmpeg), "ffmpeg outlived the killed render"
    assert not out.exists()
    held = tmp_path / ".film.part-inuse.mp4"
    fd = _claim(held)  # a render still writing keeps its temp file
    try:
        assert clean_stale_parts(out) == parts
    finally:
        os.close(fd)
    assert list(tmp_path.glob(".film.part-*.mp4")) == [held]
    clean_stale_parts(out)  # nobody holds anything now: temp outputs and segment folders go
    assert list(tmp_path.glob(".film*")) == []
