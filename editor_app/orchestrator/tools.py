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

from editor_app.agents.base import Agent
from editor_app.model.history import apply_all, revert
from editor_app.model.operations import Operation, OperationError
from editor_app.model.project import Project
from editor_app.model.ripple import ripple_run_length
from editor_app.orchestrator.types import AgentStop
from editor_app.plugins.safety import PluginTimeout, check_emitted, run_with_timeout
from editor_app.tools import Tool, ToolContext
from editor_app.tools.ids import all_created, find_placeholder, pin_ids

__all__ = ["ToolRunner", "find_placeholder", "pin_ids"]


class ToolRunner:
    """One agent's calls in one turn: the plan so far, failures, and what they resolved."""

    def __init__(self, agent: Agent, scratch: Project, *, origin: str, search=None, owners: dict[str, str] | None = None,
                 max_failures: int = 3, manifest=None, plugin_timeout_s: float | None = None) -> None:
        self.agent = agent
        self.manifest = manifest  # a plugin's enabled manifest: what it may emit (None for built-ins)
        self.plugin_timeout_s = plugin_timeout_s
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
        tool = self._tool(name)
        kind = self.agent.kind_of(name)
        try:
            args = self._arguments(raw)
            if tool is None:
                raise OperationError(f"there is no tool {name!r} for the {self.agent.name} agent", self._tool_hint(name))
            placeholder = find_placeholder(tool.args, args)
            if placeholder:
                raise OperationError(f"{placeholder} is a placeholder, not an id",
                                     "use a real id from the project state (e.g. c1, t1, m1) or call get_timeline")
            parsed = tool.parse(args, self.scratch.fps)
            out = self._run(tool, parsed)
            if tool.kind == "query":
                return json.dumps({"ok": True, "result": out}, ensure_ascii=False, default=str), True
            ops = list(out or [])
            self._check_allowed(tool, ops)
            descriptions, created = self._apply(ops)
        except OperationError as exc:
            return self._failed(name, key, kind, exc), False
        self.unresolved.pop(name, None)
        return json.dumps({"ok": True, "applied": descriptions, "created_ids": created}, ensure_ascii=False), True

    def _tool(self, name: str) -> Tool | None:
        if self.plugin_timeout_s is not None:
            return self.agent.tool(name, timeout_s=self.plugin_timeout_s)
        return self.agent.tool(name)

    def _run(self, tool: Tool, parsed) -> object:
        """The tool's output. Plugin code runs on a copy under its time limit; an OperationError goes
        back to the model, a crash or a timeout ends the agent's part of the turn."""
        ctx = ToolContext(self.scratch, self.search)
        if tool.timeout_s is None:
            return tool.run(ctx, parsed)
        try:
            return run_with_timeout(tool.run, (ToolContext(self.scratch.clone(), self.search), parsed),
                                    tool.timeout_s, plugin=self.agent.name)
        except OperationError:
            raise
        except PluginTimeout as exc:
            raise AgentStop(str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - plugin code
            raise AgentStop(f"the {self.agent.name} agent's tool {tool.name} crashed: {type(exc).__name__}: {exc}") from exc

    def _check_allowed(self, tool: Tool, ops: list[Operation]) -> None:
        """A plugin may emit only what the manifest the user enabled declares (not what its code says)."""
        if self.agent.source == "builtin":
            if tool.source != "builtin":  # an embedding app's own custom tool: its declared edit tools
                for op in ops:
                    if op.op not in self.agent.edit_tools:
                        raise AgentStop(f"the {self.agent.name} agent emitted {op.op}, which it does not declare")
            return
        if self.manifest is None:
            raise AgentStop(f"the {self.agent.name} plugin has no enabled manifest, so it may not change the project")
        for op in ops:
            error = check_emitted(self.manifest, op.op)
            if error:
                raise AgentStop(error)

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

    def _apply(self, ops: list[Operation]) -> tuple[list[str], list[str]]:
        """Apply to the scratch copy all-or-nothing, pinning created ids."""
        if not ops:
            raise OperationError("that call changes nothing")
        done: list[Operation] = []
        inverses: list[Operation] = []
        created: list[str] = []
        try:
            index = 0
            while index < len(ops):  # one at a time, to pin each op's new ids; a stretch of ripple
                group = ops[index:index + ripple_run_length(ops, index)]  # cuts at once (one pass, no ids)
                before = dict(self.scratch.id_counters)
                inverses += apply_all(self.scratch, group, self.origin)
                after = self.scratch.id_counters
                created += all_created(before, after)
                done += [pin_ids(op, before, after) for op in group]
                index += len(group)
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
