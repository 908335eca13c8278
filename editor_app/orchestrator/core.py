"""The Orchestrator: route a message, run each agent's tool loop on a scratch copy, build
the plan and its diff, and apply it as one batch (re-validated if the project changed).

Nothing touches the session's project before ``apply``: every agent works on
``Project.clone()``, so a failure, a crash of a plugin or a cancel leaves it unchanged.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from editor_app.agents.base import Agent, AgentInfo
from editor_app.agents.registry import AgentRegistry, load_agents
from editor_app.llm.errors import LLMError
from editor_app.llm.usage import sum_usage
from editor_app.model.diff import diff_projects
from editor_app.model.history import Batch, BatchError, apply_all, revert
from editor_app.model.operations import OperationError
from editor_app.model.project import Project
from editor_app.orchestrator.backends import OfflineBackend, default_backend
from editor_app.orchestrator.context import DEFAULT_BUDGET, build_messages
from editor_app.orchestrator.conversation import confirm_reason, confirmed, declined, memory_for, remember
from editor_app.orchestrator.routing import special_command
from editor_app.orchestrator.tools import ToolRunner
from editor_app.orchestrator.types import AgentStop, StalePlanError, TurnCancelled, TurnEvent, TurnResult
from editor_app.planner.examples import help_text
from editor_app.plugins.safety import DEFAULT_TIMEOUT_S
from editor_app.tools.timing import place_source_span
from editor_app.tools.topics import keyword_search

log = logging.getLogger(__name__)
HELP = ("I edit the timeline when you ask, for example: \"cut the silences\", \"put the beach clip over the part "
        "about the beach\", \"fade out the music over 3 seconds\", \"duck the music under the speech\", "
        "\"undo that\".")


_THAT = re.compile(r"\b(that|this|it|the last (one|thing|request))\b", re.I)  # "undo that" vs a bare "undo"

class Orchestrator:
    def __init__(self, session, *, backend=None, index=None, settings=None, agents: AgentRegistry | Sequence[Agent] | None = None,
                 max_retries: int = 3, max_rounds: int = 8, budget: int = DEFAULT_BUDGET,
                 manifests: dict[str, Any] | None = None, plugin_timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.session = session
        self.backend = backend if backend is not None else default_backend(settings)
        self.index = index
        if agents is None:
            from editor_app.plugins import enabled_plugin_names

            agents = load_agents(enabled_plugins=enabled_plugin_names())
        elif not isinstance(agents, AgentRegistry):
            registry = AgentRegistry()
            for agent in agents:
                registry.add(agent)
            agents = registry
        self.registry = agents
        self.plugin_timeout_s = plugin_timeout_s
        self._manifests = manifests
        if hasattr(self.backend, "plugin_agents"):
            self.backend.plugin_agents = [a for a in agents.agents.values() if a.source == "plugin"]
            self.backend.plugin_timeout_s = plugin_timeout_s
        self.max_retries = max_retries
        self.max_rounds = max_rounds
        self.budget = budget
        self.memory = memory_for(session)  # the conversation (chat.jsonl): "it", "the same for ..."
        if hasattr(self.backend, "memory"):
            self.backend.memory = self.memory

    # ---- listing -------------------------------------------------------
    def agents(self) -> list[AgentInfo]:
        return list(self.registry.infos)

    def _owners(self) -> dict[str, str]:
        owners: dict[str, str] = {}
        for agent in self.registry.agents.values():
            for tool in agent.tool_names():
                owners.setdefault(tool, agent.name)
        return owners

    def manifest(self, agent: Agent) -> Any:
        """The manifest the user enabled for a plugin agent (None for built-ins or when there is none).

        Read from the installed plugin's manifest file, not from the plugin's code: what a
        plugin may emit is what the user approved when enabling it.
        """
        if agent.source == "builtin":
            return None
        if self._manifests is None:
            from editor_app.plugins import loadable_manifests

            self._manifests = loadable_manifests()
        return self._manifests.get(agent.name)

    def make_search(self, project: Project) -> Callable[[str, int], list[dict[str, Any]]]:
        """Transcript search for tools and context: the index when there is one, else keywords."""
        index = self.index
        # the hits are placed on this turn's copy below: the index's own placement (every clip
        # that plays the window, from its last sync) would go unread
        extra = {"timeline": False} if index is not None and _takes_timeline(index) else {}

        def search(query: str, k: int = 3) -> list[dict[str, Any]]:
            if index is not None:
                try:
                    return _index_hits(project, index.search(query, kind="transcript", k=k, **extra))
                except Exception as exc:  # noqa: BLE001 - a broken index degrades to keywords
                    log.warning("context index search failed, using keywords: %s", exc)
            return keyword_search(project, query, k)

        return search

    # ---- a turn --------------------------------------------------------
    async def propose(self, message: str, *, selection: Sequence[str] = (), playhead: int | None = None,
                      on_event: Callable[[TurnEvent], None] | None = None,
                      cancel: asyncio.Event | None = None) -> TurnResult:
        """Plan a turn on a scratch copy; the plan is remembered and checked for destructive edits."""
        before = self.session.project
        held = confirmed(self.memory, message)  # round 13: "yep do it" to a plan held for a yes: that plan, applied
        if declined(self.memory, message):  # "no, leave it": nothing changes
            result = await self._propose(message, selection=selection, playhead=playhead, on_event=on_event, cancel=cancel)
            if not result.ops:
                result.ok, result.special = True, "answer"
                result.reply = "OK, I left it as it was; nothing changed."
            remember(self.memory, result, result.steps)
            return result
        result = await self._propose(held or message, selection=selection, playhead=playhead, on_event=on_event,
                                     cancel=cancel)
        if result.ok and result.ops and result.preview is not None and held is None:
            result.confirm = confirm_reason(before, result.preview, result, selection, self.memory)
            if result.confirm:
                result.reply = f"{result.reply}\n{result.confirm}"
        remember(self.memory, result, result.steps)
        return result

    async def _propose(self, message: str, *, selection: Sequence[str] = (), playhead: int | None = None,
                       on_event: Callable[[TurnEvent], None] | None = None,
                       cancel: asyncio.Event | None = None) -> TurnResult:
        turn_id = f"turn-{uuid.uuid4().hex[:8]}"
        emit = _emitter(on_event)
        result = TurnResult(turn_id, message, False, [], [], [], "", sum_usage([]), [],
                            base_version=self.session.version)
        from editor_app.planner.dialogue import undo_and

        # round 12: "undo that, then mute the music" is no bare undo: the rest is planned after it (_undo_first)
        special = special_command(message) if undo_and(message) is None else None
        if special:
            return self._special(result, special)
        project = self.session.project
        scratch = project.clone()
        undone, planned = self._undo_first(message, scratch)  # round 12: "undo that and mute it instead"
        search = self.make_search(scratch)
        model = None
        try:
            model = await _cancellable(self.backend.begin(planned, scratch, selection=tuple(selection),
                                                          playhead=playhead, search=search, turn_id=turn_id,
                                                          session=self.session), cancel)
            if model.special in ("undo", "redo"):
                return self._special(result, model.special, model.usage)
            if model.special == "help":
                result.ok, result.special, result.reply = True, "help", help_text(self.session.project)
                return result
            if model.special == "answer":  # a question answered from the project: no edit
                result.ok, result.special = True, "answer"
                result.reply = getattr(getattr(model, "plan", None), "reply", "") or "I have no answer to that."
                return result
            if model.not_understood:
                result.reply, result.errors = model.not_understood, ["not understood"]
                result.usage = sum_usage(model.usage)
                return result
            available = list(self.registry.agents.values())
            names = await _cancellable(model.route(planned, available), cancel)
            unknown = [n for n in names if n not in self.registry.agents]
            names = [n for n in names if n in self.registry.agents]
            result.agents = list(dict.fromkeys(names))  # round 13: an offline plan may visit an agent twice
            result.errors += [f"no agent named {n!r} is available" for n in unknown]
            emit(TurnEvent("routing", ", ".join(names) or "(none)", data=names))
            texts = await self._run_agents(model, names, planned, scratch, search, selection, playhead,
                                           turn_id, result, emit, cancel)
        except TurnCancelled:
            result.ok, result.errors, result.reply = False, ["cancelled"], "Stopped. Nothing was changed."
            result.ops, result.operations = [], []
            emit(TurnEvent("error", "cancelled"))
            return self._finish(result, model)
        except LLMError as err:
            result.errors.append(err.message)
            result.ops, result.operations = [], []
            result.reply = f"Nothing was changed: {err.message}"
            emit(TurnEvent("error", err.message))
            return self._finish(result, model)
        finally:
            if model is not None:
                try:
                    await model.aclose()
                except Exception:  # noqa: BLE001
                    pass
        result.undo_first = undone is not None and bool(result.ops)  # undone on apply, then ``ops`` applied
        result.diff = [str(line) for line in diff_projects(project, scratch)]
        result.preview = scratch if result.ops else None  # the dry run, carried to the preview and the apply
        result.operations = [op.to_dict() for op in result.ops]
        planned = getattr(getattr(model, "plan", None), "steps", None)
        if planned:
            result.steps = [{"agent": s.agent, "tool": s.tool, "args": dict(s.args)} for s in planned]
        result.ok = not result.errors
        result.reply = _reply(result, texts)
        if result.undo_first and undone is not None:
            result.reply = f"Undo: {undone}, then: {result.reply}"
        emit(TurnEvent("plan_ready", result.reply, data=result.operations))
        return self._finish(result, model)

    async def _run_agents(self, model, names, message, scratch, search, selection, playhead, turn_id,
                          result: TurnResult, emit, cancel) -> list[str]:
        owners = self._owners()
        # Only a language model reads retrieved context; the offline planner's turn replays its own plan,
        # and a sentence-encoder search per turn would be its largest cost.
        snippets = search(message, 3) if getattr(model, "wants_context", True) else []
        texts: list[str] = []
        earlier: list[str] = []
        origin = f"agent:{'+'.join(dict.fromkeys(names))}/{turn_id}"
        for name in names:
            agent = self.registry.agents[name]
            emit(TurnEvent("agent_started", name, agent=name))
            runner = ToolRunner(agent, scratch, origin=origin, search=search, owners=owners,
                                max_failures=self.max_retries, manifest=self.manifest(agent),
                                plugin_timeout_s=self.plugin_timeout_s)
            try:
                text = await self._agent_loop(model, agent, runner, message, scratch, selection, playhead,
                                              snippets, earlier, emit, cancel)
            except (AgentStop, Exception) as exc:  # noqa: BLE001 - a plugin agent must not take the app down
                if isinstance(exc, (TurnCancelled, LLMError, asyncio.CancelledError)):
                    runner.rollback()
                    raise
                runner.rollback()
                reason = str(exc) if isinstance(exc, AgentStop) else f"the {name} agent failed: {type(exc).__name__}: {exc}"
                if not isinstance(exc, AgentStop):
                    log.exception("agent %s failed", name)
                result.errors.append(reason)
                emit(TurnEvent("error", reason, agent=name))
                continue
            if runner.unresolved:
                runner.rollback()
                for tool, error in runner.unresolved.items():
                    result.errors.append(f"{name}: the {tool} step failed and was not corrected: {error}")
                continue
            descriptions = [op.describe(scratch) for op in runner.ops]
            result.ops += runner.ops
            result.descriptions += descriptions
            earlier += [f"{name}: {d}" for d in descriptions]
            if text:
                texts.append(text)
        return texts

    async def _agent_loop(self, model, agent: Agent, runner: ToolRunner, message, scratch, selection, playhead,
                          snippets, earlier, emit, cancel) -> str:
        if getattr(model, "wants_state", True):
            messages = build_messages(agent, message, scratch, selection=selection, playhead=playhead,
                                      snippets=snippets, earlier=earlier, budget=self.budget)
        else:  # the offline planner replays its plan: a state table of every clip would go unread
            messages = [{"role": "user", "content": f"Request: {message}"}]
        inline = getattr(model, "inline_tools", False)
        tools = agent.tools()
        for _ in range(self.max_rounds):
            reply = await _cancellable(model.chat(agent, messages, tools,
                                                  on_delta=lambda t: emit(TurnEvent("delta", t, agent=agent.name))), cancel)
            if not reply.tool_calls:
                return (reply.content or "").strip()
            for n, call in enumerate(reply.tool_calls):
                call["id"] = call.get("id") or f"call_{len(messages)}_{n}"
            messages.append(reply.assistant_message())
            for call in reply.tool_calls:
                if cancel is not None and cancel.is_set():
                    raise TurnCancelled()
                emit(TurnEvent("tool_call", call["name"], agent=agent.name, data=call))
                # a model's turn runs tools off the event loop; the offline planner already planned on
                # it, and a worker thread per turn (asyncio.run's fresh executor) costs more than its tools
                content, ok = runner.execute(call) if inline else await asyncio.to_thread(runner.execute, call)
                if not ok:
                    emit(TurnEvent("tool_error", content, agent=agent.name, data=call))
                messages.append({"role": "tool", "tool_call_id": call["id"], "content": content})
        raise AgentStop(f"the {agent.name} agent did not finish within {self.max_rounds} model calls")

    def _finish(self, result: TurnResult, model) -> TurnResult:
        if model is not None:
            result.usage = sum_usage(model.usage)
            notes = list(getattr(model, "notes", None) or [])  # e.g. the state was shortened to fit
            if notes:
                result.notes = notes
                result.reply += "".join(f"\nNote: {n}." for n in notes)
        return result

    # ---- undo / redo ---------------------------------------------------
    def _undo_first(self, message: str, scratch: Project) -> tuple[str | None, str]:
        """Round 12: "undo that and mute it instead": the last batch taken back on ``scratch`` and the
        rest of the message to plan on it, as (the batch's label, rest); else (None, message). ``apply``
        undoes that batch, then applies the plan (two steps in the history: the undo, then the edit).
        A message that is not of that shape, an empty undo stack or an undo that points at a turn that
        changed nothing leaves the message as it is (the planner then says what it can)."""
        from editor_app.planner.dialogue import undo_and

        from editor_app.planner.dialogue import instead_of_last

        from editor_app.planner.meant_other import meant_other

        rest = undo_and(message) or instead_of_last(message, self.memory, self.session.project) \
            or meant_other(message, self.memory)  # round 13: "X instead"; round 16: "no, I meant the music"
        stack = self.session.history.undo_stack
        if rest is None or not stack or self._nothing_to_undo_from_last_turn(message):
            return None, message
        batch = stack[-1]
        try:
            revert(scratch, [op.model_copy(deep=True) for op in batch.inverses])
        except OperationError:
            return None, message
        return batch.label, rest

    def _special(self, result: TurnResult, kind: str, usage=None) -> TurnResult:
        history = self.session.history
        stack = history.undo_stack if kind == "undo" else history.redo_stack
        result.special = kind
        if usage:
            result.usage = sum_usage(usage)
        if not stack:
            result.reply = f"There is nothing to {kind}."
            result.errors = [result.reply]
            return result
        batch = stack[-1]
        if kind == "undo":
            missed = self._nothing_to_undo_from_last_turn(result.message)
            if missed:
                result.reply = (f"Your last request (\"{missed[:60]}\") changed nothing, so there is nothing of it "
                                f"to undo. The last change was \"{batch.label}\"; say \"undo\" to undo that.")
                result.errors = [result.reply]
                return result
        from editor_app.planner.dialogue import redo_count, undo_count

        # round 16: "redo both", "redo them": as many as said (them: every change undone), the latest undone first
        wanted = undo_count(result.message) if kind == "undo" else redo_count(result.message, len(stack))
        count = min(wanted, len(stack))
        batches = [stack[-i] for i in range(1, count + 1)]
        preview = self.session.project.clone()
        try:
            if kind == "undo":
                for one in batches:  # round 15: "undo both": the newest first, each on the result of the one before
                    revert(preview, one.inverses)
            else:
                for one in batches:
                    apply_all(preview, one.ops)
        except OperationError as exc:
            result.errors = [str(exc)]
            result.reply = f"Cannot {kind}: {exc}"
            return result
        result.ok = True
        result.undo_count = count
        result.diff = [str(line) for line in diff_projects(self.session.project, preview)]
        result.reply = f"{kind.capitalize()}: {'; then '.join(b.label for b in batches)}."
        if kind == "undo" and undo_count(result.message) > count:
            result.reply += f" That was every change there was to undo ({count})."
        result.descriptions = [f"{kind} {batch.label}"]
        return result

    def _nothing_to_undo_from_last_turn(self, message: str) -> str | None:
        """The last turn's message when "undo that" points at a turn that changed nothing (it asked,
        failed or is waiting for a yes): undoing the edit before it would undo what nobody named."""
        if self.memory is None or not _THAT.search(message or ""):
            return None
        last = next((t for t in reversed(self.memory.turns(8)) if t.kind != "note"), None)
        if last is not None and not last.applied and last.kind in ("unclear", "error", "confirm"):
            return last.message
        return None

    # ---- applying ------------------------------------------------------
    def apply(self, result: TurnResult) -> Batch:
        """Apply a proposed turn as one batch; re-validated first when the project changed since."""
        if result.applied:
            raise OperationError("this turn was already applied")
        session = self.session
        if result.special in ("undo", "redo"):
            if session.version != result.base_version:
                raise StalePlanError(f"the project changed since you asked to {result.special}; ask again")
            batch = session.undo() if result.special == "undo" else session.redo()
            if batch is None:
                raise OperationError(f"there is nothing to {result.special}")
            for _ in range(result.undo_count - 1):
                # round 15: "undo both": the ones before, newest first; round 16: "redo both" the same way forward
                batch = (session.undo() if result.special == "undo" else session.redo()) or batch
        else:
            if not result.ops:
                raise OperationError("there is nothing to apply")
            if result.undo_first:  # round 12: "undo that and mute it instead": the undo, then the plan made on it
                if session.version != result.base_version:
                    raise StalePlanError("the project changed since you asked to undo; ask again")
                if session.undo() is None:
                    raise OperationError("there is nothing to undo")
                result.base_version = session.version  # the plan was made on the project as the undo leaves it
            if session.version != result.base_version:
                try:
                    trial = session.project.clone()
                    apply_all(trial, list(result.ops))
                    problems = trial.check_invariants()  # e.g. a pinned new id another edit took meanwhile
                    if problems:
                        raise OperationError("; ".join(problems[:3]))
                except (BatchError, OperationError) as exc:
                    if result.undo_first:
                        session.redo()  # the plan no longer fits: the undo it came with is taken back too
                    raise StalePlanError(f"the project changed since this plan was made and it no longer fits "
                                         f"({exc}); nothing was applied, ask again") from exc
            label = f"{'+'.join(result.agents) or 'agent'}: {result.message[:60]}"
            try:
                batch = session.apply(list(result.ops), label, author=f"agent:{'+'.join(result.agents)}",
                                      turn_id=result.turn_id, agents=list(result.agents))
            except Exception:
                if result.undo_first:
                    session.redo()  # the edit could not go in: the undo it came with is taken back too
                raise
        result.applied, result.batch_id = True, batch.id
        self.memory.mark_applied(result.turn_id, batch.id)
        return batch

    async def run_turn(self, message: str, *, auto_apply: bool = True, **kw: Any) -> TurnResult:
        on_event = kw.get("on_event")
        result = await self.propose(message, **kw)
        if auto_apply and result.ok and not result.confirm and (result.ops or result.special in ("undo", "redo")):
            try:
                self.apply(result)
            except OperationError as exc:
                result.ok = False
                result.errors.append(str(exc))
                result.reply = f"Nothing was changed: {exc}"
                _emitter(on_event)(TurnEvent("error", str(exc)))
            else:
                _emitter(on_event)(TurnEvent("applied", result.batch_id or "", data=result.batch_id))
        return result


# ---- helpers -------------------------------------------------------------

def _emitter(on_event):
    def emit(event: TurnEvent) -> None:
        if on_event is None:
            return
        try:
            on_event(event)
        except Exception:  # noqa: BLE001 - a broken listener must not break the turn
            log.exception("turn event listener failed")
    return emit


async def _cancellable(awaitable, cancel: asyncio.Event | None):
    """Await ``awaitable`` unless ``cancel`` is set first (then raise TurnCancelled)."""
    if cancel is None:
        return await awaitable
    if cancel.is_set():
        if asyncio.iscoroutine(awaitable):
            awaitable.close()
        raise TurnCancelled()
    task = asyncio.ensure_future(awaitable)
    waiter = asyncio.ensure_future(cancel.wait())
    try:
        done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if task in done:
        return task.result()
    task.cancel()
    try:
        await task
    except BaseException:  # noqa: BLE001 - we are cancelling it
        pass
    raise TurnCancelled()


def _reply(result: TurnResult, texts: list[str]) -> str:
    """Facts first (what the plan does), then the agents' own words; failures said plainly."""
    if result.errors:
        head = "Nothing was changed. " if not result.ops else "Nothing was applied, because part of the request failed. "
        return head + " ".join(f"{e}." if not e.endswith(".") else e for e in result.errors)
    if not result.ops:
        return " ".join(texts) or "No changes were needed."
    shown = result.descriptions[:8]
    more = f" (and {len(result.descriptions) - 8} more)" if len(result.descriptions) > 8 else ""
    facts = "Changes: " + "; ".join(shown) + more + "."
    return facts + ("\n" + "\n".join(texts) if texts else "")


