"""Render speed, measured in turn: this renderer vs hand-written ffmpeg vs moviepy, one pass vs
parallel segments, and render time per output second as the clip count grows.

    .venv/bin/python benchmarks/render_bench.py [--seconds 6] [--rounds 3] [--preset draft|720p]
        [--counts 20,500,2000] [--no-moviepy]

The machine is shared and loaded, so figures are ratios: every round runs each variant once
(order rotating), and the printed ratio is the median of the per-round ratios, with the load
average. Same encoder settings everywhere (the chosen preset's; draft: 854x480, x264 ultrafast
crf 30, AAC 96k, where the graph's own cost shows most; 720p: x264 veryfast crf 23).

- cuts only: three clips from two sources against one hand-written concat command (three times
  the rounds: each run is short, so one busy moment swings a single pair);
- rich: fades, a crossfade, two B-roll overlays (one fading), a floating title and music ducked
  under speech, against the hand-written command a person would write for the same edit, and
  moviepy (render/reference.py, which draws no title, crossfade or ducking: it does less work);
- parallel: the rich timeline as 2 segments rendered at once (workers=2) against one pass;
- xfade: the rich timeline with xfade over the transition frames only (now) against xfade over
  the joined clips' whole length (before: every frame of the run converted to 4:4:4);
- clip count: 20, 500 and 2,000 three-frame clips (draft preset, 320x180) against a plain encode of
  the same output length (the floor); the target is flat within 1.5x from 20 to 2,000 clips. Two
  layouts: clips scattered over two sources (every clip its own input) and a talk cut (clips read
  forwards through one source with short pauses removed, so they share one input per segment).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import emit, load, median, paired, ratio, timed  # noqa: E402
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg  # noqa: E402
from editor_app.model.effects import FadeIn, FadeOut, TitleGenerator  # noqa: E402
from editor_app.model.project import (  # noqa: E402
    Clip, EnvelopePoint, MediaAsset, Project, Settings, Track, Transition,
)
from editor_app.render import render  # noqa: E402
from editor_app.render.fonts import font_file  # noqa: E402
from editor_app.render.presets import PRESETS  # noqa: E402
from editor_app.render.reference import render_reference  # noqa: E402

FPS, SR = Fraction(30), 48000
SIZES = {"draft": (854, 480), "720p": (1280, 720)}
CLIP_FRAMES = 3
BASE = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y"]


def make_media(folder: Path, seconds: int, size: tuple[int, int]) -> dict[str, MediaAsset]:
    """Two H.264/AAC sources (stereo sound, as cameras record) and a music file, made with the
    bundled ffmpeg. Why stereo: the export is always stereo; from mono sources the hand-written
    command wrote mono and so encoded half the sound (that alone was ~1.2x of its CPU time)."""
    w, h = size
    media = {}
    for key, (src, tone) in {"a": ("testsrc2", 440), "b": ("smptebars", 660)}.items():
        path = folder / f"{key}-{w}.mp4"
        run_ffmpeg(["-y", "-f", "lavfi", "-i", f"{src}=s={w}x{h}:r=30:d={seconds}", "-f", "lavfi",
                    "-i", f"sine=frequency={tone}:sample_rate={SR}:duration={seconds}", "-c:v", "libx264",
                    "-preset", "ultrafast", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2",
                    "-shortest", str(path)])
        media[key] = MediaAsset(id=f"m{key}", name=path.name, path=str(path), kind="video", duration=seconds,
                                fps=FPS, width=w, height=h, has_audio=True, has_video=True, sample_rate=SR)
    music = folder / "music.wav"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=frequency=220:sample_rate={SR}:duration={seconds}",
                "-ac", "2", str(music)])
    media["music"] = MediaAsset(id="mmusic", name="music.wav", path=str(music), kind="audio", duration=seconds,
                                has_audio=True, sample_rate=SR)
    return media


def _project(media: dict[str, MediaAsset], tracks: list[Track], size: tuple[int, int]) -> Project:
    return Project(settings=Settings(fps=FPS, width=size[0], height=size[1], sample_rate=SR),
                   media={m.id: m for m in media.values()}, tracks=tracks)


def cuts_project(media: dict[str, MediaAsset], total: int, size: tuple[int, int]) -> Project:
    """Three pieces (two cuts) from two sources, ``total`` seconds long."""
    third = total * 30 // 3
    clips = [Clip(id="c1", media_id="ma", start=0, duration=third, source_in=30),
             Clip(id="c2", media_id="mb", start=third, duration=third, source_in=60),
             Clip(id="c3", media_id="ma", start=2 * third, duration=total * 30 - 2 * third, source_in=third)]
    return _project(media, [Track(id="t1", kind="video", role="main", clips=clips)], size)


def encoder(preset: str) -> list[str]:
    return [*PRESETS[preset].vcodec_args, *PRESETS[preset].acodec_args, "-movflags", "+faststart"]


def handwritten_cuts(p: Project, out: Path, preset: str) -> list[str]:
    args = list(BASE)
    for c in p.tracks[0].clips:
        args += ["-ss", f"{float(c.source_in / FPS):.6f}", "-t", f"{c.duration / 30:.6f}", "-i", p.media[c.media_id].path]
    k = len(p.tracks[0].clips)
    graph = "".join(f"[{i}:v][{i}:a]" for i in range(k)) + f"concat=n={k}:v=1:a=1[v][a]"
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "[a]", *encoder(preset), str(out)]


def rich_project(media: dict[str, MediaAsset], total: int, size: tuple[int, int]) -> Project:
    """Speech cut in four, a crossfade between the first two, fades at both ends, a fading and an
    opaque B-roll, a floating title, music ducked under the speech after 2 s."""
    n, q = total * 30, total * 30 // 4
    main = [Clip(id="c1", media_id="ma", start=0, duration=q, source_in=30, effects=(FadeIn(duration=15),)),
            Clip(id="c2", media_id="mb", start=q, duration=q, source_in=60),
            Clip(id="c3", media_id="ma", start=2 * q, duration=q, source_in=2 * q),
            Clip(id="c4", media_id="mb", start=3 * q, duration=n - 3 * q, source_in=q,
                 effects=(FadeOut(duration=15),))]
    broll = [Clip(id="b1", media_id="mb", start=q // 3, duration=45, source_in=0, volume_db=-100,
                  effects=(FadeIn(duration=10), FadeOut(duration=10))),
             Clip(id="b2", media_id="ma", start=2 * q + 30, duration=45, source_in=0, volume_db=-100)]
    title = [Clip(id="ti", generator=TitleGenerator(text="Chapter one", size=72), start=q + 30, duration=50)]
    env = (EnvelopePoint(frame=0, db=0), EnvelopePoint(frame=60, db=0), EnvelopePoint(frame=70, db=-12))
    music = [Clip(id="mu", media_id="mmusic", start=0, duration=n, envelope=env)]
    return _project(media, [
        Track(id="t1", kind="video", role="main", clips=main,
              transitions=[Transition(id="x1", from_clip="c1", to_clip="c2", duration=15)]),
        Track(id="t2", kind="video", role="broll", clips=broll),
        Track(id="t3", kind="video", role="titles", clips=title),
        Track(id="t4", kind="audio", role="music", clips=music)], size)


def handwritten_rich(p: Project, out: Path, preset: str) -> list[str]:
    """The command a person would write for rich_project: one input per clip, xfade, overlays."""
    main = {c.id: c for c in p.tracks[0].clips}
    b1, b2 = p.tracks[1].clips
    ti = p.tracks[2].clips[0]
    s = lambda frames: f"{float(Fraction(frames) / FPS):.6f}"  # noqa: E731
    args = list(BASE)
    for cid, extra in (("c1", 15), ("c2", 0), ("c3", 0), ("c4", 0)):
        c = main[cid]
        args += ["-ss", s(c.source_in), "-t", s(c.duration + extra), "-i", p.media[c.media_id].path]
    for b in (b1, b2):
        args += ["-t", s(b.duration), "-i", p.media[b.media_id].path]
    args += ["-i", p.media["mmusic"].path]
    c1, c4 = main["c1"], main["c4"]
    font = font_file()
    fontopt = f"fontfile='{font}':" if font else ""
    graph = ";".join([
        "[0:v]fade=t=in:d=0.5[v0]",
        f"[v0][1:v]xfade=transition=fade:duration=0.5:offset={s(c1.duration)}[x01]",
        f"[3:v]fade=t=out:st={s(c4.duration - 15)}:d=0.5[v3]",
        "[x01][2:v][v3]concat=n=3:v=1:a=0[base]",
        f"[4:v]format=yuva420p,fade=t=in:d={s(10)}:alpha=1,fade=t=out:st={s(b1.duration - 10)}:d={s(10)}:alpha=1,"
        f"setpts=PTS-STARTPTS+{s(b1.start)}/TB[b1]",
        f"[5:v]setpts=PTS-STARTPTS+{s(b2.start)}/TB[b2]",
        "[base][b1]overlay=eof_action=pass[o1]",
        "[o1][b2]overlay=eof_action=pass:format=yuv420[o2]",
        f"[o2]drawtext={fontopt}text='Chapter one':fontsize={round(72 * p.settings.height / 1080)}:fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2"
        f":enable='between(t,{s(ti.start)},{s(ti.end)})'[v]",
        "[0:a]afade=t=in:d=0.5[a0]",
        "[a0][1:a]acrossfade=d=0.5[a01]",
        f"[3:a]afade=t=out:st={s(c4.duration - 15)}:d=0.5[a3]",
        "[a01][2:a][a3]concat=n=3:v=0:a=1[speech]",
        "[6:a]volume='if(lt(t,2),1,if(lt(t,2.333),1-0.75*(t-2)/0.333,0.25))':eval=frame[m]",
        "[speech][m]amix=inputs=2:normalize=0:duration=first[a]",
    ])
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "[a]", *encoder(preset), str(out)]


def whole_run_xfade(self, run, labels, alpha):
    """The earlier graph, kept for the A/B: xfade over the joined clips' whole length."""
    from editor_app.render.compile import _XFADE
    from editor_app.render.filters import secs

    acc = labels[0]
    for i, tr in enumerate(run.transitions):
        nxt = run.clips[i + 1]
        acc = self.g.chain([acc, labels[i + 1]], [
            f"xfade=transition={_XFADE.get(tr.kind, 'fade')}:duration={secs(Fraction(tr.duration) / self.fps)}"
            f":offset={secs(Fraction(nxt.start - run.start) / self.fps)}"], prefix="v")
    return self.g.chain([acc], [f"trim=end_frame={run.end - run.start}"], prefix="v")


