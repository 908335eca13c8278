"""Run a smart render: copy whole GOPs, re-encode the rest, join by stream copy, encode the sound once.

Picture: every re-encoded stretch of the plan is cut out of the timeline and laid end to end
in one *condensed* timeline, encoded in a few bounded batches with a forced IDR frame at the
start of every stretch and split there by the segment muxer, so a hundred edits cost a few
encoder starts, not a hundred. Copied GOPs come out of each source in one stream-copy pass
(segment muxer split at the plan's cut points). The concat demuxer joins the pieces in
timeline order; it converts each MP4 piece to Annex B with its own SPS/PPS in-band, so the
re-encoded edges and the copied GOPs each decode with their own parameter sets. Every
piece has exact ``duration`` in the list, and the ``setts`` filter puts pts on the frame
grid and rewrites dts as (packet index - delay), which keeps dts rising across pieces whose
B-frame depth differs.

Sound: rendered in bounded chunks to PCM, joined and encoded once (as the segment renderer
does, but beside the picture's encoders), then copied into the final mux: no gap, no click.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import RenderError
from editor_app.render.filters import rat, secs
from editor_app.render.presets import Preset
from editor_app.render.segments import (
    MAX_PIECES_PER_SEGMENT, SegmentJob, _run, filter_args, plan_segments, segment_command,
)
from editor_app.render.smart_plan import SmartPlan, Span


def condensed_project(project: Project, spans: list[Span]) -> Project:
    """The re-encoded stretches laid end to end: video tracks only, clips cut at the stretch edges.

    Only clips that can be copied are ever cut (a stretch edge lies inside a lone, effect-free,
    speed-1 clip on the lowest track with nothing above it), so cutting changes no effect's timing."""
    tracks = []
    for track in project.tracks:
        if track.kind != "video":
            continue
        clips, renamed = [], {}
        cursor = 0
        for n, span in enumerate(spans):
            shift = cursor - span.start
            for c in track.clips:
                if not c.enabled or c.end <= span.start or c.start >= span.end:
                    continue
                a, b = max(c.start, span.start), min(c.end, span.end)
                cid = f"{c.id}~{n}"
                renamed[(c.id, n)] = cid
                clips.append(c.model_copy(update={
                    "id": cid, "start": a + shift, "duration": b - a,
                    "source_in": Fraction(c.source_in) + (a - c.start) * Fraction(c.speed)}))
            cursor += span.frames
        transitions = [t.model_copy(update={"from_clip": renamed[(t.from_clip, n)], "to_clip": renamed[(t.to_clip, n)]})
                       for t in track.transitions for n in range(len(spans))
                       if (t.from_clip, n) in renamed and (t.to_clip, n) in renamed]
        tracks.append(track.model_copy(update={"clips": clips, "transitions": transitions}))
    return project.model_copy(update={"tracks": tracks})


def _batches(condensed: Project, spans: list[Span]) -> list[list[int]]:
    """Groups of consecutive stretch indices whose graph stays under the piece bound."""
    groups: list[list[int]] = []
    pieces, cursor = 0, 0
    for i, span in enumerate(spans):
        a, b = cursor, cursor + span.frames
        n = sum(1 for t in condensed.tracks for c in t.clips if c.start < b and c.end > a)
        if groups and pieces + n <= MAX_PIECES_PER_SEGMENT:
            groups[-1].append(i)
            pieces += n
        else:
            groups.append([i])
            pieces = n
        cursor = b
    return groups


