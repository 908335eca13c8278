"""Word times for a transcript that has only lines (subtitles, servers without word times).

Subtitles win over speech to text for the words themselves, but cutting by words needs each
word's time. Within a line, words are spread by their length (longer words take longer to
say), then refined from the audio like Whisper's words, so line edges and pauses land on
the voice. Where a line's words run together, their inner boundaries are estimates.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from editor_app.media.speech.audio import SAMPLE_RATE, decode_audio
from editor_app.media.speech.refine import refine_times
from editor_app.model.project import TranscriptSegment, TranscriptWord


def spread_words(lines: Sequence[TranscriptSegment]) -> tuple[list[tuple[float, float]], list[str]]:
    """Each line's words with times shared out by length (characters plus a little per word)."""
    spans: list[tuple[float, float]] = []
    texts: list[str] = []
    for line in lines:
        words = line.text.split()
        if not words:
            continue
        weights = np.array([len(w) + 2.0 for w in words])
        edges = line.start + (line.end - line.start) * np.concatenate([[0.0], np.cumsum(weights) / weights.sum()])
        spans += [(float(a), float(b)) for a, b in zip(edges[:-1], edges[1:])]
        texts += words
    return spans, texts


def words_for_lines(lines: Sequence[TranscriptSegment], samples: np.ndarray) -> list[TranscriptWord]:
    """Timed words for timed lines, refined from 16 kHz mono samples."""
    spans, texts = spread_words(lines)
    refined = refine_times(spans, samples, SAMPLE_RATE, texts)
    return [TranscriptWord(start=s, end=e, text=t) for (s, e), t in zip(refined, texts)]


def words_for_media(path: str | Path, lines: Sequence[TranscriptSegment]) -> list[TranscriptWord]:
    """The same for a media file (decoded with the bundled ffmpeg); cheap: no model runs."""
    return words_for_lines(lines, decode_audio(path))
