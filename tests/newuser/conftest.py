"""A new user's own media, made with the bundled ffmpeg: a tour of a small vegetable allotment.

Every file is small (160-320 px, a few seconds) so the whole folder runs in well under a minute."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from editor_app.cli import main
from editor_app.media.ffmpeg import run_ffmpeg, run_ffmpeg_bytes

SPEECH_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "testdata" / "speech"
SPEECH_DIR = SPEECH_DIR if SPEECH_DIR.exists() else Path("/work/shared/testdata/speech")


def make(out: Path, *args: str) -> Path:
    """Write ``out`` with the bundled ffmpeg."""
    run_ffmpeg(["-y", "-loglevel", "error", *args, str(out)], timeout=120)
    return out


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run `editor-app ARGS` in process; return (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def frame_at(video: Path, seconds: float) -> np.ndarray:
    """One decoded RGB frame of ``video`` at ``seconds`` (height x width x 3)."""
    size = run_ffmpeg(["-i", str(video)], check=False).stderr
    import re

    w, h = map(int, re.search(r"Video: .*?, (\d{2,5})x(\d{2,5})", size).groups())
    _, raw, _ = run_ffmpeg_bytes(["-ss", f"{seconds:.3f}", "-i", str(video), "-frames:v", "1", "-f", "rawvideo",
                                  "-pix_fmt", "rgb24", "-"])
    return np.frombuffer(raw, np.uint8)[: w * h * 3].reshape(h, w, 3)


def frame_count(video: Path) -> int:
    """Decoded video frames in ``video``."""
    import re

    err = run_ffmpeg(["-i", str(video), "-map", "0:v:0", "-f", "null", "-"], check=False).stderr
    return int(re.findall(r"frame=\s*(\d+)", err)[-1])