def _edge_command(condensed: Project, starts: list[int], a: int, b: int, size: tuple[int, int],
                  preset: Preset, work: Path, name: str) -> list[str]:
    """Encode condensed frames [a, b) with an IDR at every stretch start, split there into MP4 pieces."""
    fps = condensed.fps
    comp = compile_timeline(condensed, *size, start=a, end=b, video=True, audio=False)
    # one frame per timeline frame, in order: number them, so one-frame pieces whose
    # timestamps touch are not dropped by the constant-rate output (lost 3 of 160 frames)
    video = comp.graph.chain([comp.video], [f"setpts=N*{rat(1 / fps)}/TB"], prefix="v")
    rel = [s - a for s in starts]
    keys = ",".join(secs((Fraction(k) - Fraction(1, 4)) / fps) for k in rel[1:])
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", *comp.graph.input_args(),
           *filter_args(comp.graph.text(), work, name), "-map", f"[{video}]", *preset.vcodec_args,
           "-r", f"{fps.numerator}/{fps.denominator}", "-fps_mode", "cfr", "-forced-idr", "1"]
    if keys:
        cmd += ["-force_key_frames", keys]
    cmd += ["-an", "-f", "segment", "-segment_format", "mp4", "-reset_timestamps", "1"]
    cmd += ["-segment_frames", ",".join(str(k) for k in rel[1:])] if len(rel) > 1 else ["-segment_time", "999999"]
    return [*cmd, str(work / f"{name}_%05d.mp4")]


