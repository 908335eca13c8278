"""The project's context index (Chroma): media, transcript windows, clips and the edit
journal, searched by vectors plus keywords. Agents query it instead of guessing.

Names are loaded on first use (PEP 562), so importing one light submodule (the WordLlama
vectors the planner compares names with) does not import chromadb, about a second of start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "EmbeddingError": "embeddings", "HashedEmbedding": "embeddings", "OpenAICompatibleEmbedding": "embeddings",
    "default_embedding": "embeddings", "embedding_from_settings": "embeddings", "Hit": "search",
    "WordLlamaEmbedding": "semantic", "ContextIndex": "store", "search_context": "tool",
}
__all__ = sorted(_WHERE)

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ loads them
    from editor_app.index.embeddings import (EmbeddingError, HashedEmbedding, OpenAICompatibleEmbedding,
                                             default_embedding, embedding_from_settings)
    from editor_app.index.search import Hit
    from editor_app.index.semantic import WordLlamaEmbedding
    from editor_app.index.store import ContextIndex
    from editor_app.index.tool import search_context


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'editor_app.index' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"editor_app.index.{module}"), name)
    globals()[name] = value
    return value
