"""The packaged tiny.en model on real speech with true chunk times: words, sentence spans, pauses, fillers.

Runs the product path (decode with ffmpeg, Silero voice check, faster-whisper, refinement)
in this process with the model loaded once; the worker process is covered in test_speech_cli.
"""

from __future__ import annotations

import pytest

from editor_app.media.speech.engines import LocalEngine
from editor_app.media.speech.pipeline import transcribe_file
from editor_app.media.speech.refine import bare
from tests.media.speech_truth import SPEECH_DIR, normalize, truth, word_error_rate

TOLERANCE = 0.15  # seconds, the bound for sentence spans and pauses
FILLER_TOLERANCE = 0.05  # seconds: refined filler edges against the true filler chunk


@pytest.fixture(scope="module")
def engine_and_model():
    engine = LocalEngine("tiny.en", threads=2)
    return engine, engine.load()


@pytest.fixture(scope="module")
def pancakes(engine_and_model):
    engine, model = engine_and_model
    return transcribe_file(SPEECH_DIR / "pancakes.wav", engine, loaded=model)


@pytest.fixture(scope="module")
def fillers(engine_and_model):
    engine, model = engine_and_model
    return transcribe_file(SPEECH_DIR / "fillers.wav", engine, loaded=model)


def _speech_chunks(name: str) -> list[dict]:
    return [c for c in truth(name)["chunks"] if c["kind"] != "pause"]


def test_pancakes_words_are_right(pancakes) -> None:
    reference = normalize(" ".join(c["text"] for c in _speech_chunks("pancakes")))
    hypothesis = normalize(" ".join(w.text for w in pancakes.words))
    wer = word_error_rate(reference, hypothesis)
    print(f"pancakes WER {wer:.1%} ({len(hypothesis)} words heard, {len(reference)} spoken)")
    assert wer < 0.15
    assert pancakes.language == "en" and pancakes.model == "faster-whisper tiny.en"
    assert all(0.0 <= w.probability <= 1.0 for w in pancakes.words)


def test_every_sentence_lies_inside_its_true_span(pancakes) -> None:
    chunks = _speech_chunks("pancakes")
    by_chunk: dict[int, list] = {i: [] for i in range(len(chunks))}
    for word in pancakes.words:
        middle = (word.start + word.end) / 2
        nearest = min(range(len(chunks)), key=lambda i: max(chunks[i]["start"] - middle, 0, middle - chunks[i]["end"]))
        by_chunk[nearest].append(word)
    for i, chunk in enumerate(chunks):
        words = by_chunk[i]
        assert len(words) >= 5, f"sentence {i} got {len(words)} words"
        first, last = min(w.start for w in words), max(w.end for w in words)
        assert first >= chunk["start"] - TOLERANCE and last <= chunk["end"] + TOLERANCE, (i, first, last, chunk)
        # and the sentence is covered, not just inside: it starts and ends near the voice
        assert abs(first - chunk["start"]) <= TOLERANCE and abs(last - chunk["end"]) <= TOLERANCE, (i, first, last)


def test_the_four_pauses_are_found(pancakes) -> None:
    words = pancakes.words
    gaps = [(a.end, b.start) for a, b in zip(words, words[1:]) if b.start - a.end >= 0.8]
    chunks = _speech_chunks("pancakes")
    true_pauses = [(a["end"], b["start"]) for a, b in zip(chunks, chunks[1:])]
    assert len(true_pauses) == 4 and len(gaps) == 4, gaps
    for (start, end), (true_start, true_end) in zip(gaps, true_pauses):
        assert abs(start - true_start) <= TOLERANCE and abs(end - true_end) <= TOLERANCE, (start, end, true_start, true_end)
    segments_end = [round(w.end, 2) for w in words if w.text.endswith(".")]
    assert len(segments_end) >= 5  # punctuation kept: sentences can be found again


def test_fillers_are_written_and_refined_onto_the_true_filler(fillers) -> None:
    true_fillers = [c for c in truth("fillers")["chunks"] if c["kind"] == "filler"]
    found = [(i, w) for i, w in enumerate(fillers.words) if bare(w.text) in ("um", "uh", "umm")]
    assert len(found) >= 3, [w.text for w in fillers.words]
    errors = []
    for i, word in found:
        chunk = min(true_fillers, key=lambda c: abs((c["start"] + c["end"]) / 2 - (word.start + word.end) / 2))
        assert bare(word.text).startswith(chunk["text"][0])  # an "um" lands on an um, an "uh" on an uh
        errors += [word.start - chunk["start"], word.end - chunk["end"]]
        assert abs(word.start - chunk["start"]) <= FILLER_TOLERANCE, (word, chunk)
        assert abs(word.end - chunk["end"]) <= FILLER_TOLERANCE, (word, chunk)
        # a cut at the filler's edges clips neither neighbour: they end before it and start after it
        if i > 0:
            assert fillers.words[i - 1].end <= chunk["start"] + FILLER_TOLERANCE
        if i + 1 < len(fillers.words):
            assert fillers.words[i + 1].start >= chunk["end"] - FILLER_TOLERANCE
    print(f"fillers found {len(found)}/{len(true_fillers)}; largest edge error {max(map(abs, errors)) * 1000:.0f} ms")


def test_filler_edges_hold_over_background_noise(engine_and_model) -> None:
    """White noise at 20 dB below the voice fills the digital silences: the threshold adapts."""
    import numpy as np

    from editor_app.media.speech.audio import decode_audio
    from editor_app.media.speech.pipeline import transcribe_samples

    engine, model = engine_and_model
    clean = decode_audio(SPEECH_DIR / "fillers.wav")
    voice_rms = float(np.sqrt((clean[np.abs(clean) > 0.01] ** 2).mean()))
    noise = np.random.default_rng(7).standard_normal(len(clean)).astype(np.float32) * voice_rms / 10.0
    result = transcribe_samples(clean + noise, engine, loaded=model)
    true_fillers = [c for c in truth("fillers")["chunks"] if c["kind"] == "filler"]
    found = [w for w in result.words if bare(w.text) in ("um", "uh")]
    assert len(found) >= 3
    for word in found:
        chunk = min(true_fillers, key=lambda c: abs(c["start"] - word.start))
        assert abs(word.start - chunk["start"]) <= FILLER_TOLERANCE and abs(word.end - chunk["end"]) <= FILLER_TOLERANCE


def test_no_speech_gives_an_empty_transcript(engine_and_model, tmp_path, ffmpeg_make) -> None:
    engine, model = engine_and_model
    tone = ffmpeg_make(tmp_path / "music.wav", "-f", "lavfi", "-i", "sine=f=330:d=4", "-ar", "16000")
    result = transcribe_file(tone, engine, loaded=model)
    assert result.words == [] and result.segments == [] and result.model == engine.name
