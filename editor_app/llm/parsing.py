"""Reading what models and servers really send: tool calls in the text, odd argument types,
missing ids, ``<think>`` blocks.

Why: a 7-14B model behind Ollama, vLLM or llama.cpp often writes its tool call into the
content (``<tool_call>{...}</tool_call>`` or bare ``{"name": ..., "arguments": ...}``) when
the server's parser misses it, sends arguments as an object or ``null``, leaves ids out, or
thinks aloud in ``<think>`` tags. Each of these used to end a turn as "success" with nothing
applied, or crash. Here they become ordinary calls (or are dropped from the text).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from typing import Any

THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>\s*", re.S | re.I)
OPEN_THINK = re.compile(r"<(think|thinking|reasoning)>.*\Z", re.S | re.I)  # cut off inside a block
TOOL_TAG = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|\Z)", re.S | re.I)
FENCE = re.compile(r"```(?:json|tool_call)?\s*(.*?)```", re.S)


def strip_think(text: str | None) -> tuple[str | None, str]:
    """The text without reasoning blocks, and the reasoning that was removed."""
    if not text:
        return text, ""
    removed = [m.group(0) for m in THINK.finditer(text)]
    out = THINK.sub("", text)
    if "</think>" in out.lower() and "<think>" not in out.lower():  # the server ate the opening tag
        head, _, out = out.partition("</think>")
        removed.append(head)
    tail = OPEN_THINK.search(out)
    if tail:
        removed.append(tail.group(0))
        out = out[:tail.start()]
    return out.strip(), "".join(removed)


def arguments_text(value: Any) -> str:
    """Tool-call arguments as the JSON string the rest of the app expects (objects and null too)."""
    if value is None:
        return "{}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if text.strip() else "{}"


def valid_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:12]}"


def _objects(text: str) -> Iterable[Any]:
    """Every top-level JSON value that starts with { or [ in ``text``, in order."""
    decoder = json.JSONDecoder()
    i = 0
    while i < len(text):
        start = min((p for p in (text.find("{", i), text.find("[", i)) if p >= 0), default=-1)
        if start < 0:
            return
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            i = start + 1
            continue
        yield value
        i = end


def _as_call(data: Any, names: set[str]) -> dict[str, str] | None:
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("function"), dict):  # {"type": "function", "function": {...}}
        data = data["function"]
    name = data.get("name") or data.get("tool") or data.get("tool_name")
    if not isinstance(name, str) or (names and name not in names):
        return None
    args = data.get("arguments", data.get("parameters", data.get("args")))
    return {"id": new_call_id(), "name": name, "arguments": arguments_text(args)}


def calls_in_content(content: str | None, names: Iterable[str]) -> tuple[list[dict[str, str]], str | None]:
    """Tool calls written into the text, and the text without them.

    Recognised: ``<tool_call>{json}</tool_call>`` (Hermes/Qwen), fenced JSON, and bare JSON
    objects (or a list of them) with a "name" that is one of ``names`` and "arguments".
    Prose that merely mentions JSON is left alone.
    """
    if not content:
        return [], content
    known = set(names)
    calls: list[dict[str, str]] = []
    rest = content
    tagged = list(TOOL_TAG.finditer(content))
    if tagged:
        for match in tagged:
            for value in _objects(match.group(1)):
                for item in value if isinstance(value, list) else [value]:
                    call = _as_call(item, known)
                    if call:
                        calls.append(call)
        rest = TOOL_TAG.sub("", content)
        return calls, rest.strip() or None
    for source in [m.group(1) for m in FENCE.finditer(content)] or [content]:
        for value in _objects(source):
            for item in value if isinstance(value, list) else [value]:
                call = _as_call(item, known)
                if call:
                    calls.append(call)
    if calls:
        rest = FENCE.sub("", content)
        rest = "".join(piece for piece in _strip_objects(rest, known))
        return calls, rest.strip() or None
    return [], content


def _strip_objects(text: str, names: set[str]) -> Iterable[str]:
    """``text`` with the JSON objects that were tool calls removed."""
    decoder = json.JSONDecoder()
    i = 0
    while i < len(text):
        start = text.find("{", i)
        if start < 0:
            yield text[i:]
            return
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            yield text[i:start + 1]
            i = start + 1
            continue
        yield text[i:start]
        if _as_call(value, names) is None:
            yield text[start:end]
        i = end


class StreamFilter:
    """Hides ``<think>`` and ``<tool_call>`` blocks from text shown while it streams.

    Pieces arrive split anywhere (even inside a tag), so text that could be the start of a
    tag is held back until it is clear.
    """

    TAGS = ("think", "thinking", "reasoning", "tool_call")

    def __init__(self) -> None:
        self._buf = ""
        self._inside: str | None = None

    def feed(self, piece: str) -> str:
        self._buf += piece
        out: list[str] = []
        while self._buf:
            if self._inside:
                close = f"</{self._inside}>"
                at = self._buf.lower().find(close)
                if at < 0:
                    self._buf = self._buf[-len(close):]  # keep a possible partial closing tag
                    break
                self._buf = self._buf[at + len(close):].lstrip()
                self._inside = None
                continue
            at = self._buf.find("<")
            if at < 0:
                out.append(self._buf)
                self._buf = ""
                break
            out.append(self._buf[:at])
            self._buf = self._buf[at:]
            low = self._buf.lower()
            tag = next((t for t in self.TAGS if low.startswith(f"<{t}>")), None)
            if tag:
                self._inside = tag
                self._buf = self._buf[len(tag) + 2:]
                continue
            if any(f"<{t}>".startswith(low) for t in self.TAGS) and ">" not in low:
                break  # could still become a tag: wait for more
            out.append("<")
            self._buf = self._buf[1:]
        return "".join(out)

    def flush(self) -> str:
        rest = "" if self._inside else self._buf
        self._buf = ""
        return rest
