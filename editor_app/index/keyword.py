"""An in-memory BM25 index over the same documents as Chroma.

Why: vectors find paraphrases, exact words (names, ids, rare terms) are found better by
keywords. Rebuilt from the documents Chroma holds when an index opens, updated with
every sync, so both halves always see the same documents.
"""

from __future__ import annotations

import math
import threading
from typing import Any, Callable, Iterable

from editor_app.index.text import terms

K1 = 1.2
B = 0.75


class KeywordIndex:
    """BM25 over stemmed content words, one instance per collection."""

    def __init__(self) -> None:
        self._postings: dict[str, dict[str, int]] = {}
        self._lengths: dict[str, int] = {}
        self._docs: dict[str, tuple[str, dict[str, Any]]] = {}
        self._total = 0
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._docs

    def get(self, doc_id: str) -> tuple[str, dict[str, Any]] | None:
        return self._docs.get(doc_id)

    def ids(self) -> list[str]:
        return list(self._docs)

    def add(self, doc_id: str, text: str, metadata: dict[str, Any]) -> None:
        with self._lock:
            if doc_id in self._docs:
                self.remove(doc_id)
            counts: dict[str, int] = {}
            for term in terms(text):
                counts[term] = counts.get(term, 0) + 1
            for term, count in counts.items():
                self._postings.setdefault(term, {})[doc_id] = count
            length = sum(counts.values())
            self._lengths[doc_id] = length
            self._total += length
            self._docs[doc_id] = (text, dict(metadata))

    def add_many(self, items: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
        with self._lock:
            for doc_id, text, metadata in items:
                self.add(doc_id, text, metadata)

    def remove(self, doc_id: str) -> None:
        with self._lock:
            entry = self._docs.pop(doc_id, None)
            if entry is None:
                return
            for term in set(terms(entry[0])):
                posting = self._postings.get(term)
                if posting is not None:
                    posting.pop(doc_id, None)
                    if not posting:
                        del self._postings[term]
            self._total -= self._lengths.pop(doc_id, 0)

    def clear(self) -> None:
        with self._lock:
            self.__init__()

    def search(
        self, query: str, limit: int = 20, accept: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``limit`` (doc id, BM25 score) for ``query``; ``accept`` filters by metadata."""
        with self._lock:
            n_docs = len(self._docs)
            if not n_docs:
                return []
            avg = self._total / n_docs or 1.0
            scores: dict[str, float] = {}
            for term in set(terms(query)):
                posting = self._postings.get(term)
                if not posting:
                    continue
                idf = math.log(1.0 + (n_docs - len(posting) + 0.5) / (len(posting) + 0.5))
                for doc_id, tf in posting.items():
                    norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * self._lengths[doc_id] / avg))
                    scores[doc_id] = scores.get(doc_id, 0.0) + idf * norm
            if accept is not None:
                scores = {d: s for d, s in scores.items() if accept(self._docs[d][1])}
            return sorted(scores.items(), key=lambda kv: -kv[1])[:limit]
