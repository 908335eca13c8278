"""Smart render copies the tail of a partial GOP: up to the last frame whose references all
come before it in decode order (the last *end point*), and re-encodes only the frames after it.

Each source is made with the bundled ffmpeg (testsrc2 whose hue turns a seventh of a circle per
frame, so a frame one place early or late fails the PSNR bound) in one GOP structure: no
B-frames, B-frames with b-pyramid, a B-frame-heavy pyramid (7 in a row) on a long GOP, and
short GOPs. The cuts are placed by the source's own key frames: a cut-out right after a key
frame, one just before the next key frame, one on a key frame and one mid-GOP.
"""

from __future__ import annotations

import bisect
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from render_helpers import frame_count
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.media.probe import probe
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.render import render
from editor_app.render.presets import get_preset
from editor_app.render.smart_jobs import plan_jobs
from editor_app.render.smart_plan import plan_smart
from editor_app.render.smart_scan import cut_points, scan_source

W, H, SR = 320, 180, 48000

SOURCES = {  # name: (x264 B-frames, pyramid, GOP)
    "no_bframes": (0, "none", 15),
    "pyramid": (3, "normal", 24),
    "bframe_heavy_long_gop": (7, "normal", 64),
    "short_gop": (2, "none", 8),
}


def _stride(gop: int) -> int:
    """GOPs per step of the cuts, so every copied stretch holds at least 12 frames (shorter ones are not split)."""
    return -(-16 // gop)


def _make(path: Path, bframes: int, pyramid: str, gop: int) -> Path:
    frames = 11 * gop * _stride(gop) + 40
    params = f"bframes={bframes}:b-pyramid={pyramid}:b-adapt=0:keyint={gop}:min-keyint={gop}:scenecut=0"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={W}x{H}:r=30:d={frames / 30},hue=H=2*PI*n/7",
                "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate={SR}:duration={frames / 30}",
                "-c:v", "libx264", "-preset", "veryfast", "-x264-params", params, "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest", str(path)])
    return path


def _decoded(path: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0:v", "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3).astype(np.float64)


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a - b) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255.0 ** 2 / mse)


def _project(src: Path, cuts: list[tuple[int, int]]) -> Project:
    info = probe(src)
    media = MediaAsset(id="m", name=src.name, path=str(src), kind="video", duration=info.duration, fps=info.fps,
                       width=W, height=H, has_audio=True, has_video=True, sample_rate=SR, codec=info.codec)
    clips, at = [], 0
    for i, (a, b) in enumerate(cuts):
        clips.append(Clip(id=f"c{i}", media_id="m", start=at, duration=b - a, source_in=Fraction(a)))
        at += b - a
    return Project(name="tails", settings=Settings(fps=30, width=W, height=H, sample_rate=SR), media={"m": media},
                   tracks=[Track(id="v", kind="video", role="main", clips=clips)])


