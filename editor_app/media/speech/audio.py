"""Decode any media's audio to what speech models read: 16 kHz mono float32 samples.

Why ffmpeg and not PyAV (which faster-whisper would use): one decoder for the whole app
(the bundled imageio-ffmpeg binary), with the same readable errors as import and render.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from editor_app.media.errors import MediaError, check_readable, from_ffmpeg
from editor_app.media.ffmpeg import run_ffmpeg_bytes

SAMPLE_RATE = 16000


def decode_audio(path: str | Path, *, timeout: float | None = None) -> np.ndarray:
    """The media's first audio stream as 16 kHz mono float32 in [-1, 1]."""
    src = check_readable(path)
    code, out, err = run_ffmpeg_bytes(
        ["-i", str(src), "-vn", "-map", "0:a:0", "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "f32le",
         "-acodec", "pcm_f32le", "-"], timeout=timeout)
    if code != 0:
        if "matches no streams" in err or "does not contain any stream" in err:
            raise MediaError(src, "it has no sound to transcribe")
        raise from_ffmpeg(src, err)
    samples = np.frombuffer(out, dtype=np.float32)
    if samples.size == 0:
        raise MediaError(src, "it has no sound to transcribe")
    return samples.copy()
