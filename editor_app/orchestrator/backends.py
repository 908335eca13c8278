"""Model backends behind one interface: an OpenAI-compatible LLM, or the offline planner.

A backend starts a per-turn ``TurnModel`` that routes and answers chat calls with tool
calls, so the orchestrator's loop (validation, retries, scratch copy, diff, apply) is the
same code whether a model or the deterministic planner drives it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from editor_app.agents.base import Agent
from editor_app.llm.client import ChatResult, make_client
from editor_app.llm.schemas import flavour_for
from editor_app.llm.settings import ProviderSettings
from editor_app.llm.usage import Usage
from editor_app.model.project import Project
from editor_app.orchestrator.llm_turn import LLMTurn

log = logging.getLogger(__name__)
DeltaFn = Callable[[str], Any]


class TurnModel(Protocol):
    special: str | None  # "undo" | "redo" | "help" when the backend recognised one
    not_understood: str | None  # a reply for a message the backend cannot act on
    usage: list[Usage]

    async def route(self, message: str, agents: Sequence[Agent]) -> list[str]: ...
    async def chat(self, agent: Agent, messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                   on_delta: DeltaFn | None = None) -> ChatResult: ...
    async def aclose(self) -> None: ...


class Backend(Protocol):
    name: str

    async def begin(self, message: str, project: Project, *, selection: Sequence[str], playhead: int | None,
                    search: Callable[[str, int], list[dict]] | None) -> TurnModel: ...


# ---------------------------------------------------------------------------
# LLM


class LLMBackend:
    """An OpenAI-compatible endpoint through editor_app.llm.client (retries, timeouts, usage).

    What a real server needs is handled in the turn (see ``LLMTurn``); ``flavour`` picks the
    tool-schema shape ("raw": the registry's as-is, for comparison), ``finish_after_edits``
    skips the closing model call when a round's edits all succeeded and made no new track
    or split (their facts make the reply), ``memory_turns`` earlier turns go with each request.
    """

    name = "llm"

    def __init__(self, settings: ProviderSettings, *, api_key: str | None = None, stream: bool = False,
                 flavour: str | None = None, finish_after_edits: bool = True, memory_turns: int = 3,
                 record_turns: bool = True) -> None:
        self.settings = settings
        self.api_key = api_key
        self.stream = stream
        self.flavour = flavour or flavour_for(settings.preset, settings.model, settings.schema_flavour)
        self.finish_after_edits = finish_after_edits
        self.memory_turns = memory_turns
        self.record_turns = record_turns
        self.mode = settings.tools_mode if settings.tools_mode != "auto" else "tools"  # learnt per server

    async def begin(self, message, project, *, selection=(), playhead=None, search=None, **context) -> LLMTurn:
        return LLMTurn(self, make_client(self.settings, self.api_key), message, project,
                       selection=tuple(selection), playhead=playhead, **context)


# ---------------------------------------------------------------------------
# Offline planner


class OfflineBackend:
    """The deterministic planner (editor_app.planner.plan) emitting the same tool calls a model would."""

    name = "offline"

    def __init__(self, planner: Callable[..., Any] | None = None) -> None:
        self._planner = planner
        self.plugin_agents: list[Agent] = []  # set by the Orchestrator: enabled plugins with offline handlers
        self.memory: Any = None  # set by the Orchestrator: the conversation ("it", "the same for the music")
        self.plugin_timeout_s: float | None = None  # set by the Orchestrator: plugin code's time limit

    def planner(self) -> Callable[..., Any]:
        if self._planner is None:
            from editor_app.planner import plan

            self._planner = plan
        return self._planner

    async def begin(self, message, project, *, selection=(), playhead=None, search=None, **context) -> "_OfflineTurn":
        start = time.perf_counter()
        try:
            planner = self.planner()
        except ImportError as exc:
            return _OfflineTurn(_failed_plan(f"the offline planner is not available ({exc})"), 0.0)
        try:
            extra = {"memory": self.memory} if self.memory is not None and _takes(planner, "memory") else {}
            plan = planner(message, project, selection=selection, playhead=playhead, search=search, **extra)
        except Exception as exc:  # noqa: BLE001 - a planner bug must not take the app down
            log.exception("offline planner failed")
            plan = _failed_plan(f"the offline planner failed on this message ({type(exc).__name__}: {exc})")
        if not plan.understood and getattr(plan, "special", None) is None:
            plan = self._plugin_plan(message, project) or plan
        return _OfflineTurn(plan, time.perf_counter() - start)

    def _plugin_plan(self, message: str, project) -> Any | None:
        """Offer a message the built-in planner did not understand to enabled plugins' offline handlers."""
        from editor_app.planner.types import OfflinePlan, PlanStep

        for agent in self.plugin_agents:
            handler = getattr(agent, "offline_handler", None)
            if handler is None:
                continue
            try:
                if self.plugin_timeout_s is not None:
                    from editor_app.plugins.safety import run_with_timeout

                    calls = run_with_timeout(handler, (message, project.clone()), self.plugin_timeout_s,
                                             plugin=agent.name)
                else:
                    calls = handler(message, project)
            except Exception as exc:  # noqa: BLE001 - a plugin must never take the turn down with it
                log.warning("plugin %s offline handler failed: %s", agent.name, exc)
                return _failed_plan(f"the {agent.name} plugin failed ({type(exc).__name__}: {exc})")
            if calls:
                steps = [PlanStep(agent=agent.name, tool=c["tool"], args=dict(c.get("args", {}))) for c in calls]
                return OfflinePlan(understood=True, steps=steps, reply=f"The {agent.name} plugin handled this.", suggestions=[])
        return None


def _takes(func: Callable[..., Any], name: str) -> bool:
    import inspect

    try:
        return name in inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False


@dataclass
class _FailedPlan:
    reply: str
    understood: bool = False
    steps: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)
    special: str | None = None


