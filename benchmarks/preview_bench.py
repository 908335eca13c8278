"""Preview frames against ffmpeg's own single-frame seek and decode, transitions included.

    .venv/bin/python benchmarks/preview_bench.py [--frames 8] [--size 1280x720]

A 720p timeline of clips joined by crossfades, a wipe and a dip to black (H.264 sources with a
2 s GOP, as a camera writes them). For random frames inside transitions and elsewhere, three
variants run in turn per frame (order rotating), caches off:
- ours: preview_frame (compiles only the clips under the frame and seeks into them);
- floor: one ffmpeg run that seeks (-ss before -i) and decodes the same source frames, one per
  clip visible there (two inside a transition), to raw RGB: no compositing at all;
- whole run: the previous way, compiling every clip of the joined run (decodes from its start;
  slow, so only the first --whole frames of each kind).
Figures: median of per-frame ratios to the floor (target <= 1.5x), with the load average.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import emit, load, median, timed  # noqa: E402
import editor_app.render.compile as compile_module  # noqa: E402
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg  # noqa: E402
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track, Transition  # noqa: E402
from editor_app.render.filters import secs  # noqa: E402
from editor_app.render.preview import clear_memory_cache, preview_frame  # noqa: E402

FPS, SR = Fraction(30), 48000


def make_media(folder: Path, size: tuple[int, int], seconds: int) -> list[MediaAsset]:
    out = []
    for i, pattern in enumerate(("testsrc2", "smptehdbars", "mandelbrot")):
        path = folder / f"src{i}.mp4"
        run_ffmpeg(["-y", "-f", "lavfi", "-i", f"{pattern}=s={size[0]}x{size[1]}:r=30", "-t", str(seconds),
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", "60", "-pix_fmt", "yuv420p", str(path)])
        out.append(MediaAsset(id=f"s{i}", name=path.name, path=str(path), kind="video", duration=seconds, fps=FPS,
                              width=size[0], height=size[1], has_video=True))
    return out


def joined_project(media: list[MediaAsset], size: tuple[int, int]) -> Project:
    """Six 3 s clips in one joined run: crossfade, wipe, dip to black, crossfade, crossfade."""
    clip_len, clips = 90, []
    for i in range(6):
        m = media[i % len(media)]
        clips.append(Clip(id=f"c{i}", media_id=m.id, start=i * clip_len, duration=clip_len, source_in=40 + 17 * i))
    kinds = ["crossfade", "wipe", "dip_to_black", "crossfade", "crossfade"]
    joins = [Transition(id=f"x{i}", kind=k, from_clip=f"c{i}", to_clip=f"c{i + 1}", duration=20)
             for i, k in enumerate(kinds)]
    return Project(name="preview-bench", settings=Settings(fps=FPS, width=size[0], height=size[1], sample_rate=SR),
                   media={m.id: m for m in media}, tracks=[Track(id="v", kind="video", role="main", clips=clips,
                                                                 transitions=joins)])


def source_frames(p: Project, frame: int) -> list[tuple[str, Fraction]]:
    """(path, source frame) of every clip picture under ``frame`` (both sides in a transition)."""
    track = p.tracks[0]
    ends = {t.from_clip: t.duration for t in track.transitions}
    out = []
    for c in track.clips:
        if c.start <= frame < c.end + ends.get(c.id, 0):
            out.append((p.media[c.media_id].path, Fraction(c.source_in) + frame - c.start))
    return out


def floor_command(p: Project, frame: int) -> list[str]:
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error"]
    sources = source_frames(p, frame)
    for path, at in sources:
        cmd += ["-threads", "1", "-ss", secs(at / FPS), "-i", path]
    for i in range(len(sources)):
        cmd += ["-map", f"{i}:v", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    return cmd


def in_transition(p: Project, frame: int) -> bool:
    return len(source_frames(p, frame)) > 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=8, help="frames sampled inside transitions and outside")
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--whole", type=int, default=3, help="frames of each kind also drawn the previous way (slow)")
    opts = ap.parse_args()
    size = tuple(int(v) for v in opts.size.split("x"))
    folder = Path(tempfile.mkdtemp(prefix="preview_bench_"))
    try:
        media = make_media(folder, size, 20)
        p = joined_project(media, size)
        narrow = compile_module.narrow_run

        def ours(frame: int) -> None:
            clear_memory_cache()
            preview_frame(p, frame, size=size, use_disk=False)

        def whole(frame: int) -> None:
            compile_module.narrow_run = lambda run, a, b: run
            try:
                ours(frame)
            finally:
                compile_module.narrow_run = narrow

        ours(5)  # warm the binary and the page cache
        rng = random.Random(7)
        inside = [f for f in range(p.duration) if in_transition(p, f)]
        outside = [f for f in range(p.duration) if not in_transition(p, f)]
        print(f"preview_bench: {size[0]}x{size[1]}, {len(p.tracks[0].clips)} clips joined by "
              f"{len(p.tracks[0].transitions)} transitions, {opts.frames} frames each kind, {load()}", flush=True)
        for name, pool in (("inside a transition", inside), ("outside transitions", outside)):
            frames = rng.sample(pool, opts.frames)
            rows = {"ours": [], "floor": [], "whole": []}
            for i, f in enumerate(frames):
                cmd = floor_command(p, f)
                variants = {"ours": lambda: ours(f), "floor": lambda: subprocess.run(cmd, capture_output=True, check=True)}
                if i < opts.whole:
                    variants["whole"] = lambda: whole(f)
                names = list(variants)
                for k in names[i % len(names):] + names[:i % len(names)]:  # the order rotates from frame to frame
                    rows[k].append(timed(variants[k]))
            ratios = [a / b for a, b in zip(rows["ours"], rows["floor"])]
            emit(f"preview frame {name} ({size[1]}p)", median(rows["ours"]) * 1000, "ms",
                 "ffmpeg seek+decode of the same source frames", median(rows["floor"]) * 1000, median(ratios),
                 "<= 1.5x", f"max {max(rows['ours']) * 1000:.0f} ms")
            if not rows["whole"]:
                continue
            emit(f"preview frame {name}: whole run / ours", median([a / b for a, b in zip(rows["whole"], rows["ours"])]),
                 "x faster", "compiling the whole joined run (before)", median(rows["whole"]) * 1000, None,
                 "", f"whole run max {max(rows['whole']) * 1000:.0f} ms", baseline_unit="ms")
        print(f"done, {load()}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
