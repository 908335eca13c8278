"""Silero VAD in numpy (speech/silero.py) against the same model in onnxruntime, on real speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from editor_app.media.speech.audio import decode_audio
from editor_app.media.speech.silero import WINDOW, default_vad, onnx_initializers, voiced_seconds

SPEECH = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "speech"


def _padded(name: str) -> np.ndarray:
    audio = decode_audio(SPEECH / name)
    return np.pad(audio, (0, (-len(audio)) % WINDOW))


@pytest.mark.parametrize("name", ["pancakes.wav", "fillers.wav"])
def test_numpy_model_matches_onnxruntime(name):
    ort_model = pytest.importorskip("faster_whisper.vad").get_vad_model()  # onnxruntime, in the source install
    audio = _padded(name)
    ours = default_vad()(audio)
    theirs = ort_model(audio).reshape(-1)
    assert ours.shape == theirs.shape == (len(audio) // WINDOW,)
    assert float(np.abs(ours - theirs).max()) < 1e-4
    assert 0.3 < float((ours > 0.5).mean()) < 0.95  # speech with pauses, not all one way


def test_weights_come_from_the_onnx_file():
    from faster_whisper.utils import get_assets_path

    weights = onnx_initializers(Path(get_assets_path()) / "silero_vad_v6.onnx")
    assert weights["encoder.conv_layers.0.weight"].shape == (128, 129, 3)
    assert weights["encoder.feature_extractor.forward_basis_buffer"].shape == (258, 1, 256)


def test_voice_is_counted_in_speech_and_not_in_a_tone_or_silence():
    rate = 16000
    speech = decode_audio(SPEECH / "pancakes.wav")
    t = np.arange(rate * 5) / rate
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    assert voiced_seconds(speech) > 10  # about 22 s are spoken in its 30 s
    assert voiced_seconds(tone) == 0.0
    assert voiced_seconds(np.zeros(rate * 3, np.float32)) == 0.0
    with pytest.raises(ValueError):
        default_vad()(np.zeros(100, np.float32))
