"""Smart render on a cut talk: a 20-minute 720p talk with its silences removed, exported.

    .venv/bin/python benchmarks/smart_bench.py [--minutes 20] [--excerpt 60] [--rounds 1]
        [--moviepy-seconds 10] [--full] [--fresh] [--verify] [--profile] [--profile-only] [--against main]

The talk is synthetic, made with the bundled ffmpeg: testsrc2 (drawn small, scaled to
1280x720 so it compresses like a talk, about 2.6 Mb/s), x264 with 2 B-frames and a 2 s GOP,
and a 220 Hz tone (stereo AAC 128k, as a camera records) that stops for 2.2 s every 9.3 s. Two minutes of picture are encoded and
looped by stream copy to the length asked for (kept in the temp folder between runs;
--fresh remakes it). The silences are cut through the real operations: a project made with Session, the
talk imported and placed, and the ``remove_silences`` macro applied, as "cut the silences"
in the chat does. Every export uses the 720p preset (x264 veryfast crf 23, AAC 160k).

Figures (load average printed; the machine is shared):
- smart render of the whole cut talk: realtime factor (target >= 30x);
- smart vs full re-encode, in turn on an excerpt (the first clips, ``--excerpt`` seconds of
  output), the median of paired ratios; and the full re-encode of the whole talk estimated
  from the excerpt's frames per second (``--full`` measures it instead; several minutes);
- hand-written ffmpeg on the excerpt (one input per piece, concat, the same encoder): what a
  person would type for a frame-exact cut;
- ffmpeg stream copy of the whole cut talk (concat demuxer in/out points): the limit, not
  frame-exact (every piece snaps to a key frame);
- moviepy on a short excerpt (``--moviepy-seconds``), scaled per output second;
- ``--profile``: two more smart renders of the whole talk (fresh scan), serial steps and
  overlapped, each with every ffmpeg step's wall and CPU seconds summed by kind (scan, picture
  copy, feeds, edges, sound steps, join), the timeline of the edges and the join, the
  idle-core share (1 - CPU / (wall x cores)) and the x264 CPU per re-encoded frame;
- ``--against REF``: this tree's smart render of the whole talk against REF's code (a git
  revision, exported to the temp folder), each in a fresh process (cold scan cache), in turn
  for ``--rounds`` rounds: CPU seconds (ffmpeg children + Python) and wall realtime, the
  median of paired ratios, with the load average. Nothing else runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import emit, load, median, paired, ratio, timed  # noqa: E402
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg  # noqa: E402
from editor_app.model.project import Project  # noqa: E402
from editor_app.render import render  # noqa: E402
from editor_app.render.presets import PRESETS  # noqa: E402

BASE_S = 120
PRESET = "720p"
CACHE = Path(tempfile.gettempdir()) / "editor_app_smart_bench"


def make_talk(minutes: float, fresh: bool) -> Path:
    """The synthetic talk (cached): two minutes of picture encoded once and looped by stream copy
    (a picture-only loop keeps the frame grid exact), the gated tone made for the whole length."""
    CACHE.mkdir(parents=True, exist_ok=True)
    base = CACHE / "talk-base-video.mp4"
    talk = CACHE / f"talk-{minutes:g}min-stereo.mp4"
    if fresh or not base.exists():
        run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s=320x180:r=30:d={BASE_S}", "-vf", "scale=1280:720",
                    "-c:v", "libx264", "-preset", "ultrafast", "-crf", "26", "-bf", "2", "-g", "60",
                    "-keyint_min", "60", "-sc_threshold", "0", "-pix_fmt", "yuv420p", str(base)])
    if fresh or not talk.exists():
        seconds = minutes * 60
        loops = int(-(-seconds // BASE_S))
        run_ffmpeg(["-y", "-stream_loop", str(max(0, loops - 1)), "-i", str(base), "-f", "lavfi", "-i",
                    f"sine=frequency=220:sample_rate=48000:duration={seconds:.3f}",
                    "-af", "volume='if(lt(mod(t,9.3),7.1),0.5,0)':eval=frame", "-map", "0:v", "-map", "1:a",
                    "-c:v", "copy", "-c:a", "aac", "-b:a", "128k", "-ac", "2", "-t", f"{seconds:.3f}", str(talk)])
    return talk


def cut_talk(talk: Path, folder: Path) -> Project:
    """Import and place the talk, then "cut the silences" through the real macro."""
    from editor_app import tools
    from editor_app.session import Session

    session = Session.create(folder / "proj", fps=30, width=1280, height=720)
    session.import_media([talk], place=True)
    session.apply(tools.expand("remove_silences", {}, session.project), "cut the silences")
    return session.project


def excerpt(project: Project, seconds: float) -> Project:
    """The first clips of the cut talk, about ``seconds`` of output, whole clips only."""
    limit = int(seconds * project.fps)
    tracks = [t.model_copy(update={"clips": [c for c in t.clips if c.end <= limit]}) for t in project.tracks]
    return project.model_copy(update={"tracks": tracks})


def clips(project: Project):
    return [c for t in project.tracks if t.kind == "video" for c in t.clips if c.enabled]


def handwritten(project: Project, out: Path) -> list[str]:
    """One input per piece (-ss/-t), concat, the preset's encoder: a frame-exact cut by hand."""
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y"]
    pieces = clips(project)
    for c in pieces:
        args += ["-ss", f"{float(Fraction(c.source_in) / 30):.6f}", "-t", f"{c.duration / 30:.6f}", "-i",
                 project.media[c.media_id].path]
    graph = "".join(f"[{i}:v][{i}:a]" for i in range(len(pieces))) + f"concat=n={len(pieces)}:v=1:a=1[v][a]"
    preset = PRESETS[PRESET]
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "[a]", *preset.vcodec_args,
            *preset.acodec_args, str(out)]


