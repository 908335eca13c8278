"""Embedding functions for the context index: the hashed fallback, an OpenAI-compatible
client, and the choice of default (WordLlama, see semantic.py).

Why not chromadb's default: it downloads an ONNX model at first use and fails offline.
The hashed embedding needs nothing but numpy, is deterministic and fast, and shares
synonym groups between paraphrases. Both classes implement chromadb 1.x's protocol
(``__call__``, ``name``, ``get_config``, ``build_from_config``) under names that do not
collide with chromadb's built-ins, so collections reopen cleanly.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import threading
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from editor_app.index.text import content_words, groups_of, stem

WORD_WEIGHT = 1.0
GROUP_WEIGHT = 0.9
NGRAM_WEIGHT = 0.8  # total char-n-gram weight per word, split over its n-grams


@functools.lru_cache(maxsize=500_000)
def _slot(feature: str, dim: int) -> tuple[int, float]:
    """Hash a feature to (index, sign): the hashing trick with a stable digest."""
    digest = hashlib.blake2b(feature.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dim, (1.0 if (value >> 63) & 1 else -1.0)


@functools.lru_cache(maxsize=200_000)
def _word_features(word: str, ngram_sizes: tuple[int, ...]) -> tuple[tuple[str, float], ...]:
    """Weighted features of one word: its stem, its synonym groups, its char n-grams."""
    base = stem(word)
    features: list[tuple[str, float]] = [("w:" + base, WORD_WEIGHT)]
    features += [("g:" + g, GROUP_WEIGHT) for g in groups_of(word)]
    padded = f"<{base}>"
    grams = [padded[i : i + n] for n in ngram_sizes for i in range(len(padded) - n + 1)]
    if grams and len(base) > 2:
        weight = NGRAM_WEIGHT / math.sqrt(len(grams))
        features += [("c:" + g, weight) for g in grams]
    return tuple(features)


@functools.lru_cache(maxsize=200_000)
def _word_slots(word: str, ngram_sizes: tuple[int, ...], dim: int) -> tuple[np.ndarray, np.ndarray]:
    """A word's hashed features as (indices, signed weights), cached: vocabularies are small."""
    slots = [(_slot(f, dim), w) for f, w in _word_features(word, ngram_sizes)]
    index = np.fromiter((i for (i, _), _ in slots), dtype=np.int64, count=len(slots))
    value = np.fromiter((sign * w for (_, sign), w in slots), dtype=np.float64, count=len(slots))
    return index, value


class CosineSpaces:
    """Chroma's space methods shared by our fixed-size, normalised embeddings (``self.dim``)."""

    dim: int

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    @property
    def dimension(self) -> int:
        return self.dim


@register_embedding_function
class HashedEmbedding(CosineSpaces, EmbeddingFunction[Documents]):
    """Feature-hashed bag of stems, synonym groups and char n-grams, L2-normalised."""

    def __init__(self, dim: int = 512, ngram_sizes: tuple[int, ...] | list[int] = (3, 4)) -> None:
        self.dim = int(dim)
        self.ngram_sizes = tuple(int(n) for n in ngram_sizes)
        self.calls = 0  # batches embedded (tests count re-embedding with these)
        self.texts_embedded = 0
        self._lock = threading.Lock()

    @staticmethod
    def name() -> str:
        return "editor_app_hashed_v1"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "ngram_sizes": list(self.ngram_sizes)}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "HashedEmbedding":
        return HashedEmbedding(dim=config.get("dim", 512), ngram_sizes=config.get("ngram_sizes", (3, 4)))


    def vector(self, text: str) -> np.ndarray:
        """One text as a unit vector (a constant direction for texts with no words)."""
        counts: dict[str, int] = {}
        for word in content_words(text):
            counts[word] = counts.get(word, 0) + 1
        if counts:
            parts = [_word_slots(word, self.ngram_sizes, self.dim) for word in counts]
            index = np.concatenate([p[0] for p in parts])
            # sublinear tf: a word said five times must not swamp a window
            tf = np.repeat(1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts))),
                           [len(p[0]) for p in parts])
            vec = np.bincount(index, weights=np.concatenate([p[1] for p in parts]) * tf,
                              minlength=self.dim).astype(np.float32)
            norm = float(np.linalg.norm(vec))
            if norm > 1e-9:
                return vec / norm
        vec = np.zeros(self.dim, dtype=np.float32)
        index, sign = _slot("empty", self.dim)
        vec[index] = sign
        return vec

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's name
        with self._lock:
            self.calls += 1
            self.texts_embedded += len(input)
        return [self.vector(text) for text in input]


