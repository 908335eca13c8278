"""Silero VAD v6 (the model faster-whisper ships) run with numpy instead of onnxruntime.

Why: onnxruntime is 37 MB of the desktop bundle only to run this 1.3 MB model, which is a
short STFT, four small 1-D convolutions, one LSTM and a sigmoid. The weights are read straight
from faster-whisper's own ``silero_vad_v6.onnx`` (a few protobuf fields, no onnx package), and
the result matches onnxruntime to float precision (tests/media/test_silero_numpy.py).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

WINDOW = 512  # samples at 16 kHz per probability (32 ms)
CONTEXT = 64  # samples of the previous window the model sees in front of each window


# ---- the few protobuf fields of an ONNX file we need ----------------------------------------

def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, i
        shift += 7


def _fields(buf: bytes):
    """(field number, wire type, value) of one protobuf message; bytes for length-delimited fields."""
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 2:
            size, i = _varint(buf, i)
            value, i = buf[i:i + size], i + size
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield number, wire, value


_DTYPES = {1: np.float32, 7: np.int64}


def onnx_initializers(path: str | Path) -> dict[str, np.ndarray]:
    """The named weight tensors of an ONNX model (ModelProto.graph.initializer, raw data only)."""
    data = Path(path).read_bytes()
    graph = next(v for n, w, v in _fields(data) if n == 7 and w == 2)
    out: dict[str, np.ndarray] = {}
    for number, wire, tensor in _fields(graph):
        if number != 5 or wire != 2:
            continue
        dims: list[int] = []
        name, dtype, raw = "", 1, b""
        for n, w, v in _fields(tensor):
            if n == 1 and w == 0:
                dims.append(v)
            elif n == 1 and w == 2:  # packed dims
                j = 0
                while j < len(v):
                    d, j = _varint(v, j)
                    dims.append(d)
            elif n == 2:
                dtype = v
            elif n == 8:
                name = v.decode()
            elif n == 9:
                raw = v
        if dtype in _DTYPES:
            out[name] = np.frombuffer(raw, dtype=_DTYPES[dtype]).reshape(dims).copy()
    return out


# ---- the network ----------------------------------------------------------------------------

def _conv1d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None, stride: int, pad: int) -> np.ndarray:
    """x [N, C, T], weight [O, C, K] -> [N, O, T'] (as ONNX Conv with symmetric pads)."""
    if pad:
        x = np.pad(x, ((0, 0), (0, 0), (pad, pad)))
    k = weight.shape[2]
    t_out = (x.shape[2] - k) // stride + 1
    cols = np.stack([x[:, :, j:j + stride * (t_out - 1) + 1:stride] for j in range(k)], axis=-1)  # N,C,T',K
    y = np.einsum("nctk,ock->not", cols, weight, optimize=True)
    return y + bias[None, :, None] if bias is not None else y


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class SileroVad:
    """Speech probability per 512-sample window of 16 kHz audio, like faster-whisper's model."""

    def __init__(self, path: str | Path) -> None:
        w = onnx_initializers(path)
        self.basis = w["encoder.feature_extractor.forward_basis_buffer"]
        self.convs = [(w[f"encoder.conv_layers.{i}.weight"], w[f"encoder.conv_layers.{i}.bias"], stride)
                      for i, stride in enumerate((1, 2, 2, 1))]
        lstm = [v for k, v in w.items() if k.startswith("onnx::LSTM")]
        self.w_in, self.w_rec, self.b = (lstm[0][0], lstm[1][0], lstm[2][0])  # [512,128], [512,128], [1024]
        self.dec_w, self.dec_b = w["decoder.conv1d.weight"], w["decoder.conv1d.bias"]

    def __call__(self, audio: np.ndarray) -> np.ndarray:
        """Probabilities for ``len(audio) // 512`` windows (``len(audio)`` a multiple of 512)."""
        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim != 1 or audio.shape[0] % WINDOW:
            raise ValueError("audio must be 1-D with a length that is a multiple of 512 samples")
        windows = audio.reshape(-1, WINDOW)
        context = np.roll(windows[:, -CONTEXT:].copy(), 1, axis=0)
        context[0] = 0
        x = np.concatenate([context, windows], axis=1)  # [N, 576]
        x = np.pad(x, ((0, 0), (128, 128)), mode="reflect")[:, None, :]
        spec = _conv1d(x, self.basis, None, 128, 0)  # [N, 258, 5]
        real, imag = spec[:, :129, 1:], spec[:, 129:, 1:]
        h = np.sqrt(real * real + imag * imag)
        for weight, bias, stride in self.convs:
            h = np.maximum(_conv1d(h, weight, bias, stride, 1), 0)
        features = h[:, :, 0]  # [N, 128]: one step per window, the LSTM runs across windows
        gates_in = features @ self.w_in.T + self.b[:512] + self.b[512:]
        hidden = np.zeros(128, np.float32)
        cell = np.zeros(128, np.float32)
        out = np.empty((len(features), 128), np.float32)
        w_rec_t = self.w_rec.T.copy()
        for t in range(len(features)):
            g = gates_in[t] + hidden @ w_rec_t  # ONNX gate order: input, output, forget, cell
            i, o, f, c = _sigmoid(g[:128]), _sigmoid(g[128:256]), _sigmoid(g[256:384]), np.tanh(g[384:])
            cell = f * cell + i * c
            hidden = o * np.tanh(cell)
            out[t] = hidden
        logits = np.maximum(out, 0) @ self.dec_w[0, :, 0] + self.dec_b[0]
        return _sigmoid(logits).astype(np.float32)


@functools.lru_cache(maxsize=1)
def default_vad() -> SileroVad:
    """The model file faster-whisper ships, loaded once."""
    from faster_whisper.utils import get_assets_path

    return SileroVad(Path(get_assets_path()) / "silero_vad_v6.onnx")


def voiced_seconds(samples: np.ndarray, *, rate: int = 16000, threshold: float = 0.5,
                   min_run_s: float = 0.15) -> float:
    """Seconds of voice: runs that start above ``threshold`` and last until the probability
    falls below ``threshold - 0.15`` (Silero's hysteresis), counted when at least ``min_run_s``."""
    samples = np.asarray(samples, dtype=np.float32)
    if samples.size == 0:
        return 0.0
    padded = np.pad(samples, (0, (-len(samples)) % WINDOW))
    probs = default_vad()(padded)
    low = threshold - 0.15
    total, run, on = 0, 0, False
    for p in probs:
        if on and p < low:
            total += run if run * WINDOW >= min_run_s * rate else 0
            run, on = 0, False
        elif on or p >= threshold:
            on = True
            run += 1
    if on and run * WINDOW >= min_run_s * rate:
        total += run
    return total * WINDOW / rate
