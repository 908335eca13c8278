"""What an MCP client can do to one open project, without any MCP types.

Why a bridge with no protocol in it: the stdio server, the HTTP server the window hosts and
the tests all drive the same object, and it stays testable without a transport. A client's
edit calls run through the agents' own tool runner on a scratch copy, so they get the same
validation, correctable tool errors and "did you mean" as the in-app agents. By default the
edits collect into one *proposal* that the user (or the client, after showing the diff)
applies with ``apply_plan`` as one undoable batch whose origin names the client.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from editor_app.agents.base import Agent
from editor_app.agents.queries import keyword_search
from editor_app.model.diff import diff_projects
from editor_app.model.history import apply_all
from editor_app.model.operations import Operation, OperationError
from editor_app.model.project import Project
from editor_app.orchestrator.tools import ToolRunner
from editor_app.tools.ids import find_placeholder
from editor_app.orchestrator.types import AgentStop

log = logging.getLogger(__name__)


@dataclass
class ToolSpec:
    """One tool as an MCP client sees it."""

    name: str
    description: str
    input_schema: dict[str, Any]
    kind: str  # edit | macro | query | custom | session
    agent: str = ""
    read_only: bool = False
    destructive: bool = False


@dataclass
class Proposal:
    """The client's edits so far: one batch, not yet applied."""

    id: str
    ops: list[Operation] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    base_version: int = 0

    def to_json(self, diff: list[str]) -> dict[str, Any]:
        return {"plan_id": self.id, "changes": self.descriptions, "diff": diff, "operations": len(self.ops)}


