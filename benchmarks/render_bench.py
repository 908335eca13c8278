"""Render speed: this renderer vs a hand-written ffmpeg command vs a moviepy composition.

Run:  .venv/bin/python benchmarks/render_bench.py [--seconds 13] [--keep DIR]
Prints wall times side by side (same 720p edit, same x264 veryfast crf 23 / AAC settings),
and the time to a preview frame at random positions (uncached and cached).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg  # noqa: E402
from editor_app.model.effects import FadeIn, FadeOut  # noqa: E402
from editor_app.model.project import Clip, EnvelopePoint, MediaAsset, Project, Settings, Track  # noqa: E402
from editor_app.render import render  # noqa: E402
from editor_app.render.preview import clear_memory_cache, preview_frame  # noqa: E402
from editor_app.render.reference import render_reference  # noqa: E402

FPS, W, H, SR = Fraction(30), 1280, 720, 48000
ENC = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-crf", "23", "-c:a", "aac", "-b:a", "160k",
       "-movflags", "+faststart"]


def make_media(folder: Path, seconds: int) -> dict[str, MediaAsset]:
    specs = {"a": ("testsrc2", 440), "b": ("smptebars", 660)}
    media = {}
    for key, (src, tone) in specs.items():
        path = folder / f"{key}.mp4"
        run_ffmpeg(["-y", "-f", "lavfi", "-i", f"{src}=s={W}x{H}:r=30:d={seconds}", "-f", "lavfi",
                    "-i", f"sine=frequency={tone}:sample_rate={SR}:duration={seconds}", "-c:v", "libx264",
                    "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)])
        media[key] = MediaAsset(id=f"m{key}", name=path.name, path=str(path), kind="video", duration=seconds,
                                fps=FPS, width=W, height=H, has_audio=True, has_video=True, sample_rate=SR)
    music = folder / "music.wav"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=frequency=220:sample_rate={SR}:duration={seconds}",
                "-ac", "2", str(music)])
    media["music"] = MediaAsset(id="mmusic", name="music.wav", path=str(music), kind="audio", duration=seconds,
                                has_audio=True, sample_rate=SR)
    return media


def cuts_project(media, total: int) -> Project:
    """Three pieces (two cuts) from two sources, ``total`` seconds long."""
    third = total * 30 // 3
    clips = [Clip(id="c1", media_id="ma", start=0, duration=third, source_in=30),
             Clip(id="c2", media_id="mb", start=third, duration=third, source_in=60),
             Clip(id="c3", media_id="ma", start=2 * third, duration=total * 30 - 2 * third, source_in=third)]
    return Project(settings=Settings(fps=FPS, width=W, height=H, sample_rate=SR), media=dict(
        (m.id, m) for m in media.values()), tracks=[Track(id="t1", kind="video", role="main", clips=clips)])


def overlay_project(media, total: int) -> Project:
    p = cuts_project(media, total)
    n = total * 30
    p.tracks[0].clips[0] = p.tracks[0].clips[0].model_copy(update={"effects": (FadeIn(duration=15),)})
    p.tracks[0].clips[-1] = p.tracks[0].clips[-1].model_copy(update={"effects": (FadeOut(duration=15),)})
    broll = [Clip(id="b1", media_id="mb", start=90, duration=90, source_in=0, volume_db=-100,
                  effects=(FadeIn(duration=10), FadeOut(duration=10))),
             Clip(id="b2", media_id="ma", start=n - 150, duration=90, source_in=0, volume_db=-100)]
    env = (EnvelopePoint(frame=0, db=0), EnvelopePoint(frame=60, db=0), EnvelopePoint(frame=70, db=-12),
           EnvelopePoint(frame=n - 70, db=-12), EnvelopePoint(frame=n - 60, db=0))
    p.tracks += [Track(id="t2", kind="video", role="broll", clips=broll),
                 Track(id="t3", kind="audio", role="music", clips=[
                     Clip(id="m1", media_id="mmusic", start=0, duration=n, envelope=env)])]
    return p


def handwritten_cuts(p: Project, out: Path) -> list[str]:
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y"]
    for c in p.tracks[0].clips:
        media = p.media[c.media_id]
        args += ["-ss", f"{float(c.source_in / FPS):.3f}", "-t", f"{c.duration / 30:.3f}", "-i", media.path]
    k = len(p.tracks[0].clips)
    graph = "".join(f"[{i}:v][{i}:a]" for i in range(k)) + f"concat=n={k}:v=1:a=1[v][a]"
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "[a]", *ENC, str(out)]


def handwritten_overlay(p: Project, out: Path, total: int) -> list[str]:
    n = total * 30
    args = handwritten_cuts(p, out)[:-len(ENC) - 6 - 1]  # inputs only
    args = [a for a in args]
    b = p.media["mb"].path
    a = p.media["ma"].path
    args += ["-t", "3", "-i", b, "-t", "3", "-i", a, "-i", p.media["mmusic"].path]
    graph = (
        "[0:v]fade=t=in:d=0.5[v0];[2:v]fade=t=out:st=%.3f:d=0.5[v2];[v0][0:a][1:v][1:a][v2][2:a]concat=n=3:v=1:a=1[base][speech];"
        "[3:v]format=yuva420p,fade=t=in:d=0.333:alpha=1,fade=t=out:st=2.667:d=0.333:alpha=1,setpts=PTS+3/TB[b1];"
        "[4:v]setpts=PTS+%.3f/TB[b2];[base][b1]overlay=eof_action=pass[o1];[o1][b2]overlay=eof_action=pass[v];"
        "[5:a]volume='if(lt(t,2),1,if(lt(t,%.3f),0.25,1))':eval=frame[m];"
        "[speech][m]amix=inputs=2:normalize=0[a]"
    ) % (total / 3 - 0.5, (n - 150) / 30, (n - 60) / 30)
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "[a]", *ENC, str(out)]


def timed(func) -> float:
    t = time.perf_counter()
    func()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=13)
    ap.add_argument("--keep")
    opts = ap.parse_args()
    folder = Path(opts.keep or tempfile.mkdtemp(prefix="render_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    media = make_media(folder, opts.seconds + 2)
    rows = []
    for name, p, hand in (("cuts only", cuts_project(media, opts.seconds), handwritten_cuts),
                          ("B-roll + fades + ducking", overlay_project(media, opts.seconds),
                           lambda p, o: handwritten_overlay(p, o, opts.seconds))):
        ours = timed(lambda: render(p, folder / "ours.mp4", preset="720p"))
        handcmd = hand(p, folder / "hand.mp4")
        manual = timed(lambda: subprocess.run(handcmd, check=True))
        mp = timed(lambda: render_reference(p, folder / "moviepy.mp4", preset="veryfast", crf=23))
        rows.append((name, ours, manual, mp))
    print(f"\n{opts.seconds} s edit at 720p, x264 veryfast crf 23 + AAC, machine cores: shared")
    print(f"{'timeline':28} {'this renderer':>14} {'hand ffmpeg':>12} {'moviepy':>9} {'vs hand':>8} {'vs moviepy':>11}")
    for name, ours, manual, mp in rows:
        print(f"{name:28} {ours:13.2f}s {manual:11.2f}s {mp:8.2f}s {ours / manual:7.2f}x {mp / ours:10.2f}x faster")
    print("targets: cuts <= 1.15x hand-written and >= 1.5x faster than moviepy; overlays >= 3x faster than moviepy")
    p = overlay_project(media, opts.seconds)
    cache = folder / "preview-cache"
    preview_frame(p, 5, size=(W, H), cache_dir=cache, use_disk=False)  # warm the binary and page cache
    rng = random.Random(1)
    cold = []
    for _ in range(8):
        clear_memory_cache()
        f = rng.randrange(p.duration)
        cold.append(timed(lambda: preview_frame(p, f, size=(W, H), cache_dir=cache, use_disk=False)) * 1000)
    hit = timed(lambda: preview_frame(p, f, size=(W, H), cache_dir=cache, use_disk=False)) * 1000
    cold.sort()
    print(f"preview frame 720p at random positions (not cached): median {cold[len(cold) // 2]:.0f} ms, "
          f"max {cold[-1]:.0f} ms; cached: {hit:.2f} ms (target < 150 ms)")
    if not opts.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