def render_whole_xfade(p: Project, out: Path, preset: str) -> None:
    from editor_app.render import compile as compiler

    now = compiler._Compiler._xfade_run
    compiler._Compiler._xfade_run = whole_run_xfade
    try:
        render(p, out, preset, workers=1)
    finally:
        compiler._Compiler._xfade_run = now


def many_clips_project(media: dict[str, MediaAsset], count: int, size: tuple[int, int]) -> Project:
    """``count`` short clips alternating between two sources at scattered source times."""
    src_frames = int(media["a"].duration * 30) - 2 * CLIP_FRAMES
    clips = [Clip(id=f"c{i}", media_id="ma" if i % 2 else "mb", start=CLIP_FRAMES * i, duration=CLIP_FRAMES,
                  source_in=(i * 37) % src_frames) for i in range(count)]
    return _project({k: v for k, v in media.items() if k != "music"},
                    [Track(id="t1", kind="video", role="main", clips=clips)], size)


def talk_cut_project(media: dict[str, MediaAsset], count: int, size: tuple[int, int], gap: int = 6) -> Project:
    """``count`` short clips read forwards through one source with ``gap`` frames dropped between
    them (a talk with its pauses removed), starting over at the source's end."""
    src_frames = int(media["a"].duration * 30) - CLIP_FRAMES
    step = CLIP_FRAMES + gap
    clips = [Clip(id=f"c{i}", media_id="ma", start=CLIP_FRAMES * i, duration=CLIP_FRAMES,
                  source_in=(i * step) % (src_frames - src_frames % step)) for i in range(count)]
    return _project({k: v for k, v in media.items() if k != "music"},
                    [Track(id="t1", kind="video", role="main", clips=clips)], size)