def _copy_command(path: str, bounds: list[int], end: int, work: Path, name: str) -> list[str]:
    """Stream-copy frames [0, end) of a source, split at ``bounds`` (no decoding).

    A bound is a cut or an end point; pieces that start at an end point are never used, so
    splitting at non-key frames is allowed."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-i", path, "-map", "0:v:0", "-c", "copy",
           "-frames:v", str(end), "-f", "segment", "-segment_format", "mp4", "-reset_timestamps", "1",
           "-break_non_keyframes", "1"]
    cmd += ["-segment_frames", ",".join(map(str, bounds))] if bounds else ["-segment_time", "999999"]
    return [*cmd, str(work / f"{name}_%05d.mp4")]


def _jobs(project: Project, plan: SmartPlan, preset: Preset, size: tuple[int, int], work: Path
          ) -> tuple[list[list[str]], list[tuple[Path, int]]]:
    """The ffmpeg commands that make every piece, and the pieces (file, frames) in timeline order."""
    cmds: list[list[str]] = []
    files: dict[int, list[tuple[Path, int]]] = {}
    edges = [i for i, s in enumerate(plan.spans) if not s.copy]
    if edges:
        edge_spans = [plan.spans[i] for i in edges]
        condensed = condensed_project(project, edge_spans)
        starts, cursor = [], 0
        for s in edge_spans:
            starts.append(cursor)
            cursor += s.frames
        for g, group in enumerate(_batches(condensed, edge_spans)):
            a, b = starts[group[0]], starts[group[-1]] + edge_spans[group[-1]].frames
            name = f"e{g:04d}"
            cmds.append(_edge_command(condensed, [starts[k] for k in group], a, b, size, preset, work, name))
            for j, k in enumerate(group):
                files[edges[k]] = [(work / f"{name}_{j:05d}.mp4", edge_spans[k].frames)]
    passes: list[tuple[str, list[int]]] = []  # per source, spans that do not overlap in source frames
    for i in sorted((i for i, s in enumerate(plan.spans) if s.copy), key=lambda i: plan.spans[i].src_start):
        s = plan.spans[i]
        assert s.source is not None
        free = next((p for p in passes if p[0] == s.source.path
                     and plan.spans[p[1][-1]].src_start + plan.spans[p[1][-1]].frames <= s.src_start), None)
        if free is None:
            passes.append((s.source.path, [i]))
        else:
            free[1].append(i)
    for n, (path, idxs) in enumerate(passes):
        marks = sorted({b for i in idxs for b in (plan.spans[i].src_start, plan.spans[i].src_start + plan.spans[i].frames)})
        end = marks[-1]
        edges_at = [0, *(b for b in marks if 0 < b < end)]  # segment k starts at source frame edges_at[k]
        name = f"s{n:04d}"
        cmds.append(_copy_command(path, edges_at[1:], end, work, name))
        for i in idxs:
            files[i] = [(work / f"{name}_{edges_at.index(plan.spans[i].src_start):05d}.mp4", plan.spans[i].frames)]
    return cmds, [piece for i in range(len(plan.spans)) for piece in files[i]]


def _listing(path: Path, pieces: list[tuple[Path, int]], fps: Fraction) -> Path:
    lines = ["ffconcat version 1.0"]
    for f, frames in pieces:
        lines += [f"file '{f.as_posix()}'", f"duration {secs(Fraction(frames) / fps)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def render_smart(project: Project, plan: SmartPlan, out: Path, preset: Preset, size: tuple[int, int], work: Path,
                 *, progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None) -> None:
    """Render ``project`` to ``out`` following ``plan`` (whose reason is None)."""
    video_cmds, pieces = _jobs(project, plan, preset, size, work)
    fps, sr = project.fps, project.settings.sample_rate
    audio_jobs = [SegmentJob(i, a, b, *size, (), sr, None, work / f"a{i:05d}.wav")
                  for i, (a, b) in enumerate(plan_segments(project, 1))]
    audio_list = work / "audio.txt"
    audio_list.write_text("".join(f"file '{j.audio_out.as_posix()}'\n" for j in audio_jobs), encoding="utf-8")
    n_samples = int(round(Fraction(project.duration) * sr / fps))
    sound = work / "sound.m4a"
    # the sound: PCM chunks, then joined and encoded once, beside the picture's encoders
    audio_cmds = [segment_command(project, job, work) for job in audio_jobs] + [[
        ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "concat", "-safe", "0",
        "-i", str(audio_list), "-af", f"apad=whole_len={n_samples},atrim=end_sample={n_samples}",
        *preset.acodec_args, "-ar", str(sr), "-ac", "2", "-vn", "-f", "mp4", str(sound)]]
    total = len(video_cmds) + len(audio_cmds) + 1
    procs: list[subprocess.Popen] = []
    lock = threading.Lock()
    done = 0
    stop = threading.Event()

    def one(cmds: list[list[str]]) -> None:
        nonlocal done
        for cmd in cmds:
            if stop.is_set():
                return
            _run(cmd, cancel, procs, lock)
            with lock:
                done += 1
            if progress:
                progress(done / total * 0.95)

    def kill_all() -> None:
        with lock:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()

    def watch() -> None:  # a cancel stops the running encoders now, not when they finish
        while not stop.is_set():
            if cancel is not None and cancel.wait(0.1):
                stop.set()
                kill_all()

    if cancel is not None:
        threading.Thread(target=watch, name="smart-cancel", daemon=True).start()
    try:
        with ThreadPoolExecutor(2) as pool:
            jobs = [pool.submit(one, audio_cmds)] + [pool.submit(one, [c]) for c in video_cmds]
            for future in jobs:
                future.result()
    except BaseException:
        stop.set()
        kill_all()
        raise
    video_list = _listing(work / "video.txt", pieces, fps)
    grid = f"{fps.numerator}*TB/{fps.denominator}"  # frames per tick
    setts = f"setts=pts=round(PTS*{grid})/({grid}):dts=round((N-{plan.delay})/({grid}))"
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error",
           "-f", "concat", "-safe", "0", "-i", str(video_list), "-i", str(sound),
           "-map", "0:v", "-c:v", "copy", "-bsf:v", setts, "-map", "1:a", "-c:a", "copy",
           "-movflags", "+faststart", "-f", "mp4", str(out)]
    try:
        _run(cmd, cancel, procs, lock)
    finally:
        stop.set()
    frames = count_frames(out)
    if frames != project.duration:
        raise RenderError(f"the joined picture has {frames} frames, the timeline {project.duration}")
    if progress:
        progress(1.0)


def count_frames(path: Path) -> int:
    """Video packets in a file (stream copy, nothing decoded): one per frame."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-map", "0:v:0", "-c", "copy",
                           "-f", "framecrc", "-"], capture_output=True, text=True, errors="replace")
    return sum(1 for line in proc.stdout.splitlines() if line and not line.startswith("#"))
