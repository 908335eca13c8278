"""How real OpenAI-compatible servers differ, reproduced for the test server.

Each dialect does to a request what the real server does before the model sees it, and
may refuse it or reshape the reply, as read from the servers' own code:

- Ollama (openai/openai.go, server/prompt.go): temperature 1.0 unless sent; tool schemas
  reduced to simple properties (type, description, enum, items: no oneOf/anyOf/$ref,
  defaults, bounds or nested properties); echoed tool-call arguments re-parsed (400 when
  not JSON); a prompt over ``num_ctx`` is not refused: messages are dropped from the front
  (system messages and the last message stay), then the runner drops prompt tokens from
  the front, until it fits; the usage it reports counts only what was kept. Its /v1
  ignores ``options``.
- vLLM with a Hermes parser: echoed arguments re-parsed (400); ``tool_choice: "auto"``
  needs --enable-auto-tool-choice (400); the parser sometimes misses a call and leaves
  ``<tool_call>{...}</tool_call>`` in the content.
- llama.cpp's llama-server: ``tools`` need --jinja (400 without); response_format with a
  JSON schema works without it (a grammar).

The model's view (after truncation and schema stripping) is what scripted handlers get,
so a test can make the "model" answer only what it could know.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from editor_app.testing.replies import Reply, StatusReply, TextReply, ToolCallsReply, status

CHARS_PER_TOKEN = 4


def prompt_tokens(request: dict[str, Any]) -> int:
    """The server-side size of a prompt: messages and tools, chars / 4 (the app's estimate must match or exceed)."""
    text = json.dumps(request.get("messages") or [], ensure_ascii=False)
    text += json.dumps(request.get("tools") or [], ensure_ascii=False)
    return len(text) // CHARS_PER_TOKEN


@dataclass
class Dialect:
    """The ideal server: accepts everything, changes nothing."""

    name: str = "ideal"
    seen: list[dict[str, Any]] = field(default_factory=list)  # the model's view of each chat request

    def refuse(self, request: dict[str, Any]) -> StatusReply | None:
        return None

    def view(self, request: dict[str, Any]) -> dict[str, Any]:
        return request

    def shape(self, request: dict[str, Any], reply: Reply) -> Reply:
        return reply


def _echo_errors(request: dict[str, Any]) -> str | None:
    """The first echoed tool call whose arguments are not a JSON object (what Ollama/vLLM reject)."""
    for message in request.get("messages") or []:
        for call in message.get("tool_calls") or []:
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, dict):
                continue
            try:
                json.loads(args or "")
            except (TypeError, ValueError):
                return f"invalid tool call arguments: {str(args)[:60]}"
    return None


def simple_schema(node: Any) -> dict[str, Any]:
    """A property as Ollama keeps it: type, description, enum, items; nothing else."""
    if not isinstance(node, dict):
        return {}
    out: dict[str, Any] = {}
    for key in ("type", "description", "enum"):
        if key in node:
            out[key] = node[key]
    if isinstance(node.get("items"), dict):
        out["items"] = simple_schema(node["items"])
    return out


@dataclass
class Ollama(Dialect):
    """Ollama's /v1: see the module docstring. ``lost`` lists properties the model saw as ``{}``."""

    name: str = "ollama"
    num_ctx: int = 4096
    truncations: int = 0
    lost: list[str] = field(default_factory=list)
    temperatures: list[float] = field(default_factory=list)

    def refuse(self, request: dict[str, Any]) -> StatusReply | None:
        problem = _echo_errors(request)
        return status(400, problem) if problem else None

    def view(self, request: dict[str, Any]) -> dict[str, Any]:
        seen = dict(request)
        self.temperatures.append(float(request.get("temperature", 1.0)))
        tools = []
        for tool in request.get("tools") or []:
            fn = tool.get("function") or {}
            params = fn.get("parameters") or {}
            props = {}
            for name, prop in (params.get("properties") or {}).items():
                props[name] = simple_schema(prop)
                if "type" not in props[name]:
                    self.lost.append(f"{fn.get('name')}.{name}")
                elif props[name]["type"] == "object" and isinstance(prop, dict) and prop.get("properties"):
                    self.lost.append(f"{fn.get('name')}.{name} (nested fields)")
            tools.append({"type": "function", "function": {
                "name": fn.get("name"), "description": fn.get("description", ""),
                "parameters": {"type": "object", "required": params.get("required", []), "properties": props}}})
        if tools:
            seen["tools"] = tools
        messages = list(request.get("messages") or [])
        while len(messages) > 1 and prompt_tokens({"messages": messages, "tools": tools}) > self.num_ctx:
            drop = next((i for i, m in enumerate(messages[:-1]) if m.get("role") != "system"), None)
            if drop is None:
                break
            messages.pop(drop)
            self.truncations += 1
        over = prompt_tokens({"messages": messages, "tools": tools}) - self.num_ctx
        if over > 0:  # still too long: the runner drops prompt tokens from the front (after num_keep)
            i = next((i for i, m in enumerate(messages) if m.get("role") != "system"), len(messages) - 1)
            cut = dict(messages[i])
            cut["content"] = str(cut.get("content") or "")[over * CHARS_PER_TOKEN + 8:]
            messages[i] = cut
            self.truncations += 1
        seen["messages"] = messages
        seen["_prompt_tokens"] = prompt_tokens(seen)  # reported back as usage, as Ollama's prompt_eval_count
        return seen


@dataclass
class VLLMHermes(Dialect):
    """vLLM with --tool-call-parser hermes: see the module docstring."""

    name: str = "vllm"
    auto_tool_choice: bool = True
    leak_every: int = 2  # every n-th tool-call reply reaches the client as <tool_call> text (0: never)
    _replies: int = 0

    def refuse(self, request: dict[str, Any]) -> StatusReply | None:
        problem = _echo_errors(request)
        if problem:
            return status(400, problem)
        if request.get("tools") and request.get("tool_choice", "auto") == "auto" and not self.auto_tool_choice:
            return status(400, '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser '
                               "to be set")
        return None

    def shape(self, request: dict[str, Any], reply: Reply) -> Reply:
        if not isinstance(reply, ToolCallsReply) or not self.leak_every:
            return reply
        self._replies += 1
        if self._replies % self.leak_every:
            return reply
        body = "\n".join(f"<tool_call>\n{json.dumps({'name': n, 'arguments': json.loads(a)})}\n</tool_call>"
                         for n, a in reply.calls)
        return TextReply(((reply.content or "") + "\n" + body).strip())


@dataclass
class LlamaCpp(Dialect):
    """llama-server: ``tools`` refused without --jinja; JSON-schema response_format always works."""

    name: str = "llamacpp"
    jinja: bool = False
    json_schema: bool = True  # False: a server that refuses response_format too (plain JSON in the prompt only)

    def refuse(self, request: dict[str, Any]) -> StatusReply | None:
        if request.get("tools") and not self.jinja:
            return status(400, "tools param requires --jinja flag")
        if request.get("response_format") and not self.json_schema:
            return status(400, "response_format is not supported")
        return None


DIALECTS = {"ideal": Dialect, "ollama": Ollama, "vllm": VLLMHermes, "llamacpp": LlamaCpp}