def floor_command(source: str, frames: int, out: Path) -> list[str]:
    """A plain encode of the same output length with the draft settings: the floor."""
    return [*BASE, "-stream_loop", "-1", "-i", source, "-frames:v", str(frames), "-t", f"{frames / 30:.6f}",
            *PRESETS["draft"].vcodec_args, *PRESETS["draft"].acodec_args, str(out)]


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True)


def paired_cpu(variants: dict[str, Callable[[], object]], rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """benchlib.paired, also counting the CPU seconds (user + sys) of the ffmpeg children of each
    run: CPU time is far less swayed by other people's load than wall time, and CPU / wall says
    how much of the cores one pass uses (whether parallel segments can help at all)."""
    names = list(variants)
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            variants[name]()
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def spread(times: dict[str, list[float]], a: str, b: str) -> str:
    """The range of the per-round ratios, so a reader sees how noisy the median is."""
    ratios = sorted(x / y for x, y in zip(times[a], times[b]))
    return f"{len(ratios)} pairs, per-pair {ratios[0]:.2f}-{ratios[-1]:.2f}x"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=6, help="length of the cuts and rich timelines")
    ap.add_argument("--preset", choices=sorted(SIZES), default="draft")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--counts", default="20,500,2000", help="clip counts for time per output second")
    ap.add_argument("--no-moviepy", action="store_true")
    ap.add_argument("--xfade-only", action="store_true", help="only the xfade A/B on the rich timeline")
    ap.add_argument("--only", choices=["cuts", "rich", "counts"], help="one part only (short runs)")
    ap.add_argument("--keep")
    opts = ap.parse_args()
    folder = Path(opts.keep or tempfile.mkdtemp(prefix="render_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        bench(folder, opts)
    finally:
        if not opts.keep:
            shutil.rmtree(folder, ignore_errors=True)


def bench(folder: Path, opts: argparse.Namespace) -> None:
    if opts.only == "counts":
        return bench_counts(folder, opts)
    preset, size = opts.preset, SIZES[opts.preset]
    media = make_media(folder, opts.seconds + 3, size)
    print(f"render_bench: {opts.seconds} s timelines, preset {preset} ({size[0]}x{size[1]}), "
          f"{opts.rounds} rounds in turn, {load()}", flush=True)

    if opts.xfade_only:
        rich = rich_project(media, opts.seconds, size)
        t = paired({"ours": lambda: render(rich, folder / "ours-rich.mp4", preset, workers=1),
                    "whole": lambda: render_whole_xfade(rich, folder / "whole-xfade.mp4", preset)}, opts.rounds)
        emit("rich timeline: xfade over transition frames only", ratio(t, "whole", "ours"), "x faster",
             "xfade over the whole joined run", median(t["whole"]), None, "", f"ours {median(t['ours']):.1f} s", "s")
        return
    cuts = cuts_project(media, opts.seconds, size)
    hand = handwritten_cuts(cuts, folder / "hand-cuts.mp4", preset)
    t, cpu = paired_cpu({"ours": lambda: render(cuts, folder / "ours-cuts.mp4", preset, workers=1),
                         "hand": lambda: run(hand)}, 3 * opts.rounds)  # short runs: more rounds for the same time
    emit(f"cuts-only export ({preset})", median(t["ours"]), "s", "hand-written ffmpeg", median(t["hand"]),
         ratio(t, "ours", "hand"), "<= 1.15x",
         f"{spread(t, 'ours', 'hand')}; CPU s {ratio(cpu, 'ours', 'hand'):.2f}x ({spread(cpu, 'ours', 'hand')})")
    if opts.only == "cuts":
        return

    rich = rich_project(media, opts.seconds, size)
    hand = handwritten_rich(rich, folder / "hand-rich.mp4", preset)
    modes: list[str] = []
    variants = {"ours": lambda: render(rich, folder / "ours-rich.mp4", preset, workers=1),
                "hand": lambda: run(hand),
                "parallel": lambda: modes.append(render(rich, folder / "par-rich.mp4", preset, workers=2).mode)}
    if not opts.no_moviepy:
        x264 = dict(zip(PRESETS[preset].vcodec_args[::2], PRESETS[preset].vcodec_args[1::2]))
        variants["moviepy"] = lambda: render_reference(rich, folder / "moviepy.mp4", size=size,
                                                       preset=x264["-preset"], crf=int(x264["-crf"]))
    t, cpu = paired_cpu(variants, opts.rounds)
    emit(f"rich timeline export ({preset})", median(t["ours"]), "s", "hand-written ffmpeg", median(t["hand"]),
         ratio(t, "ours", "hand"), "<= 1.15x",
         f"{spread(t, 'ours', 'hand')}; CPU s {ratio(cpu, 'ours', 'hand'):.2f}x ({spread(cpu, 'ours', 'hand')})")
    use = median([c / w for c, w in zip(cpu["ours"], t["ours"])])
    emit("rich timeline: cores one pass keeps busy", use, "cores", "cores on this machine", os.cpu_count() or 1,
         None, "", "CPU s / wall s of the one-pass ffmpeg; parallel segments can only win where this is "
         "below the cores free", "cores")
    if "moviepy" in t:
        emit("rich timeline: moviepy / ours", ratio(t, "moviepy", "ours"), "x faster", "moviepy reference",
             median(t["moviepy"]), None, ">= 3x", "moviepy draws no title, crossfade or ducking", "s")
    emit("rich timeline: parallel vs one pass", ratio(t, "ours", "parallel"), "x faster", "one pass (workers=1)",
         median(t["ours"]), None, ">= 1.6x with 2 workers",
         f"workers=2 ran as {modes[-1]}; CPU s parallel / one pass {ratio(cpu, 'parallel', 'ours'):.2f}x", "s")
    if opts.only == "rich":
        return
    t = paired({"ours": lambda: render(rich, folder / "ours-rich.mp4", preset, workers=1),
                "whole": lambda: render_whole_xfade(rich, folder / "whole-xfade.mp4", preset)}, opts.rounds)
    emit("rich timeline: xfade over transition frames only", ratio(t, "whole", "ours"), "x faster",
         "xfade over the whole joined run", median(t["whole"]), None, "", f"ours {median(t['ours']):.1f} s", "s")
    bench_counts(folder, opts)


def bench_counts(folder: Path, opts: argparse.Namespace) -> None:
    small = (320, 180)
    smedia = make_media(folder, 12, small)
    per_s: dict[int, float] = {}  # vs the floor
    abs_s: dict[int, float] = {}  # seconds per output second
    for count in [int(c) for c in opts.counts.split(",") if c]:
        p = many_clips_project(smedia, count, small)
        seconds = p.duration / 30
        floor = floor_command(smedia["a"].path, p.duration, folder / "floor.mp4")
        rounds = 1 if count >= 1000 else max(1, min(opts.rounds, 2))
        talk = talk_cut_project(smedia, count, small)
        count_modes: list[str] = []
        t = paired({"ours": lambda: count_modes.append(render(p, folder / "many.mp4", "draft").mode),
                    "talk": lambda: render(talk, folder / "talk.mp4", "draft"),
                    "floor": lambda: run(floor)}, rounds)
        per_s[count] = ratio(t, "ours", "floor")
        abs_s[count] = median(t["ours"]) / seconds
        emit(f"{count} clips of {CLIP_FRAMES} frames: s per output s", median(t["ours"]) / seconds, "s/s",
             "plain encode of the same length", median(t["floor"]) / seconds, per_s[count], "flat within 1.5x",
             f"{seconds:.0f} s output, {count_modes[-1]}; clips scattered over two sources")
        emit(f"{count} clips of {CLIP_FRAMES} frames read forwards (talk cut): s per output s",
             median(t["talk"]) / seconds, "s/s", "plain encode of the same length", median(t["floor"]) / seconds,
             ratio(t, "talk", "floor"), "", "pauses of 6 frames removed: the pieces share one input per segment")
    if len(per_s) > 1:
        lo, hi = min(per_s), max(per_s)
        emit(f"s per output s, {hi} vs {lo} clips", abs_s[hi] / abs_s[lo], "x", f"{lo} clips",
             abs_s[lo], None, "<= 1.5x", f"{1000 * abs_s[hi] * CLIP_FRAMES / 30:.0f} ms per clip at {hi}",
             baseline_unit="s/s")
        emit(f"times the floor, {hi} vs {lo} clips", per_s[hi] / per_s[lo], "x", f"{lo} clips vs floor",
             per_s[lo], None, "<= 1.5x", "the floor's start-up weighs most on the shortest output",
             baseline_unit="x the floor")
    print(f"done, {load()}")


if __name__ == "__main__":
    main()