def _failed_plan(reason: str) -> _FailedPlan:
    return _FailedPlan(f"Nothing was changed: {reason}.")


def _runs(steps: Sequence[Any]) -> list[list[Any]]:
    """The plan's steps in runs of one agent each, in plan order."""
    runs: list[list[Any]] = []
    for step in steps:
        if runs and runs[-1][0].agent == step.agent:
            runs[-1].append(step)
        else:
            runs.append([step])
    return runs


class _OfflineTurn:
    wants_context = False  # it replays the planner's steps; retrieved snippets would go unread
    wants_state = False  # ... and so would the project-state table built for a model
    inline_tools = True  # its tool calls run on the loop, as the planner itself did

    def __init__(self, plan: Any, latency: float) -> None:
        self.plan = plan
        self.special = getattr(plan, "special", None)  # "answer": plan.reply answers a question
        self.usage: list[Usage] = [Usage(latency_s=latency)]
        self.not_understood = None
        if not plan.understood and self.special is None:
            tips = list(getattr(plan, "suggestions", []) or [])
            reply = plan.reply or "I did not understand that."
            lead = "\n" if reply.rstrip().endswith(":") else "\nTry, for example:\n"
            self.not_understood = reply + (lead + "\n".join(f"- {t}" for t in tips[:6]) if tips else "")
        self._runs: list[list[Any]] = _runs(plan.steps)
        self._next = 0  # the next run of steps to serve
        self._serving = False  # a run was served; the agent's next call ends its turn

    async def route(self, message: str, agents: Sequence[Agent]) -> list[str]:
        # round 13 (sequence): one agent turn per run of consecutive steps, in plan order, so a plan
        # "cut (speech), insert (timeline), cut (speech)" runs in that order on the edited scratch
        # project (grouping by agent ran both cuts before the insert, on the wrong times)
        return [run[0].agent for run in self._runs]

    async def chat(self, agent, messages, tools, on_delta=None) -> ChatResult:
        if not self._serving and self._next < len(self._runs) and self._runs[self._next][0].agent == agent.name:
            run = self._runs[self._next]
            self._next += 1
            self._serving = True
            calls = [{"id": f"offline-{agent.name}-{self._next}-{i}", "name": step.tool,
                      "arguments": json.dumps(step.args, ensure_ascii=False)} for i, step in enumerate(run)]
            return ChatResult(content=None, tool_calls=calls, finish_reason="tool_calls", model="offline-planner")
        self._serving = False
        last = self._next >= len(self._runs)
        text = self.plan.reply if last else ""
        if text and on_delta is not None:
            on_delta(text)
        return ChatResult(content=text, finish_reason="stop", model="offline-planner")

    async def aclose(self) -> None:
        return None


def default_backend(settings: ProviderSettings | None = None) -> LLMBackend | OfflineBackend:
    """The LLM when an endpoint is configured, else the offline planner."""
    if settings is None:
        from editor_app.llm.settings import load_settings

        settings = load_settings()
    return LLMBackend(settings, stream=settings.stream) if settings.is_configured() else OfflineBackend()
