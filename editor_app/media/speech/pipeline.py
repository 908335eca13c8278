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

MIN_SPEECH = 0.3  # seconds of voice (Silero VAD, unpadded runs of at least 0.15 s) below which a file is taken to have no speech
PROBE_WINDOW = 10.0  # seconds of audio the voice check reads at a time
QUIET_RMS = 1e-3  # -60 dBFS: a window this quiet holds no voice worth transcribing


def speech_seconds(samples: np.ndarray) -> float:
    """Seconds of voice by the Silero VAD model faster-whisper ships, run with numpy
    (speech/silero.py: no onnxruntime); music and noise do not count."""
    from editor_app.media.speech.silero import voiced_seconds

    return voiced_seconds(samples, rate=SAMPLE_RATE)


def has_speech(samples: np.ndarray) -> bool:
    """Whether anyone speaks: Silero VAD window by window from the start, stopping at the first voice.

    A talk answers in its first window; a file with no voice is read to the end, which costs
    less than transcribing it (and Whisper would invent words for music).
    """
    window = int(PROBE_WINDOW * SAMPLE_RATE)
    for start in range(0, max(1, len(samples)), window):
        part = samples[start:start + window + SAMPLE_RATE // 2]
        if part.size == 0 or float(np.sqrt(np.mean(part.astype(np.float64) ** 2))) < QUIET_RMS:
            continue  # near-silent: no voice to find, no model time to spend
        if speech_seconds(part) >= MIN_SPEECH:
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
