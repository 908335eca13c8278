"""One media file to a finished transcript: decode, check for voice, recognise, refine.

Runs inside the worker process (see worker.py); also callable directly (benchmarks).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from editor_app.media.speech.audio import SAMPLE_RATE, decode_audio
from editor_app.media.speech.cache import SpeechResult
from editor_app.media.speech.engines import Cancelled, Engine, Progress, TranscriptionCancelled
from editor_app.media.speech.refine import refine_times
from editor_app.model.project import TranscriptSegment, TranscriptWord

MIN_SPEECH = 0.3  # seconds of voice (Silero VAD) below which a file is taken to have no speech
PROBE_WINDOW = 10.0  # seconds per excerpt the voice check reads
PROBE_WINDOWS = 12  # at most this many excerpts, spread over the file (the check costs ~1/15 realtime)


def speech_seconds(samples: np.ndarray) -> float:
    """Seconds of voice by the Silero VAD that faster-whisper bundles (music and noise do not count)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    chunks = get_speech_timestamps(samples, VadOptions(min_speech_duration_ms=150))
    return sum(c["end"] - c["start"] for c in chunks) / SAMPLE_RATE


def has_speech(samples: np.ndarray) -> bool:
    """Whether anyone speaks: Silero VAD over excerpts spread across the file, stopping at the first voice."""
    window = int(PROBE_WINDOW * SAMPLE_RATE)
    count = max(1, min(PROBE_WINDOWS, -(-len(samples) // window)))
    step = max(window, (len(samples) - window) // max(1, count - 1)) if count > 1 else window
    for i in range(count):
        start = min(i * step, max(0, len(samples) - window))
        if speech_seconds(samples[start:start + window]) >= MIN_SPEECH:
            return True
    return False


def transcribe_samples(samples: np.ndarray, engine: Engine, *, progress: Progress | None = None,
                       cancelled: Cancelled | None = None, language: str | None = None, loaded=None) -> SpeechResult:
    """Refined words of 16 kHz mono samples; an empty transcript when nobody speaks."""
    if not has_speech(samples):
        if progress is not None:
            progress(1.0)
        return SpeechResult([], None, engine.name)
    if cancelled is not None and cancelled():
        raise TranscriptionCancelled("transcription was cancelled")
    heard = engine.recognize(samples, progress, cancelled, language=language, loaded=loaded)
    if not heard.words:
        segments = [TranscriptSegment(start=s, end=max(s, e), text=t) for s, e, t in heard.segments]
        return SpeechResult([], heard.language, heard.model, segments)
    spans = refine_times([(w.start, w.end) for w in heard.words], samples, SAMPLE_RATE, [w.text for w in heard.words])
    words = [TranscriptWord(start=s, end=e, text=w.text, probability=min(1.0, max(0.0, w.probability)))
             for w, (s, e) in zip(heard.words, spans)]
    return SpeechResult(words, heard.language, heard.model)


def transcribe_file(path: str | Path, engine: Engine, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None, language: str | None = None, loaded=None) -> SpeechResult:
    """Decode a media file's audio (ffmpeg, 16 kHz mono) and transcribe it."""
    return transcribe_samples(decode_audio(path), engine, progress=progress, cancelled=cancelled,
                              language=language, loaded=loaded)
