"""WordLlama's token table as int8 rows (packaging/int8_rows.py) read through the bundle's runtime
hook (packaging/rthooks/pyi_rth_int8_rows.py) embeds as the float16 table does.

The hook runs in a fresh interpreter, as in the bundle; the sentences are the queries of the
retrieval eval suites. Every vector stays within cosine 0.9999 and every clear nearest neighbour
among them is the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

CHECK = r"""
import json, runpy, sys
from pathlib import Path
import numpy as np
runpy.run_path(sys.argv[1])  # the runtime hook, before safetensors is imported
from safetensors import safe_open
from wordllama.inference import WordLlamaInference
from editor_app.index.wordllama_vectors import _load, MODEL, DIM
with safe_open(sys.argv[2], framework="np", device="cpu") as f:
    keys, table = list(f.keys()), f.get_tensor("embedding.weight")
original = _load(MODEL, DIM)
rows = WordLlamaInference(table, original.tokenizer)
texts = json.loads(Path(sys.argv[3]).read_text())
a, b = original.embed(texts, norm=True), rows.embed(texts, norm=True)
def nearest(x, clear=None):
    s = x @ x.T
    np.fill_diagonal(s, -2.0)
    top = np.sort(s, axis=1)
    keep = (top[:, -1] - top[:, -2] > 1e-3) if clear is None else clear  # near-ties may swap, clear winners may not
    return s.argmax(1)[keep].tolist(), keep
err = np.abs(table - original.embedding).max(axis=1) / np.abs(original.embedding).max(axis=1)
print(json.dumps({"keys": keys, "dtype": str(table.dtype), "shape": list(table.shape), "cos": float((a * b).sum(1).min()),
                  "same_nearest": nearest(a)[0] == nearest(b, nearest(a)[1])[0], "clear": float(nearest(a)[1].mean()), "row_err": float(err.max())}))
"""


def test_int8_rows_read_through_the_hook_embed_as_the_float_table(tmp_path: Path) -> None:
    pytest.importorskip("wordllama")
    from int8_rows import write_int8_rows

    import wordllama

    source = Path(wordllama.__file__).parent / "weights" / "l2_supercat_256.safetensors"
    if not source.is_file():
        pytest.skip("wordllama weights are not installed")
    target = tmp_path / "weights.safetensors"
    before, after = write_int8_rows(source, target, ("embedding.weight",))
    assert after < before * 0.52  # 16.4 MB of float16 -> 8.3 MB
    texts = []
    for path in sorted((ROOT / "evals").glob("*retrieval*.jsonl")):
        texts += [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    (tmp_path / "texts.json").write_text(json.dumps(list(dict.fromkeys(texts))[:200]))
    done = subprocess.run([sys.executable, "-c", CHECK, str(ROOT / "packaging" / "rthooks" / "pyi_rth_int8_rows.py"),
                           str(target), str(tmp_path / "texts.json")], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["keys"] == ["embedding.weight"]  # the scale tensor is hidden
    assert got["dtype"] == "float32" and got["shape"] == [32000, 256]
    assert got["row_err"] <= 0.5 / 127 + 1e-6  # each value within half a step of its row's scale
    assert got["cos"] > 0.9999 and got["same_nearest"] and got["clear"] > 0.9


def test_a_file_without_scales_reads_as_before(tmp_path: Path) -> None:
    """The hook leaves ordinary safetensors files alone (other packages' weights)."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("safetensors")
    from safetensors.numpy import save_file

    plain = tmp_path / "plain.safetensors"
    save_file({"w": np.arange(6, dtype=np.float16).reshape(2, 3)}, str(plain))
    code = ("import runpy, sys; runpy.run_path(sys.argv[1]); from safetensors import safe_open\n"
            "with safe_open(sys.argv[2], framework='np') as f: t = f.get_tensor('w'); print(t.dtype, t.tolist(), list(f.keys()))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "packaging" / "rthooks" / "pyi_rth_int8_rows.py"), str(plain)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "float16 [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] ['w']"
