"""Results and events of a chat turn (the contract's TurnResult / TurnEvent)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_app.llm.usage import Usage
from editor_app.model.operations import Operation, OperationError
from editor_app.redact import redact
from editor_app.model.project import Project

EVENT_KINDS = ("routing", "agent_started", "delta", "tool_call", "tool_error", "plan_ready", "applied", "error")


@dataclass
class TurnEvent:
    kind: str
    text: str = ""
    agent: str | None = None
    data: Any = None


class _Masked(list):
    """Error lines with secrets masked as they are added (a plugin or server may echo a key)."""

    def __init__(self, items=()) -> None:
        super().__init__(redact(str(x)) for x in items)

    def append(self, item) -> None:
        super().append(redact(str(item)))

    def extend(self, items) -> None:
        super().extend(redact(str(x)) for x in items)


@dataclass
class TurnResult:
    turn_id: str
    message: str
    ok: bool
    agents: list[str]
    operations: list[dict]
    diff: list[str]
    reply: str
    usage: Usage
    errors: list[str]
    applied: bool = False
    batch_id: str | None = None
    special: str | None = None
    descriptions: list[str] = field(default_factory=list)  # one plain sentence per operation
    base_version: int = 0
    ops: list[Operation] = field(default_factory=list, repr=False)  # parsed, ids pinned (frames)
    confirm: str | None = None  # why this plan needs an explicit yes even with auto-apply (safety.review)
    steps: list[dict] | None = field(default=None, repr=False)  # the planner's tool calls (seconds), for memory
    notes: list[str] = field(default_factory=list)  # what the model layer adjusted (state shortened, JSON mode)
    undo_first: bool = False  # round 12: "undo that and mute it instead": the last batch is undone before ``ops``
    undo_count: int = 1  # round 15: "undo both", "undo the last three changes": that many batches, newest first
    # The plan's dry-run result: the project after ``ops`` at ``base_version``. The preview (ghost
    # clips) reads it instead of applying the plan again; ``apply`` re-checks only when stale.
    preview: Project | None = field(default=None, repr=False)

    def preview_for(self, version: int) -> Project | None:
        """The dry-run project when the session is still at the plan's base version, else None."""
        return self.preview if version == self.base_version else None

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "reply" and isinstance(value, str):
            value = redact(value)
        elif name == "errors" and isinstance(value, list) and not isinstance(value, _Masked):
            value = _Masked(value)
        super().__setattr__(name, value)

    def to_json(self) -> dict[str, Any]:
        """What `editor-app chat --json` prints."""
        return {
            "ok": self.ok, "turn_id": self.turn_id, "agents": self.agents, "operations": self.operations,
            "descriptions": self.descriptions, "diff": self.diff, "reply": self.reply,
            "tokens": {"prompt": self.usage.prompt_tokens, "completion": self.usage.completion_tokens,
                       "total": self.usage.total_tokens, "estimated": self.usage.estimated},
            "cost": round(self.usage.cost_usd, 6) if self.usage.cost_known else None,
            "cached_tokens": self.usage.cached_tokens, "latency_s": round(self.usage.latency_s, 3),
            "notes": self.notes,
            "applied": self.applied, "batch_id": self.batch_id, "special": self.special, "errors": self.errors,
            "confirm": self.confirm,
        }


class StalePlanError(OperationError):
    """The project changed since the plan was proposed and the plan no longer fits it."""


class TurnCancelled(Exception):
    """The user stopped the turn; nothing was applied."""


class AgentStop(Exception):
    """An agent's part ends with an error (too many failed calls, a crashing plugin...)."""
