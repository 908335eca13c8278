"""One chat turn against a real OpenAI-compatible server, as real servers behave.

Why a layer between the orchestrator's loop and the client: what Ollama, vLLM, llama.cpp
and small models do differs from the ideal server the loop assumes, and each difference
used to end a turn as "success" with nothing applied, or as an error that blamed the
wrong thing. Here, per call:

- tools are sent in the server's schema flavour and the answers mapped back;
- the prompt is counted with a real tokenizer before sending; over the context window the
  project state is shortened and the turn says so; never silently truncated by the server;
- a server that refuses ``tools`` gets the same calls asked for as JSON (response_format
  JSON schema, else prompted JSON), remembered for the rest of the session;
- a reply cut off at the token limit, or one that claims an edit with no tool call, ends
  the agent's part as "nothing was changed" with the reason;
- earlier turns go along as compact records; each agent's conversation is kept for the
  fine-tuning export.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Sequence
from typing import Any

from editor_app.agents.base import Agent, read_prompt
from editor_app.llm import fallback
from editor_app.llm.client import ChatResult, chat
from editor_app.llm.errors import LLMBadRequestError, LLMError, LLMResponseError, LLMToolsUnsupportedError
from editor_app.llm.memory import JournalMemory, StoreMemory, memory_block
from editor_app.llm.parsing import valid_json_object
from editor_app.llm.schemas import ArgMap, server_tool
from editor_app.llm.tokens import count_request, count_text
from editor_app.llm.usage import Usage
from editor_app.orchestrator.context import state_block
from editor_app.orchestrator.routing import keyword_route, parse_route, route_tool
from editor_app.orchestrator.types import AgentStop
from editor_app.planner.memory import memory_for as store_for  # the shared chat memory

log = logging.getLogger(__name__)
STATE_RE = re.compile(r"<project_state>\n.*?\n</project_state>", re.S)
DATA_RE = re.compile(r"\n*<project_data>\n.*?\n</project_data>", re.S)
CLAIM = re.compile(r"\b(i(?:'ve| have)?|done|applied|added|removed|cut|trimmed|split|moved|faded|lowered|raised|"
                   r"muted|inserted|placed|changed|set|made|deleted|ducked|normali[sz]ed)\b", re.I)
# A question asks for an answer, not an edit ("could you fade the music out?" is a request).
QUESTION = re.compile(r"^\s*(what|where|which|who|when|how|why|is|are|does|do|did|has|have|can you tell|tell me|"
                      r"list|show me)\b", re.I)
MIN_STATE_BUDGET = 150


class LLMTurn:
    """The TurnModel of an LLM backend for one chat turn."""

    def __init__(self, backend: Any, client: Any, message: str, project: Any, *, selection: tuple = (),
                 playhead: int | None = None, turn_id: str | None = None, session: Any = None,
                 memory: Any = None) -> None:
        self.backend = backend
        self.settings = backend.settings
        self.client = client
        self.message = message
        self.project = project
        self.selection = selection
        self.playhead = playhead
        self.turn_id = turn_id
        self.session = session
        self.memory = memory if memory is not None else (memory_for(session) if session is not None else None)
        self.special = None
        self.not_understood = None
        self.usage: list[Usage] = []
        self.notes: list[str] = []
        self.route_names: list[str] = []
        self.edited: set[str] = set()  # agents with at least one applied edit
        self.conversations: dict[str, dict[str, Any]] = {}  # agent -> {"messages", "tools"} for the export
        self._maps: dict[str, ArgMap] = {}
        self._sent_tokens = 0  # the last agent call's prompt as counted here
        self._own_args: dict[str, str] = {}  # call id -> arguments in the tool's own shape

    # ---- routing -----------------------------------------------------------
    async def route(self, message: str, agents: Sequence[Agent]) -> list[str]:
        if len(agents) <= 1:
            self.route_names = [a.name for a in agents]
            return self.route_names
        listing = "\n".join(f"- {a.name}: {a.description}" for a in agents)
        messages = [{"role": "system", "content": read_prompt("router.txt") + "\n" + listing},
                    {"role": "user", "content": message}]
        tool = route_tool(agents)
        try:
            if self.backend.mode == "tools":
                result = await self._send(messages, [tool], tool_choice={"type": "function",
                                                                         "function": {"name": "route"}})
            else:
                result = await self._send_json(messages, [tool])
        except LLMToolsUnsupportedError as err:
            self._switch_mode(err)
            result = await self._send_json(messages, [tool])
        picked = parse_route(result.tool_calls, result.content, agents)
        self.route_names = picked if picked is not None else keyword_route(message, agents)
        return self.route_names

    # ---- an agent's call -----------------------------------------------------
    async def chat(self, agent: Agent, messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                   on_delta=None) -> ChatResult:
        done = self._finished_round(agent, messages)
        if done is not None:
            self._record(agent, messages, tools, done)
            return done
        self._agent = agent
        # schema shaping, memory and the tokenizer run off the event loop: they must not stall the UI
        sent_tools = await asyncio.to_thread(self._prepare, messages, tools)
        stream = self.backend.stream and on_delta is not None
        try:
            if self.backend.mode == "tools":
                result = await self._send(messages, sent_tools, stream=stream, on_delta=on_delta)
            else:
                result = await self._send_json(messages, sent_tools)
        except LLMToolsUnsupportedError as err:
            self._switch_mode(err)
            result = await self._send_json(messages, sent_tools)
        self._check_truncated(result)
        if result.cut_off:
            raise LLMResponseError(
                f"the model's reply was cut off at the server's token limit (finish_reason \"length\"), so it "
                f"was not used; the prompt was about {count_request(messages, sent_tools):,} tokens of a "
                f"{self.settings.context_window:,}-token window. " + self._raise_window_hint())
        for call in result.tool_calls:
            mapping = self._maps.get(call["name"])
            if mapping is not None and valid_json_object(call["arguments"]):
                call["echo"] = call["arguments"]  # echoed in the shape the model was given
                call["arguments"] = json.dumps(mapping.apply(json.loads(call["arguments"])), ensure_ascii=False)
        if not result.tool_calls:
            self._check_claim(agent, messages, result)
        self._record(agent, messages, tools, result)
        return result

    # ---- sending -------------------------------------------------------------
    async def _send(self, messages, tools, *, tool_choice=None, stream=False, on_delta=None) -> ChatResult:
        result = await chat(self.client, self.settings, messages, tools=tools or None, tool_choice=tool_choice,
                            stream=stream, on_delta=on_delta if stream else None)
        self.usage.append(result.usage)
        return result

    async def _send_json(self, messages, tools) -> ChatResult:
        """The calls asked for as JSON: a JSON-schema response_format, else in the prompt only."""
        converted = fallback.convert_history(messages, tools)
        if self.backend.mode != "prompted_json":
            try:
                result = await chat(self.client, self.settings, converted,
                                    response_format=fallback.response_format(tools))
            except LLMBadRequestError as err:
                self.backend.mode = "prompted_json"
                self.notes.append(f"the server also refused a JSON-schema response format ({err.message}); "
                                  "tool calls were asked for as plain JSON")
            else:
                self.usage.append(result.usage)
                return self._json_result(result, tools)
        result = await chat(self.client, self.settings, converted)
        self.usage.append(result.usage)
        return self._json_result(result, tools)

    def _json_result(self, result: ChatResult, tools) -> ChatResult:
        if result.tool_calls:
            return result
        calls, reply = fallback.parse_answer(result.content, tools)
        result.tool_calls, result.content = calls, reply
        return result

    def _switch_mode(self, err: LLMError) -> None:
        from editor_app.llm.probe import FIXES

        self.backend.mode = "json_schema"
        said = re.search(r"server said: ([^)]*)\)", err.message)
        why = f" ({said.group(1)})" if said else ""
        fix = FIXES.get(self.settings.preset, "use a server and model with OpenAI tool calling")
        self.notes.append(f"{self.settings.label} refused tool calling{why}, so tool calls were asked for as JSON "
                          f"output instead (slower, less reliable); to fix: {fix}")

    def _prepare(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self._add_memory(messages)
        sent_tools = self._server_tools(tools)
        self._all_tools = list(sent_tools)
        self._fit(messages, sent_tools)
        return sent_tools

    def _server_tools(self, tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.backend.flavour == "raw":
            return tools
        cache = self.backend.__dict__.setdefault("_shaped", {})  # the same tools on every call: shape once
        out = []
        for tool in tools:
            key = (self.backend.flavour, json.dumps(tool, sort_keys=True, default=str))
            if key not in cache:
                cache[key] = server_tool(tool, self.backend.flavour)
            shaped, mapping = cache[key]
            self._maps[shaped["function"]["name"]] = mapping
            out.append(shaped)
        return out

    # ---- the context window --------------------------------------------------
    def _budget(self) -> int:
        return self.settings.context_window - self.settings.max_output_tokens

    def _fit(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> None:
        """Shrink the project state (then old tool results) until the prompt fits; else refuse."""
        budget = self._budget()
        size = self._sent_tokens = count_request(messages, tools)
        if size <= budget:
            return
        user = messages[1] if len(messages) > 1 and messages[1].get("role") == "user" else None
        if user is not None and STATE_RE.search(user.get("content") or ""):
            state_budget = max(MIN_STATE_BUDGET, (budget - (size - _state_tokens(user))) * 3 // 4)
            while True:
                block = state_block(self.project, selection=self.selection, playhead=self.playhead,
                                    budget=state_budget)
                user["content"] = STATE_RE.sub(lambda _m: f"<project_state>\n{block}\n</project_state>",
                                               user["content"])
                size = self._sent_tokens = count_request(messages, tools)
                if size <= budget or state_budget <= MIN_STATE_BUDGET:
                    break
                state_budget = max(MIN_STATE_BUDGET, state_budget // 2)
            self._note(f"the project state was shortened to fit the model's {self.settings.context_window:,}-token "
                       "context window (the model sees fewer clips; get_timeline shows more)")
        if size > budget:  # then look-up results over a third of the window (get_timeline on 1,000 clips)
            size = self._cap_results(messages, tools, budget, 3)
        if size > budget and user is not None and DATA_RE.search(user.get("content") or ""):
            user["content"] = DATA_RE.sub("", user["content"])  # the quotes retrieval added for this request
            size = self._sent_tokens = count_request(messages, tools)
            self._note("to fit, the transcript quotes retrieved for this request were left out")
        if size > budget:  # read-only tools go next: the state already shows what they would
            queries = [t for t in tools if self._kind_of(t) == "query"]
            while queries and size > budget:
                tools.remove(queries.pop())
                size = self._sent_tokens = count_request(messages, tools)
            if size > budget:  # then the look-up results shorter still: the edit tools are the job
                size = self._cap_results(messages, tools, budget, 16)
            if size > budget:  # then edit tools the request gives no hint of, largest first
                spare = sorted((t for t in tools if self._kind_of(t) == "edit" and not self._hinted(t)),
                               key=lambda t: -len(json.dumps(t)))
                while spare and size > budget:
                    tools.remove(spare.pop(0))
                    size = self._sent_tokens = count_request(messages, tools)
            if size > budget:  # then the optional knobs that have defaults (the tools still accept them)
                trimmed = [_without_defaults(t) for t in tools]
                tools[:] = trimmed
                size = self._sent_tokens = count_request(messages, tools)
                self._note("to fit, optional settings with defaults were left out of the tool descriptions")
            names = {t["function"]["name"] for t in tools}
            dropped = [t["function"]["name"] for t in self._all_tools if t["function"]["name"] not in names]
            if dropped:
                self._note(f"to fit the {self.settings.context_window:,}-token context window these tools were "
                           f"left out of this call: {', '.join(dropped)}")
        for msg in messages:
            if size <= budget:
                break
            if msg.get("role") == "tool" and len(msg.get("content") or "") > 200 and msg is not messages[-1]:
                msg["content"] = msg["content"][:200] + "…(shortened)"
                size = self._sent_tokens = count_request(messages, tools)
        if size > budget:
            raise LLMError(f"this request needs about {size:,} prompt tokens but the model's context window is set to "
                           f"{self.settings.context_window:,} (with {self.settings.max_output_tokens:,} kept for the "
                           "reply); nothing was sent. " + self._raise_window_hint(size + self.settings.max_output_tokens))

    def _cap_results(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]], budget: int,
                     share: int) -> int:
        """Cut tool results longer than 1/``share`` of the budget at a line end, saying so in the result:
        the model asked for them, so they go after the state, and before any edit tool is left out."""
        cap = max(200, budget // share)
        size = self._sent_tokens
        for msg in messages:
            text = msg.get("content") or ""
            if size <= budget:
                break
            if msg.get("role") != "tool" or (tokens := count_text(text)) <= cap:
                continue
            keep = len(text) * cap // tokens
            cut = max(text.rfind("\\n", 0, keep), text.rfind("\n", 0, keep))
            msg["content"] = text[:cut if cut > keep // 2 else keep] + (
                f" …(cut here to fit the model's {self.settings.context_window:,}-token context window)")
            size = self._sent_tokens = count_request(messages, tools)
            self._note(f"a look-up result was cut to fit the model's {self.settings.context_window:,}-token "
                       "context window")
        return size

    def _check_truncated(self, result: ChatResult) -> None:
        """Ollama cuts an over-long prompt from the front without an error; its prompt count gives it away."""
        if self.settings.preset != "ollama" or result.usage.estimated or not self._sent_tokens:
            return
        reported = result.usage.prompt_tokens
        if reported >= 1000 and self._sent_tokens > 1.6 * reported:
            raise LLMError(
                f"Ollama evaluated only {reported:,} of about {self._sent_tokens:,} prompt tokens: it cut the "
                f"request to fit its context window, so the reply was not used. Ollama's window is smaller than "
                f"the {self.settings.context_window:,} set in Settings; "
                f"{self.settings.context_howto(max(16384, self.settings.context_window))}, or set Context "
                f"window to {reported:,} in Settings")

    def _hinted(self, tool: dict[str, Any]) -> bool:
        """Whether the request mentions the tool: a word of its name or one of its routing words."""
        name = tool["function"]["name"]
        words = set(re.findall(r"[a-z]+", self.message.lower()))
        if words & {w for w in name.split("_") if len(w) > 2}:
            return True
        try:
            from editor_app.tools import TOOLS

            found = TOOLS.find(name)
            patterns = list(getattr(found, "keywords", ()) or ()) if found is not None else []
        except Exception:  # noqa: BLE001 - no registry: the name alone decides
            patterns = []
        return any(re.search(rf"\b{p}\b", self.message, re.I) for p in patterns)

    def _kind_of(self, tool: dict[str, Any]) -> str | None:
        agent = getattr(self, "_agent", None)
        return agent.kind_of(tool["function"]["name"]) if agent is not None else None

    def _raise_window_hint(self, needed: int | None = None) -> str:
        target = max(8192, 1 << ((needed or self.settings.context_window * 2) - 1).bit_length())
        how = self.settings.context_howto(target)
        where = f"To raise it, {how}, then set Context window to {target:,} in Settings." if how else \
            f"Set a larger Context window in Settings (e.g. {target:,}) if the model allows it."
        return where

    def _note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    # ---- conversation memory -------------------------------------------------
    def _add_memory(self, messages: list[dict[str, Any]]) -> None:
        if self.memory is None or self.backend.memory_turns <= 0 or len(messages) != 2:
            return
        user = messages[1]
        if "Earlier turns of this chat" in (user.get("content") or ""):
            return
        block = memory_block(self.memory.recent(self.backend.memory_turns))
        if block:
            user["content"] = user["content"].replace("\n\n<project_state>", f"\n\n{block}\n\n<project_state>", 1)

    # ---- honesty -------------------------------------------------------------
    def _finished_round(self, agent: Agent, messages: list[dict[str, Any]]) -> ChatResult | None:
        """A closing reply made here when the last round's edits all succeeded (no model call)."""
        results = _last_round(messages)
        if results is None:
            return None
        calls, outcomes = results
        if any(o.get("ok") is not True for o in outcomes):
            return None
        kinds = {agent.kind_of(c["function"]["name"]) for c in calls}
        if outcomes and any("applied" in o for o in outcomes):
            self.edited.add(agent.name)
        if not self.backend.finish_after_edits or not kinds <= {"edit", "macro", "custom"}:
            return None
        created = [i for o in outcomes for i in o.get("created_ids") or []]
        if any(c["function"]["name"] == "split_clip" for c in calls) or any(i.startswith("t") for i in created):
            return None  # a later step may need the new piece or track
        applied = [a for o in outcomes for a in o.get("applied") or []]
        return ChatResult(content="", finish_reason="stop", model=self.settings.model,
                          notes=[f"closed after {len(applied)} applied edit(s) without another model call"])

    def _check_claim(self, agent: Agent, messages: list[dict[str, Any]], result: ChatResult) -> None:
        """An agent that ends with words but no applied edit: fine for a question, else say so."""
        outcomes = [o for _, outs in _rounds(messages) for o in outs]
        if any(o.get("ok") and "applied" in o for o in outcomes):
            self.edited.add(agent.name)
            return
        if any(o.get("ok") is False for o in outcomes):
            return  # a failed call not corrected: the orchestrator reports that failure itself
        text = (result.content or "").strip()
        if QUESTION.search(self.message):
            return
        last = self.route_names and agent.name == self.route_names[-1]
        claims = bool(CLAIM.search(text)) and not re.search(r"\b(not|no|cannot|can't|couldn't|unable)\b", text, re.I)
        if claims or (last and not self.edited):
            said = f' It answered: "{text[:160]}"' if text and not claims else (
                " Its reply claimed a change that no tool call made." if claims else "")
            raise AgentStop(f"the {agent.name} agent made no edit (no tool call was applied).{said}")

    # ---- fine-tuning record --------------------------------------------------
    def _record(self, agent: Agent, messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                result: ChatResult) -> None:
        final = result.assistant_message()
        for call in result.tool_calls:
            self._own_args[call["id"]] = call["arguments"] if valid_json_object(call["arguments"]) else "{}"
        history = json.loads(json.dumps([*messages, final], default=str))
        for msg in history:  # calls kept in the tool's own shape (not a server's flattened one): the export reshapes
            for call in msg.get("tool_calls") or []:
                if call.get("id") in self._own_args:
                    call["function"]["arguments"] = self._own_args[call["id"]]
        final = history.pop()
        messages = history
        if not final.get("tool_calls") and not final.get("content"):
            applied = [a for _, outs in _rounds(messages) for o in outs for a in o.get("applied") or []]
            final["content"] = "Done: " + "; ".join(applied) + "." if applied else "Nothing to change."
        self.conversations[agent.name] = {"messages": [*messages, final], "tools": tools}

    async def aclose(self) -> None:
        try:
            await self.client.close()
        finally:
            if self.backend.record_turns and self.session is not None and self.conversations and self.turn_id:
                from editor_app.llm.dataset import record_turn

                try:
                    record_turn(self.session.path, self.turn_id, self.conversations)
                except OSError as exc:  # the record is a bonus; the turn stands
                    log.warning("could not keep the turn for fine-tuning: %s", exc)


