"""Segments derived from words, and the checks a word-level transcript must pass.

Why derive: the words are the truth (they carry the times cuts and captions need); the
segments (sentences or lines) are what search, the index and prompts read. Deriving them
in one place keeps both views of a transcript in step.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor_app.model.project import TranscriptSegment, TranscriptWord

SENTENCE_END = (".", "?", "!", "…")
MAX_GAP = 0.6  # seconds of silence that end a segment even without punctuation
MAX_SEGMENT = 12.0  # seconds; long unpunctuated speech is still split into readable lines
MAX_WORDS = 40


def segments_from_words(words: Sequence[TranscriptWord]) -> tuple[TranscriptSegment, ...]:
    """Sentence-like segments: split at sentence punctuation, long pauses, or a length cap."""
    segments: list[TranscriptSegment] = []
    current: list[TranscriptWord] = []

    def flush() -> None:
        if current:
            text = " ".join(w.text.strip() for w in current if w.text.strip())
            if text:
                segments.append(TranscriptSegment(start=current[0].start, end=max(current[-1].end, current[0].start),
                                                  text=text))
            current.clear()

    for word in words:
        if current:
            gap = word.start - current[-1].end
            too_long = word.end - current[0].start > MAX_SEGMENT or len(current) >= MAX_WORDS
            if gap >= MAX_GAP or too_long:
                flush()
        current.append(word)
        if word.text.strip().endswith(SENTENCE_END):
            flush()
    flush()
    return tuple(segments)


def word_problems(words: Sequence[TranscriptWord], duration: float | None = None) -> list[str]:
    """What is wrong with a word list (empty when fine): order, negative lengths, beyond the media."""
    problems: list[str] = []
    previous_start = 0.0
    for i, word in enumerate(words):
        if word.end < word.start:
            problems.append(f"word {i} ({word.text!r}) ends before it starts")
        if word.start < previous_start - 1e-6:
            problems.append(f"word {i} ({word.text!r}) starts before the word before it")
        if duration is not None and word.start > duration + 0.05:
            problems.append(f"word {i} ({word.text!r}) starts at {word.start:.2f} s, after the media ends ({duration:.2f} s)")
        previous_start = word.start
        if len(problems) >= 3:
            break
    return problems
