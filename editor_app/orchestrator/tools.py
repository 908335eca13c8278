"""Running one agent's tool calls against the turn's scratch copy of the project.

Edit calls are validated and applied to the scratch copy as they come, so later calls see
earlier results; every failure goes back to the model as a tool message that says how to
correct it. Ids created on the scratch copy are pinned into the operations, so applying
the plan later creates exactly the ids the model was told about.
"""

from __future__ import annotations

import json
from difflib import get_close_matches
from typing import Any

from editor_app.agents import macros, specs
from editor_app.agents.base import Agent
from editor_app.agents.queries import run_query
from editor_app.model.history import apply_all, revert
from editor_app.model.operations import (
    AddEffect,
    AddMarker,
    AddTitle,
    AddTrack,
    AddTransition,
    InsertClip,
    Operation,
    OperationError,
    OverwriteClip,
    SplitClip,
    parse_operation,
)
from editor_app.model.operations.base import placeholder_id
from editor_app.model.project import Project
from editor_app.orchestrator.types import AgentStop

# operation class -> (field to pin, id prefix)
_PIN = {InsertClip: ("clip_id", "c"), OverwriteClip: ("clip_id", "c"), AddTitle: ("clip_id", "c"),
        SplitClip: ("new_clip_id", "c"), AddTransition: ("transition_id", "x"), AddTrack: ("track_id", "t"),
        AddMarker: ("marker_id", "k")}
_ID_KEYS = ("clip_id", "track_id", "media_id", "effect_id", "transition_id", "marker_id", "from_clip", "to_clip")


def _new_ids(before: dict[str, int], after: dict[str, int], prefix: str) -> list[str]:
    return [f"{prefix}{n}" for n in range(before.get(prefix, 0) + 1, after.get(prefix, 0) + 1)]


def pin_ids(op: Operation, before: dict[str, int], after: dict[str, int]) -> Operation:
    """The operation with the ids it created on the scratch copy written in explicitly."""
    if isinstance(op, AddEffect) and not op.effect.id:
        created = _new_ids(before, after, "e")
        if len(created) == 1:
            return op.model_copy(update={"effect": op.effect.model_copy(update={"id": created[0]})})
    rule = _PIN.get(type(op))
    if rule and getattr(op, rule[0]) is None:
        created = _new_ids(before, after, rule[1])
        if len(created) == 1:
            return op.model_copy(update={rule[0]: created[0]})
    return op


def find_placeholder(value: Any, key: str = "") -> str | None:
    """The first id-like argument that is a placeholder ("<clip_id>", "CLIP_ID", "id")."""
    if isinstance(value, dict):
        for k, v in value.items():
            found = find_placeholder(v, k)
            if found:
                return found
    elif isinstance(value, list):
        for v in value:
            found = find_placeholder(v, key)
            if found:
                return found
    elif isinstance(value, str):
        if (key in _ID_KEYS or key.endswith("_ids") or key == "target") and (
                value.strip().startswith("<") or (key != "target" and placeholder_id(value))):
            return f"{key}={value!r}"
    return None


