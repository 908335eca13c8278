"""Smart render: whole GOPs copied, edges re-encoded, frame-exact against a full re-encode.

Sources are made with the bundled ffmpeg: testsrc2 whose hue turns by a seventh of a circle
every frame, so a frame shown one place early or late differs in colour everywhere and
fails the PSNR bound, and a continuous tone, so any gap at a join shows as silence.
"""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from render_helpers import audio_samples, frame_count
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.media.probe import probe
from editor_app.model.effects import BlackAndWhite
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.model.project_io import ProjectStore
from editor_app.render import render
from editor_app.render.presets import get_preset
from editor_app.render.smart import Step, render_smart
from editor_app.render.smart_plan import plan_smart
from editor_app.render.smart_scan import scan_source

W, H, SR = 320, 180, 48000


def _make(path: Path, *, fps: int = 30, seconds: float = 8, size=(W, H), bframes: int = 3, gop: int = 24) -> Path:
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={size[0]}x{size[1]}:r={fps}:d={seconds},hue=H=2*PI*n/7",
                "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate={SR}:duration={seconds}",
                "-c:v", "libx264", "-preset", "veryfast", "-bf", str(bframes), "-g", str(gop), "-keyint_min", str(gop),
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)])
    return path


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("smart")
    return {"b": _make(d / "lecture_bframes.mp4"), "nob": _make(d / "lecture_plain.mp4", bframes=0, gop=15),
            "big": _make(d / "wide.mp4", size=(384, 216), seconds=3), "pal": _make(d / "pal.mp4", fps=25, seconds=3)}


def _asset(mid: str, path: Path) -> MediaAsset:
    info = probe(path)
    return MediaAsset(id=mid, name=path.name, path=str(path), kind="video", duration=info.duration, fps=info.fps,
                      width=info.width, height=info.height, has_audio=True, has_video=True, sample_rate=SR,
                      codec=info.codec)


def _project(sources: dict[str, Path], cuts: list[tuple[str, int, int]], **effects) -> Project:
    """Clips laid end to end: (source key, source in, frames) each; ``effects`` by clip index ('c1': (...))."""
    media = {k: _asset(f"m_{k}", p) for k, p in sources.items()}
    clips, at = [], 0
    for i, (key, src_in, frames) in enumerate(cuts):
        clips.append(Clip(id=f"c{i}", media_id=f"m_{key}", start=at, duration=frames, source_in=Fraction(src_in),
                          effects=effects.get(f"c{i}", ())))
        at += frames
    return Project(name="smart", settings=Settings(fps=30, width=W, height=H, sample_rate=SR),
                   media={m.id: m for m in media.values()},
                   tracks=[Track(id="v", kind="video", role="main", clips=clips)])


def _frames(path: Path, picks: list[int]) -> np.ndarray:
    """Decoded RGB frames at the given indices (one decode of the whole file)."""
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                         capture_output=True, check=True).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)
    return frames[picks].astype(np.float64)


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a - b) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255.0 ** 2 / mse)


def _decode_errors(path: Path) -> str:
    return run_ffmpeg(["-v", "error", "-i", str(path), "-f", "null", "-"], check=False).stderr.strip()


def _longest_silence(samples: np.ndarray) -> int:
    quiet = np.abs(samples) < 1e-4
    best = run = 0
    for q in quiet:
        run = run + 1 if q else 0
        best = max(best, run)
    return best


CUTS = [("b", 10, 60), ("b", 100, 70), ("nob", 5, 75), ("b", 200, 40)]


