"""The offline semantic embedding for Chroma: WordLlama's static token embeddings, shipped in its
wheel (index/wordllama_vectors.py says why WordLlama), with chromadb's embedding-function
protocol added so collections store and reopen it by name.
"""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from editor_app.index.embeddings import CosineSpaces
from editor_app.index.wordllama_vectors import DIM, MODEL, WordLlamaVectors, semantic_vectors


@register_embedding_function
class WordLlamaEmbedding(WordLlamaVectors, CosineSpaces, EmbeddingFunction[Documents]):
    """Sentence vectors from WordLlama (mean of token embeddings), L2-normalised, as Chroma wants them."""

    def __init__(self, config: str = MODEL, dim: int = DIM) -> None:
        WordLlamaVectors.__init__(self, config, dim)

    @staticmethod
    def name() -> str:
        return "editor_app_wordllama_v2"  # bump when topic_text changes: stored vectors differ

    def get_config(self) -> dict[str, Any]:
        return {"config": self.config, "dim": self.dim}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "WordLlamaEmbedding":
        return WordLlamaEmbedding(config=config.get("config", MODEL), dim=config.get("dim", DIM))

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's name
        return list(self.vectors(list(input)))


def semantic_embedding() -> WordLlamaEmbedding | None:
    """The packaged WordLlama embedding, or None (with a logged reason) when it cannot load."""
    return semantic_vectors(WordLlamaEmbedding)
