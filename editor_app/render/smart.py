"""Run a smart render: copy whole GOPs, re-encode the rest, join by stream copy, encode the sound once.

Picture: each source's picture is first stream-copied into a file of its own (cheap to open
and seek, and safe for the concat demuxer's ``outpoint``: ``render/smart_jobs.py``). Every
re-encoded stretch of the plan is cut out of the timeline and laid end to end in a
*condensed* timeline, encoded in bounded batches (several side by side, one x264 thread
each) with a forced IDR frame at the start of every stretch and split there by the segment
muxer, so a hundred edits cost a few encoder starts, not a hundred. The concat demuxer joins
the pieces in timeline order: copied GOPs straight from the picture files (``inpoint`` /
``outpoint``, no intermediate files), edges from their MP4 pieces. It converts each piece
to Annex B with its own SPS/PPS in band, so the edges and the copied GOPs each decode with
their own parameter sets. Every piece has an exact ``duration``, and the ``setts`` filter
puts pts on the frame grid and rewrites dts as (packet index - delay), which keeps dts
rising across pieces whose B-frame depth differs.

Sound: copied between joins where the timeline's sound is plain cuts (``render/smart_sound.py``),
else rendered in bounded chunks to PCM and encoded once, beside the picture's encoders, then
copied into the final mux: no gap, no click.

The steps overlap (round 9): the join starts once the picture copies and the sound exist and
reads each edge piece through a named pipe as soon as it is finished (``render/smart_stream.py``),
so no core waits for the join at the end; the batches' feeds are written ahead of their encoders.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from typing import IO
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.child import die_with_parent
from editor_app.render.errors import RenderCancelled, RenderError, explain_ffmpeg_failure
from editor_app.render.presets import Preset
from editor_app.render.segments import SegmentJob, plan_segments, segment_command
from editor_app.render.smart_feed import FeedError
from editor_app.render.smart_jobs import EdgeEffort, condensed_project, listing, plan_jobs
from editor_app.render.smart_plan import SmartPlan
from editor_app.render.smart_sound import SoundPlan, join_audio_args, plan_sound, render_sound
from editor_app.render.smart_stream import PieceWriter, can_stream

__all__ = ["Step", "condensed_project", "count_frames", "render_smart"]


@dataclass(frozen=True)
class Step:
    """One ffmpeg process of a smart render: what it made, when it started (s after the first),
    its wall and CPU seconds (user + system, from the kernel's accounting of that child)."""

    kind: str     # "picture" (video-only copy), "feed" (this process), "edges", "sound" (PCM chunk), "encode sound", "join"
    start: float
    wall: float
    cpu: float


def _reap(proc: subprocess.Popen) -> float:
    """Wait for ``proc`` to end; its CPU seconds where the kernel still has them, else 0.

    ``Popen.poll`` (called by ``kill``/``send_signal`` from a cancelling thread, or after a
    consumer stops reading) may already have reaped the child: then ``wait4`` finds no child,
    and the exit code is the one ``poll`` recorded."""
    if proc.returncode is None and hasattr(os, "wait4"):  # the child's own CPU seconds (Unix)
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        except ChildProcessError:
            pass  # reaped meanwhile by another thread's poll(); wait() below reads its code
        else:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime
    proc.wait()
    return 0.0


class _Runner:
    """Runs ffmpeg children: cancel kills them all, failures raise RenderError, CPU is recorded."""

    def __init__(self, cancel: threading.Event | None, steps: list[Step] | None):
        self.cancel, self.steps = cancel, steps
        self.procs: list[subprocess.Popen] = []
        self.lock = threading.Lock()
        self.t0 = time.monotonic()
        self.stopped = False

    def record(self, kind: str, started: float, cpu: float) -> None:
        """A step done in this process (``started``: monotonic; ``cpu``: this thread's seconds)."""
        if self.steps is not None:
            self.steps.append(Step(kind, started - self.t0, time.monotonic() - started, cpu))

    def run(self, kind: str, cmd: list[str], capture: bool = False) -> str:
        """Run ``cmd`` to its end; its stdout and stderr as text when ``capture``."""
        return self.stream(kind, cmd, capture=capture)

    def stream(self, kind: str, cmd: list[str], feed: bytes | None = None,
               consume: Callable[[IO[bytes]], object] | None = None, capture: bool = False):
        """Run ``cmd``: ``feed`` written to its stdin, or its stdout handed to ``consume`` (whose
        result is returned; the child is stopped once ``consume`` has what it needs)."""
        with self.lock:
            if self.stopped or (self.cancel is not None and self.cancel.is_set()):
                raise RenderCancelled("The render was cancelled; no file was written.")
            err = tempfile.TemporaryFile()
            proc = subprocess.Popen(die_with_parent(cmd), stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE if consume or capture else subprocess.DEVNULL, stderr=err)
            self.procs.append(proc)
        started = time.monotonic()
        result: object = None
        stopped_early = False
        try:
            if feed is not None:
                assert proc.stdin is not None
                try:
                    proc.stdin.write(feed)
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
            if consume is not None:
                assert proc.stdout is not None
                result = consume(proc.stdout)
                if proc.poll() is None:
                    proc.kill()
                    stopped_early = True
            elif capture:
                assert proc.stdout is not None
                result = proc.stdout.read().decode("utf-8", "replace")
        finally:
            cpu = _reap(proc)
            if proc.stdout is not None:
                proc.stdout.close()
            err.seek(0)
            raw = err.read()
            err.close()
        if self.steps is not None:
            self.steps.append(Step(kind, started - self.t0, time.monotonic() - started, cpu))
        if self.cancel is not None and self.cancel.is_set():
            raise RenderCancelled("The render was cancelled; no file was written.")
        if proc.returncode != 0 and not stopped_early:
            raise RenderError(explain_ffmpeg_failure(raw.decode("utf-8", "replace"), proc.returncode))
        if capture:
            return f"{result}{raw.decode('utf-8', 'replace')}"
        return result

    def kill_all(self) -> None:
        """Kill every running child; no new one starts after this."""
        with self.lock:
            self.stopped = True
            for proc in self.procs:
                if proc.returncode is None:
                    proc.kill()


def _sound_commands(project: Project, preset: Preset, size: tuple[int, int], work: Path) -> tuple[list[list[str]], Path]:
    """PCM chunks of the timeline's sound, then one encode of them all to the exact sample count."""
    fps, sr = project.fps, project.settings.sample_rate
    jobs = [SegmentJob(i, a, b, *size, (), sr, None, work / f"a{i:05d}.wav")
            for i, (a, b) in enumerate(plan_segments(project, 1))]
    audio_list = work / "audio.txt"
    audio_list.write_text("".join(f"file '{j.audio_out.as_posix()}'\n" for j in jobs), encoding="utf-8")
    n_samples = int(round(Fraction(project.duration) * sr / fps))
    sound = work / "sound.m4a"
    cmds = [segment_command(project, job, work) for job in jobs] + [[
        ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "concat", "-safe", "0",
        "-i", str(audio_list), "-af", f"apad=whole_len={n_samples},atrim=end_sample={n_samples}",
        *preset.acodec_args, "-ar", str(sr), "-ac", "2", "-vn", "-f", "mp4", str(sound)]]
    return cmds, sound


def render_smart(project: Project, plan: SmartPlan, out: Path, preset: Preset, size: tuple[int, int], work: Path,
                 *, progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None,
                 workers: int | None = None, steps: list[Step] | None = None, fast_edges: bool | EdgeEffort = True,
                 copy_sound: bool = True, one_decoder: bool = True, feed: bool = True, overlap: bool = True,
                 cache_dir: str | os.PathLike | None = None) -> str:
    """Render ``project`` to ``out`` following ``plan`` (whose reason is None).

    ``workers``: edge encoders run side by side (default: one per core). ``steps``: filled with
    one record per ffmpeg process (what it made, wall and CPU seconds): where the time went.
    ``fast_edges``: the edges' x264 at ultrafast's effort, quality bought back by rate
    (``smart_jobs.EDGE``; an ``EdgeEffort``: that one); False: the preset's own settings.
    ``copy_sound``: copy the sources' AAC between joins where the sound is plain cuts
    (``render/smart_sound.py``); False encodes it all.
    ``one_decoder``: an edge batch that is plain footage of one source reads it through one
    decoder (``render/smart_decode.py``); False gives every piece its own input.
    ``overlap``: the join starts while the edges encode, reading each edge piece through a named
    pipe as it is finished (``render/smart_stream.py``), and the batches' feeds are written ahead
    of their encoders; False runs every step after the one before (the same file, byte for byte).
    ``cache_dir``: the project's cache, where the import stored the sources' sound scans.
    Returns how the sound was made (a sentence for the render's decision)."""
    cpus = max(1, workers or os.cpu_count() or 1)
    streaming = overlap and can_stream()
    jobs = plan_jobs(project, plan, preset, size, work, cpus, fast_edges, one_decoder, feed, streamable=streaming)
    streaming = streaming and bool(jobs.edges)
    sound_cmds, sound = _sound_commands(project, preset, size, work)
    sound_steps = [("sound", c) for c in sound_cmds[:-1]] + [("encode sound", sound_cmds[-1])]
    sound_plan: SoundPlan | str = plan_sound(project) if copy_sound else "copying the sound is off"
    total = len(jobs.pictures) + len(jobs.edges) + len(sound_cmds) + 1
    runner = _Runner(cancel, steps)
    done = 0
    stop = threading.Event()
    finished = [threading.Event() for _ in jobs.edges]  # set when an edge batch has written its pieces

    def one(cmds: list[tuple[str, list[str]]]) -> None:
        nonlocal done
        for kind, cmd in cmds:
            if stop.is_set():
                return
            runner.run(kind, cmd)
            with runner.lock:
                done += 1
            if progress:
                progress(done / total * 0.95)

    def prepare(fed: Callable[[], list[str]], pictures: list[Future]) -> list[str] | None:
        """Write a batch's feed (it reads the picture copy); the command that decodes it, or None
        to keep the concat input."""
        _settle(pictures)
        if stop.is_set():
            return None
        started, cpu = time.monotonic(), time.thread_time()
        try:
            return fed()
        except FeedError:
            return None  # the concat input reads the same frames
        finally:
            runner.record("feed", started, time.thread_time() - cpu)

    def edge(n: int, cmd: list[str], fed: Future | None, pictures: list[Future]) -> None:
        made = fed.result() if fed is not None else None
        if made is None:
            _settle(pictures)  # the concat input and the compiler's graph read the picture copy
        one([("edges", made or cmd)])
        if not stop.is_set():
            finished[n].set()

    def ready(n: int, after: Path | None) -> bool:
        """Whether batch n's piece can be handed to the join: the batch is done, or the segment
        muxer has opened ``after`` (the batch's next piece), which it does only once the piece
        before is closed. False: the render stopped."""
        while not finished[n].wait(0.1):  # a timed wait costs about 0.1-0.2 ms of CPU: not every 20 ms
            if stop.is_set():
                return False
            if after is not None and after.exists():
                return True
        return not stop.is_set()

    audio_args: list[str] = []
    sound_note = ""

    def make_sound() -> None:  # copy the sources' AAC between joins, else encode it all
        nonlocal sound, audio_args, sound_note, done
        if isinstance(sound_plan, SoundPlan):
            try:
                made: Path | str = render_sound(sound_plan, preset.acodec_args, work, runner, cache_dir)
            except RenderCancelled:
                raise
            except (RenderError, ValueError, OSError) as exc:  # a stream we could not read as planned: encode it all
                if stop.is_set():
                    raise
                made = str(exc)
            if isinstance(made, Path):
                sound, audio_args = made, join_audio_args(sound_plan)
                sound_note = "sound copied between joins"
                with runner.lock:
                    done += len(sound_steps)
                return
            sound_note = f"sound encoded ({made})"
        else:
            sound_note = f"sound encoded ({sound_plan})"
        one(sound_steps)

    entries, writer = jobs.entries, None
    if streaming:  # each edge piece's entry names a pipe its finished file is written into
        pipes = work / "pipes"
        pipes.mkdir()
        entries, handed = [], []
        for n, (entry, maker) in enumerate(zip(jobs.entries, jobs.makers)):
            if maker is not None:
                after = next((e.path for e, m in zip(jobs.entries[n + 1:], jobs.makers[n + 1:]) if m == maker), None)
                handed.append((pipes / f"{n:05d}.mp4", entry.path, maker, after))
                entry = replace(entry, path=handed[-1][0])
            entries.append(entry)
        writer = PieceWriter(handed, ready, stop, failed=runner.kill_all)

    n_samples = int(round(Fraction(project.duration) * project.settings.sample_rate / project.fps))

    def join() -> None:
        if stop.is_set():
            return
        fps = project.fps
        video_list = listing(work / "video.txt", entries, fps)
        grid = f"{fps.numerator}*TB/{fps.denominator}"  # frames per tick
        setts = f"setts=pts=round(PTS*{grid})/({grid}):dts=round((N-{plan.delay})/({grid}))"
        runner.run("join", [
            ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-progress", str(report), "-nostats",
            "-f", "concat", "-safe", "0", "-i", str(video_list), "-i", str(sound),
            "-map", "0:v", "-c:v", "copy", "-bsf:v", setts, "-map", "1:a", "-c:a", "copy", *audio_args,
            *moov_args(project.duration, n_samples), "-f", "mp4", str(out)])

    def join_early(pictures: list[Future], sound_job: Future) -> None:
        """The join as soon as the copies and the sound exist; it waits in the pipes for the edges."""
        _settle(pictures, sound_job)
        sound_job.result()
        join()

    def watch() -> None:  # a cancel stops the running encoders now, not when they finish
        while not stop.is_set():
            if cancel is not None and cancel.wait(0.1):
                stop.set()
                runner.kill_all()

    if cancel is not None:
        threading.Thread(target=watch, name="smart-cancel", daemon=True).start()
    report = work / "join.progress"
    # the sound's one serial chain beside the picture's jobs: picture copies, then the edges (each
    # batch's feed written ahead by its own thread), and with ``overlap`` the join beside them
    sound_pool, pool = ThreadPoolExecutor(1), ThreadPoolExecutor(cpus)
    feed_pool, join_pool = ThreadPoolExecutor(1), ThreadPoolExecutor(1)
    try:
        sound_job = sound_pool.submit(make_sound)
        # with ``overlap`` the picture copies, then the join (waiting in its pipes), on a thread of their own
        pictures = [(join_pool if overlap else pool).submit(one, [("picture", c)]) for c in jobs.pictures]
        feeds = jobs.feeds or [None] * len(jobs.edges)
        if overlap:
            fed = [feed_pool.submit(prepare, f, pictures) if f is not None else None for f in feeds]
        else:
            _settle(pictures, sound_job)
            fed = [None] * len(jobs.edges)
        # without ``overlap`` each feed is written by its edge's worker, just before the encoder
        edges = [pool.submit(edge, n, c, fut, pictures) if overlap or f is None else
                 pool.submit(_fed_edge, edge, n, c, f, prepare) for n, (c, f, fut) in enumerate(zip(jobs.edges, feeds, fed))]
        if writer is not None:
            writer.start()
            joined = [join_pool.submit(join_early, pictures, sound_job)]
        else:
            joined = []
        _settle([*pictures, *edges, sound_job, *joined])
        if writer is None:
            join()
    except BaseException:  # the first failure or a cancel stops every other step at once
        stop.set()
        runner.kill_all()
        if writer is not None and writer.error is not None:
            raise RenderError(f"an edge piece could not be handed to the join ({writer.error})") from None
        raise
    finally:
        if writer is not None:
            writer.release()
        for p in (pool, feed_pool, join_pool, sound_pool):
            p.shutdown(wait=True, cancel_futures=True)
    stop.set()
    frames = _muxed_frames(report)
    if frames != project.duration:
        raise RenderError(f"the joined picture has {frames} frames, the timeline {project.duration}")
    if progress:
        progress(1.0)
    return sound_note


# Bytes the MP4 index can take per sample at most (movenc: stsz 4, stts 8, ctts 8, stss 4, sdtp 1 for
# video; stsz 4, stts 8 for sound) and per chunk (stco/co64 8, stsc 12; at most one chunk per sample).
_MOOV_VIDEO_SAMPLE, _MOOV_AUDIO_SAMPLE, _MOOV_CHUNK, _MOOV_FIXED = 25, 12, 20, 64 * 1024
AAC_FRAME = 1024  # samples per AAC-LC packet (every preset's sound, copied or encoded)


def moov_reserve(frames: int, samples: int) -> int:
    """Bytes that surely hold the join's MP4 index (moov): ``frames`` video packets and the AAC
    packets of ``samples`` sound samples (plus the priming packet and a margin), every packet
    counted as its own chunk: the worst the muxer can write, whatever the interleaving."""
    packets = samples // AAC_FRAME + 64
    return (_MOOV_FIXED + frames * (_MOOV_VIDEO_SAMPLE + _MOOV_CHUNK)
            + packets * (_MOOV_AUDIO_SAMPLE + _MOOV_CHUNK))


def moov_args(frames: int, samples: int) -> list[str]:
    """The join's MP4 index at the front without faststart's second pass: the muxer writes the
    moov into space reserved after ``ftyp`` (the rest stays a ``free`` box, about 0.5% of a
    cut talk's file) instead of appending it and then rewriting the whole file to move it."""
    return ["-moov_size", str(moov_reserve(frames, samples))]


def _fed_edge(edge: Callable[..., None], n: int, cmd: list[str], fed: Callable[[], list[str]],
              prepare: Callable[..., list[str] | None]) -> None:
    """An edge whose feed is written by its own worker just before its encoder (no overlap)."""
    made = prepare(fed, [])
    edge(n, made or cmd, None, [])


def _settle(futures: list[Future], *watched: Future) -> None:
    """Wait for ``futures``; the first failure among them or ``watched`` raises at once, not
    after the steps queued before it (``watched`` may still be running when this returns)."""
    pending = set(futures)
    while pending:
        done, _ = wait(pending | {w for w in watched if not w.done()}, return_when=FIRST_COMPLETED)
        for future in done | {w for w in watched if w.done()}:
            future.result()
        pending -= done


def _muxed_frames(report: Path) -> int | None:
    """Video packets the final mux wrote, from its own progress report (no second read of the file)."""
    frames = None
    for line in report.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("frame="):
            frames = int(line[6:].strip() or 0)
    return frames


def count_frames(path: Path) -> int:
    """Video packets in a file (stream copy, nothing decoded): one per frame."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-map", "0:v:0", "-c", "copy",
                           "-f", "framecrc", "-"], capture_output=True, text=True, errors="replace")
    return sum(1 for line in proc.stdout.splitlines() if line and not line.startswith("#"))