def test_smart_matches_full_reencode(sources, tmp_path):
    p = _project(sources, CUTS)
    tiny = render(p, tmp_path / "auto.mp4", "draft")  # 8 s at 320x180: encoding is cheaper than splitting
    assert tiny.decision.startswith("full re-encode because smart render would not pay"), tiny.decision
    smart = render(p, tmp_path / "smart.mp4", "draft", smart="always")
    full = render(p, tmp_path / "full.mp4", "draft", smart=False)
    assert smart.decision.startswith("smart render:") and "copied" in smart.decision, smart.decision
    assert full.decision == "full re-encode (smart render is off)"
    assert frame_count(smart.path) == frame_count(full.path) == p.duration == 245
    assert _decode_errors(smart.path) == ""
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    assert plan.copied > 100 and plan.encoded > 0
    edges = {c.start for c in p.tracks[0].clips} | {s.start for s in plan.spans} | {p.duration}
    picks = sorted({f for e in edges for f in (e - 2, e - 1, e, e + 1) if 0 <= f < p.duration})
    a, b = _frames(smart.path, picks), _frames(full.path, picks)
    scores = [_psnr(x, y) for x, y in zip(a, b)]
    assert min(scores) > 24, list(zip(picks, [round(s, 1) for s in scores]))
    # the bound can fail: a frame one place late scores far below it
    late = [_psnr(x, y) for x, y in zip(_frames(smart.path, [f + 1 for f in picks if f + 1 < p.duration]), b)]
    assert max(late) < 20
    wave = audio_samples(smart.path)
    assert abs(len(wave) - round(p.duration / 30 * SR)) < SR // 100
    assert _longest_silence(wave[SR // 50:-SR // 50]) <= SR // 1000


def test_effect_on_one_clip_reencodes_only_that_clip(sources, tmp_path):
    p = _project(sources, CUTS, c1=(BlackAndWhite(id="e1"),))
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    grey = p.tracks[0].clips[1]
    assert not any(s.copy and s.start < grey.end and s.end > grey.start for s in plan.spans)
    assert any(s.copy and s.end <= grey.start for s in plan.spans) and any(s.copy and s.start >= grey.end for s in plan.spans)
    smart = render(p, tmp_path / "smart.mp4", "draft", smart="always")
    full = render(p, tmp_path / "full.mp4", "draft", smart=False)
    assert smart.decision.startswith("smart render:")
    assert frame_count(smart.path) == frame_count(full.path) == p.duration
    picks = [grey.start, grey.start + 30, grey.end - 1, grey.end]
    a, b = _frames(smart.path, picks), _frames(full.path, picks)
    assert min(_psnr(x, y) for x, y in zip(a, b)) > 24
    assert np.abs(a[1] - a[1].mean(axis=2, keepdims=True)).mean() < 3  # grey inside the effect clip


def test_mismatched_sources_are_reencoded(sources, tmp_path):
    only = _project(sources, [("big", 0, 60), ("pal", 0, 50)])
    plan = plan_smart(only, get_preset("draft"), W, H)
    assert plan.reason is not None and ("384x216" in plan.reason or "fps" in plan.reason)
    result = render(only, tmp_path / "full.mp4", "draft")
    assert result.decision.startswith("full re-encode because") and frame_count(result.path) == 110
    mixed = _project(sources, [("b", 0, 120), ("big", 0, 60), ("b", 150, 90)])
    plan = plan_smart(mixed, get_preset("draft"), W, H, always=True)
    assert plan.reason is None
    assert not any(s.copy and s.start < 180 and s.end > 120 for s in plan.spans)
    assert all(s.source is None or Path(s.source.path).name == "lecture_bframes.mp4" for s in plan.spans)


def test_bframes_in_the_reencoded_edges(tmp_path):
    """The 720p preset's x264 uses B-frames too: the joined stream's timestamps must allow both depths."""
    src = tmp_path / "hd.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=1280x720:r=30:d=5,hue=H=2*PI*n/7", "-f", "lavfi", "-i",
                f"sine=frequency=330:sample_rate={SR}:duration=5", "-c:v", "libx264", "-preset", "ultrafast",
                "-bf", "2", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(src)])
    media = _asset("m", src)
    clips = [Clip(id="a", media_id="m", start=0, duration=70, source_in=Fraction(5)),
             Clip(id="b", media_id="m", start=70, duration=60, source_in=Fraction(85))]
    p = Project(name="hd", settings=Settings(fps=30, width=1280, height=720, sample_rate=SR), media={"m": media},
                tracks=[Track(id="v", kind="video", role="main", clips=clips)])
    result = render(p, tmp_path / "hd_out.mp4", "720p", smart="always")
    assert result.decision.startswith("smart render:"), result.decision
    assert frame_count(result.path) == 130 and _decode_errors(result.path) == ""
    full = render(p, tmp_path / "hd_full.mp4", "720p", smart=False)
    picks = [0, 24, 25, 26, 54, 55, 69, 70, 71, 84, 85, 114, 115, 129]
    raw = [np.frombuffer(subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(f), "-vf", "scale=320:180", "-f",
                                         "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout,
                         np.uint8).reshape(-1, H, W, 3)[picks].astype(np.float64) for f in (result.path, full.path)]
    assert min(_psnr(x, y) for x, y in zip(*raw)) > 24


