"""The loudness envelope that cut safety reads (model.words.AudioLevels), measured from a file.

Why a stored envelope: validation is pure and cannot decode audio, yet cut edges must go to
the quietest point near a word boundary. 100 values a second cost 1 byte each (a 2-hour
file: 720 kB, about 1 MB as base64 in project.json) and take ~1 s of ffmpeg per hour.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import run_ffmpeg_bytes
from editor_app.model.project import TranscriptWord as Word
from editor_app.model.words import LEVEL_FLOOR_DB, LEVEL_RATE, AudioLevels

DECODE_RATE = 16000


def decode_mono(path: str | Path, rate: int = DECODE_RATE) -> np.ndarray:
    """The file's sound as mono float32 samples in [-1, 1] at ``rate``."""
    code, out, err = run_ffmpeg_bytes(["-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar", str(rate),
                                       "-f", "s16le", "-acodec", "pcm_s16le", "-"])
    if code != 0:
        tail = err.strip().splitlines()[-1:] or ["no detail"]
        raise RuntimeError(f"cannot read the sound of {Path(path).name}: {tail[0]}")
    return np.frombuffer(out, dtype="<i2").astype(np.float32) / 32768.0


def levels_of_samples(samples: np.ndarray, rate: int = DECODE_RATE, out_rate: int = LEVEL_RATE) -> AudioLevels:
    """RMS level in dBFS of each 1/out_rate s window."""
    hop = rate // out_rate
    n = len(samples) // hop
    if n == 0:
        return AudioLevels.from_db([], out_rate)
    frames = samples[: n * hop].reshape(n, hop).astype(np.float64)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    db = 20 * np.log10(np.maximum(rms, 10 ** (LEVEL_FLOOR_DB / 20)))
    return AudioLevels.from_db(db.tolist(), out_rate)


def audio_levels(path: str | Path) -> AudioLevels:
    """The envelope of a media file (decoded with the bundled ffmpeg)."""
    return levels_of_samples(decode_mono(path))


def refine_words(words: list[Word], levels: AudioLevels, threshold_db: float = -45.0, reach: float = 0.3) -> list[Word]:
    """Pull each word's edges in to where its sound is, within ``reach`` s (never past its neighbour).

    Speech-to-text word times run long into the quiet around a word; an edge that starts in
    quiet moves forward to the first loud 10 ms, an end that lies in quiet moves back.
    A word whose whole span is quiet is left as it is.
    """
    raw = levels.values()
    step = 1 / levels.rate
    loud = [b + LEVEL_FLOOR_DB > threshold_db for b in raw]

    def is_loud(t: float) -> bool:
        i = int(t * levels.rate)
        return 0 <= i < len(loud) and loud[i]

    out: list[Word] = []
    for word in words:
        start, end = word.start, word.end
        s = start
        while s < min(end, start + reach) and not is_loud(s):
            s += step
        e = end
        while e > max(s, end - reach) and not is_loud(e - step):
            e -= step
        if s < e:
            start, end = round(s, 3), round(e, 3)
        out.append(word.model_copy(update={"start": start, "end": end}))
    return out


def levels_operations(project, media_ids, project_dir=None) -> list:
    """SetAudioLevels for each of ``media_ids`` with sound: call it where a transcript is stored
    (transcription, sidecar import), in the same batch, so cut safety has the envelope."""
    from editor_app.model.operations import SetAudioLevels

    ops = []
    for media_id in media_ids:
        asset = project.media.get(media_id)
        if asset is None or not (asset.has_audio or asset.kind == "audio"):
            continue
        path = Path(asset.path).expanduser()
        if not path.is_absolute() and project_dir is not None:
            path = Path(project_dir) / path
        try:
            ops.append(SetAudioLevels(media_id=asset.id, levels=audio_levels(path)))
        except (RuntimeError, OSError):
            continue  # missing or unreadable file: cut edges fall back to the middle of the gap
    return ops
