"""Parallel segments and long timelines: the joined output equals the one-pass output, and a
timeline of hundreds of clips (a graph far past one argument's size) renders."""

from __future__ import annotations

import json
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.media.importer import build_asset
from editor_app.model.project import Project, Settings
from editor_app.render import render
from editor_app.render.segments import plan_segments


def _probe(path: Path) -> dict:
    out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path), "-map", "0:v:0", "-c", "copy", "-f", "null", "-"],
                         capture_output=True, text=True)
    frames = [line for line in out.stderr.splitlines() if "frame=" in line]
    count = int(frames[-1].split("frame=")[1].split()[0]) if frames else 0
    dur = [line for line in out.stderr.splitlines() if "Duration:" in line][0].split("Duration:")[1].split(",")[0].strip()
    h, m, s = dur.split(":")
    return {"frames": count, "duration": int(h) * 3600 + int(m) * 60 + float(s)}


def _frame(path: Path, t: float, size=(160, 90)) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(path), "-frames:v", "1",
                          "-s", f"{size[0]}x{size[1]}", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(size[1], size[0], 3).astype(float)


def _samples(path: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "48000", "pipe:1"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.int16).astype(float)


def _cuts_project(media_dir: Path, clips: int, seconds_each: float = 0.5) -> Project:
    """A cuts-only timeline alternating two sources, like a talk with its pauses removed."""
    p = Project(name="cuts", settings=Settings(fps=30, width=320, height=180))
    apply_all(p, [ImportMedia(asset=build_asset(media_dir / "red.mp4")), ImportMedia(asset=build_asset(media_dir / "blue.mp4")),
                  AddTrack(kind="video", role="main")])
    step = int(seconds_each * 30)
    ops = [InsertClip(track_id="t1", media_id=("m1" if i % 2 == 0 else "m2"), start=i * step, duration=step,
                      source_in=(i * 7) % 90) for i in range(clips)]
    apply_all(p, ops)
    return p


def test_plan_segments_cover_the_timeline_on_clip_edges(media_dir):
    p = _cuts_project(media_dir, 120)
    ranges = plan_segments(p, 2)
    assert ranges[0][0] == 0 and ranges[-1][1] == p.duration
    assert all(a < b for a, b in ranges) and all(r[1] == n[0] for r, n in zip(ranges, ranges[1:]))
    edges = {c.start for c in p.tracks[0].clips} | {p.duration}
    assert all(a in edges for a, _ in ranges)


def test_parallel_segments_equal_the_one_pass_render(media_dir, tmp_path):
    p = _cuts_project(media_dir, 24)  # 12 s, 24 cuts
    one = render(p, tmp_path / "one.mp4", "draft", workers=1)
    par = render(p, tmp_path / "par.mp4", "draft", workers=3)
    assert one.mode == "single pass" and "segments" in par.mode
    a, b = _probe(tmp_path / "one.mp4"), _probe(tmp_path / "par.mp4")
    assert a["frames"] == b["frames"] == p.duration
    assert abs(a["duration"] - b["duration"]) < 0.05
    for t in (0.1, 0.55, 3.0, 3.5, 7.9, 11.8):  # around cuts and segment joins
        diff = np.abs(_frame(tmp_path / "one.mp4", t) - _frame(tmp_path / "par.mp4", t)).mean()
        assert diff < 6, f"frame at {t}s differs by {diff:.1f}"
    sa, sb = _samples(tmp_path / "one.mp4"), _samples(tmp_path / "par.mp4")
    assert abs(len(sa) - len(sb)) < 48000 * 0.03
    # no gap at the joins: no run of digital silence longer than 1 ms anywhere (the sources are tones)
    quiet = np.abs(sb[int(0.1 * 48000):-int(0.1 * 48000)]) < 1
    longest = max((len(r) for r in "".join("1" if q else "0" for q in quiet).split("0")), default=0)
    assert longest < 48, f"a gap of {longest} silent samples"


@pytest.mark.timeout(600)
def test_hundreds_of_clips_render(media_dir, tmp_path):
    p = _cuts_project(media_dir, 400, seconds_each=0.2)  # 80 s, 400 clips: one graph would pass 128 KiB
    result = render(p, tmp_path / "long.mp4", "draft")
    assert "segments" in result.mode
    assert _probe(tmp_path / "long.mp4")["frames"] == p.duration
    assert not list(tmp_path.glob(".*"))  # no temp files or segment folders left


def test_sound_only_export_through_segments_has_every_sample(media_dir, tmp_path):
    """The sound encoder fed while segments render writes the timeline's exact sample count,
    and the same sound as one pass (no gap or offset at a segment join)."""
    p = _cuts_project(media_dir, 12)  # 6 s
    one = render(p, tmp_path / "one.wav", "wav", workers=1)
    par = render(p, tmp_path / "par.wav", "wav", workers=2)
    assert one.mode == "single pass" and par.mode.startswith("2 segments")
    sa, sb = _samples(tmp_path / "one.wav"), _samples(tmp_path / "par.wav")
    assert len(sa) == len(sb) == p.duration * 48000 // 30
    assert np.abs(sa - sb).max() < 2, "segmented sound differs from the one-pass sound"


def test_segments_split_near_even_shares(media_dir):
    """Two workers get halves, not the first cut point past a minimum length (4 s + 2 s)."""
    p = _cuts_project(media_dir, 12)  # 6 s, a cut every 0.5 s
    assert plan_segments(p, 2) == [(0, 90), (90, 180)]
    assert plan_segments(p, 1) == [(0, 180)]


def test_cancelled_segmented_render_stops_every_ffmpeg(media_dir, tmp_path):
    import threading

    from editor_app.render import RenderCancelled

    p = _cuts_project(media_dir, 24)
    cancel = threading.Event()
    seen: list[float] = []

    def progress(report) -> None:
        seen.append(report.fraction)
        cancel.set()  # after the first segment: the sound encoder is running and waiting for more

    import os
    import time

    def running() -> set[str]:  # children of this process still running (not zombies): "pid name"
        kids = []
        for task in Path(f"/proc/{os.getpid()}/task").iterdir():
            try:  # a thread can end between the listing and the read
                kids += (task / "children").read_text().split()
            except OSError:
                continue
        out = set()
        for k in kids:
            try:
                stat = Path(f"/proc/{k}/stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[0] != "Z":
                out.add(stat.split(")", 1)[0] + ")")
        return out

    earlier = running()  # helpers other tests in this process left running are not this render's
    with pytest.raises(RenderCancelled):
        render(p, tmp_path / "film.mp4", "draft", progress, cancel, workers=3)
    assert seen and not (tmp_path / "film.mp4").exists()
    assert not list(tmp_path.glob(".*"))
    for _ in range(50):
        if not running() - earlier:
            break
        time.sleep(0.1)
    assert not running() - earlier, "an ffmpeg (segment or sound encoder) outlived the cancelled render"


def test_default_workers_follow_the_cores(media_dir, monkeypatch):
    """One pass where it can keep the cores busy; segments where cores outnumber what one pass uses."""
    import os

    from editor_app.render.export import choose_workers

    p = _cuts_project(media_dir, 24)  # 12 s
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert choose_workers(p, None) == 1 and choose_workers(p, 3) == 3
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert choose_workers(p, None) == 4
    assert choose_workers(_cuts_project(media_dir, 4), None) == 1  # 2 s: too short to split
