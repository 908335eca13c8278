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

from editor_app import tools as registry
from editor_app.resources import resource_path
from editor_app.tools import PLUGIN_TIMEOUT_S as DEFAULT_TIMEOUT_S
from editor_app.tools import Tool, legacy_tool

ToolKind = Literal["edit", "macro", "query", "custom"]


@dataclass(frozen=True)
class CustomTool:
    """A plugin's own dict-in tool. ``run(args, project)`` returns operations (edits) or data (queries).

    New plugins can give a ``Tool`` instead (``editor_app.tools.function_tool(f, "macro")``):
    typed arguments, schema from the signature, no hand validation.
    """

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
        """Raise ValueError when the agent names tools that do not exist (or of the wrong kind)."""
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"invalid agent name {self.name!r}")
        bad = [name for kind, names in (("edit", self.edit_tools), ("macro", self.macro_tools),
                                        ("query", self.query_tools))
               for name in names if (registry.TOOLS.find(name) is None or registry.TOOLS.find(name).kind != kind)]
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

    def tool(self, name: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> Tool | None:
        """The Tool object behind one of this agent's tool names (plugin tools get their time limit)."""
        custom = self.custom_tools.get(name)
        if isinstance(custom, Tool):
            return custom if custom.timeout_s is not None or self.source == "builtin" else \
                _with_timeout(custom, timeout_s, self.name)
        if isinstance(custom, CustomTool):
            return legacy_tool(name, custom.schema, custom.run, edits=custom.edits, source=self.name,
                               timeout_s=None if self.source == "builtin" else timeout_s)
        if name in (*self.edit_tools, *self.macro_tools, *self.query_tools):
            return registry.get(name)
        return None

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
        for name, custom in self.custom_tools.items():
            out.append(custom.schema if isinstance(custom, CustomTool) else registry.openai_tool(custom))
        return out


@lru_cache(maxsize=None)
def _schema(name: str) -> dict[str, Any]:
    return registry.openai_tool(registry.get(name))


def _with_timeout(tool: Tool, timeout_s: float, source: str) -> Tool:
    from dataclasses import replace

    return replace(tool, timeout_s=timeout_s, source=source)


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
