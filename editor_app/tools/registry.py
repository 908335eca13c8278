"""The registry of built-in tools, and the JSON Schema of a tool.

Everything that used to keep its own list of tool names reads this instead: the built-in
agents' tool lists (``for_agent``), the planner's tool -> agent map (``agent_map``), the
keyword router, id pinning (``Tool.creates``), the orchestrator's runner and the schemas.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from editor_app.model.operations import REGISTRY as OPERATIONS
from editor_app.model.operations import OperationError
from editor_app.tools.base import Tool, ToolKind, edit_tool, function_tool


class ToolRegistry:
    """Tools by name, in registration order (a stable order keeps prompt prefixes cacheable)."""

    def __init__(self) -> None:
        self._tools: dict[str, Tool] = {}

    def add(self, tool: Tool) -> Tool:
        if tool.name in self._tools and self._tools[tool.name] is not tool:
            raise ValueError(f"a tool named {tool.name!r} is already registered")
        self._tools[tool.name] = tool
        return tool

    def get(self, name: str) -> Tool:
        tool = self.find(name)
        if tool is None:
            from difflib import get_close_matches

            close = get_close_matches(name, list(self._tools), n=2)
            raise OperationError(f"there is no tool {name!r}",
                                 f"did you mean {' or '.join(close)}?" if close else None)
        return tool

    def find(self, name: str) -> Tool | None:
        if name not in self._tools and self is TOOLS:
            register_operations()
        return self._tools.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        if self is TOOLS:
            register_operations()  # operations whose modules were imported after this package join here
        return iter(list(self._tools.values()))

    def names(self, kind: ToolKind | None = None) -> list[str]:
        return [t.name for t in self if kind is None or t.kind == kind]

    def for_agent(self, agent: str, kind: ToolKind | None = None) -> tuple[str, ...]:
        """The tools an agent owns, in registry order."""
        return tuple(t.name for t in self if agent in t.agents and (kind is None or t.kind == kind))

    def routing_words(self) -> dict[str, list[str]]:
        """Agent -> the routing words of the tools it owns first (the keyword router's vocabulary)."""
        out: dict[str, list[str]] = {}
        for tool in self:
            if tool.agents and tool.keywords:
                words = out.setdefault(tool.agents[0], [])
                words += [w for w in tool.keywords if w not in words]
        return out

    def agent_map(self) -> dict[str, str]:
        """Tool -> its first owning agent (the planner's map; shared tools are decided per call)."""
        return {t.name: t.agents[0] for t in self if t.agents}


TOOLS = ToolRegistry()


def register_operations() -> None:
    """Every non-internal operation with owning agents becomes an edit tool (idempotent)."""
    for cls in OPERATIONS.values():
        if cls.internal:
            continue
        name = cls.model_fields["op"].default
        if name not in TOOLS:
            TOOLS.add(edit_tool(cls))


def macro(*, agents: tuple[str, ...], timeout_s: float | None = None,
          keywords: tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a typed function ``f(ctx, **args) -> list[Operation]`` as a macro tool."""
    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        TOOLS.add(function_tool(func, "macro", agents=agents, timeout_s=timeout_s, keywords=keywords))
        return func
    return wrap


def query(*, agents: tuple[str, ...], timeout_s: float | None = None,
          keywords: tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a typed function ``f(ctx, **args) -> data`` as a read-only query tool."""
    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        TOOLS.add(function_tool(func, "query", agents=agents, timeout_s=timeout_s, keywords=keywords))
        return func
    return wrap


# ---------------------------------------------------------------------------
# Schemas


def json_schema(tool: Tool, *, seconds: bool = True) -> dict[str, Any]:
    """The tool's parameters as plain JSON Schema (the one source for every server's variant).

    Time fields become numbers in seconds (``seconds=True``, what models send) or integers
    in frames; the ``op`` field is dropped (the tool name carries it); fields that name the
    ids a tool creates are removed (ids are assigned, never invented by a model), and so are
    fields marked ``x-agent-hidden`` (kept off models' prompts, e.g. insert_clip's generator); pydantic's
    titles and the internal ``x-`` marks are removed. ``$defs``/``$ref`` and ``anyOf`` stay:
    servers that need a flat schema derive it from this one (editor_app.llm).
    """
    if tool.raw_schema is not None:
        return copy.deepcopy(tool.raw_schema)
    schema = copy.deepcopy(tool.args.model_json_schema())
    _walk(schema, seconds)
    props = schema.setdefault("properties", {})
    props.pop("op", None)
    if "required" in schema:
        schema["required"] = [r for r in schema["required"] if r in props]
        if not schema["required"]:
            schema.pop("required")
    schema.pop("description", None)  # the function's description already says it
    schema.setdefault("type", "object")
    return schema


def _walk(node: Any, seconds: bool) -> None:
    if isinstance(node, dict):
        if node.pop("x-time", False):
            node["type"] = "number" if seconds else "integer"
            node["description"] = (node.get("description", "") + (" In seconds." if seconds else " In frames.")).strip()
        props = node.get("properties")
        if isinstance(props, dict):
            hidden = [k for k, v in props.items() if isinstance(v, dict) and ("x-new-id" in v or "x-agent-hidden" in v)]
            for key in hidden:
                props.pop(key)
            if hidden and "required" in node:
                node["required"] = [r for r in node["required"] if r not in hidden]
        node.pop("x-id", None)
        if isinstance(node.get("title"), str) and ("type" in node or "anyOf" in node or "properties" in node
                                                   or "$ref" in node or "enum" in node or "const" in node
                                                   or "items" in node or "oneOf" in node or "allOf" in node):
            node.pop("title")
        for key, value in list(node.items()):
            if key == "properties" and isinstance(value, dict):
                for sub in value.values():
                    _walk(sub, seconds)
            else:
                _walk(value, seconds)
    elif isinstance(node, list):
        for value in node:
            _walk(value, seconds)


def openai_tool(tool: Tool, *, seconds: bool = True) -> dict[str, Any]:
    """The OpenAI chat-completions function-tool definition of a tool."""
    return {"type": "function", "function": {"name": tool.name, "description": tool.description,
                                             "parameters": json_schema(tool, seconds=seconds)}}
