"""Word-boundary refinement on synthetic voice with known times, and the transcript operation."""

from __future__ import annotations

import numpy as np
import pytest

from editor_app.media.speech.refine import energy, find_gaps, refine_times
from editor_app.model.history import History
from editor_app.model.operations import OperationError, parse_operation
from editor_app.model.project import MediaAsset, Project, TranscriptWord

RATE = 16000


def _voice(bursts: list[tuple[float, float]], duration: float, noise: float = 0.0) -> np.ndarray:
    """Harmonic 'voice' in the given spans, optional background noise elsewhere."""
    t = np.arange(int(duration * RATE)) / RATE
    out = np.zeros_like(t)
    for start, end in bursts:
        inside = (t >= start) & (t < end)
        out[inside] = 0.3 * np.sin(2 * np.pi * 180 * t[inside]) + 0.1 * np.sin(2 * np.pi * 900 * t[inside])
    if noise:
        out += noise * np.random.default_rng(1).standard_normal(len(t))
    return out.astype(np.float32)


def test_gaps_follow_the_voice_even_over_noise() -> None:
    bursts = [(0.5, 1.2), (1.5, 2.0), (3.0, 3.6)]
    for noise in (0.0, 0.003):
        gaps = find_gaps(energy(_voice(bursts, 4.0, noise), RATE))
        inner = [(round(g.start, 2), round(g.end, 2)) for g in gaps[1:-1]]
        assert len(inner) == 2
        for (start, end), (true_start, true_end) in zip(inner, [(1.2, 1.5), (2.0, 3.0)]):
            assert abs(start - true_start) <= 0.02 and abs(end - true_end) <= 0.02


def test_late_word_times_and_a_sliver_filler_are_moved_onto_the_voice() -> None:
    # "So" 0.3-0.7, "um" 0.85-1.2, "today" 1.35-2.0: Whisper-like times half a second late,
    # the filler squeezed into a sliver, as measured on testdata/speech/fillers.wav.
    bursts = [(0.3, 0.7), (0.85, 1.2), (1.35, 2.0)]
    samples = _voice(bursts, 3.0)
    whisper = [(0.8, 1.2), (1.2, 1.22), (1.5, 2.3)]
    refined = refine_times(whisper, samples, RATE, ["So,", "um,", "today."])
    for (start, end), (true_start, true_end) in zip(refined, bursts):
        assert abs(start - true_start) <= 0.02 and abs(end - true_end) <= 0.02, refined


def test_words_inside_continuous_speech_share_a_boundary_at_a_quiet_point() -> None:
    # one long burst with a dip (quiet) at 1.0 s; two words meeting near it
    samples = _voice([(0.2, 1.8)], 2.2)
    t = np.arange(len(samples)) / RATE
    samples = samples * np.where(np.abs(t - 1.0) < 0.01, 0.05, 1.0).astype(np.float32)
    refined = refine_times([(0.25, 0.97), (0.97, 1.75)], samples, RATE, ["hello", "world"])
    assert refined[0][1] == refined[1][0]
    assert abs(refined[0][1] - 1.0) <= 0.015
    assert abs(refined[0][0] - 0.2) <= 0.02 and abs(refined[1][1] - 1.8) <= 0.02


def test_empty_input_is_left_alone() -> None:
    assert refine_times([], np.zeros(RATE, np.float32), RATE) == []


def _project() -> Project:
    project = Project()
    project.media["m1"] = MediaAsset(id="m1", name="talk", path="/x/talk.wav", kind="audio", duration=5, has_audio=True)
    return project


def test_set_transcript_derives_segments_and_undoes_exactly() -> None:
    project = _project()
    before = project.model_dump()
    words = [{"start": 0.0, "end": 0.4, "text": "Hello"}, {"start": 0.4, "end": 0.9, "text": "there."},
             {"start": 2.0, "end": 2.5, "text": "Next", "probability": 0.5}, {"start": 2.5, "end": 2.9, "text": "line"}]
    op = parse_operation({"op": "set_transcript", "media_id": "m1", "words": words, "language": "en",
                          "model": "faster-whisper tiny.en"})
    history = History()
    history.apply(project, [op], "Transcribe talk")
    asset = project.media["m1"]
    assert [(s.start, s.end, s.text) for s in asset.transcript] == [(0.0, 0.9, "Hello there."), (2.0, 2.9, "Next line")]
    assert asset.words[2] == TranscriptWord(start=2.0, end=2.5, text="Next", probability=0.5)
    assert asset.transcript_language == "en" and asset.transcript_model == "faster-whisper tiny.en"
    history.undo(project)
    assert project.model_dump() == before


@pytest.mark.parametrize("words, message", [
    ([{"start": 1.0, "end": 0.5, "text": "a"}], "ends before it starts"),
    ([{"start": 1.0, "end": 1.5, "text": "a"}, {"start": 0.2, "end": 0.5, "text": "b"}], "before the word before"),
    ([{"start": 9.0, "end": 9.5, "text": "a"}], "after the media ends"),
])
def test_set_transcript_refuses_words_that_cannot_be(words, message) -> None:
    project = _project()
    op = parse_operation({"op": "set_transcript", "media_id": "m1", "words": words})
    with pytest.raises(OperationError, match=message):
        History().apply(project, [op], "bad")
    assert project.media["m1"].words == ()
