"""UI test set-up: off-screen Qt, a qasync loop on pytest-qt's QApplication, tiny media, a project."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import editor_app.ui  # noqa: E402,F401  - installs the PySide6 6.12 None guard before Qt work
import pytest  # noqa: E402

from editor_app.media.ffmpeg import ffmpeg_exe  # noqa: E402
from editor_app.testing.fixtures import memory_keyring, openai_server  # noqa: E402,F401

FPS = 30


@pytest.fixture(scope="session", autouse=True)
def collect_on_ui_thread(qapp):
    """As the app does: Python's cycle collector runs on the UI thread (see editor_app/ui/gc_guard.py).

    Each test closes its own qasync loop; a closed loop still has Qt timers registered (qasync
    only flags them stopped), and collected on a worker thread it left them dangling (SIGSEGV).
    """
    from editor_app.ui import gc_guard

    gc_guard.install(qapp)
    yield


def run(loop, coro, timeout: float = 30.0):
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


async def until(condition, timeout: float = 20.0, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


def make_clip(path: Path, seconds: float = 2.0, size: str = "160x90") -> Path:
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y",
           "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={FPS}:duration={seconds}",
           "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
           "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)]
    subprocess.run(cmd, check=True, capture_output=True)
    return path


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("media")
    make_clip(folder / "a.mp4", 3.0)
    make_clip(folder / "b.mp4", 2.0)
    make_clip(folder / "long.mp4", 8.0, "320x180")
    (folder / "bad.mp4").write_text("this is not a video")
    return folder


@pytest.fixture
def session(tmp_path, media_dir, monkeypatch):
    """A project with two clips on Main and one on Music, media from media_dir."""
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.media.importer import build_asset
    from editor_app.session import Session

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    s = Session.create(tmp_path / "proj", name="UI test", fps=FPS, width=320, height=180)
    s.apply([ImportMedia(asset=build_asset(media_dir / "a.mp4")), ImportMedia(asset=build_asset(media_dir / "b.mp4"))],
            "import")
    s.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="audio", role="music", name="Music")],
            "tracks")
    main, music = s.project.tracks
    s.apply([InsertClip(track_id=main.id, media_id="m1", start=0, name="first"),
             InsertClip(track_id=main.id, media_id="m2", start=150, name="second"),
             InsertClip(track_id=music.id, media_id="m1", start=0, name="tune")], "clips")
    return s


@pytest.fixture
def window(session, qtbot, qloop):
    from editor_app.ui.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


class LoopWatch:
    """Measures how late a 10 ms QTimer fires: the longest stall of the Qt event loop."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer, Qt

        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def __enter__(self) -> "LoopWatch":
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()

    @property
    def worst_lateness_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:])]
        return max(0.0, (max(gaps) - 0.010) * 1000) if gaps else float("inf")
