"""Moved to editor_app.tools.macros (typed functions registered as Tool objects); kept for old imports."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from editor_app import tools as _tools
from editor_app.model.project import Project
from editor_app.tools.base import Search, ToolContext
from editor_app.tools.macros import BED_ROLES, BROLL_DEFAULT_S, to_frames  # noqa: F401
from editor_app.tools.topics import STOPWORDS, SYNONYMS, _stem, _words, find_topic, topic_words  # noqa: F401


def expand(name: str, args: BaseModel | dict[str, Any], project: Project, search: Search | None = None) -> list[Any]:
    """The operations a macro call stands for, computed against ``project`` (not applied)."""
    if isinstance(args, dict):
        return _tools.expand(name, args, project, search)
    return _tools.get(name).run(ToolContext(project, search), args)
