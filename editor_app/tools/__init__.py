"""One registry of Tool objects (edits, macros, queries), below the planner and the agents.

    from editor_app import tools
    tool = tools.get("remove_silences")          # a Tool: name, kind, args model, handler, agents, timeout
    tools.json_schema(tool, seconds=True)         # plain JSON Schema of its parameters
    ops = tools.expand("fade", {"target": "music", "direction": "out", "duration": 2}, project)
    tools.TOOLS.for_agent("audio")                # what an agent owns; TOOLS.agent_map() for the planner

Adding a tool touches one place: an operation class (with ``agents = (...)``), or a typed
function decorated with ``@macro(agents=...)`` / ``@query(agents=...)`` in a module
imported below.
"""

from __future__ import annotations

from typing import Any

from editor_app.model.project import Project
from editor_app.tools.base import PLUGIN_TIMEOUT_S, Search, Tool, ToolArgs, ToolContext, ToolKind, args_model, function_tool, legacy_tool
from editor_app.tools.registry import TOOLS, ToolRegistry, json_schema, macro, openai_tool, query, register_operations

register_operations()
from editor_app.tools import macros as _macros  # noqa: E402,F401 - registers the macro tools
from editor_app.tools import queries as _queries  # noqa: E402,F401 - registers the query tools


def get(name: str) -> Tool:
    """The built-in tool called ``name`` (OperationError with a did-you-mean when there is none)."""
    return TOOLS.get(name)


def expand(name: str, args: dict[str, Any], project: Project, search: Search | None = None) -> list[Any]:
    """Operations a macro or edit call stands for on ``project`` (arguments as a tool call: seconds)."""
    tool = get(name)
    if tool.kind == "query":
        raise ValueError(f"{name} is a query tool; use run_query")
    return tool.call(ToolContext(project, search), args)


def run_query(name: str, args: dict[str, Any], project: Project, search: Search | None = None) -> Any:
    """JSON-able data of a query tool on ``project``."""
    tool = get(name)
    if tool.kind != "query":
        raise ValueError(f"{name} is not a query tool")
    return tool.call(ToolContext(project, search), args)


__all__ = ["PLUGIN_TIMEOUT_S", "TOOLS", "Search", "Tool", "ToolArgs", "ToolContext", "ToolKind", "ToolRegistry", "args_model", "expand",
           "function_tool", "get", "json_schema", "legacy_tool", "macro", "openai_tool", "query", "register_operations",
           "run_query"]