def _without_defaults(tool: dict[str, Any]) -> dict[str, Any]:
    """The tool without optional properties that have a default (said as "default" in simple schemas)."""
    fn = tool["function"]
    params = fn.get("parameters") or {}
    required = set(params.get("required", []))
    props = {k: v for k, v in (params.get("properties") or {}).items()
             if k in required or not ("default" in v or "default " in str(v.get("description", "")))}
    return {**tool, "function": {**fn, "parameters": {**params, "properties": props}}}


def memory_for(session: Any) -> Any:
    """The project's chat store when there is one (the planner's chat.jsonl), else its journal."""
    try:
        return StoreMemory(store_for(session))
    except Exception:  # noqa: BLE001 - memory is a help, never a reason to fail a turn
        return JournalMemory(session)


def _state_tokens(user: dict[str, Any]) -> int:
    from editor_app.llm.tokens import count_text

    match = STATE_RE.search(user.get("content") or "")
    return count_text(match.group(0)) if match else 0


def _rounds(messages: list[dict[str, Any]]):
    """(tool calls, parsed results) of every round in the conversation."""
    out = []
    i = 0
    while i < len(messages):
        msg = messages[i]
        if msg.get("role") == "assistant" and msg.get("tool_calls"):
            outcomes = []
            j = i + 1
            while j < len(messages) and messages[j].get("role") == "tool":
                try:
                    data = json.loads(messages[j].get("content") or "{}")
                except ValueError:
                    data = {}
                outcomes.append(data if isinstance(data, dict) else {})
                j += 1
            out.append((msg["tool_calls"], outcomes))
            i = j
        else:
            i += 1
    return out


def _last_round(messages: list[dict[str, Any]]):
    rounds = _rounds(messages)
    if not rounds or messages[-1].get("role") != "tool":
        return None
    return rounds[-1]
