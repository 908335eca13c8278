"""Export: build the ffmpeg command for a preset, run it with progress and cancel.

The output is written to a hidden temp file in the same folder and renamed on success, so a
cancelled or failed render never leaves a half-written file under the requested name.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Callable

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.child import claim, clean_stale_parts, die_with_parent, release
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import (
    RenderCancelled, RenderError, check_output_path, check_project, explain_ffmpeg_failure,
)
from editor_app.render.presets import Preset, get_preset
from editor_app.render.segments import MAX_PIECES_PER_SEGMENT, MIN_SEGMENT_SECONDS, filter_args, render_segments


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
    mode: str = "single pass"  # or "N segments in parallel"
    decision: str = ""  # "smart render: 94% copied (...)" or "full re-encode because ..."


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


def build_command(project: Project, out_path: str | os.PathLike, preset: str = "draft",
                  script_dir: Path | None = None) -> list[str]:
    """The full ffmpeg argument list (program first) that renders ``project`` to ``out_path``.
    A graph too long for one argument is written into ``script_dir`` (default: beside the output)."""
    chosen = get_preset(preset)
    width, height = chosen.output_size(project.settings.width, project.settings.height)
    comp = compile_timeline(project, width, height, video=chosen.video, audio=True)
    assert comp.audio is not None
    folder = script_dir if script_dir is not None else Path(out_path).parent
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", *comp.graph.input_args(),
            *filter_args(comp.graph.text(), folder, f".{Path(out_path).stem}"),
            *_output_args(chosen, project.fps, project.settings.sample_rate, comp.video, comp.audio),
            str(out_path)]


def _temp_path(out: Path) -> Path:
    return out.with_name(f".{out.stem}.part-{uuid.uuid4().hex[:8]}{out.suffix}")


def _reader(stream, sink: deque) -> None:
    for line in stream:
        sink.append(line.rstrip("\n"))


ONE_PASS_CORES = 4  # cores one pass can keep busy: its CPU seconds over its busiest thread's, 3.2-4.3 measured


def choose_workers(project: Project, workers: int | None) -> int:
    """How many segments to render at once.

    One pass by default: measured on 2 cores, one pass's threads (x264, decoders, the filter
    graph) could keep 3.2-4.3 cores busy, so it is CPU-bound there, not serial-bound, and two
    segments cost 1.11x its CPU (they won 1.17x in wall time only by taking a bigger share of
    a machine loaded by others). Segments pay where the cores outnumber what one pass can use
    (one worker per ONE_PASS_CORES cores) and for long clip lists, where bounded segments keep
    every graph small (render time per output second flat from 20 to 2,000 clips)."""
    if workers is not None:
        return max(1, workers)
    cores = os.cpu_count() or 1
    pieces = sum(1 for t in project.tracks for c in t.clips if c.enabled)
    if pieces > MAX_PIECES_PER_SEGMENT * 2:
        return max(1, cores)
    if cores >= 2 * ONE_PASS_CORES and project.duration >= 2 * MIN_SEGMENT_SECONDS * project.fps:
        return cores // ONE_PASS_CORES
    return 1


def render(project: Project, out_path: str | os.PathLike, preset: str = "draft",
           progress: ProgressCallback | None = None, cancel: threading.Event | None = None, *,
           workers: int | None = None, smart: bool | str = True,
           cache_dir: str | os.PathLike | None = None) -> RenderResult:
    """Render the timeline; raise RenderError (or RenderCancelled) with a clear sentence.

    ``workers``: None chooses (one pass for short timelines, parallel segments for long ones
    or long clip lists); 1 forces one pass; N renders N segments at once.
    ``smart``: copy whole GOPs of unchanged footage where that pays (render/smart*.py);
    "always" copies whatever can be copied even where it does not pay (tests, benchmarks);
    ``result.decision`` says which mode ran and why.
    ``cache_dir``: the project's cache folder; smart render reads the sources' keyframe index
    there (built at import) instead of scanning them, and stores what it had to scan."""
    out = Path(out_path).expanduser().resolve()
    chosen = get_preset(preset)
    check_output_path(out)
    check_project(project)
    clean_stale_parts(out)
    tmp = _temp_path(out)
    held = claim(tmp)
    try:
        decision = "full re-encode (smart render is off)"
        if smart and workers is None:
            result, decision = _try_smart(project, out, tmp, chosen, progress, cancel, smart == "always",
                                          cache_dir)
            if result is not None:
                return result
        n_workers = choose_workers(project, workers)
        if n_workers > 1 or sum(1 for t in project.tracks for c in t.clips) > MAX_PIECES_PER_SEGMENT * 2:
            result = _render_segmented(project, out, tmp, chosen, progress, cancel, n_workers)
        else:
            result = _render_one_pass(project, out, tmp, chosen, preset, progress, cancel)
        result.decision = decision
        return result
    finally:
        release(held)


def _try_smart(project: Project, out: Path, tmp: Path, chosen: Preset, progress: ProgressCallback | None,
               cancel: threading.Event | None, always: bool,
               cache_dir: str | os.PathLike | None = None) -> tuple[RenderResult | None, str]:
    """Smart render when the plan says it pays: (result, decision); (None, why not) otherwise."""
    import shutil
    import tempfile

    from editor_app.render.smart import render_smart
    from editor_app.render.smart_plan import plan_smart

    if not chosen.video:
        return None, "full re-encode because the export has no picture"
    size = chosen.output_size(project.settings.width, project.settings.height)
    plan = plan_smart(project, chosen, *size, always=always, cache_dir=cache_dir)
    if plan.reason is not None:
        return None, plan.summary()
    total_s = float(Fraction(project.duration) / project.fps)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix=f".{out.stem}.smart-", dir=out.parent))
    report = _fraction_reporter(progress, started, total_s)

    try:
        sound = render_smart(project, plan, tmp, chosen, size, work, progress=report, cancel=cancel,
                             cache_dir=cache_dir)
        if not tmp.exists():
            raise RenderError("ffmpeg finished without writing the output")
        os.replace(tmp, out)
    except RenderCancelled:
        raise
    except RenderError as exc:  # a source ffmpeg cannot split or join: the full re-encode still works
        return None, f"full re-encode because smart render failed ({exc})"
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    return RenderResult(out, chosen.name, project.duration, total_s, time.monotonic() - started, *size,
                        mode="smart", decision=f"{plan.summary()}; {sound}"), f"{plan.summary()}; {sound}"


def _render_one_pass(project: Project, out: Path, tmp: Path, chosen: Preset, preset: str,
                     progress: ProgressCallback | None, cancel: threading.Event | None) -> RenderResult:
    cmd = build_command(project, tmp, preset)
    cmd[-1:-1] = ["-progress", "pipe:1", "-nostats"]
    total_s = float(Fraction(project.duration) / project.fps)
    started = time.monotonic()
    proc = subprocess.Popen(die_with_parent(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")
    out_lines: deque = deque()
    err_lines: deque = deque(maxlen=200)
    readers = [threading.Thread(target=_reader, args=(proc.stdout, out_lines), daemon=True),
               threading.Thread(target=_reader, args=(proc.stderr, err_lines), daemon=True)]
    for t in readers:
        t.start()
    cancelled = False
    try:
        while True:  # wake as soon as ffmpeg exits (a fixed sleep added up to 50 ms to every export)
            try:
                proc.wait(timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                pass
            if cancel is not None and cancel.is_set():
                cancelled = True
                proc.kill()
                break
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
    finally:
        finally_clean_script(tmp)
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


def _fraction_reporter(progress: ProgressCallback | None, started: float, total_s: float):
    """A callback taking the finished fraction, reported as Progress with an ETA (smart and segmented renders)."""
    def report(fraction: float) -> None:
        if progress is not None:
            elapsed = time.monotonic() - started
            eta = elapsed * (1 - fraction) / fraction if fraction > 0.01 else None
            progress(Progress(fraction, fraction * total_s, total_s, eta))
    return report


def finally_clean_script(tmp: Path) -> None:
    """Remove the filter-graph file a long graph was written to (beside the temp output)."""
    tmp.with_name(f".{tmp.stem}.filtergraph").unlink(missing_ok=True)


def _render_segmented(project: Project, out: Path, tmp: Path, chosen: Preset, progress: ProgressCallback | None,
                      cancel: threading.Event | None, workers: int) -> RenderResult:
    import shutil
    import tempfile

    total_s = float(Fraction(project.duration) / project.fps)
    width, height = chosen.output_size(project.settings.width, project.settings.height)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix=f".{out.stem}.segments-", dir=out.parent))
    report = _fraction_reporter(progress, started, total_s)

    try:
        count = render_segments(project, tmp, chosen, width, height, work, workers=workers, progress=report, cancel=cancel)
        if not tmp.exists():
            raise RenderError("ffmpeg finished without writing the output")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    size = (width, height) if chosen.video else (None, None)
    return RenderResult(out, chosen.name, project.duration, total_s, time.monotonic() - started, *size,
                        mode=f"{count} segments, {min(workers, count)} at a time")


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