@register_embedding_function
class OpenAICompatibleEmbedding(EmbeddingFunction[Documents]):
    """Embeddings from any server speaking ``POST /v1/embeddings`` (OpenAI, Ollama, vLLM...).

    The api key is never put in the config chromadb stores: only the name of the
    environment variable it came from.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        timeout: float = 60.0,
        max_retries: int = 2,
        batch_size: int = 256,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key_env = api_key_env
        self._api_key = api_key or os.environ.get(api_key_env) or "not-needed"
        self.timeout = timeout
        self.max_retries = max_retries
        self.batch_size = max(1, int(batch_size))
        self.calls = 0
        self.texts_embedded = 0
        self._dimension: int | None = None
        self._client = None
        self._lock = threading.Lock()

    @staticmethod
    def name() -> str:
        return "editor_app_openai_compatible"

    def get_config(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "model": self.model, "api_key_env": self.api_key_env}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "OpenAICompatibleEmbedding":
        return OpenAICompatibleEmbedding(
            base_url=config["base_url"], model=config["model"],
            api_key_env=config.get("api_key_env", "OPENAI_API_KEY"),
        )

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    @property
    def dimension(self) -> int | None:
        """Known after the first call (servers and models differ)."""
        return self._dimension

    def _openai(self):
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(base_url=self.base_url, api_key=self._api_key,
                                  timeout=self.timeout, max_retries=self.max_retries)
        return self._client

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's name
        texts = [t if t.strip() else " " for t in input]  # servers reject empty strings
        out: list[np.ndarray] = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i : i + self.batch_size]
            try:
                response = self._openai().embeddings.create(model=self.model, input=batch)
            except Exception as exc:  # openai raises many kinds; one clear message
                raise EmbeddingError(
                    f"embedding server {self.base_url} (model {self.model}) failed: {exc}"
                ) from exc
            rows = sorted(response.data, key=lambda d: d.index)
            if len(rows) != len(batch):
                raise EmbeddingError(f"embedding server returned {len(rows)} vectors for {len(batch)} texts")
            for row in rows:
                vec = np.asarray(row.embedding, dtype=np.float32)
                norm = float(np.linalg.norm(vec))
                out.append(vec / norm if norm > 0 else vec)
        with self._lock:
            self.calls += 1
            self.texts_embedded += len(input)
            if out and self._dimension is None:
                self._dimension = int(out[0].shape[0])
        return out


class EmbeddingError(RuntimeError):
    """The embedding backend failed; the message says which and why."""


def embedding_signature(embedding: EmbeddingFunction) -> dict[str, Any]:
    """What built an index: name, config and dimension (stored in the manifest)."""
    dimension = getattr(embedding, "dimension", None)
    return {"name": embedding.name(), "config": embedding.get_config(), "dimension": dimension}


def default_embedding() -> EmbeddingFunction:
    """The offline default: WordLlama's packaged semantic embedding; the hashed bag of words
    only when WordLlama cannot load (not installed, weights unreadable). The manifest records
    which one built an index, so switching between them rebuilds it."""
    from editor_app.index.semantic import semantic_embedding

    return semantic_embedding() or HashedEmbedding()


def embedding_from_settings(settings: Any = None) -> EmbeddingFunction:
    """OpenAI-compatible embeddings when the provider settings name a base URL and an
    embedding model, else the offline default (semantic, hashed as fallback). ``settings`` is an
    editor_app.llm ProviderSettings (None: load the app's settings) or a dict with
    base_url, embedding_model and api_key."""
    if settings is None:
        from editor_app.llm.settings import load_settings

        settings = load_settings()
    if isinstance(settings, dict):
        base_url, model, key = settings.get("base_url"), settings.get("embedding_model"), settings.get("api_key")
        timeout, retries = float(settings.get("timeout", 60.0)), int(settings.get("max_retries", 2))
    else:
        base_url, model = getattr(settings, "base_url", None), getattr(settings, "embedding_model", None)
        timeout, retries = float(getattr(settings, "timeout", 60.0)), int(getattr(settings, "max_retries", 2))
        key = None
        if base_url and model:
            from editor_app.llm.secrets import api_key_for

            key = api_key_for(settings)
    if not base_url or not model:
        return default_embedding()
    return OpenAICompatibleEmbedding(base_url=base_url, model=model, api_key=key, timeout=timeout,
                                     max_retries=retries)
