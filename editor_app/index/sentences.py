"""Sentence vectors (MiniLM) for the index's documents, cached on disk by text hash.

Why not as Chroma's embedding: in numpy on two cores MiniLM encodes about 1,000 tokens a
second, so a 2-hour transcript (~27,000 tokens) takes half a minute, against a 3 s budget
for indexing it. So the index keeps its fast first stage (WordLlama vectors, BM25, WordNet
concepts) and MiniLM scores (a) the first stage's best candidates at query time, encoding
the few it has not seen, and (b) every document whose vector is already cached: a background
thread fills the cache after each sync, so a warm index is searched by meaning over all of
its windows (a dot product, microseconds). Vectors are keyed by a hash of the text, so edits
that move a window do not re-encode it and a rebuilt index keeps them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Iterable

import numpy as np

from editor_app.index.minilm import HIDDEN, EncoderUnavailable, MiniLM, load_encoder

log = logging.getLogger(__name__)
CACHE_NAME = "sentences-minilm.npz"
SIGNATURE = "all-MiniLM-L6-v2/mean/l2/v1"  # change when the text or the model changes
WARM_CHUNK = 8  # texts per background batch: closing the index waits for one batch at most
MAX_TEXT_CHARS = 2000  # 256 tokens is about this much English
QUERY_CACHE = 64
STOP_WAIT_S = 0.5


@functools.lru_cache(maxsize=100_000)
def text_key(text: str) -> str:
    return hashlib.blake2b(text[:MAX_TEXT_CHARS].encode("utf-8", "replace"), digest_size=12).hexdigest()


class SentenceVectors:
    """MiniLM vectors by text: a lazily loaded encoder, an in-memory table, an .npz on disk."""

    def __init__(self, cache_dir: Path | None, source: str | None = None) -> None:
        self.cache_path = cache_dir / CACHE_NAME if cache_dir is not None else None
        self.source = source
        self._encoder: MiniLM | None = None
        self.unavailable: str | None = None  # why the encoder could not load
        self._keys: dict[str, int] = {}
        self._matrix = np.zeros((0, HIDDEN), dtype=np.float32)  # float16 on disk
        self._queries: dict[str, np.ndarray] = {}  # the last few query vectors
        self._pending: list[np.ndarray] = []
        self._dirty = False
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._read()

    # ---- encoder ---------------------------------------------------------------------
    def encoder(self) -> MiniLM | None:
        """The encoder, loaded at first use (never when the index opens); None if missing."""
        if self._encoder is None and self.unavailable is None:
            try:
                self._encoder = load_encoder(self.source)
            except EncoderUnavailable as exc:
                self.unavailable = str(exc)
                log.warning("sentence encoder unavailable, searching without it: %s", exc)
        return self._encoder

    # ---- table ---------------------------------------------------------------------
    def _flush_pending(self) -> None:
        if self._pending:
            self._matrix = np.concatenate([self._matrix, *self._pending])
            self._pending = []

    def cached(self, texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """(positions in ``texts`` already encoded, their vectors as float32 rows)."""
        with self._lock:
            self._flush_pending()
            keys = self._keys
            rows = [keys.get(text_key(t), -1) for t in texts]
            found = np.flatnonzero(np.asarray(rows, dtype=np.int64) >= 0) if rows else np.zeros(0, np.int64)
            matrix = self._matrix[np.asarray(rows, dtype=np.int64)[found]] if len(found) else None
        if matrix is None:
            return found, np.zeros((0, HIDDEN), dtype=np.float32)
        return found, matrix

    def missing(self, texts: Iterable[str]) -> list[str]:
        with self._lock:
            seen, out = set(), []
            for t in texts:
                key = text_key(t)
                if key not in self._keys and key not in seen:
                    seen.add(key)
                    out.append(t)
            return out

    def encode(self, texts: list[str]) -> np.ndarray | None:
        """Vectors for ``texts`` (encoding and caching the new ones); None without the encoder."""
        encoder = self.encoder()
        if encoder is None:
            return None
        new = self.missing(texts)
        if new:
            self._add(new, encoder.encode([t[:MAX_TEXT_CHARS] for t in new]))
        found, matrix = self.cached(texts)
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        out[found] = matrix
        return out

    def query(self, text: str) -> np.ndarray | None:
        """A query's vector; the last QUERY_CACHE are kept (one turn often searches its message twice)."""
        vec = self._queries.get(text)
        if vec is not None:
            return vec
        encoder = self.encoder()
        if encoder is None:
            return None
        vec = encoder.encode([text[:MAX_TEXT_CHARS]])[0]
        with self._lock:
            if len(self._queries) >= QUERY_CACHE:
                self._queries.pop(next(iter(self._queries)))
            self._queries[text] = vec
        return vec

    def queries(self, texts: list[str]) -> np.ndarray | None:
        """Vectors of several query texts (a request's parts), the new ones encoded in one batch and kept
        with the query vectors (never in the window table); None without the encoder."""
        new = [t for t in dict.fromkeys(texts) if t not in self._queries]
        if new:
            encoder = self.encoder()
            if encoder is None:
                return None
            vectors = encoder.encode([t[:MAX_TEXT_CHARS] for t in new])
            with self._lock:
                for text, vec in zip(new, vectors):
                    if len(self._queries) >= QUERY_CACHE:
                        self._queries.pop(next(iter(self._queries)))
                    self._queries[text] = vec
        got = [self._queries.get(t) for t in texts]
        if any(v is None for v in got):  # pushed out by a long request's parts: encode them again
            return self._encoder.encode([t[:MAX_TEXT_CHARS] for t in texts]) if self._encoder is not None else None
        return np.stack(got)

    def _add(self, texts: list[str], vectors: np.ndarray) -> None:
        with self._lock:
            fresh = []
            for text, vec in zip(texts, vectors):
                key = text_key(text)
                if key not in self._keys:
                    self._keys[key] = len(self._keys)
                    fresh.append(vec)
            if fresh:
                # rounded through float16 as on disk, so a reopened index scores exactly alike
                self._pending.append(np.asarray(fresh, dtype=np.float16).astype(np.float32))
                self._dirty = True

    # ---- background warm-up ----------------------------------------------------------
    def warm(self, texts: list[str]) -> None:
        """On a daemon thread: load the encoder (so the first search does not wait for it) and
        encode ``texts`` not yet cached, a chunk at a time; saves at the end."""
        self.stop()
        if not texts or self.unavailable is not None:
            return
        todo = self.missing(texts)
        stop = self._stop = threading.Event()  # this run's own: an earlier run still loading stays stopped

        def run() -> None:
            try:
                if self.encoder() is None:
                    return
                for i in range(0, len(todo), WARM_CHUNK):
                    if stop.is_set() or self.encode(todo[i : i + WARM_CHUNK]) is None:
                        break
                if not stop.is_set():  # once stopped, the folder may be gone: close() saved already
                    self.save()
            except Exception:  # noqa: BLE001 - a failed warm-up only means slower searches
                log.exception("warming sentence vectors failed")

        self._thread = threading.Thread(target=run, name="sentence-vectors", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the background warm-up is done (benchmarks, tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def stop(self, timeout: float = STOP_WAIT_S) -> None:
        """Ask the warm-up to stop and wait a little: a thread still loading the model is left
        to finish on its own (a daemon; its saves are atomic), so closing never waits seconds."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None

    # ---- disk ------------------------------------------------------------------------
    def _read(self) -> None:
        if self.cache_path is None or not self.cache_path.is_file():
            return
        try:
            with np.load(self.cache_path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                matrix = np.asarray(data["vectors"], dtype=np.float32)
            keys = meta["keys"]
            if meta.get("signature") != SIGNATURE or matrix.shape != (len(keys), HIDDEN):
                return  # another model or a damaged file: start empty
        except (OSError, ValueError, KeyError, TypeError):
            return
        self._keys = {k: i for i, k in enumerate(keys)}
        self._matrix = matrix

    def save(self) -> None:
        """Atomic write of the cache (only when something new was encoded)."""
        if self.cache_path is None:
            return
        with self._lock:
            if not self._dirty:
                return
            self._flush_pending()
            keys = sorted(self._keys, key=self._keys.get)
            meta = json.dumps({"signature": SIGNATURE, "keys": keys})
            matrix = self._matrix
            self._dirty = False
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".sentences-", suffix=".npz", dir=self.cache_path.parent)
            with os.fdopen(fd, "wb") as handle:
                np.savez(handle, vectors=matrix.astype(np.float16), meta=np.array(meta))
            os.replace(tmp, self.cache_path)
        except OSError as exc:
            log.warning("sentence vectors not saved to %s: %s", self.cache_path, exc)

    def __len__(self) -> int:
        return len(self._keys)
