"""A tiny stub planner (the contract's OfflinePlan shape) for tests that must not depend on the real one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROUTE_TOOL = "route"


@dataclass
class Step:
    agent: str
    tool: str
    args: dict[str, Any]


@dataclass
class Plan:
    understood: bool
    steps: list[Step]
    reply: str
    suggestions: list[str] = field(default_factory=list)
    special: str | None = None


def stub_planner(steps: list[tuple[str, str, dict[str, Any]]], reply: str = "Done.", seen: list | None = None):
    """A planner that always answers with these steps, recording what it was given."""

    def plan(message, project, *, selection=(), playhead=None, search=None):
        if seen is not None:
            seen.append({"message": message, "selection": selection, "playhead": playhead, "search": search})
        return Plan(True, [Step(*s) for s in steps], reply)

    return plan