def _takes_timeline(index: Any) -> bool:
    """Whether this index's search can skip placing hits on the timeline (ContextIndex can)."""
    import inspect

    try:
        return "timeline" in inspect.signature(index.search).parameters
    except (TypeError, ValueError, AttributeError):
        return False


def _index_hits(project: Project, hits: list[Any]) -> list[dict[str, Any]]:
    """Context-index hits as the tools' hit dicts, with timeline times worked out from the clips."""
    out = []
    for hit in hits:
        media_id = getattr(hit, "media_id", None)
        row = {"media_id": media_id, "media_name": getattr(hit, "media_name", None),
               "source_start": getattr(hit, "start", None), "source_end": getattr(hit, "end", None),
               "quote": (getattr(hit, "text", "") or "")[:500], "score": getattr(hit, "score", None)}
        placed = place_source_span(project, media_id, row["source_start"], row["source_end"]) \
            if media_id and row["source_start"] is not None else None
        if placed:
            row.update(clip_id=placed[0], timeline_start=placed[1], timeline_end=placed[2])
        out.append(row)
    return out


def run_turn_sync(session, message: str, auto_apply: bool = True, backend=None, **kw: Any) -> TurnResult:
    """One turn from synchronous code (CLI, evals)."""
    orchestrator = Orchestrator(session, backend=backend)
    return asyncio.run(orchestrator.run_turn(message, auto_apply=auto_apply, **kw))


__all__ = ["Orchestrator", "OfflineBackend", "run_turn_sync"]