def stream_copy(project: Project, folder: Path, out: Path) -> list[str]:
    """The limit: concat demuxer in/out points with -c copy (pieces snap to key frames)."""
    listing = folder / "copy.txt"
    lines = ["ffconcat version 1.0"]
    for c in clips(project):
        a = Fraction(c.source_in) / 30
        lines += [f"file '{project.media[c.media_id].path}'", f"inpoint {float(a):.6f}",
                  f"outpoint {float(a + Fraction(c.duration, 30)):.6f}"]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y", "-f", "concat", "-safe", "0",
            "-i", str(listing), "-c", "copy", str(out)]


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True)


CPU: dict[str, list[float]] = {}


def with_cpu(name: str, func):
    """``func`` wrapped to record the CPU seconds its ffmpeg children use (load does not inflate them)."""
    import resource

    def wrapped():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        func()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        CPU.setdefault(name, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wrapped


def profile(project: Project, folder: Path, label: str = "profile", **options) -> float:
    """One smart render of the whole talk, every step's wall and CPU seconds summed by kind
    (``options`` go to render_smart: overlap, fast_edges, copy_sound), then its timeline (each
    step's start, end and CPU) and the idle-core share: 1 - CPU seconds / (wall x cores), the
    plan and this process's Python included. Returns the CPU seconds in all."""
    import resource

    from editor_app.render.presets import get_preset
    from editor_app.render.smart import Step, render_smart
    from editor_app.render.smart_plan import plan_smart
    from editor_app.render.smart_scan import _scan_cached

    _scan_cached.cache_clear()
    own0 = resource.getrusage(resource.RUSAGE_SELF)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    plan = plan_smart(project, get_preset(PRESET), 1280, 720)
    scan_wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    steps: list[Step] = []
    work = Path(tempfile.mkdtemp(prefix="profile", dir=folder))
    rendered = time.perf_counter()
    note = render_smart(project, plan, folder / "profiled.mp4", get_preset(PRESET), (1280, 720), work, steps=steps,
                        **options)
    wall = time.perf_counter() - rendered
    total_wall = time.perf_counter() - started
    own1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    rows = {"scan (plan)": [1, scan_wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime]}
    for s in steps:
        row = rows.setdefault(s.kind, [0, 0.0, 0.0])
        row[0] += 1
        row[1] += s.wall
        row[2] += s.cpu
    cpu = sum(r[2] for r in rows.values())
    every = (kids1.ru_utime + kids1.ru_stime - before.ru_utime - before.ru_stime
             + own1.ru_utime + own1.ru_stime - own0.ru_utime - own0.ru_stime)
    cores = os.cpu_count() or 1
    print(f"{label}: {plan.summary()}; {note}; {plan.encoded} frames re-encoded, {plan.seek_frames} decoded only to "
          f"reach them; render {wall:.1f} s wall after a {scan_wall:.1f} s plan, {cpu:.1f} CPU s in the steps, "
          f"{every:.1f} with Python ({out_seconds(project) / total_wall:.1f}x realtime); idle-core share "
          f"{1 - every / (total_wall * cores):.0%} of {cores} cores; {load()}")
    spans: dict[str, list[float]] = {}
    for s in steps:
        span = spans.setdefault(s.kind, [s.start, s.start + s.wall])
        span[0], span[1] = min(span[0], s.start), max(span[1], s.start + s.wall)
    for kind, (n, w, c) in rows.items():
        when = spans.get(kind)
        at = f"  from {when[0]:5.1f} to {when[1]:5.1f} s" if when else ""
        print(f"  {kind:14s} {n:3d} processes  {c:6.1f} CPU s ({c / cpu:4.0%})  {w:6.1f} s wall summed{at}")
    print("  timeline (s after the plan; edges and the join in full, the rest by kind):")
    for s in sorted(steps, key=lambda s: s.start):
        if s.kind in ("edges", "join"):
            print(f"    {s.kind:8s} {s.start:6.1f} -> {s.start + s.wall:6.1f}  {s.cpu:5.1f} CPU s")
    last_edge = max((s.start + s.wall for s in steps if s.kind == "edges"), default=0.0)
    print(f"  after the last edge: {wall - last_edge:.1f} s of {wall:.1f} (the join's tail)")
    edges = rows.get("edges", [0, 0.0, 0.0])[2]
    print(f"  edges: {1000 * edges / max(1, plan.encoded):.1f} ms CPU per re-encoded frame (decode from the key "
          f"frame + x264); floor with both cores free: {out_seconds(project) / (cpu / 2):.1f}x realtime", flush=True)
    return cpu


def profiles(project: Project, folder: Path) -> None:
    """The serial steps (the join after the last edge, as in round 8) and the overlapped ones."""
    before = profile(project, folder, "profile, serial (overlap off: the join after the last edge)", overlap=False)
    now = profile(project, folder, "profile, now (the join and the feeds beside the edges)")
    emit("smart render CPU seconds, whole talk", now, "CPU s", "serial steps (overlap off)", before,
         before / now, "", "paired in one run")


def _mse_per_frame(path: Path, project: Project, against: Path | None, folder: Path) -> list[tuple[float, float]]:
    """Per-frame (MSE, SSIM) (Y, U, V averaged, as ffmpeg's psnr and ssim filters) of ``path``
    against ``against``, or against the source frames the timeline shows (each clip cut by hand)."""
    stats = folder / f"psnr-{path.stem}-{against.stem if against else 'source'}.log"
    ssim = stats.with_suffix(".ssim")
    if against is not None:
        inputs, ref = ["-i", str(against)], "[1:v]null"
    else:
        inputs, pieces = [], clips(project)
        for c in pieces:
            inputs += ["-ss", f"{float(Fraction(c.source_in) / 30):.6f}", "-t", f"{c.duration / 30:.6f}", "-i",
                       project.media[c.media_id].path]
        ref = "".join(f"[{i + 1}:v]" for i in range(len(pieces))) + f"concat=n={len(pieces)}:v=1:a=0"
    graph = (f"{ref},split[r1][r2];[0:v]split[a1][a2];[a1][r1]psnr=stats_file={stats.as_posix()};"
             f"[a2][r2]ssim=stats_file={ssim.as_posix()}")
    run_ffmpeg(["-i", str(path), *inputs, "-filter_complex", graph, "-f", "null", "-"])
    mses = [float(line.split("mse_avg:")[1].split()[0]) for line in stats.read_text().splitlines() if "mse_avg:" in line]
    ssims = [float(line.split("All:")[1].split()[0]) for line in ssim.read_text().splitlines() if "All:" in line]
    return list(zip(mses, ssims))


def _psnr(rows: list[tuple[float, float]]) -> float:
    import math

    mse = sum(r[0] for r in rows) / max(1, len(rows))
    return 99.0 if mse == 0 else 10 * math.log10(255 ** 2 / mse)


def _ssim(rows: list[tuple[float, float]]) -> float:
    return sum(r[1] for r in rows) / max(1, len(rows))


def edge_quality(part: Project, folder: Path, rounds: int) -> None:
    """The edges now (``smart_jobs.EDGE``: ultrafast-like effort, CRF stepped up) against round 6's
    (``SEARCH_ONLY``: less search, the preset's CRF) and the preset's own settings: the edges' CPU
    seconds in turn, paired; then the PSNR and SSIM of the re-encoded frames against the source,
    and the file sizes (the copied GOPs are identical, so the size difference is the edges')."""
    from editor_app.render.presets import get_preset
    from editor_app.render.smart import Step, render_smart
    from editor_app.render.smart_jobs import SEARCH_ONLY
    from editor_app.render.smart_plan import plan_smart

    preset = get_preset(PRESET)
    plan = plan_smart(part, preset, 1280, 720, always=True)
    kinds = {"now": True, "round 6": SEARCH_ONLY, "preset": False}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    outs = {k: folder / f"edges-{k.replace(' ', '')}.mp4" for k in kinds}
    for r in range(rounds):
        names = list(kinds)
        for name in names[r % 3:] + names[:r % 3]:
            steps: list[Step] = []
            work = folder / f"edges-{name.replace(' ', '')}-{r}"
            work.mkdir()
            render_smart(part, plan, outs[name], preset, (1280, 720), work, steps=steps, fast_edges=kinds[name])
            cpu[name].append(sum(s.cpu for s in steps if s.kind == "edges"))
    for base in ("round 6", "preset"):
        ratios = sorted(f / p for f, p in zip(cpu["now"], cpu[base]))
        emit(f"edge x264 ({plan.encoded} re-encoded frames), edges' CPU s", median(cpu["now"]), "CPU s",
             f"{base} settings", median(cpu[base]), ratios[len(ratios) // 2], "", f"{rounds} paired rounds, {load()}")
    edge_frames = [f for s in plan.spans if not s.copy for f in range(s.start, s.end)]
    rows = {}
    for name, path in [*outs.items(), ("full re-encode", folder / "p-full.mp4")]:
        src = _mse_per_frame(path, part, None, folder)
        picked = [src[f] for f in edge_frames]
        rows[name] = (_psnr(picked), _ssim(picked))
    sizes = {k: v.stat().st_size / 1e6 for k, v in outs.items()}
    print("edge frames against the source: " + "; ".join(
        f"{k} {p:.2f} dB SSIM {s:.5f}" + (f" file {sizes[k]:.2f} MB" if k in sizes else "")
        for k, (p, s) in rows.items()), flush=True)
    emit("edge frames' PSNR against the source (now)", rows["now"][0], "dB", "round 6 (search only)",
         rows["round 6"][0], None, "", f"SSIM {rows['now'][1]:.5f} vs {rows['round 6'][1]:.5f}; file "
         f"{sizes['now']:.2f} vs {sizes['round 6']:.2f} MB")


def out_seconds(project: Project) -> float:
    return project.duration / 30


def verify(project: Project, out: Path) -> str:
    """Packets = timeline frames, a full decode without errors, and frames at every 10th copy edge
    equal to the source's frame there (PSNR): the whole-talk output checked, not just timed."""
    import numpy as np

    from editor_app.render.presets import get_preset
    from editor_app.render.smart_plan import plan_smart

    packets = run_ffmpeg(["-i", str(out), "-map", "0:v", "-c", "copy", "-f", "framecrc", "-"]).stdout
    count = sum(1 for line in packets.splitlines() if line and not line.startswith("#"))
    errors = run_ffmpeg(["-v", "error", "-i", str(out), "-f", "null", "-"], check=False).stderr.strip()

    def frame(path: str, index: int) -> np.ndarray:
        raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{index / 30:.6f}", "-i", path, "-frames:v", "1",
                              "-vf", "scale=320:180", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                             capture_output=True, check=True).stdout
        return np.frombuffer(raw, np.uint8).astype(np.float64)

    plan = plan_smart(project, get_preset(PRESET), 1280, 720)
    worst = 99.0
    for span in [s for s in plan.spans if s.copy][::10]:
        assert span.source is not None
        for k in (0, span.frames - 1):
            mse = float(np.mean((frame(str(out), span.start + k) - frame(span.source.path, span.src_start + k)) ** 2))
            worst = min(worst, 99.0 if mse == 0 else 10 * np.log10(255 ** 2 / mse))
    return (f"verified: {count} packets for {project.duration} frames, decode errors: {errors or 'none'}, "
            f"worst PSNR against the source at copy edges {worst:.1f} dB")


_CHILD = """
import resource, sys, time
from pathlib import Path
from editor_app.model.project import Project
from editor_app.render import render
project = Project.model_validate_json(Path(sys.argv[1]).read_text())
import inspect
kw = {"cache_dir": sys.argv[4]} if len(sys.argv) > 4 and sys.argv[4] and "cache_dir" in inspect.signature(render).parameters else {}
self0, kids0 = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
t0 = time.perf_counter()
result = render(project, Path(sys.argv[2]), sys.argv[3], **kw)
wall = time.perf_counter() - t0
self1, kids1 = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
cpu = lambda a, b: b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime
print(wall, cpu(kids0, kids1), cpu(self0, self1), result.decision, sep="\\t")
"""


def index_cost(project: Project, folder: Path) -> Path | None:
    """The keyframe index the import built (``media/keyframe_index.py``), timed again on its own:
    the work an export no longer does. Returns the project's cache folder (None: this tree has no index)."""
    import resource

    try:
        from editor_app.media import keyframe_index as ki
    except ImportError:
        return None
    cache = folder / "proj" / "cache"
    ki.wait_for_builds()
    paths = sorted({m.path for m in project.media.values() if m.kind == "video"})
    for path in paths:
        ki.forget(cache, path)
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    ki.build_index(paths, cache)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"keyframe index and sound scan built at import (moved out of the export): {wall:.2f} s wall, "
          f"{after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime:.2f} CPU s of ffmpeg for "
          f"{len(paths)} source(s); {load()}", flush=True)
    return cache


def against(project: Project, folder: Path, ref: str, rounds: int) -> None:
    """This tree's smart render of the whole talk against ``ref``'s, in turn, each in a fresh process:
    with the keyframe index the import built, without it (scanned at export, as ``ref`` does), and ``ref``."""
    here = Path(__file__).resolve().parents[1]
    other = folder / "ref"
    other.mkdir()
    archive = subprocess.run(["git", "-C", str(here), "archive", ref, "editor_app"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(other)], input=archive.stdout, check=True)
    saved = folder / "talk.json"
    saved.write_text(project.model_dump_json(), encoding="utf-8")
    out_s = out_seconds(project)
    cache = index_cost(project, folder)
    runs: dict[str, list[tuple[float, float, str]]] = {"this tree": [], "no index": [], ref: []}
    for r in range(rounds):
        order = [("this tree", here, cache), ("no index", here, None), (ref, other, None)]
        if cache is None:
            order = [o for o in order if o[0] != "no index"]
        for name, code, index in (order if r % 2 == 0 else order[::-1]):
            done = subprocess.run([sys.executable, "-c", _CHILD, str(saved), str(folder / "ab.mp4"), PRESET,
                                   str(index or "")],
                                  cwd=code, capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(code)})
            wall, kids, own, decision = done.stdout.strip().splitlines()[-1].split("\t")
            runs[name].append((float(wall), float(kids) + float(own), decision))
            print(f"  round {r + 1} {name:10s}: {out_s / float(wall):5.1f}x realtime, {float(kids):6.1f} CPU s "
                  f"ffmpeg + {float(own):4.1f} Python; {decision}; {load()}", flush=True)
    mine, base = runs["this tree"], runs[ref]
    cpu_ratio = median([b[1] / m[1] for m, b in zip(mine, base)])
    wall_ratio = median([b[0] / m[0] for m, b in zip(mine, base)])
    emit(f"smart render CPU s, cut {out_s:.0f} s talk", median([m[1] for m in mine]), "CPU s", f"{ref}'s code",
         median([b[1] for b in base]), cpu_ratio, "", f"{rounds} paired rounds, {load()}")
    emit("smart render x realtime (wall)", out_s / median([m[0] for m in mine]), "x", f"{ref}'s code",
         out_s / median([b[0] for b in base]), wall_ratio, ">= 30x",
         f"CPU floor with both cores free: {2 * out_s / median([m[1] for m in mine]):.1f}x", baseline_unit="x")
    if runs["no index"]:  # the part of the gain that is not work moved to import
        scanned = runs["no index"]
        emit("smart render x realtime (wall), no keyframe index", out_s / median([m[0] for m in scanned]), "x",
             f"{ref}'s code", out_s / median([b[0] for b in base]),
             median([b[0] / m[0] for m, b in zip(scanned, base)]), ">= 30x",
             f"scanned at export; {median([m[1] for m in scanned]):.1f} CPU s", baseline_unit="x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=20)
    ap.add_argument("--excerpt", type=float, default=60, help="seconds of output for the paired comparisons")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--moviepy-seconds", type=float, default=10, help="0 leaves moviepy out")
    ap.add_argument("--full", action="store_true", help="also re-encode the whole talk (several minutes)")
    ap.add_argument("--fresh", action="store_true", help="remake the synthetic talk")
    ap.add_argument("--verify", action="store_true", help="check the whole-talk output (a full decode)")
    ap.add_argument("--profile", action="store_true", help="CPU and wall seconds of every step of one more run")
    ap.add_argument("--profile-only", action="store_true", help="only the --profile runs (serial and overlapped)")
    ap.add_argument("--against", metavar="REF", help="only the whole-talk render, paired against REF's code")
    ap.add_argument("--edges", action=argparse.BooleanOptionalAction, default=True,
                    help="the edges' x264: CPU (paired), PSNR, SSIM and size, now against round 6 and the preset's own")
    opts = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smart_bench_"))
    try:
        bench(folder, opts)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench(folder: Path, opts: argparse.Namespace) -> None:
    started = time.perf_counter()
    talk = make_talk(opts.minutes, opts.fresh)
    made = time.perf_counter() - started
    started = time.perf_counter()
    project = cut_talk(talk, folder)
    cut_s = time.perf_counter() - started
    out_s = project.duration / 30
    print(f"smart_bench: {opts.minutes:g} min talk ({made:.0f} s to make or find), silences cut in {cut_s:.1f} s: "
          f"{len(clips(project))} clips, {out_s:.0f} s of output; preset {PRESET}; {load()}", flush=True)

    if opts.against:
        against(project, folder, opts.against, max(1, opts.rounds))
        return
    if opts.profile_only:
        profiles(project, folder)
        return
    decisions: list[str] = []
    whole = [timed(with_cpu("whole", lambda: decisions.append(render(project, folder / "smart.mp4", PRESET).decision)))
             for _ in range(opts.rounds)]
    if opts.verify:
        print(verify(project, folder / "smart.mp4"), flush=True)
    if opts.profile:
        profiles(project, folder)
    copy_s = timed(lambda: run(stream_copy(project, folder, folder / "copy.mp4")))
    emit(f"smart render, cut {opts.minutes:g}-min talk: x realtime", out_s / median(whole), "x", "ffmpeg stream copy (not frame-exact)",
         out_s / copy_s, None, ">= 30x", decisions[-1], baseline_unit="x")

    part = excerpt(project, opts.excerpt)
    part_s = part.duration / 30
    t = paired({"smart": with_cpu("smart", lambda: render(part, folder / "p-smart.mp4", PRESET, smart="always")),
                "full": with_cpu("full", lambda: render(part, folder / "p-full.mp4", PRESET, smart=False)),
                "hand": lambda: run(handwritten(part, folder / "p-hand.mp4"))}, opts.rounds)
    emit(f"smart vs full re-encode ({part_s:.0f} s excerpt)", ratio(t, "full", "smart"), "x faster",
         "full re-encode", median(t["full"]), None, ">= 5x", f"smart {median(t['smart']):.1f} s", "s")
    emit(f"smart vs hand-written ffmpeg ({part_s:.0f} s excerpt)", ratio(t, "hand", "smart"), "x faster",
         "hand-written ffmpeg (re-encode)", median(t["hand"]), None, "", f"smart {median(t['smart']):.1f} s", "s")
    if opts.edges:
        edge_quality(part, folder, max(2, opts.rounds))
    if opts.full:
        full_whole = timed(lambda: render(project, folder / "full.mp4", PRESET, smart=False))
        note = "measured on the whole talk"
    else:
        full_whole = median(t["full"]) * out_s / part_s
        note = "full re-encode estimated from the excerpt's rate (--full measures it)"
    emit("smart vs full re-encode (whole talk)", full_whole / median(whole), "x faster", "full re-encode",
         full_whole, None, ">= 5x", note, "s")
    full_cpu = median(CPU["full"]) * out_s / part_s
    emit("smart vs full re-encode, CPU seconds (whole talk)", full_cpu / median(CPU["whole"]), "x less CPU",
         "full re-encode CPU s (from the excerpt)", full_cpu, None, ">= 5x",
         f"smart {median(CPU['whole']):.0f} CPU s: {out_s / median(CPU['whole']) * 2:.0f}x realtime if both cores were free",
         "s")
    if opts.moviepy_seconds > 0:
        from editor_app.render.reference import render_reference

        short = excerpt(project, opts.moviepy_seconds)
        short_s = short.duration / 30
        x264 = dict(zip(PRESETS[PRESET].vcodec_args[::2], PRESETS[PRESET].vcodec_args[1::2]))
        mp = timed(lambda: render_reference(short, folder / "moviepy.mp4", size=(1280, 720), preset=x264["-preset"],
                                            crf=int(x264["-crf"])))
        sm = timed(lambda: render(short, folder / "m-smart.mp4", PRESET, smart="always"))
        emit(f"smart vs moviepy ({short_s:.0f} s excerpt)", (mp / short_s) / (median(whole) / out_s), "x faster",
             "moviepy 2 s per output s", mp / short_s, None, "", f"smart on the same excerpt: {sm:.1f} s; "
             "ratio against smart's rate on the whole talk", "s/s")
    print(f"done, {load()}")


if __name__ == "__main__":
    main()