@pytest.mark.parametrize("name", list(SOURCES))
def test_tail_of_a_partial_gop_is_copied_frame_exact(name, tmp_path):
    bframes, pyramid, gop = SOURCES[name]
    src = _make(tmp_path / f"seminar_{name}.mp4", bframes, pyramid, gop)
    scan = scan_source(src)
    assert scan.cut_points[:4] == (0, gop, 2 * gop, 3 * gop)
    k = scan.cut_points[::_stride(gop)]
    cuts = [(0, k[2] + 1),                      # the cut-out right after a key frame: it is the last frame shown
            (k[3] + 2, k[5] - 1),               # in just after a key frame, out just before the next one
            (k[5] + gop // 2, k[7]),            # out on a key frame: the whole GOP is copied
            (k[7] + 1, k[9] + 1 + (bframes + 1) * ((gop - 1) // (bframes + 1) // 2) + bframes)]  # out mid-GOP,
    # just before a mini-GOP's anchor: all its B-frames are re-encoded
    p = _project(src, cuts)
    plan = plan_smart(p, get_preset("draft"), W, H, always=True)
    assert plan.reason is None
    copies = [s for s in plan.spans if s.copy]
    assert len(copies) == len(cuts)
    tails = []
    for span, clip, (a, b) in zip(copies, p.tracks[0].clips, cuts):
        src_end = span.src_start + span.frames
        # the longest decodable prefix that ends before the cut-out: the last end point <= b
        assert src_end == scan.end_points[bisect.bisect_right(scan.end_points, b) - 1]
        assert span.start + span.frames == clip.start + (src_end - a)
        tails.append(b - src_end)
    assert tails[0] == 0 and tails[2] == 0  # right after a key frame, and on one: nothing to re-encode
    assert max(tails) <= bframes            # at most one mini-GOP's B-frames, none without B-frames
    assert tails[3] == bframes
    assert plan.encoded == sum(s.frames for s in plan.spans if not s.copy)

    work = tmp_path / "jobs"
    work.mkdir()
    edges = plan_jobs(p, plan, get_preset("draft"), (W, H), work, 2).edges
    assert edges and all("concat" in cmd for cmd in edges)  # plain footage of one source: one decoder per batch
    smart = render(p, tmp_path / "smart.mp4", "draft", smart="always")
    full = render(p, tmp_path / "full.mp4", "draft", smart=False)
    assert smart.decision.startswith("smart render:"), smart.decision
    assert frame_count(smart.path) == frame_count(full.path) == p.duration
    assert run_ffmpeg(["-v", "error", "-i", str(smart.path), "-f", "null", "-"], check=False).stderr.strip() == ""
    out, ref, source = _decoded(smart.path), _decoded(full.path), _decoded(src)
    assert len(out) == len(ref) == p.duration
    for span in copies:  # copied frames decode bit for bit as in the source: every reference came along
        for f in (span.start, span.start + span.frames - 1):
            assert _psnr(out[f], source[span.src_start + f - span.start]) == 99.0, (name, f)
    edges = sorted({e for s in plan.spans for e in (s.start, s.end)} | {c.start for c in p.tracks[0].clips})
    picks = sorted({f for e in edges for f in range(e - 2, e + 2) if 0 <= f < p.duration})
    scores = [_psnr(out[f], ref[f]) for f in picks]
    assert min(scores) > 24, list(zip(picks, [round(s, 1) for s in scores]))
    late = [_psnr(out[f + 1], ref[f]) for f in picks if f + 1 < p.duration]
    assert max(late) < 20  # the bound can fail: a frame one place late scores far below it


def test_end_points_follow_decode_order():
    """End points from decode-order packets (dts, pts, key): a prefix is complete when its pts are
    exactly the frames 0..e-1, so with a b-pyramid only each mini-GOP's end qualifies."""
    # I0 P4 B2 b1 b3 P8 B6 b5 b7 | I9 (closed GOP)
    order = [0, 4, 2, 1, 3, 8, 6, 5, 7, 9]
    packets = [(n, pts, pts in (0, 9)) for n, pts in enumerate(order)]
    cuts, ends, delay = cut_points(packets)
    assert cuts == [0, 9, 10] and ends == [0, 1, 5, 9, 10] and delay == 2
    # an open GOP: the key frame at 9 is decoded before frame 8 it follows, so it is no cut point
    order = [0, 4, 2, 1, 3, 9, 8, 5, 6, 7]
    cuts, ends, _ = cut_points([(n, pts, pts in (0, 9)) for n, pts in enumerate(order)])
    assert cuts == [0, 10] and ends == [0, 1, 5, 10]


def test_one_decoder_entries_and_kept_frames():
    """The batch's concat entries run from each piece's closed-GOP key frame to the first end
    point after it; forward neighbours within reach share one; the kept ranges index the
    decoded frames (a mini-GOP of 3: I B B P ...; key frames every 30)."""
    from editor_app.render.smart_decode import Piece, decode_plan
    from editor_app.render.smart_scan import SourceScan

    frames = 120
    ends = tuple(sorted({0, 30, 60, 90, frames} | {k + 1 + 3 * j for k in range(0, frames, 30) for j in range(10)}))
    scan = SourceScan(path="lecture.mp4", codec="h264", width=1280, height=720, pix_fmt="yuv420p", sar_square=True,
                      time_base=Fraction(1, 15360), pts=tuple(range(0, frames * 512, 512)),
                      dts=tuple(range(-512, (frames - 1) * 512, 512)), cut_points=(0, 30, 60, 90, frames),
                      end_points=ends, delay=1, container_start=Fraction(0))
    # a 2-frame tail at 35-36, a head at 38-59 (same GOP: shares the entry), a head at 95-119
    entries, keep = decode_plan(scan, [Piece(35, 2), Piece(38, 22), Piece(95, 25)])
    assert entries == [(30, 60), (90, 120)]
    assert keep == [(5, 6), (8, 29), (30 + 5, 30 + 29)]
    # backwards in the source: never shared
    entries, keep = decode_plan(scan, [Piece(50, 5), Piece(40, 5)])
    assert entries == [(30, 55), (30, 46)] and keep == [(20, 24), (25 + 10, 25 + 14)]
