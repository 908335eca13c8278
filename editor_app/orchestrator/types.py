"""Results and events of a chat turn (the contract's TurnResult / TurnEvent)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_app.llm.usage import Usage
from editor_app.model.operations import Operation, OperationError

EVENT_KINDS = ("routing", "agent_started", "delta", "tool_call", "tool_error", "plan_ready", "applied", "error")


@dataclass
class TurnEvent:
    kind: str
    text: str = ""
    agent: str | None = None
    data: Any = None


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
    scratch: Any = field(default=None, repr=False)  # the dry-run project the diff was made from

    def to_json(self) -> dict[str, Any]:
        """What `editor-app chat --json` prints."""
        return {
            "ok": self.ok, "turn_id": self.turn_id, "agents": self.agents, "operations": self.operations,
            "descriptions": self.descriptions, "diff": self.diff, "reply": self.reply,
            "tokens": {"prompt": self.usage.prompt_tokens, "completion": self.usage.completion_tokens,
                       "total": self.usage.total_tokens, "estimated": self.usage.estimated},
            "cost": round(self.usage.cost_usd, 6), "latency_s": round(self.usage.latency_s, 3),
            "applied": self.applied, "batch_id": self.batch_id, "special": self.special, "errors": self.errors,
            "confirm": self.confirm,
        }


class StalePlanError(OperationError):
    """The project changed since the plan was proposed and the plan no longer fits it."""


class TurnCancelled(Exception):
    """The user stopped the turn; nothing was applied."""


class AgentStop(Exception):
    """An agent's part ends with an error (too many failed calls, a crashing plugin...)."""