class ToolRunner:
    """One agent's calls in one turn: the plan so far, failures, and what they resolved."""

    def __init__(self, agent: Agent, scratch: Project, *, origin: str, search=None, owners: dict[str, str] | None = None,
                 max_failures: int = 3) -> None:
        self.agent = agent
        self.scratch = scratch
        self.origin = origin
        self.search = search
        self.owners = owners or {}
        self.max_failures = max_failures
        self.ops: list[Operation] = []
        self.inverses: list[Operation] = []
        self.failures = 0
        self.unresolved: dict[str, str] = {}  # tool name -> last error not followed by a success
        self._failed_calls: set[str] = set()
        self.errors: list[str] = []

    # ---- one call ------------------------------------------------------
    def execute(self, call: dict[str, str]) -> tuple[str, bool]:
        """Run a tool call; returns the tool message content and whether it succeeded."""
        name = call.get("name", "")
        raw = call.get("arguments") or ""
        key = f"{name}:{raw.strip()}"
        kind = self.agent.kind_of(name)
        try:
            args = self._arguments(raw)
            if kind is None:
                raise OperationError(f"there is no tool {name!r} for the {self.agent.name} agent", self._tool_hint(name))
            placeholder = find_placeholder(args)
            if placeholder:
                raise OperationError(f"{placeholder} is a placeholder, not an id",
                                     "use a real id from the project state (e.g. c1, t1, m1) or call get_timeline")
            if kind == "query":
                data = run_query(name, specs.parse_args(name, args), self.scratch, self.search)
                return json.dumps({"ok": True, "result": data}, ensure_ascii=False, default=str), True
            if kind == "edit":
                ops = [parse_operation(args | {"op": name}, self.scratch.fps, units="seconds")]
            elif kind == "macro":
                ops = macros.expand(name, specs.parse_args(name, args), self.scratch, self.search)
            elif not self.agent.custom_tools[name].edits:
                data = self._run_plugin(name, args)
                return json.dumps({"ok": True, "result": data}, ensure_ascii=False, default=str), True
            else:
                ops = self._custom(name, args)
            descriptions, created = self._apply(ops)
        except OperationError as exc:
            return self._failed(name, key, kind, exc), False
        self.unresolved.pop(name, None)
        return json.dumps({"ok": True, "applied": descriptions, "created_ids": created}, ensure_ascii=False), True

    def _arguments(self, raw: str) -> dict[str, Any]:
        if not raw.strip():
            return {}
        try:
            args = json.loads(raw)
        except ValueError as exc:
            raise OperationError(f"the arguments are not valid JSON ({exc.msg} at character {exc.pos})",
                                 "send the arguments as one JSON object, e.g. {\"clip_id\": \"c1\"}") from None
        if not isinstance(args, dict):
            raise OperationError(f"the arguments must be a JSON object, not {type(args).__name__}")
        return args

    def _tool_hint(self, name: str) -> str:
        owner = self.owners.get(name)
        if owner and owner != self.agent.name:
            return f"{name} belongs to the {owner} agent, which handles that part; do only your part"
        close = get_close_matches(name, self.agent.tool_names(), n=2)
        if close:
            return f"did you mean {' or '.join(close)}?"
        return f"your tools: {', '.join(self.agent.tool_names())}"

    def _run_plugin(self, name: str, args: dict[str, Any]) -> Any:
        """Plugin code runs on a copy; an OperationError goes back to the model, anything else ends its part."""
        try:
            return self.agent.custom_tools[name].run(args, self.scratch.clone())
        except OperationError:
            raise
        except Exception as exc:  # noqa: BLE001 - plugin code
            raise AgentStop(f"the {self.agent.name} agent's tool {name} crashed: {type(exc).__name__}: {exc}") from exc

    def _custom(self, name: str, args: dict[str, Any]) -> list[Operation]:
        """A plugin's edit tool: what it returns is validated like any call."""
        result = self._run_plugin(name, args)
        ops = [parse_operation(o, self.scratch.fps, units="seconds") for o in (result or [])]
        allowed = set(self.agent.edit_tools)
        for op in ops:
            if op.op not in allowed:
                raise AgentStop(f"the {self.agent.name} agent emitted {op.op}, which its manifest does not declare")
        return ops

    def _apply(self, ops: list[Operation]) -> tuple[list[str], list[str]]:
        """Apply to the scratch copy all-or-nothing, pinning created ids."""
        if not ops:
            raise OperationError("that call changes nothing")
        done: list[Operation] = []
        inverses: list[Operation] = []
        created: list[str] = []
        try:
            for op in ops:
                before = dict(self.scratch.id_counters)
                inverses += apply_all(self.scratch, [op], self.origin)
                after = self.scratch.id_counters
                for prefix in ("c", "t", "x", "k", "e"):
                    created += _new_ids(before, after, prefix)
                done.append(pin_ids(op, before, after))
        except OperationError:
            revert(self.scratch, inverses)
            raise
        descriptions = [op.describe(self.scratch) for op in done]
        self.ops += done
        self.inverses += inverses
        return descriptions, created

    def _failed(self, name: str, key: str, kind: str | None, exc: OperationError) -> str:
        self.failures += 1
        message = exc.message if isinstance(exc, OperationError) else str(exc)
        self.errors.append(f"{name}: {message}")
        if kind in ("edit", "macro", "custom") or kind is None:
            self.unresolved[name] = message
        if key in self._failed_calls:
            raise AgentStop(f"the {self.agent.name} agent repeated a call that had failed: {name}: {message}")
        self._failed_calls.add(key)
        if self.failures > self.max_failures:
            raise AgentStop(f"the {self.agent.name} agent gave up after {self.failures} failed tool calls; "
                            f"last: {name}: {message}")
        payload = {"ok": False, "error": message}
        if exc.hint:
            payload["how_to_fix"] = exc.hint
        payload["retries_left"] = self.max_failures - self.failures + 1
        return json.dumps(payload, ensure_ascii=False)

    def rollback(self) -> None:
        """Take this agent's part off the scratch copy (its part failed)."""
        revert(self.scratch, self.inverses)
        self.ops, self.inverses = [], []
