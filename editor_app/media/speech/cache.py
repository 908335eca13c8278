"""Transcripts cached per media content and model, in the project's cache/ folder.

Keyed by a hash of the file's bytes (not its path or time stamp), so a moved or renamed
file, a relinked clip or a duplicated import never pays for transcription twice, and an
edited file never reuses a stale transcript. The cache holds refined words: a hit is final.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from editor_app.model.project import TranscriptSegment, TranscriptWord
from editor_app.model.project_io import atomic_write

CACHE_VERSION = 1  # bump when recognition or refinement changes what a cached file would hold
BLOCK = 1 << 20


def content_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes (about 1 s per GB; far below a transcription's cost)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "-", model).strip("-")[:60] or "model"


def cache_path(project_dir: str | Path, digest: str, model: str) -> Path:
    return Path(project_dir) / "cache" / "transcripts" / f"{digest[:40]}-{_slug(model)}-v{CACHE_VERSION}.json"


class SpeechResult:
    """A finished transcript for one media file: refined words (or lines), language, model."""

    def __init__(self, words: list[TranscriptWord], language: str | None, model: str,
                 segments: list[TranscriptSegment] | None = None, cached: bool = False) -> None:
        self.words = words
        self.language = language
        self.model = model
        self.segments = segments or []
        self.cached = cached

    def to_json(self) -> dict[str, Any]:
        return {"version": CACHE_VERSION, "language": self.language, "model": self.model,
                "words": [[w.start, w.end, w.text, w.probability] for w in self.words],
                "segments": [[s.start, s.end, s.text] for s in self.segments]}

    @classmethod
    def from_json(cls, data: dict[str, Any], cached: bool = False) -> "SpeechResult":
        words = [TranscriptWord(start=s, end=e, text=t, probability=p) for s, e, t, p in data.get("words", [])]
        segments = [TranscriptSegment(start=s, end=e, text=t) for s, e, t in data.get("segments", [])]
        return cls(words, data.get("language"), str(data["model"]), segments, cached)


def load_cached(project_dir: str | Path, digest: str, model: str) -> SpeechResult | None:
    """The cached result, or None (missing, from another cache version, or unreadable)."""
    path = cache_path(project_dir, digest, model)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION:
            return None
        return SpeechResult.from_json(data, cached=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(project_dir: str | Path, digest: str, result: SpeechResult) -> Path:
    path = cache_path(project_dir, digest, result.model)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(result.to_json(), separators=(",", ":")))
    return path
