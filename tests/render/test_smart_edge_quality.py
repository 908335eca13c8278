"""The re-encoded edges' quality against the source, now that it is bought by rate, not search.

Smart render encodes each edge at ultrafast's effort and a higher CRF (``smart_jobs.EDGE``):
mb-tree and adaptive quantisation off spend more bits at the same CRF, the CRF step takes
them back. What must hold is the picture: every re-encoded frame compared with the source
frame the timeline shows there, by PSNR (luma), at least as good as the preset's own x264
settings give (within a small margin) and above an absolute bound. A much higher CRF step
(the same options) must fail that bound, so the test can fail. No timings here.
"""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.media.probe import probe
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.render.presets import get_preset
from editor_app.render.smart import render_smart
from editor_app.render.smart_jobs import EDGE, EdgeEffort, edge_codec_args
from editor_app.render.smart_plan import plan_smart

W, H = 1280, 720
BOUND_DB = 40.0    # luma PSNR of the edges against the source, absolute
MARGIN_DB = 0.3    # how far below the preset's own settings the edges may fall


def _lecture(path: Path) -> Path:
    """A 720p source with grain (a camera's noise) over a moving pattern, B-frames, 1 s GOPs."""
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=4,scale=1280:720,noise=alls=6:allf=t+u",
                "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000:duration=4",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-bf", "2", "-g", "30", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "2", str(path)])
    return path


def _project(src: Path, cuts: list[tuple[int, int]]) -> Project:
    info = probe(src)
    media = MediaAsset(id="m", name=src.name, path=str(src), kind="video", duration=info.duration, fps=info.fps,
                       width=W, height=H, has_audio=True, has_video=True, sample_rate=48000, channels=2,
                       codec=info.codec)
    clips, at = [], 0
    for i, (src_in, frames) in enumerate(cuts):
        clips.append(Clip(id=f"c{i}", media_id="m", start=at, duration=frames, source_in=Fraction(src_in)))
        at += frames
    return Project(name="seminar", settings=Settings(fps=30, width=W, height=H, sample_rate=48000),
                   media={"m": media}, tracks=[Track(id="v", kind="video", role="main", clips=clips)])


def _luma(path: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0:v", "-f", "rawvideo",
                          "-pix_fmt", "gray", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W)


def _source_frame(project: Project, frame: int) -> int:
    clip = next(c for c in project.tracks[0].clips if c.start <= frame < c.end)
    return int(Fraction(clip.source_in)) + frame - clip.start


def test_edge_args_step_the_crf_and_keep_the_rest():
    args = edge_codec_args(get_preset("720p").vcodec_args)
    assert args[args.index("-crf") + 1] == str(23 + EDGE.crf_step) and args[-2:] == ["-x264-params", EDGE.x264]
    assert edge_codec_args(get_preset("720p").vcodec_args, False) == list(get_preset("720p").vcodec_args)
    assert edge_codec_args(get_preset("draft").vcodec_args) == list(get_preset("draft").vcodec_args)  # ultrafast
    by_rate = ["-c:v", "libx264", "-preset", "veryfast", "-b:v", "2M"]
    assert "crf" not in " ".join(edge_codec_args(by_rate)) and "mbtree=0" not in edge_codec_args(by_rate)[-1]


def test_edges_keep_the_presets_quality_against_the_source(tmp_path):
    src = _lecture(tmp_path / "seminar_720p.mp4")
    p = _project(src, [(7, 50), (71, 40)])
    plan = plan_smart(p, get_preset("720p"), W, H, always=True)
    assert plan.reason is None and plan.copied >= 30 and plan.encoded >= 30
    edges = [f for s in plan.spans if not s.copy for f in range(s.start, s.end)]
    source = _luma(src)
    coarse = EdgeEffort(EDGE.x264, EDGE.crf_step + 14)
    psnr = {}
    for name, effort in (("edge", True), ("preset", False), ("coarse", coarse)):
        work = tmp_path / name
        work.mkdir()
        out = tmp_path / f"{name}.mp4"
        render_smart(p, plan, out, get_preset("720p"), (W, H), work, fast_edges=effort)
        frames = _luma(out)
        assert len(frames) == p.duration
        mse = np.mean([np.mean((frames[f].astype(np.float64) - source[_source_frame(p, f)]) ** 2) for f in edges])
        psnr[name] = 10 * np.log10(255 ** 2 / max(float(mse), 1e-9))
    assert psnr["edge"] >= BOUND_DB and psnr["edge"] >= psnr["preset"] - MARGIN_DB, psnr
    assert psnr["coarse"] < min(BOUND_DB, psnr["preset"] - MARGIN_DB), psnr  # the bound can fail
