"""Export: build the ffmpeg command for a preset, run it with progress and cancel.

The output is written to a hidden temp file in the same folder and renamed on success, so a
cancelled or failed render never leaves a half-written file under the requested name.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Callable

try:
    import fcntl
except ImportError:  # Windows: no stale-temp detection
    fcntl = None  # type: ignore[assignment]

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import (
    RenderCancelled, RenderError, check_output_path, check_project, explain_ffmpeg_failure,
)
from editor_app.render.presets import Preset, get_preset

ProgressCallback = Callable[["Progress"], None]


@dataclass(frozen=True)
class Progress:
    fraction: float  # 0..1
    seconds_done: float
    seconds_total: float
    eta_s: float | None  # estimated seconds left

    @property
    def percent(self) -> float:
        return round(self.fraction * 100, 1)


@dataclass
class RenderResult:
    path: Path
    preset: str
    frames: int
    duration_s: float
    elapsed_s: float
    width: int | None
    height: int | None
    command: list[str] = field(repr=False, default_factory=list)


def _output_args(preset: Preset, fps: Fraction, sr: int, v: str | None, a: str) -> list[str]:
    args: list[str] = []
    if preset.video and v is not None:
        args += ["-map", f"[{v}]", *preset.vcodec_args, "-r", f"{fps.numerator}/{fps.denominator}",
                 "-fps_mode", "cfr"]
    args += ["-map", f"[{a}]", *preset.acodec_args, "-ar", str(sr), "-ac", "2"]
    if preset.container == "mp4":
        args += ["-movflags", "+faststart", "-f", "mp4"]
    else:
        args += ["-f", "wav"]
    return args


def build_command(project: Project, out_path: str | os.PathLike, preset: str = "draft") -> list[str]:
    """The full ffmpeg argument list (program first) that renders ``project`` to ``out_path``."""
    chosen = get_preset(preset)
    width, height = chosen.output_size(project.settings.width, project.settings.height)
    comp = compile_timeline(project, width, height, video=chosen.video, audio=True)
    assert comp.audio is not None
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", *comp.graph.input_args(),
            "-filter_complex", comp.graph.text(),
            *_output_args(chosen, project.fps, project.settings.sample_rate, comp.video, comp.audio),
            str(out_path)]


def _temp_path(out: Path) -> Path:
    return out.with_name(f".{out.stem}.part-{uuid.uuid4().hex[:8]}{out.suffix}")


def _claim(tmp: Path) -> int | None:
    """Hold an OS lock on the temp file while rendering: a killed render's lock goes with it,
    so the next render can tell a stale .part from one still being written."""
    if fcntl is None:
        return None
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def clean_stale_parts(out: Path) -> list[Path]:
    """Remove temp files of earlier renders of ``out`` that nobody holds any more."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    for stale in out.parent.glob(f".{out.stem}.part-*{out.suffix}"):
        try:
            fd = os.open(stale, os.O_RDWR)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            stale.unlink()
            removed.append(stale)
        except OSError:
            pass  # a render in progress
        finally:
            os.close(fd)
    return removed


def _reader(stream, sink: deque) -> None:
    for line in stream:
        sink.append(line.rstrip("\n"))


# Linux: ffmpeg gets SIGKILL when the thread that started it dies with its process (no orphan
# encoders after a kill). Set in a tiny exec wrapper, not a preexec_fn: that would fork the
# whole (Qt-sized) process with the GIL held and stall the UI loop.
# The parent check after prctl covers a parent killed before the wrapper got that far.
_DIE_WITH_PARENT = ("import ctypes,os,signal,sys;ctypes.CDLL(None).prctl(1,signal.SIGKILL);"
                    "os.getppid()==int(sys.argv[1]) or os._exit(1);os.execv(sys.argv[2],sys.argv[2:])")


def _launcher(cmd: list[str]) -> list[str]:
    if sys.platform.startswith("linux") and sys.executable:
        return [sys.executable, "-S", "-I", "-c", _DIE_WITH_PARENT, str(os.getpid()), *cmd]
    return cmd


def render(project: Project, out_path: str | os.PathLike, preset: str = "draft",
           progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> RenderResult:
    """Render the timeline; raise RenderError (or RenderCancelled) with a clear sentence."""
    out = Path(out_path).expanduser().resolve()
    chosen = get_preset(preset)
    check_output_path(out)
    check_project(project)
    clean_stale_parts(out)
    tmp = _temp_path(out)
    claim = _claim(tmp)
    try:
        return _run(project, out, tmp, chosen, preset, progress, cancel)
    finally:
        if claim is not None:
            os.close(claim)


def _run(project: Project, out: Path, tmp: Path, chosen, preset: str, progress: ProgressCallback | None,
         cancel: threading.Event | None) -> RenderResult:
    cmd = build_command(project, tmp, preset)
    cmd[-1:-1] = ["-progress", "pipe:1", "-nostats"]
    total_s = float(Fraction(project.duration) / project.fps)
    started = time.monotonic()
    proc = subprocess.Popen(_launcher(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    out_lines: deque = deque()
    err_lines: deque = deque(maxlen=200)
    readers = [threading.Thread(target=_reader, args=(proc.stdout, out_lines), daemon=True),
               threading.Thread(target=_reader, args=(proc.stderr, err_lines), daemon=True)]
    for t in readers:
        t.start()
    cancelled = False
    try:
        while proc.poll() is None:
            if cancel is not None and cancel.wait(0.05):
                cancelled = True
                proc.kill()
                break
            if cancel is None:
                time.sleep(0.05)
            _report(out_lines, progress, started, total_s)
        proc.wait()
        for t in readers:
            t.join(timeout=2)
        _report(out_lines, progress, started, total_s)
    except BaseException:
        proc.kill()
        proc.wait()
        tmp.unlink(missing_ok=True)
        raise
    if cancelled:
        tmp.unlink(missing_ok=True)
        raise RenderCancelled("The render was cancelled; no file was written.")
    if proc.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise RenderError(explain_ffmpeg_failure("\n".join(err_lines), proc.returncode))
    os.replace(tmp, out)
    if progress is not None:
        progress(Progress(1.0, total_s, total_s, 0.0))
    width, height = chosen.output_size(project.settings.width, project.settings.height) if chosen.video else (None, None)
    return RenderResult(out, chosen.name, project.duration, total_s, time.monotonic() - started, width, height, cmd)


def _report(lines: deque, progress: ProgressCallback | None, started: float, total_s: float) -> None:
    """Turn ``-progress`` key=value lines (out_time_us) into Progress callbacks."""
    done = None
    while lines:
        line = lines.popleft()
        if line.startswith("out_time_us=") or line.startswith("out_time_ms="):
            try:
                done = int(line.split("=", 1)[1]) / 1e6
            except ValueError:
                continue
    if done is None or progress is None or total_s <= 0:
        return
    fraction = min(1.0, max(0.0, done / total_s))
    elapsed = time.monotonic() - started
    eta = elapsed * (1 - fraction) / fraction if fraction > 0.01 else None
    progress(Progress(fraction, min(done, total_s), total_s, eta))


async def render_async(project: Project, out_path: str | os.PathLike, preset: str = "draft",
                       progress: ProgressCallback | None = None,
                       cancel: threading.Event | None = None) -> RenderResult:
    """``render`` in a worker thread; cancelling the awaiting task also stops ffmpeg."""
    event = cancel or threading.Event()
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, lambda: render(project, out_path, preset, progress, event))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        event.set()
        try:
            await future
        except RenderCancelled:
            pass
        raise
