"""Build time: a safetensors copy whose embedding tables are int8 rows with a float32 scale each.

Why: WordLlama's 32,000 x 256 token table is 16.4 MB of float16; a sentence vector is the
normalised mean of its tokens' rows, so rounding each row to 1/254 of its largest value moves
no vector by more than cosine 1e-4 (measured on the retrieval eval sentences: at least
0.99996, every nearest neighbour the same; tests/packaging/test_int8_rows.py). The bundle's
runtime hook rthooks/pyi_rth_int8_rows.py makes ``safetensors.safe_open`` return such a tensor
as float32 (``int8 * scale``), so the loader (WordLlama's) is unchanged. The source install
keeps the wheel's file.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

SCALE = ".row_scale"  # NAME (I8, rows x cols) comes with NAME + SCALE (F32, rows); the runtime hook knows it
_READ = {"F16": "<f2", "F32": "<f4"}


def write_int8_rows(source: Path, target: Path, names: tuple[str, ...]) -> tuple[int, int]:
    """Copy ``source`` to ``target`` with the 2-D float tensors ``names`` as int8 rows; every
    other tensor byte for byte. Returns (bytes before, bytes after)."""
    blob = Path(source).read_bytes()
    (size,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8: 8 + size])
    base = 8 + size
    out_header: dict = {"__metadata__": dict(header.get("__metadata__") or {}, int8_rows=",".join(names))}
    blobs, offset = [], 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        raw = blob[base + start: base + end]
        parts = [(name, info["dtype"], info["shape"], raw)]
        if name in names:
            if info["dtype"] not in _READ or len(info["shape"]) != 2:
                raise ValueError(f"{name}: only 2-D float16/float32 tensors become int8 rows, not {info['dtype']} {info['shape']}")
            rows = np.frombuffer(raw, dtype=_READ[info["dtype"]]).reshape(info["shape"]).astype(np.float32)
            scale = np.abs(rows).max(axis=1) / 127.0
            scale[scale == 0] = 1.0
            q = np.clip(np.rint(rows / scale[:, None]), -127, 127).astype(np.int8)
            parts = [(name, "I8", list(q.shape), q.tobytes()), (name + SCALE, "F32", [len(scale)], scale.astype("<f4").tobytes())]
        for key, dtype, shape, data in parts:
            out_header[key] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
            blobs.append(data)
            offset += len(data)
    missing = set(names) - set(header)
    if missing:
        raise ValueError(f"{source} has no tensor {sorted(missing)}")
    head = json.dumps(out_header, separators=(",", ":")).encode("utf-8")
    head += b" " * (-len(head) % 8)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(struct.pack("<Q", len(head)) + head)
        for data in blobs:
            handle.write(data)
    return len(blob), target.stat().st_size
