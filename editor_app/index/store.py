"""ContextIndex: one persistent Chroma store per project, kept in step with the project.

Why this shape: agents ask the index instead of guessing ("the part about the beach"),
so it must answer with time codes, stay consistent across crashes (the manifest is the
commit record), re-embed only what changed, and never block the UI (pure Python,
guarded by a lock, with async wrappers that run in an executor).
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import threading
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import chromadb
from chromadb.config import Settings

from editor_app.index.documents import COLLECTIONS, Doc, build_documents
from editor_app.index.embeddings import default_embedding, embedding_signature
from editor_app.index.keyword import KeywordIndex
from editor_app.index.manifest import empty_manifest, read_manifest, why_rebuild, write_manifest
from editor_app.index.conventions import lead_ins
from editor_app.index.search import Hit, hybrid_search, normalize_kinds
from editor_app.index.sentences import CACHE_NAME, SentenceVectors
from editor_app.model.project import Project

log = logging.getLogger(__name__)

# One Chroma call per 5,000 documents (its limit per call is a little above that): a 2-hour
# transcript is one add, where 512-document upserts paid Chroma's per-call cost four times.
BATCH = 5000
# Chroma stores each metadata key as a row of its own, and those rows were most of the time to
# index a long transcript. So a document's text and metadata ride in one JSON string (DOC_KEY)
# and nothing else: searches filter on the metadata held in memory and hand Chroma the allowed
# ids. (Paired runs, 2-hour transcript: one key takes 0.65x the Chroma time of the three filter
# keys plus the JSON, which took 0.63x of one key per field. Texts are not Chroma documents:
# its full-text index doubled the time, and BM25 is ours anyway.)
DOC_KEY = "_doc"
# Chroma persists its HNSW graph every sync_threshold additions; the default (1000)
# rewrites a growing file over and over while a long transcript is indexed.
HNSW = {"space": "cosine", "sync_threshold": 20_000, "batch_size": 2_000}
Progress = Callable[[int, int], None]


class ContextIndex:
    """The project's context index. Open with :meth:`open`; one instance per folder."""

    def __init__(self, index_dir: Path, embedding: Any, sentences: bool | SentenceVectors = True,
                 warm: bool = True) -> None:
        self.index_dir = index_dir
        self.embedding = embedding
        # MiniLM sentence vectors rerank transcript hits (sentences.py); the encoder loads at the
        # first search, and ``warm`` encodes every window in the background after a sync.
        if sentences is True:
            sentences = SentenceVectors(index_dir)
        self.sentences: SentenceVectors | None = sentences if isinstance(sentences, SentenceVectors) else None
        self.warm = warm
        self.rebuilt: str | None = None  # why the stored index was discarded on open
        self._lock = threading.RLock()
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        self._keyword: dict[str, KeywordIndex] = {name: KeywordIndex() for name in COLLECTIONS.values()}
        self._manifest: dict[str, Any] = {}

    # ---- lifecycle -----------------------------------------------------------------
    @classmethod
    def open(cls, project_dir: str | Path, embedding: Any = None, sentences: bool | SentenceVectors = True,
             warm: bool = True) -> "ContextIndex":
        """Open ``<project_dir>/index``; a missing, stale or corrupt index opens empty
        (``rebuilt`` says why) and is filled by the next :meth:`sync`. ``sentences``: False
        searches without the MiniLM reranker; ``warm``: False encodes windows only when searched."""
        index = cls(Path(project_dir) / "index", embedding or default_embedding(), sentences, warm)
        index._open_store()
        return index

    def _signature(self) -> dict[str, Any]:
        return embedding_signature(self.embedding)

    def _open_store(self) -> None:
        with self._lock:
            manifest = read_manifest(self.index_dir)
            reason = why_rebuild(manifest, self._signature())
            if reason is None:
                try:
                    self._connect()
                    self._load(manifest)
                    self._manifest = manifest
                    return
                except Exception as exc:  # corrupt sqlite, garbage files, count mismatch
                    reason = f"index unreadable ({type(exc).__name__}: {str(exc)[:200]})"
            log.info("context index at %s rebuilt: %s", self.index_dir, reason)
            self.rebuilt = reason
            self._reset()

    def _connect(self) -> None:
        if self.index_dir.exists() and not self.index_dir.is_dir():
            self.index_dir.unlink()
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._client = chromadb.PersistentClient(
            path=str(self.index_dir), settings=Settings(anonymized_telemetry=False, allow_reset=False)
        )
        self._collections = {
            name: self._client.get_or_create_collection(
                name=f"editor_{name}", embedding_function=self.embedding,
                configuration={"hnsw": HNSW},
            )
            for name in COLLECTIONS.values()
        }

    def _load(self, manifest: dict[str, Any]) -> None:
        """Fill the keyword indexes from Chroma and check Chroma agrees with the manifest."""
        for name, collection in self._collections.items():
            expected = manifest["collections"].get(name, {})
            keyword = self._keyword[name]
            keyword.clear()
            count = collection.count()
            if count != len(expected):
                raise ValueError(f"{name}: {count} documents stored, manifest lists {len(expected)}")
            for offset in range(0, count, 5000):
                got = collection.get(include=["metadatas"], limit=5000, offset=offset)
                keyword.add_many((i, *_unpack(m)) for i, m in zip(got["ids"], got["metadatas"]))
            if set(keyword.ids()) != set(expected):
                raise ValueError(f"{name}: stored ids differ from the manifest")

    def _disconnect(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:  # closing a broken store must not stop its rebuild
                pass
        self._client = None
        self._collections = {}

    def _forget_system(self) -> None:
        """Drop chromadb's cached System for this folder: after a failed start the cache
        keeps a broken one that every later client for the same path would reuse."""
        from chromadb.api.shared_system_client import SharedSystemClient

        path = str(self.index_dir)
        for key, system in list(SharedSystemClient._identifier_to_system.items()):
            if str(getattr(system.settings, "persist_directory", "")) == path:
                SharedSystemClient._identifier_to_system.pop(key, None)
                SharedSystemClient._identifier_to_refcount.pop(key, None)
                try:
                    system.stop()
                except Exception:  # already half-stopped
                    pass

    def _reset(self) -> None:
        """Delete everything under index/ and start an empty, consistent index."""
        self._disconnect()
        self._forget_system()
        if self.index_dir.is_dir():
            for child in self.index_dir.iterdir():
                if child.name == CACHE_NAME:
                    continue  # sentence vectors are keyed by text and model, not by this index
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        for keyword in self._keyword.values():
            keyword.clear()
        self._connect()
        self._manifest = empty_manifest(self._signature())
        write_manifest(self.index_dir, self._manifest)

    def close(self) -> None:
        if self.sentences is not None:
            self.sentences.stop()
            self.sentences.save()
        with self._lock:
            self._disconnect()

    def __enter__(self) -> "ContextIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- indexing ------------------------------------------------------------------
    def rebuild(self, project: Project, journal_records: Sequence[dict] | None = None,
                progress: Progress | None = None) -> dict[str, Any]:
        """Discard the index and embed everything again."""
        with self._lock:
            self._reset()
            stats = self.sync(project, journal_records, progress=progress)
            stats["rebuilt"] = True
            return stats

    def sync(self, project: Project, journal_records: Sequence[dict] | None = None,
             progress: Progress | None = None) -> dict[str, Any]:
        """Upsert changed documents, delete vanished ones; returns counts per collection."""
        started = time.perf_counter()
        with self._lock:
            if self._client is None:
                raise RuntimeError("the context index is closed")
            wanted = build_documents(project, journal_records)
            plan: dict[str, tuple[list[Doc], list[str], dict[str, str]]] = {}
            stats: dict[str, Any] = {"embedded": 0, "rebuilt": False}
            for name, docs in wanted.items():
                unique = {d.id: d for d in docs}  # last wins should ids ever repeat
                hashes = {i: d.content_hash() for i, d in unique.items()}
                old = self._manifest["collections"].get(name, {})
                changed = [d for i, d in unique.items() if old.get(i) != hashes[i]]
                gone = [i for i in old if i not in hashes]
                plan[name] = (changed, gone, hashes)
                stats[name] = {"upserted": len(changed), "deleted": len(gone),
                               "unchanged": len(hashes) - len(changed), "total": len(hashes)}
            total = sum(len(c) for c, _, _ in plan.values())
            if total == 0 and not any(g for _, g, _ in plan.values()):
                stats["seconds"] = round(time.perf_counter() - started, 4)
                return stats
            self._manifest["dirty"] = True  # a crash from here on means: rebuild
            write_manifest(self.index_dir, self._manifest)
            done = 0
            for name, (changed, gone, hashes) in plan.items():
                collection, keyword = self._collections[name], self._keyword[name]
                old = self._manifest["collections"].get(name, {})
                try:
                    for i in range(0, len(gone), BATCH):
                        collection.delete(ids=gone[i : i + BATCH])
                    for doc_id in gone:
                        keyword.remove(doc_id)
                    for i in range(0, len(changed), BATCH):
                        batch = changed[i : i + BATCH]
                        texts = [d.text for d in batch]
                        vectors = self.embedding(texts)
                        # new ids are added (no lookup of an existing row); changed ones upserted
                        metas = [_pack(d) for d in batch]
                        fresh = [j for j, d in enumerate(batch) if d.id not in old]
                        known = [j for j, d in enumerate(batch) if d.id in old]
                        for method, rows in ((collection.add, fresh), (collection.upsert, known)):
                            if rows:
                                method(ids=[batch[j].id for j in rows], embeddings=[vectors[j] for j in rows],
                                       metadatas=[metas[j] for j in rows])
                        keyword.add_many((d.id, d.text, d.metadata) for d in batch)
                        done += len(batch)
                        stats["embedded"] += len(batch)
                        if progress is not None:
                            progress(done, total)
                except BaseException:
                    # Unknown state for these ids: the next sync re-upserts or deletes them.
                    partial = self._manifest["collections"].setdefault(name, {})
                    partial.update({d.id: "?" for d in changed})
                    raise
                self._manifest["collections"][name] = hashes
            self._manifest["embedding"] = self._signature()
            self._manifest["dirty"] = False
            write_manifest(self.index_dir, self._manifest)
            if self.warm:
                self.warm_sentences()
            stats["seconds"] = round(time.perf_counter() - started, 4)
            return stats

    def warm_sentences(self, wait: bool = False) -> None:
        """Encode every transcript window not yet cached, and the short lead-ins joined to a
        sentence (search._prefer_own_sentence compares them), on a background thread (``wait``:
        return when done)."""
        if self.sentences is None:
            return
        with self._lock:
            transcripts = self._keyword[COLLECTIONS["transcript"]]
            texts = [transcripts.get(d)[0] for d in transcripts.ids()] + lead_ins(transcripts)
        self.sentences.warm(texts)
        if wait:
            self.sentences.wait()

    # ---- queries -------------------------------------------------------------------
    def count(self, kind: str | None = None) -> int:
        with self._lock:
            return sum(len(self._keyword[n]) for n in normalize_kinds(kind))

    def search(self, query: str, kind: str | None = None, k: int = 5, media_id: str | None = None,
               time_range: tuple[float, float] | None = None, timeline: bool = True) -> list[Hit]:
        """Best ``k`` hits by vector similarity plus BM25, filtered by kind, media and
        time range (hits overlapping it; media and edits have no times and drop out).
        ``timeline=False`` leaves ``Hit.timeline`` empty (a caller placing hits on its own copy)."""
        with self._lock:
            if self._client is None:
                raise RuntimeError("the context index is closed")
            return hybrid_search(self._collections, self._keyword, self.embedding, query,
                                 kind=kind, k=k, media_id=media_id, time_range=time_range,
                                 sentences=self.sentences, timeline=timeline)

    # ---- async wrappers (off the UI thread) ---------------------------------------------
    async def sync_async(self, project: Project, journal_records: Sequence[dict] | None = None) -> dict[str, Any]:
        return await asyncio.get_running_loop().run_in_executor(None, self.sync, project, journal_records)

    async def rebuild_async(self, project: Project, journal_records: Sequence[dict] | None = None,
                            progress: Progress | None = None) -> dict[str, Any]:
        return await asyncio.get_running_loop().run_in_executor(
            None, self.rebuild, project, journal_records, progress)

    async def search_async(self, query: str, kind: str | None = None, k: int = 5,
                           media_id: str | None = None,
                           time_range: tuple[float, float] | None = None) -> list[Hit]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: self.search(query, kind, k, media_id, time_range))


def _pack(doc: Doc) -> dict[str, Any]:
    """What Chroma stores for a document: its text and metadata as one JSON string."""
    return {DOC_KEY: json.dumps([doc.text, doc.metadata], ensure_ascii=False, separators=(",", ":"))}


def _unpack(stored: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of a stored document (ValueError when it is not ours: rebuild)."""
    text, metadata = json.loads((stored or {})[DOC_KEY]) if stored and DOC_KEY in stored else (None, None)
    if not isinstance(text, str) or not isinstance(metadata, dict):
        raise ValueError("a stored document has no text and metadata")
    return text, metadata