class ToolCallError(Exception):
    """A call the client can correct: the message says what was wrong and how to fix it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


_SESSION_TOOLS: dict[str, tuple[str, dict[str, Any], bool, bool]] = {
    # name: (description, properties, read_only, destructive)
    "show_plan": ("The pending proposal: its changes and the diff against the project.", {}, True, False),
    "apply_plan": ("Apply the pending proposal as one undoable step (after showing the diff to the user).",
                   {"plan_id": {"type": "string", "description": "The plan_id you were shown (optional)."}},
                   False, True),
    "discard_plan": ("Drop the pending proposal; the project is unchanged.", {}, False, False),
    "undo": ("Undo the most recent applied change (one whole batch).", {}, False, True),
    "redo": ("Redo the change undone last.", {}, False, False),
    "get_project": ("The project state in seconds: tracks, clips, media, markers (same keys as `info --json`).",
                    {}, True, False),
    "search": ("Search the project's context (transcripts, media, clips, edit history) by meaning.",
               {"query": {"type": "string"}, "kind": {"type": "string", "enum": ["transcript", "media", "clips", "edits"]},
                "k": {"type": "integer", "minimum": 1, "maximum": 20}}, True, False),
    "chat": ("Ask the editor's own agents in plain words (e.g. 'cut the silences'); their edits become the proposal.",
             {"message": {"type": "string"}}, False, False),
    "transcribe": ("Transcribe media with speech (local speech-to-text); the transcript is applied as an edit.",
                   {"media_ids": {"type": "array", "items": {"type": "string"}}}, False, False),
    "render": ("Render the timeline to a video or audio file (format from the file name).",
               {"output": {"type": "string", "description": "Output path, e.g. /tmp/cut.mp4"},
                "preset": {"type": "string", "enum": ["draft", "720p", "1080p", "wav"]}}, False, False),
}
_REQUIRED = {"search": ["query"], "chat": ["message"], "render": ["output"]}


def _session_schema(name: str) -> dict[str, Any]:
    _desc, props, _ro, _destr = _SESSION_TOOLS[name]
    schema: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if name in _REQUIRED:
        schema["required"] = _REQUIRED[name]
    return schema


class ProjectBridge:
    """One project served to MCP clients: tools, a pending proposal, resources."""

    def __init__(self, session, *, client_name: str = "mcp", auto_apply: bool = False,
                 agents: list[Agent] | None = None, orchestrator=None,
                 on_change: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        self.session = session
        self.client_name = client_name
        self.auto_apply = auto_apply
        self._orchestrator = orchestrator
        self._agents = agents
        self.proposal: Proposal | None = None
        self._scratch: Project | None = None
        self.on_change = on_change  # ("proposal" | "applied" | "discarded", data): the window listens

    # ---- catalogue ---------------------------------------------------------
    def agents(self) -> list[Agent]:
        if self._agents is None:
            self._agents = list(self.orchestrator().registry.agents.values())
        return self._agents

    def orchestrator(self):
        if self._orchestrator is None:
            from editor_app.orchestrator import OfflineBackend, Orchestrator

            index = None
            try:
                index = self.session.context_index()
                self.session.sync_index()
            except Exception as exc:  # noqa: BLE001 - search falls back to keywords
                log.warning("context index unavailable for MCP: %s", exc)
            self._orchestrator = Orchestrator(self.session, backend=OfflineBackend(), index=index)
        return self._orchestrator

    def tools(self) -> list[ToolSpec]:
        """Every agent tool once (first owner wins), then the session tools."""
        specs: dict[str, ToolSpec] = {}
        for agent in self.agents():
            by_name = {t["function"]["name"]: t["function"] for t in agent.tools()}
            for name in agent.tool_names():
                if name in specs or name not in by_name:
                    continue
                fn = by_name[name]
                kind = agent.kind_of(name) or "custom"
                params = dict(fn.get("parameters") or {"type": "object", "properties": {}})
                params.setdefault("type", "object")
                specs[name] = ToolSpec(name, fn.get("description", name), params, kind, agent.name,
                                       read_only=kind == "query",
                                       destructive=name in {"remove_clip", "cut_range", "remove_silences", "remove_track"})
        for name, (desc, _props, ro, destr) in _SESSION_TOOLS.items():
            specs.setdefault(name, ToolSpec(name, desc, _session_schema(name), "session", read_only=ro, destructive=destr))
        return list(specs.values())

    def _owner(self, name: str) -> Agent | None:
        for agent in self.agents():
            if agent.kind_of(name):
                return agent
        return None

    # ---- calls -------------------------------------------------------------
    async def call(self, name: str, args: dict[str, Any] | None) -> dict[str, Any]:
        """Run one tool; raises ToolCallError for anything the client should correct."""
        args = dict(args or {})
        if name in _SESSION_TOOLS:
            return await self._session_tool(name, args)
        agent = self._owner(name)
        if agent is None:
            close = get_close_matches(name, [t.name for t in self.tools()], n=3)
            raise ToolCallError(f"there is no tool {name!r}", f"did you mean {' or '.join(close)}?" if close else
                                "list the tools to see what is offered")
        if agent.kind_of(name) == "query":
            return self._run(agent, name, args, self.session.project.clone())
        if self.auto_apply and self.proposal is None and agent.kind_of(name) == "edit":
            return self._apply_edit_now(name, args)
        self._refresh_scratch()
        assert self._scratch is not None
        before = len(self._runner_ops)
        result = self._run(agent, name, args, self._scratch)
        new_ops = self._runner_ops[before:]
        if self.proposal is None:
            self.proposal = Proposal(f"plan-{uuid.uuid4().hex[:8]}", base_version=self.session.version)
        self.proposal.ops += new_ops
        self.proposal.descriptions += result.get("applied", [])
        if self.auto_apply:
            return {**result, "applied_batch": self.apply_pending()}
        self._notify("proposal", self.proposal.to_json(self._diff()))
        return {**result, "proposal": self.proposal.to_json(self._diff()),
                "next": "show the diff to the user, then call apply_plan (or discard_plan)"}

    _runner_ops: list[Operation]

    def _apply_edit_now(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """Scripted use: one edit straight through Session.apply (it validates all-or-nothing),
        skipping the scratch copy that a proposal needs; a 1,000-clip project pays one apply, not two."""
        from editor_app.model.operations import parse_operation

        agent = self._owner(name)
        tool = agent.tool(name) if agent is not None else None
        placeholder = find_placeholder(tool.args if tool is not None else None, args)
        if placeholder:
            raise ToolCallError(f"{placeholder} is a placeholder, not an id", "use a real id (c1, t1, m1)")
        try:
            op = parse_operation(args | {"op": name}, self.session.project.fps, units="seconds")
            batch = self.session.apply([op], f"{self.client_name}: {op.describe(self.session.project)}",
                                       author=f"mcp:{self.client_name}")
        except OperationError as exc:
            raise ToolCallError(exc.message if hasattr(exc, "message") else str(exc), getattr(exc, "hint", "") or "") from None
        data = {"batch_id": batch.id, "label": batch.label, "changes": batch.describe(self.session.project),
                "undo": "call undo to take the whole step back"}
        self._notify("applied", data)
        return {"ok": True, "applied": data["changes"], "applied_batch": data}

    def _run(self, agent: Agent, name: str, args: dict[str, Any], project: Project) -> dict[str, Any]:
        search = self.orchestrator().make_search(project)
        runner = ToolRunner(agent, project, origin=f"mcp:{self.client_name}", search=search, max_failures=1_000_000)
        try:
            content, ok = runner.execute({"name": name, "arguments": json.dumps(args)})
        except AgentStop as exc:
            raise ToolCallError(str(exc)) from None
        payload = json.loads(content)
        if not ok:
            raise ToolCallError(payload.get("error", "the call failed"), payload.get("how_to_fix", ""))
        self._runner_ops = getattr(self, "_runner_ops", []) + runner.ops
        return payload

    def _refresh_scratch(self) -> None:
        """A scratch copy that holds the proposal; rebuilt when the project changed meanwhile."""
        if not hasattr(self, "_runner_ops"):
            self._runner_ops = []
        if self._scratch is not None and self.proposal is not None and self.proposal.base_version == self.session.version:
            return
        scratch = self.session.project.clone()
        if self.proposal is not None and self.proposal.ops:
            try:
                apply_all(scratch, self.proposal.ops)
            except OperationError as exc:
                self.proposal = None
                self._runner_ops = []
                raise ToolCallError(f"the project changed since the proposal and it no longer fits ({exc}); "
                                    "it was discarded", "look at the project again and propose anew") from None
            self.proposal.base_version = self.session.version
        self._scratch = scratch
        self._runner_ops = list(self.proposal.ops) if self.proposal else []

    def _diff(self) -> list[str]:
        if self.proposal is None or self._scratch is None:
            return []
        return [str(line) for line in diff_projects(self.session.project, self._scratch)]

    def apply_pending(self, plan_id: str | None = None) -> dict[str, Any]:
        if self.proposal is None or not self.proposal.ops:
            raise ToolCallError("there is no pending proposal to apply", "make an edit first")
        if plan_id and plan_id != self.proposal.id:
            raise ToolCallError(f"plan {plan_id!r} is not the pending one ({self.proposal.id})",
                                "call show_plan to see the pending proposal")
        self._refresh_scratch()  # re-validates against edits made meanwhile (window, CLI)
        proposal = self.proposal
        assert proposal is not None
        label = f"{self.client_name}: " + "; ".join(proposal.descriptions[:2]) + ("…" if len(proposal.descriptions) > 2 else "")
        try:
            batch = self.session.apply(proposal.ops, label, author=f"mcp:{self.client_name}")
        except OperationError as exc:
            raise ToolCallError(f"the proposal no longer applies: {exc}") from None
        self.proposal, self._scratch, self._runner_ops = None, None, []
        data = {"batch_id": batch.id, "label": label, "changes": proposal.descriptions,
                "undo": "call undo to take the whole step back"}
        self._notify("applied", data)
        return data

    def discard_pending(self) -> bool:
        """Drop the proposal (from the client or the window); True if there was one."""
        had = self.proposal is not None
        self.proposal, self._scratch, self._runner_ops = None, None, []
        self._notify("discarded", {})
        return had

    def _notify(self, what: str, data: dict[str, Any]) -> None:
        if self.on_change is not None:
            try:
                self.on_change(what, data)
            except Exception:  # noqa: BLE001 - a broken listener must not fail the client's call
                log.exception("MCP change listener failed")

    async def _session_tool(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        unknown = set(args) - set(_SESSION_TOOLS[name][1])
        if unknown:
            raise ToolCallError(f"{name} takes no argument {', '.join(sorted(unknown))}",
                                f"its arguments: {', '.join(_SESSION_TOOLS[name][1]) or 'none'}")
        for req in _REQUIRED.get(name, []):
            if not args.get(req):
                raise ToolCallError(f"{name} needs {req}")
        if name == "show_plan":
            if self.proposal is None:
                return {"plan": None, "note": "no pending proposal"}
            self._refresh_scratch()
            return {"plan": self.proposal.to_json(self._diff())}
        if name == "apply_plan":
            return self.apply_pending(args.get("plan_id"))
        if name == "discard_plan":
            return {"discarded": self.discard_pending()}
        if name in ("undo", "redo"):
            batch = self.session.undo() if name == "undo" else self.session.redo()
            if batch is None:
                raise ToolCallError(f"there is nothing to {name}")
            self._scratch = None
            self._notify("applied", {"batch_id": batch.id, name: batch.label})
            return {name: batch.label, "batch_id": batch.id}
        if name == "get_project":
            from editor_app.model.summary import project_summary

            project = self._scratch if (self.proposal and self._scratch) else self.session.project
            return {"project": project_summary(project), "includes_pending_proposal": bool(self.proposal)}
        if name == "search":
            return {"hits": self._search(args["query"], args.get("kind"), int(args.get("k") or 5))}
        if name == "chat":
            return await self._chat(args["message"])
        if name == "transcribe":
            return await self._transcribe(args.get("media_ids") or [])
        if name == "render":
            return await self._render(args["output"], args.get("preset"))
        raise ToolCallError(f"unknown session tool {name}")  # pragma: no cover - table and branches agree

    def _search(self, query: str, kind: str | None, k: int) -> list[dict[str, Any]]:
        try:
            index = self.session.context_index()
            self.session.sync_index()
            return [h.to_dict() for h in index.search(query, kind=kind, k=k)]
        except Exception as exc:  # noqa: BLE001 - the index is optional; keywords always work
            log.warning("index search failed, keyword search instead: %s", exc)
            return keyword_search(self.session.project, query, k)

    async def _chat(self, message: str) -> dict[str, Any]:
        result = await self.orchestrator().propose(message)
        if not result.ok or not result.ops:
            return {"reply": result.reply, "changes": [], "errors": result.errors}
        self._refresh_scratch()
        assert self._scratch is not None
        try:
            apply_all(self._scratch, result.ops)
        except OperationError as exc:
            raise ToolCallError(f"the agents' plan does not fit the pending proposal: {exc}") from None
        if self.proposal is None:
            self.proposal = Proposal(f"plan-{uuid.uuid4().hex[:8]}", base_version=self.session.version)
        self.proposal.ops += result.ops
        self.proposal.descriptions += result.descriptions
        self._runner_ops = list(self.proposal.ops)
        out = {"reply": result.reply, "changes": result.descriptions, "agents": result.agents}
        if self.auto_apply:
            return {**out, "applied_batch": self.apply_pending()}
        self._notify("proposal", self.proposal.to_json(self._diff()))
        return {**out, "proposal": self.proposal.to_json(self._diff())}

    async def _transcribe(self, media_ids: list[str]) -> dict[str, Any]:
        try:
            from editor_app.media import speech  # type: ignore[attr-defined]
        except ImportError:
            raise ToolCallError("local transcription is not available in this build") from None
        project = self.session.project
        ids = media_ids or [m.id for m in project.media.values() if speech.needs_transcript(m)]
        missing = [m for m in ids if m not in project.media]
        if missing:
            close = get_close_matches(missing[0], list(project.media), n=2)
            raise ToolCallError(f"there is no media {missing[0]!r}", f"did you mean {' or '.join(close)}?" if close else "")
        import asyncio

        done = await asyncio.get_running_loop().run_in_executor(
            None, lambda: speech.transcribe_assets(self.session, ids))
        return {"transcribed": done if isinstance(done, (list, dict)) else ids}

    async def _render(self, output: str, preset: str | None) -> dict[str, Any]:
        import asyncio

        from editor_app.render import RenderError, render

        chosen = preset or ("wav" if str(output).lower().endswith(".wav") else "draft")
        project = self.session.project.clone()
        try:
            result = await asyncio.get_running_loop().run_in_executor(None, lambda: render(project, output, preset=chosen))
        except RenderError as exc:
            raise ToolCallError(f"render failed: {exc}") from None
        return {"output": str(result.path), "preset": result.preset, "duration_s": round(result.duration_s, 3),
                "elapsed_s": round(result.elapsed_s, 2)}

    # ---- resources ---------------------------------------------------------
    def resources(self) -> list[dict[str, str]]:
        out = [{"uri": "editor://project/summary", "name": "Project summary",
                "description": "The compact state the agents see: tracks, clips, media, markers.",
                "mime": "text/plain"},
               {"uri": "editor://project/state", "name": "Project state (JSON)",
                "description": "Everything, times in seconds (`info --json`).", "mime": "application/json"},
               {"uri": "editor://project/history", "name": "Edit history",
                "description": "Applied batches, newest last; the undo and redo stacks.", "mime": "application/json"}]
        for media in self.session.project.media.values():
            if media.transcript:
                out.append({"uri": f"editor://transcripts/{media.id}", "name": f"Transcript of {media.name}",
                            "description": "Words with start/end seconds.", "mime": "application/json"})
        return out

    def read_resource(self, uri: str) -> tuple[str, str]:
        """(mime type, text) of a resource; raises ToolCallError for an unknown one."""
        project = self.session.project
        if uri == "editor://project/summary":
            from editor_app.orchestrator.context import state_block

            return "text/plain", state_block(project)
        if uri == "editor://project/state":
            from editor_app.model.summary import project_summary

            return "application/json", json.dumps(project_summary(project), ensure_ascii=False)
        if uri == "editor://project/history":
            history = self.session.history
            return "application/json", json.dumps({
                "applied": [{"batch_id": b.id, "label": b.label, "author": b.author} for b in history.undo_stack],
                "undone": [{"batch_id": b.id, "label": b.label, "author": b.author} for b in history.redo_stack],
            }, ensure_ascii=False)
        prefix = "editor://transcripts/"
        if uri.startswith(prefix):
            media = project.media.get(uri[len(prefix):])
            if media is None or not media.transcript:
                raise ToolCallError(f"no transcript at {uri}")
            data: dict[str, Any] = {"media": media.id, "name": media.name, "times": "source seconds",
                                    "segments": [s.model_dump(mode="json") for s in media.transcript]}
            words = getattr(media, "words", None)
            if words:
                data["words"] = [w.model_dump(mode="json") if hasattr(w, "model_dump") else w for w in words]
            return "application/json", json.dumps(data, ensure_ascii=False)
        raise ToolCallError(f"unknown resource {uri}", "list the resources to see what is offered")
