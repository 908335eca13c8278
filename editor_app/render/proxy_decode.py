"""Decode a playback proxy chunk into RGB pictures and PCM sound with the bundled ffmpeg.

Why not PyAV: the app already ships one ffmpeg for rendering; PyAV carries a second copy of
FFmpeg's libraries (about 80 MB in the desktop bundle) only to read our own 180p chunks. Two
small ffmpeg processes per 2-second chunk (sound read whole, about 384 KB; pictures streamed
through a pipe) cost a few tens of milliseconds, well inside the decoder's lead.

The events come in playback order: each picture is preceded by the sound up to its end, so a
consumer that plays sound and shows pictures as they come stays in step.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe

SAMPLE_RATE = 48000
BYTES_PER_SAMPLE = 4  # s16le, stereo


def _start_sound(path: Path) -> subprocess.Popen:
    """Start reading the chunk's sound as 48 kHz stereo s16le (runs beside the picture process)."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
           "-vn", "-f", "s16le", "-acodec", "pcm_s16le", "-ac", "2", "-ar", str(SAMPLE_RATE), "pipe:1"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def _sound(proc: subprocess.Popen | None) -> bytes:
    """All of the sound (empty when the chunk has none or it could not be read)."""
    if proc is None:
        return b""
    out, _ = proc.communicate()
    return out if proc.returncode == 0 else b""


def decode_chunk(path: Path, size: tuple[int, int], fps: Fraction, *, chunk_start: int, first: int,
                 sound: bool = True, stop: threading.Event | None = None
                 ) -> Iterator[tuple[str, int, bytes]]:
    """Yield ``("sound", frame, pcm)`` and ``("picture", frame, rgb24)`` for frames from ``first`` on.

    ``frame`` is the timeline frame (the chunk's first frame is ``chunk_start``); a picture is
    ``size[0] * size[1] * 3`` bytes. Sound before ``first`` is skipped to the sample, so the sound
    clock and the pictures start at the same instant.
    """
    width, height = size
    frame_bytes = width * height * 3
    sound_proc = _start_sound(path) if sound else None
    samples_per_frame = Fraction(SAMPLE_RATE) / Fraction(fps)

    def sample_at(frame: int) -> int:  # first sample of a chunk-relative frame
        return int(frame * samples_per_frame)

    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path), "-an",
           "-vf", f"scale={width}:{height}", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=frame_bytes)
    assert proc.stdout is not None
    try:
        pcm = _sound(sound_proc)  # both processes start at once: one start-up wait, not two
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    sent = sample_at(max(0, first - chunk_start)) * BYTES_PER_SAMPLE  # sound bytes already handed out
    try:
        index = chunk_start
        while not (stop is not None and stop.is_set()):
            rgb = proc.stdout.read(frame_bytes)
            if len(rgb) < frame_bytes:
                break
            frame_no = index
            index += 1
            if frame_no < first:
                continue
            upto = min(len(pcm), sample_at(frame_no + 1 - chunk_start) * BYTES_PER_SAMPLE)
            if upto > sent:
                yield "sound", frame_no, pcm[sent:upto]
                sent = upto
            yield "picture", frame_no, rgb
        else:  # stopped: nothing more is wanted
            return
        if len(pcm) > sent and index > first:  # sound that runs past the last picture
            yield "sound", index - 1, pcm[sent:]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.wait()
