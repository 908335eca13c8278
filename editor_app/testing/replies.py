"""Scripted replies for the test OpenAI-compatible server.

Each function builds one ``Reply``; queue them on an endpoint of ``OpenAIServer``.
They are plain data, so a test reads as the conversation it scripts:
``server.chat.add(status(429, retry_after=0), tool_calls([("insert_clip", {...})]))``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reply:
    """Base of all scripted replies."""


@dataclass(frozen=True)
class TextReply(Reply):
    content: str
    finish_reason: str = "stop"
    usage: tuple[int, ...] | None = None  # (prompt, completion[, cached prompt]); None: the server works them out
    send_usage: bool = True


@dataclass(frozen=True)
class ToolCallsReply(Reply):
    calls: tuple[tuple[str, str], ...]  # (name, raw arguments string)
    content: str | None = None
    usage: tuple[int, ...] | None = None  # (prompt, completion[, cached prompt])
    send_usage: bool = True
    args_as: str = "string"  # "string" | "object" (a JSON object, as some proxies send) | "null"
    with_ids: bool = True  # False: no "id" on the calls (some local servers)
    finish_reason: str = "tool_calls"  # "stop" with calls: Ollama and others


@dataclass(frozen=True)
class StatusReply(Reply):
    code: int
    message: str = ""
    retry_after: float | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DelayReply(Reply):
    seconds: float
    then: Reply | None = None  # None: the next queued reply (or the default)


@dataclass(frozen=True)
class HangReply(Reply):
    seconds: float = 3600.0  # released early when the server stops


@dataclass(frozen=True)
class RawBodyReply(Reply):
    body: bytes
    content_type: str = "application/json"
    code: int = 200


@dataclass(frozen=True)
class CutStreamReply(Reply):
    reply: TextReply | ToolCallsReply
    after: int  # stream deltas sent before the fault
    stall: bool  # True: stop sending and hang; False: drop the connection


@dataclass(frozen=True)
class EmbeddingReply(Reply):
    vectors: tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class TranscriptReply(Reply):
    segments: tuple[tuple[float, float, str], ...]
    language: str = "english"
    duration: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def text(content: str, finish_reason: str = "stop", usage: tuple[int, ...] | None = None,
         send_usage: bool = True) -> TextReply:
    """A plain assistant message (streamed word by word when the client streams)."""
    return TextReply(content, finish_reason, usage, send_usage)


def tool_calls(calls: Sequence[tuple[str, dict[str, Any] | str]], content: str | None = None,
               usage: tuple[int, ...] | None = None, send_usage: bool = True, *, args_as: str = "string",
               with_ids: bool = True, finish_reason: str = "tool_calls") -> ToolCallsReply:
    """Tool calls: (name, arguments dict) or (name, raw string) sent as-is.

    ``args_as="object"`` sends the arguments as a JSON object, ``"null"`` as null;
    ``with_ids=False`` leaves the ids out; ``finish_reason`` may be "stop" as Ollama sends.
    """
    norm = tuple((name, args if isinstance(args, str) else json.dumps(args)) for name, args in calls)
    return ToolCallsReply(norm, content, usage, send_usage, args_as, with_ids, finish_reason)


def call_in_text(name: str, args: dict[str, Any], style: str = "tag", before: str = "",
                 think: str = "") -> TextReply:
    """A tool call written into the reply text, as models do when the server's parser misses it.

    ``style``: "tag" (``<tool_call>{...}</tool_call>``, Hermes/Qwen), "bare" (the JSON alone)
    or "fenced" (a ```json block). ``think`` prepends a ``<think>`` block.
    """
    body = json.dumps({"name": name, "arguments": args})
    wrapped = {"tag": f"<tool_call>\n{body}\n</tool_call>", "bare": body, "fenced": f"```json\n{body}\n```"}[style]
    lead = f"<think>{think}</think>\n" if think else ""
    return TextReply(f"{lead}{before}{wrapped}".strip())


def thinking(thought: str, answer: str) -> TextReply:
    """A reasoning model's reply: a ``<think>`` block, then the answer."""
    return TextReply(f"<think>\n{thought}\n</think>\n\n{answer}")


def cut_off(partial: str) -> TextReply:
    """A reply the server stopped at its token limit (finish_reason "length")."""
    return TextReply(partial, "length")


def raw_content(arguments: str, name: str = "insert_clip") -> ToolCallsReply:
    """A tool call whose arguments string is exactly ``arguments`` (e.g. malformed JSON)."""
    return ToolCallsReply(((name, arguments),))


def status(code: int, message: str = "", retry_after: float | None = None,
           headers: dict[str, str] | None = None) -> StatusReply:
    """An HTTP error in OpenAI's error format; ``retry_after`` in seconds (0: retry at once)."""
    return StatusReply(code, message, retry_after, tuple((headers or {}).items()))


def delay(seconds: float, then: Reply | None = None) -> DelayReply:
    """Wait, then answer with ``then`` (or the next reply in the queue)."""
    return DelayReply(seconds, then)


def hang(seconds: float = 3600.0) -> HangReply:
    """Never answer within any sane client timeout (released when the server stops)."""
    return HangReply(seconds)


def cut_stream(reply: TextReply | ToolCallsReply, after: int = 2, stall: bool = False) -> CutStreamReply:
    """Stream ``after`` deltas of ``reply``, then stall (hang) or drop the connection.

    Without streaming, the whole reply is sent normally.
    """
    return CutStreamReply(reply, after, stall)


def raw_body(body: bytes | str, content_type: str = "application/json", code: int = 200) -> RawBodyReply:
    """Exactly these bytes as the HTTP body (a broken server)."""
    return RawBodyReply(body.encode() if isinstance(body, str) else body, content_type, code)


def embeddings(vectors: Sequence[Sequence[float]]) -> EmbeddingReply:
    """These vectors, in order, whatever the input."""
    return EmbeddingReply(tuple(tuple(float(x) for x in v) for v in vectors))


def transcript(segments: Sequence[tuple[float, float, str]], language: str = "english",
               duration: float | None = None) -> TranscriptReply:
    """A verbose_json transcription with these (start, end, text) segments."""
    return TranscriptReply(tuple((float(a), float(b), t) for a, b, t in segments), language, duration)
