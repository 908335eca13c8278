"""Render a timeline as independent segments, in parallel, joined without re-encoding.

Why: one ffmpeg graph for the whole timeline opens every clip's media as its own input and
composites every clip at once, so time and memory per output second grow with the clip
count (5.4x the plain-encode floor at 500 clips, nothing at all at 2,000). A segment is a
bounded frame range of the timeline rendered by the ordinary compiler, so every segment's
graph is small, and segments of a long export run on all cores at once.

Each segment job is a pure function of (project, frame range, settings) that writes one
file (``segment_job``), so it could be handed to a cluster scheduler later; here a thread
pool drives one ffmpeg per core. Picture: each segment is encoded with the preset's
encoder settings and starts on a key frame, so the concat demuxer joins them by stream
copy, frame-exact. Sound: each segment writes PCM (sample-exact, no encoder priming) and
the joined PCM is encoded once, so joins have no gap and no click.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.child import die_with_parent
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import RenderCancelled, RenderError, explain_ffmpeg_failure
from editor_app.render.pieces import track_runs
from editor_app.render.presets import Preset
from editor_app.render.sound_join import SoundEncoder

MAX_PIECES_PER_SEGMENT = 40     # clip pieces in one segment's graph: keeps inputs and memory bounded
MIN_SEGMENT_SECONDS = 2.0       # shorter segments cost more in process start than they save
SCRIPT_THRESHOLD = 60_000       # characters: above this the graph goes in a file (Linux caps one argument at 128 KiB)


@dataclass(frozen=True)
class SegmentJob:
    """Everything one segment needs: a pure description, so any worker can run it."""

    index: int
    start: int      # timeline frame, inclusive
    end: int        # timeline frame, exclusive
    width: int
    height: int
    video_args: tuple[str, ...]
    sample_rate: int
    video_out: Path | None
    audio_out: Path


def _cut_points(project: Project) -> list[int]:
    """Frames where a segment may start: clip edges on any track, never inside a transition."""
    points: set[int] = {0, project.duration}
    blocked: list[tuple[int, int]] = []
    for track in project.tracks:
        for run in track_runs(track):
            points.update((run.start, run.end))
            for c in run.clips:
                points.update((c.start, c.end))
            if len(run.clips) > 1:
                blocked.append((run.start, run.end))
    return sorted(p for p in points if 0 <= p <= project.duration and not any(a < p < b for a, b in blocked))


def _pieces_between(project: Project, a: int, b: int) -> int:
    return sum(1 for t in project.tracks for c in t.clips if c.enabled and c.start < b and c.end > a)


def plan_segments(project: Project, workers: int, *, max_pieces: int = MAX_PIECES_PER_SEGMENT) -> list[tuple[int, int]]:
    """Frame ranges covering the timeline: at least ``workers`` of them when it is long enough,
    each holding at most ``max_pieces`` clip pieces where the cut points allow.

    Each segment ends at the cut point nearest its even share of what is left (not the first
    point past it): two workers given 4 s and 2 s of a 6 s timeline finish when the 4 s one
    does, so the split into halves is what can pay."""
    total = project.duration
    if total <= 0:
        return []
    min_frames = int(MIN_SEGMENT_SECONDS * project.fps)
    points = _cut_points(project)
    ranges: list[tuple[int, int]] = []
    start = 0
    left = max(1, workers)
    for i, p in enumerate(points[1:], 1):
        if p <= start:
            continue
        nxt = points[i + 1] if i + 1 < len(points) else None
        share = max(min_frames, -(-(total - start) // left))
        # end here when p is the nearest point to the share (the next one would overshoot further)
        nearest = p - start >= share or (nxt is not None and nxt - start > share
                                         and share - (p - start) <= (nxt - start) - share
                                         and p - start >= min_frames)
        crowded = nxt is not None and _pieces_between(project, start, nxt) > max_pieces and p - start >= project.fps
        if p == total or nearest or crowded:
            ranges.append((start, p))
            start = p
            left = max(1, left - 1)
    if ranges and ranges[-1][1] != total:
        ranges[-1] = (ranges[-1][0], total)
    # a tiny tail joins the segment before it
    if len(ranges) > 1 and ranges[-1][1] - ranges[-1][0] < project.fps:
        a, _ = ranges[-2]
        ranges[-2:] = [(a, total)]
    return ranges


def filter_args(graph_text: str, folder: Path, name: str) -> list[str]:
    """``-filter_complex TEXT``, or ``-/filter_complex FILE`` when the text is too long for one argument."""
    if len(graph_text) <= SCRIPT_THRESHOLD:
        return ["-filter_complex", graph_text]
    script = folder / f"{name}.filtergraph"
    script.write_text(graph_text, encoding="utf-8")
    return ["-/filter_complex", str(script)]


def segment_command(project: Project, job: SegmentJob, work: Path) -> list[str]:
    comp = compile_timeline(project, job.width, job.height, start=job.start, end=job.end,
                            video=job.video_out is not None, audio=True)
    assert comp.audio is not None
    fps = project.fps
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", *comp.graph.input_args(),
           *filter_args(comp.graph.text(), work, f"seg{job.index:05d}")]
    if job.video_out is not None and comp.video is not None:
        cmd += ["-map", f"[{comp.video}]", *job.video_args, "-r", f"{fps.numerator}/{fps.denominator}",
                "-fps_mode", "cfr", "-an", "-f", "mp4", str(job.video_out)]
    cmd += ["-map", f"[{comp.audio}]", "-c:a", "pcm_s16le", "-ar", str(job.sample_rate), "-ac", "2",
            "-vn", "-f", "wav", str(job.audio_out)]
    return cmd


def _run(cmd: list[str], cancel: threading.Event | None, procs: list[subprocess.Popen], lock: threading.Lock) -> None:
    with lock:
        if cancel is not None and cancel.is_set():
            raise RenderCancelled("The render was cancelled; no file was written.")
        proc = subprocess.Popen(die_with_parent(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                errors="replace")  # dies with the editor (render/child.py)
        procs.append(proc)
    _out, err = proc.communicate()
    if cancel is not None and cancel.is_set():
        raise RenderCancelled("The render was cancelled; no file was written.")
    if proc.returncode != 0:
        raise RenderError(explain_ffmpeg_failure(err or "", proc.returncode))


def render_segments(project: Project, out: Path, preset: Preset, width: int, height: int, work: Path, *,
                    workers: int | None = None, progress: Callable[[float], None] | None = None,
                    cancel: threading.Event | None = None) -> int:
    """Render ``project`` to ``out`` through parallel segments; returns how many segments ran."""
    workers = max(1, workers or os.cpu_count() or 1)
    ranges = plan_segments(project, workers)
    jobs = [SegmentJob(i, a, b, width, height, tuple(preset.vcodec_args) + ("-threads", str(max(1, (os.cpu_count() or 1) // workers))),
                       project.settings.sample_rate, work / f"v{i:05d}.mp4" if preset.video else None,
                       work / f"a{i:05d}.wav")
            for i, (a, b) in enumerate(ranges)]
    procs: list[subprocess.Popen] = []
    lock = threading.Lock()
    done = 0
    total = sum(b - a for a, b in ranges) or 1
    stop = threading.Event()
    sr = project.settings.sample_rate
    n_samples = int(round(Fraction(project.duration) * sr / project.fps))
    fmt = "mp4" if preset.container == "mp4" else "wav"
    sound_out = work / "sound.m4a" if preset.video else out
    sound = SoundEncoder([j.audio_out for j in jobs], n_samples, sr, list(preset.acodec_args),
                         fmt if not preset.video else "mp4", sound_out, work / "sound.log", procs, lock)

    def one(job: SegmentJob) -> None:
        nonlocal done
        try:
            if stop.is_set():
                return
            _run(segment_command(project, job, work), cancel, procs, lock)
        finally:
            sound.done(job.index)
        with lock:
            done += job.end - job.start
        if progress:
            progress(done / total * 0.95)

    try:
        with ThreadPoolExecutor(workers) as pool:
            for future in [pool.submit(one, job) for job in jobs]:
                future.result()
        sound.finish()
        if preset.video:
            _join(project, jobs, preset, work, sound_out, out, cancel, procs, lock)
    except BaseException:
        stop.set()
        sound.abandon()
        with lock:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
        raise
    if progress:
        progress(1.0)
    return len(jobs)


def _join(project: Project, jobs: list[SegmentJob], preset: Preset, work: Path, sound: Path, out: Path,
          cancel: threading.Event | None, procs: list[subprocess.Popen], lock: threading.Lock) -> None:
    """Concatenate the picture by stream copy and mux the sound encoded beside it (sound_join.py)."""
    video_list = work / "video.txt"
    video_list.write_text("".join(f"file '{j.video_out.as_posix()}'\n" for j in jobs if j.video_out is not None),
                          encoding="utf-8")
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "concat", "-safe", "0",
           "-i", str(video_list), "-i", str(sound), "-map", "0:v", "-c:v", "copy", "-map", "1:a", "-c:a", "copy"]
    if preset.container == "mp4":
        cmd += ["-movflags", "+faststart", "-f", "mp4"]
    cmd.append(str(out))
    _run(cmd, cancel, procs, lock)