def test_scan_finds_closed_gops(sources):
    scan = scan_source(sources["b"])
    assert scan.frames == 240 and scan.delay >= 1
    assert scan.cut_points[:3] == (0, 24, 48) and scan.cut_points[-1] == 240
    assert set(scan.cut_points) <= set(scan.end_points) and len(scan.end_points) < 200  # B-frames: mini-GOP ends
    plain = scan_source(sources["nob"])
    assert plain.end_points == tuple(range(241)) and plain.delay == 0  # no B-frames: a copy may end anywhere


def test_cli_no_smart(sources, tmp_path):
    ProjectStore.create(tmp_path / "proj", _project(sources, CUTS[:2]))
    cli = [sys.executable, "-m", "editor_app", "render", str(tmp_path / "proj")]
    env_home = {"EDITOR_APP_CONFIG_DIR": str(tmp_path / "cfg")}
    import os

    env = {**os.environ, **env_home}
    done = subprocess.run([*cli, str(tmp_path / "s.mp4"), "--json", "--smart", "always"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mode"].startswith("smart render:")
    done = subprocess.run([*cli, str(tmp_path / "f.mp4"), "--no-smart"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "full re-encode (smart render is off)" in done.stdout
    assert frame_count(tmp_path / "s.mp4") == frame_count(tmp_path / "f.mp4") == 130


def test_overlay_and_speed_keep_their_frames_out_of_copies(sources):
    """A title over part of a clip, and a clip at double speed, are never copied; the rest is."""
    from editor_app.model.effects import TitleGenerator

    p = _project(sources, [("b", 0, 150), ("b", 160, 60)])
    title = Clip(id="t", generator=TitleGenerator(text="Part two"), start=60, duration=30)
    fast = p.tracks[0].clips[1].model_copy(update={"speed": Fraction(2), "duration": 30})
    p = p.model_copy(update={"tracks": [p.tracks[0].model_copy(update={"clips": [p.tracks[0].clips[0], fast]}),
                                        Track(id="ti", kind="video", role="titles", clips=[title])]})
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    copies = [s for s in plan.spans if s.copy]
    assert copies and all(s.end <= 60 or s.start >= 90 for s in copies)
    assert all(s.end <= 150 for s in copies)  # the double-speed clip is re-encoded
    assert sum(s.frames for s in plan.spans) == p.duration == 180


def test_one_frame_pieces_keep_every_frame(sources, tmp_path):
    """Smart render's re-encoded stretches hold one-frame pieces; so can any timeline. Each must
    stay one frame: their timestamps touched and the constant-rate output dropped some."""
    cuts = [("b" if i % 2 else "nob", 7 + 13 * i, 1 if i % 3 else 5) for i in range(18)]
    p = _project(sources, cuts)
    full = render(p, tmp_path / "ones.mp4", "draft", smart=False)
    assert frame_count(full.path) == p.duration


def _sps_profiles(path: Path) -> list[int]:
    """profile_idc of every SPS in the file, in band or in the header (trace_headers)."""
    err = run_ffmpeg(["-i", str(path), "-map", "0:v", "-c", "copy", "-bsf:v", "trace_headers", "-f", "null", "-"],
                     check=False).stderr
    return [int(line.rsplit("=", 1)[1]) for line in err.splitlines() if " profile_idc " in line]


def test_edges_take_the_copied_sources_profile(tmp_path):
    """A Main-profile source: the 720p preset's x264 writes High-profile edges unless told; the
    joined stream must never declare more than the copied GOPs, so no SPS in it is High (100)."""
    src = tmp_path / "interview_main.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=1280x720:r=30:d=4,hue=H=2*PI*n/7", "-f", "lavfi", "-i",
                f"sine=frequency=330:sample_rate={SR}:duration=4", "-c:v", "libx264", "-profile:v", "main",
                "-preset", "ultrafast", "-bf", "2", "-g", "20", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
                str(src)])
    assert scan_source(src).profile == "main" and scan_source(src).streams == 2
    media = _asset("m", src)
    clips = [Clip(id="a", media_id="m", start=0, duration=50, source_in=Fraction(7)),
             Clip(id="b", media_id="m", start=50, duration=45, source_in=Fraction(75))]
    p = Project(name="hd", settings=Settings(fps=30, width=1280, height=720, sample_rate=SR), media={"m": media},
                tracks=[Track(id="v", kind="video", role="main", clips=clips)])
    plan = plan_smart(p, get_preset("720p"), 1280, 720, always=True)
    assert plan.reason is None and plan.copied >= 40
    steps: list[Step] = []
    out = tmp_path / "smart.mp4"
    render_smart(p, plan, out, get_preset("720p"), (1280, 720), _work(tmp_path), steps=steps)
    assert frame_count(out) == p.duration and _decode_errors(out) == ""
    profiles = _sps_profiles(out)
    assert len(profiles) >= 3 and max(profiles) == 77, profiles  # header + each piece's own SPS
    kinds = [s.kind for s in steps]
    assert kinds.count("picture") == 1 and "edges" in kinds and kinds[-1] == "join"
    assert all(s.cpu >= 0 and s.wall > 0 for s in steps)


def test_picture_only_source_is_read_in_place(tmp_path):
    """A source with no sound needs no picture copy: copies and edges read it directly."""
    src = tmp_path / "screen_capture.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={W}x{H}:r=30:d=4,hue=H=2*PI*n/7", "-c:v", "libx264",
                "-preset", "veryfast", "-bf", "3", "-g", "24", "-pix_fmt", "yuv420p", str(src)])
    p = _project({"s": src}, [("s", 3, 60), ("s", 70, 40)])
    p = p.model_copy(update={"media": {k: m.model_copy(update={"has_audio": False}) for k, m in p.media.items()}})
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    assert plan.reason is None and scan_source(src).streams == 1
    steps: list[Step] = []
    out = tmp_path / "smart.mp4"
    render_smart(p, plan, out, get_preset("draft"), (W, H), _work(tmp_path), steps=steps)
    assert "picture" not in [s.kind for s in steps]
    assert frame_count(out) == p.duration == 100 and _decode_errors(out) == ""
    full = render(p, tmp_path / "full.mp4", "draft", smart=False)
    picks = [0, 20, 21, 59, 60, 61, 99]
    assert min(_psnr(x, y) for x, y in zip(_frames(out, picks), _frames(full.path, picks))) > 24


