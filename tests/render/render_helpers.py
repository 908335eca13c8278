"""Helpers for render tests: tiny real media made with the bundled ffmpeg, and measurements."""

from __future__ import annotations

import json
import re
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track

W, H, FPS, SR = 160, 90, Fraction(30), 48000


def make_video(path: Path, color: str, seconds: float, tone: float | None = 440.0, size=(W, H), fps=30) -> Path:
    args = ["-y", "-f", "lavfi", "-i", f"color=c={color}:s={size[0]}x{size[1]}:r={fps}:d={seconds}"]
    if tone:
        args += ["-f", "lavfi", "-i", f"sine=frequency={tone}:sample_rate={SR}:duration={seconds}"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "15"]
    if tone:
        args += ["-c:a", "aac", "-shortest"]
    run_ffmpeg([*args, str(path)])
    return path


def make_audio(path: Path, seconds: float, kind: str = "sine", freq: float = 220.0, amp: float = 0.5) -> Path:
    src = (f"sine=frequency={freq}:sample_rate={SR}:duration={seconds}" if kind == "sine"
           else f"anoisesrc=a={amp}:r={SR}:d={seconds}")
    run_ffmpeg(["-y", "-f", "lavfi", "-i", src, "-af", f"volume={amp if kind == 'sine' else 1}", "-ac", "2",
                "-c:a", "pcm_s16le", str(path)])
    return path


def asset(mid: str, path: Path, kind: str = "video", seconds: float = 2.0, has_audio: bool = True,
          size=(W, H)) -> MediaAsset:
    return MediaAsset(id=mid, name=path.name, path=str(path), kind=kind, duration=Fraction(str(seconds)),
                      fps=FPS if kind == "video" else None, width=size[0] if kind == "video" else None,
                      height=size[1] if kind == "video" else None, has_audio=has_audio,
                      has_video=kind == "video", sample_rate=SR)


def project(media: list[MediaAsset], tracks: list[Track], fps=FPS) -> Project:
    return Project(name="t", settings=Settings(fps=fps, width=W, height=H, sample_rate=SR),
                   media={m.id: m for m in media}, tracks=tracks)


def clip(cid: str, mid: str | None, start: int, duration: int, **kw) -> Clip:
    return Clip(id=cid, media_id=mid, start=start, duration=duration, **kw)



def frame_count(path: Path) -> int:
    result = run_ffmpeg(["-i", str(path), "-map", "0:v:0", "-c", "copy", "-f", "null", "-"], check=False)
    return int(re.findall(r"frame=\s*(\d+)", result.stderr)[-1])


def duration_s(path: Path, stream: str = "a") -> float:
    """Duration of the first audio (or video) stream, from decoding it."""
    result = run_ffmpeg(["-i", str(path), "-map", f"0:{stream}:0", "-f", "null", "-"], check=False)
    t = re.findall(r"time=(\d+):(\d+):([\d.]+)", result.stderr)[-1]
    return int(t[0]) * 3600 + int(t[1]) * 60 + float(t[2])


def frame_at(path: Path, seconds: float, size=(W, H)) -> np.ndarray:
    """One decoded RGB frame at a time (accurate seek)."""
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{seconds:.4f}", "-i", str(path), "-frames:v", "1",
                          "-s", f"{size[0]}x{size[1]}", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(size[1], size[0], 3)


def audio_samples(path: Path, sr: int = SR) -> np.ndarray:
    """Mono float samples of a file's audio."""
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar", str(sr),
                          "-f", "f32le", "pipe:1"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.float32)


def rms_db(x: np.ndarray) -> float:
    return 20 * np.log10(np.sqrt(np.mean(np.square(x, dtype=np.float64))) + 1e-12)


def lufs(path: Path) -> float:
    result = run_ffmpeg(["-i", str(path), "-vn", "-af", "ebur128=framelog=quiet", "-f", "null", "-"], check=False)
    return float(re.findall(r"I:\s+(-?[\d.]+)\s+LUFS", result.stderr)[-1])


