"""Moved to editor_app.tools.queries (typed functions registered as Tool objects); kept for old imports."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from editor_app import tools as _tools
from editor_app.tools.base import Search, ToolContext
from editor_app.tools.queries import DATA_NOTE  # noqa: F401
from editor_app.tools.topics import hit as _hit  # noqa: F401
from editor_app.tools.topics import keyword_search  # noqa: F401


def run_query(name: str, args: BaseModel | dict[str, Any], project, search: Search | None = None) -> Any:
    """Run one query tool against ``project``; returns JSON-able data."""
    if isinstance(args, dict):
        return _tools.run_query(name, args, project, search)
    return _tools.get(name).run(ToolContext(project, search), args)
