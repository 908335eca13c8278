"""The Agent: a name, a routing description, a system prompt file and its own tools.

Why a plain dataclass and not a class hierarchy: built-in and plugin agents are the same
kind of object (a manifest of operations it may emit plus a prompt), so a plugin is data
first; the optional ``custom_tools`` are the only plugin code that runs, and the
orchestrator runs it under the same validation and catches whatever it raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from editor_app.agents.specs import MACRO_TOOLS, QUERY_TOOLS, schema_for
from editor_app.model.operations import operation_names
from editor_app.resources import resource_path

ToolKind = Literal["edit", "macro", "query", "custom"]


@dataclass(frozen=True)
class CustomTool:
    """A plugin's own tool. ``run(args, project)`` returns operations (edits) or JSON-able data (queries)."""

    schema: dict[str, Any]
    run: Callable[[dict[str, Any], Any], Any]
    edits: bool = True


@dataclass
class Agent:
    """A specialist: sees only its own tools; its edits are validated like any other."""

    name: str
    description: str
    edit_tools: tuple[str, ...] = ()
    macro_tools: tuple[str, ...] = ()
    query_tools: tuple[str, ...] = ()
    prompt_file: str | None = None
    prompt: str | None = None
    version: str = "1.0"
    source: str = "builtin"
    custom_tools: dict[str, CustomTool] = field(default_factory=dict)

    def check(self) -> None:
        """Raise ValueError when the manifest names tools that do not exist."""
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"invalid agent name {self.name!r}")
        known_ops = set(operation_names())
        bad = [t for t in self.edit_tools if t not in known_ops]
        bad += [t for t in self.macro_tools if t not in MACRO_TOOLS]
        bad += [t for t in self.query_tools if t not in QUERY_TOOLS]
        if bad:
            raise ValueError(f"agent {self.name} declares unknown tools: {', '.join(bad)}")

    def system_prompt(self) -> str:
        if self.prompt is not None:
            return self.prompt
        if self.prompt_file:
            return read_prompt(self.prompt_file)
        return f"You are the {self.name} agent of a video editor. {self.description}"

    def tool_names(self) -> list[str]:
        return [*self.edit_tools, *self.macro_tools, *self.custom_tools, *self.query_tools]

    def kind_of(self, tool: str) -> ToolKind | None:
        if tool in self.custom_tools:
            return "custom"
        if tool in self.edit_tools:
            return "edit"
        if tool in self.macro_tools:
            return "macro"
        if tool in self.query_tools:
            return "query"
        return None

    def tools(self) -> list[dict[str, Any]]:
        """OpenAI tool definitions, in a stable order (a stable prefix caches well)."""
        out = [_schema(name) for name in (*self.edit_tools, *self.macro_tools, *self.query_tools)]
        out += [tool.schema for tool in self.custom_tools.values()]
        return out


@lru_cache(maxsize=None)
def _schema(name: str) -> dict[str, Any]:
    tool = schema_for(name)
    params = compact_schema(tool["function"]["parameters"])
    params.pop("description", None)  # the function's description already says it
    return {"type": "function", "function": {**tool["function"], "parameters": params}}


_SCHEMA_NODE_KEYS = {"type", "anyOf", "oneOf", "allOf", "properties", "const", "enum", "$ref", "items"}


def compact_schema(node: Any) -> Any:
    """The schema without pydantic's generated titles: about a third fewer tokens on every call."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and "Stable effect id" in str(props.get("id", {}).get("description", "")):
            node = {**node, "properties": {k: v for k, v in props.items() if k != "id"}}  # ids are assigned
        is_node = bool(_SCHEMA_NODE_KEYS & node.keys())
        return {k: compact_schema(v) if k != "properties" else {p: compact_schema(s) for p, s in v.items()}
                for k, v in node.items() if not (is_node and k == "title" and isinstance(v, str))}
    if isinstance(node, list):
        return [compact_schema(v) for v in node]
    return node


@lru_cache(maxsize=None)
def read_prompt(file_name: str) -> str:
    """A prompt text file under resources/prompts (cached: prompts do not change while running)."""
    return resource_path("prompts", file_name).read_text(encoding="utf-8").strip()


@dataclass
class AgentInfo:
    """What `editor-app agents` and the UI list."""

    name: str
    description: str
    tools: list[str]
    source: str  # "builtin" | "plugin"
    version: str = ""
    entry_point: str = ""
    enabled: bool = True
    broken: str | None = None  # why it could not be loaded

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "tools": self.tools, "source": self.source,
                "version": self.version, "entry_point": self.entry_point, "enabled": self.enabled,
                "broken": self.broken}
