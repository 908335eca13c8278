"""The index manifest: which embedding built the index and a content hash per document.

Why: it is the index's commit record. It is written last and atomically, marked dirty
before a sync changes Chroma, so an index whose manifest is missing, dirty or built by
another embedding is discarded and rebuilt instead of trusted.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
FORMAT = 3  # 3: text and metadata as one JSON metadata key in Chroma (older indexes are rebuilt)


def empty_manifest(signature: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "embedding": signature, "dirty": False, "collections": {}}


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    """The manifest, or None when missing or unreadable (both mean: rebuild)."""
    try:
        data = json.loads((index_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("collections"), dict):
        return None
    return data


def write_manifest(index_dir: Path, manifest: dict[str, Any]) -> None:
    """Atomic write: temp file, fsync, rename."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".tmp", dir=index_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, separators=(",", ":"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, index_dir / MANIFEST_NAME)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def same_embedding(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Same name and config; dimensions must match when both are known."""
    if not isinstance(old, dict):
        return False
    if old.get("name") != new.get("name") or old.get("config") != new.get("config"):
        return False
    a, b = old.get("dimension"), new.get("dimension")
    return a is None or b is None or a == b


def why_rebuild(manifest: dict[str, Any] | None, signature: dict[str, Any]) -> str | None:
    """A reason to discard the stored index, or None when it can be trusted."""
    if manifest is None:
        return "no manifest (new, deleted or unreadable index)"
    if manifest.get("format") != FORMAT:
        return f"index format {manifest.get('format')} is not {FORMAT}"
    if manifest.get("dirty"):
        return "an earlier indexing run did not finish"
    if not same_embedding(manifest.get("embedding"), signature):
        old = (manifest.get("embedding") or {}).get("name")
        return f"embedding changed ({old} -> {signature.get('name')})"
    return None