def _work(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir(parents=True)
    return work


def test_cancel_and_failure_stop_the_other_steps(sources, tmp_path):
    """A cancel, or one step failing, ends the render at once: the join never runs."""
    import shutil
    import threading

    from editor_app.render.errors import RenderCancelled, RenderError

    p = _project(sources, CUTS)
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    cancel = threading.Event()
    steps: list[Step] = []
    with pytest.raises(RenderCancelled):
        render_smart(p, plan, tmp_path / "c.mp4", get_preset("draft"), (W, H), _work(tmp_path), cancel=cancel,
                     steps=steps, progress=lambda _f: cancel.set())
    assert steps and "join" not in [s.kind for s in steps] and not (tmp_path / "c.mp4").exists()

    gone = tmp_path / "deleted_after_planning.mp4"
    shutil.copy(sources["big"], gone)  # 384x216: re-encoded, never copied
    mixed = _project({**sources, "gone": gone}, [("b", 0, 120), ("gone", 0, 30), ("b", 150, 90)])
    plan = plan_smart(mixed, get_preset("draft"), W, H, always=True)
    gone.unlink()
    steps = []
    with pytest.raises(RenderError):
        render_smart(mixed, plan, tmp_path / "f.mp4", get_preset("draft"), (W, H), _work(tmp_path / "again"),
                     steps=steps)
    assert "join" not in [s.kind for s in steps]


def test_a_child_reaped_by_another_threads_poll_is_not_an_error():
    """A cancel's kill() calls poll(), which may reap a child that just ended; the render's own
    wait must then read the recorded exit code instead of failing with 'No child processes'."""
    import subprocess
    import sys

    from editor_app.render.smart import _reap

    done = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    done.wait()
    done.kill()  # what kill_all does to a child that has already been reaped: no error
    assert _reap(done) == 0.0 and done.returncode == 3

    running = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(0)"])
    assert _reap(running) >= 0.0 and running.returncode == 0
