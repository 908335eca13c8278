"""The project's context index (Chroma): media, transcript windows, clips and the edit
journal, searched by vectors plus keywords. Agents query it instead of guessing."""

from editor_app.index.embeddings import (
    EmbeddingError,
    HashedEmbedding,
    OpenAICompatibleEmbedding,
    default_embedding,
    embedding_from_settings,
)
from editor_app.index.search import Hit
from editor_app.index.semantic import WordLlamaEmbedding
from editor_app.index.store import ContextIndex
from editor_app.index.tool import search_context

__all__ = [
    "ContextIndex", "EmbeddingError", "HashedEmbedding", "Hit", "OpenAICompatibleEmbedding",
    "WordLlamaEmbedding", "default_embedding", "embedding_from_settings", "search_context",
]
