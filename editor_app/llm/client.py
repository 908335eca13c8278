"""The OpenAI-compatible client: chat (plain and streamed, with tools), embeddings, transcription.

Everything goes through ``openai.AsyncOpenAI`` with base_url, timeout and retries
set explicitly (the library defaults are a 10-minute timeout). Failures come out
as ``LLMError`` subclasses with messages a user can act on.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.llm.errors import (
    LLMConfigError,
    LLMConnectionError,
    LLMError,
    LLMResponseError,
    LLMTimeoutError,
    LLMUnsupportedError,
    map_error,
)
from editor_app.llm.parsing import (
    StreamFilter,
    arguments_text,
    calls_in_content,
    new_call_id,
    strip_think,
    valid_json_object,
)
from editor_app.llm.secrets import ENV_KEY, api_key_for
from editor_app.llm.settings import ProviderSettings
from editor_app.llm.usage import Usage, estimate_tokens, make_usage
from editor_app.model.project import TranscriptSegment

if TYPE_CHECKING:  # the client library loads with the first client: an offline turn never needs it
    import openai

DeltaCallback = Callable[[str], Any]  # may return an awaitable


@dataclass
class ChatResult:
    """One assistant reply. ``tool_calls`` are plain dicts: id, name, arguments (the raw JSON string).

    ``content`` has reasoning blocks and tool calls written into the text taken out;
    ``notes`` says what was repaired (calls found in the text, ids made up, ...).
    """

    content: str | None
    tool_calls: list[dict[str, str]] = field(default_factory=list)
    finish_reason: str | None = None
    usage: Usage = field(default_factory=Usage)
    latency_s: float = 0.0
    model: str | None = None
    thinking: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def cut_off(self) -> bool:
        """The server stopped the reply at its token limit: what came is incomplete."""
        return self.finish_reason == "length"

    def assistant_message(self) -> dict[str, Any]:
        """The reply as a chat message to append to the conversation before tool results.

        Only valid JSON goes back as arguments: Ollama and vLLM re-parse the echo and answer
        400 to a malformed one, which would end the turn instead of letting the model fix it.
        """
        msg: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.tool_calls:
            msg["tool_calls"] = [
                {"id": tc["id"], "type": "function",
                 "function": {"name": tc["name"], "arguments": _echo(tc.get("echo", tc["arguments"]))}}
                for tc in self.tool_calls
            ]
        return msg


def _echo(arguments: str) -> str:
    return arguments if valid_json_object(arguments) else "{}"


def make_client(
    settings: ProviderSettings, api_key: str | None = None, env: Mapping[str, str] | None = None
) -> openai.AsyncOpenAI:
    """An AsyncOpenAI for these settings; raises LLMConfigError when no endpoint or key is set."""
    import openai

    if not settings.is_configured():
        raise LLMConfigError("no model endpoint is configured; the offline planner is used")
    key = api_key or api_key_for(settings, env)
    if not key:
        raise LLMConfigError(f"no API key for {settings.label}: set {ENV_KEY} or store a key in Settings")
    return openai.AsyncOpenAI(
        api_key=key,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


# Servers that answered 400 to ``stream_options`` (some proxies and older local servers): their streamed
# replies carry no usage, so the turn's tokens are estimated there.
_NO_STREAM_USAGE: set[str] = set()


async def _emit(on_delta: DeltaCallback | None, text: str) -> None:
    if on_delta is None or not text:
        return
    result = on_delta(text)
    if inspect.isawaitable(result):
        await result


def _usage_of(
    settings: ProviderSettings, raw: Any, messages: Sequence[Any], tools: Any,
    content: str | None, tool_calls: list[dict[str, str]], latency: float, model: str | None = None,
) -> Usage:
    """The server's token counts (cached prompt tokens too), or a chars/4 estimate when it sent none."""
    prompt = getattr(raw, "prompt_tokens", None) if raw is not None else None
    completion = getattr(raw, "completion_tokens", None) if raw is not None else None
    if prompt is not None and completion is not None:
        details = getattr(raw, "prompt_tokens_details", None)
        cached = getattr(details, "cached_tokens", None) if details is not None else None
        if cached is None and isinstance(details, Mapping):
            cached = details.get("cached_tokens")
        return make_usage(settings, int(prompt), int(completion), latency, cached_tokens=int(cached or 0),
                          model=model)
    est_prompt = estimate_tokens(list(messages)) + estimate_tokens(tools)
    est_completion = estimate_tokens(content) + sum(estimate_tokens(tc["arguments"]) for tc in tool_calls)
    return make_usage(settings, est_prompt, est_completion, latency, estimated=True, model=model)


def _tool_calls_of(message: Any) -> list[dict[str, str]]:
    calls = []
    for tc in getattr(message, "tool_calls", None) or []:
        fn = getattr(tc, "function", None)
        if fn is None:  # a non-function (custom) tool call: nothing we can run
            continue
        calls.append({"id": getattr(tc, "id", None) or "", "name": getattr(fn, "name", None) or "",
                      "arguments": arguments_text(getattr(fn, "arguments", None))})
    return calls


def tool_names(tools: Sequence[Mapping[str, Any]] | None) -> list[str]:
    return [str((t.get("function") or {}).get("name")) for t in tools or [] if isinstance(t, Mapping)]


def tidy_reply(content: str | None, calls: list[dict[str, str]],
               tools: Sequence[Mapping[str, Any]] | None) -> tuple[str | None, list[dict[str, str]], str, list[str]]:
    """Reasoning out of the text, calls written into the text made real, every call given an id."""
    notes: list[str] = []
    content, thinking = strip_think(content)
    if tools:
        found, rest = calls_in_content(content, tool_names(tools))
        if found and not calls:
            calls, content = found, rest
            notes.append(f"{len(found)} tool call(s) were written in the reply text; read them as calls")
        elif found:
            content = rest  # the server parsed them already; do not show the duplicate
    for call in calls:
        if not call.get("id"):
            call["id"] = new_call_id()
    return content, calls, thinking, notes


async def chat(
    client: openai.AsyncOpenAI,
    settings: ProviderSettings,
    messages: Sequence[Mapping[str, Any]],
    tools: Sequence[Mapping[str, Any]] | None = None,
    tool_choice: str | Mapping[str, Any] | None = None,
    stream: bool = False,
    on_delta: DeltaCallback | None = None,
    **extra: Any,
) -> ChatResult:
    """One chat completion; streamed content goes to ``on_delta`` as it arrives."""
    import openai

    model = extra.pop("model", None) or settings.model
    if not model:
        raise LLMConfigError(f"no model chosen for {settings.label}; pick one in Settings "
                             "(Test connection lists what the server offers)")
    kwargs: dict[str, Any] = {"model": model, "messages": list(messages), **extra}
    if tools:
        kwargs["tools"] = list(tools)
    if tool_choice is not None:
        kwargs["tool_choice"] = tool_choice
    if settings.temperature is not None:
        kwargs.setdefault("temperature", settings.temperature)
    start = time.perf_counter()
    try:
        if stream:
            if settings.base_url not in _NO_STREAM_USAGE:  # token counts (cached ones too), not an estimate
                kwargs.setdefault("stream_options", {"include_usage": True})
            shown = _filtered(on_delta)
            try:
                content, calls, finish, raw_usage, model_used = await _stream(client, settings, kwargs, shown)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if "stream_options" not in kwargs or "stream_options" not in str(exc):
                    raise
                _NO_STREAM_USAGE.add(settings.base_url)  # a server that refuses the field: ask without it
                kwargs.pop("stream_options")
                content, calls, finish, raw_usage, model_used = await _stream(client, settings, kwargs, shown)
            if shown is not None:
                await _emit(on_delta, shown.filter.flush())
        else:
            resp = await client.chat.completions.create(**kwargs)
            if not getattr(resp, "choices", None):
                raise LLMResponseError(f"{settings.base_url} sent a reply with no choices")
            choice = resp.choices[0]
            content, calls = choice.message.content, _tool_calls_of(choice.message)
            finish, raw_usage, model_used = choice.finish_reason, resp.usage, resp.model
    except LLMError:
        raise
    except openai.OpenAIError as exc:
        raise map_error(exc, settings, "chat", tools_sent=bool(tools)) from exc
    except (ValueError, TypeError, AttributeError) as exc:  # a 200 that is not an OpenAI-style JSON reply
        raise LLMResponseError(f"{settings.base_url} answered with something that is not an OpenAI-style reply "
                               f"({type(exc).__name__}); is the base URL right (it usually ends in /v1)?") from exc
    latency = time.perf_counter() - start
    usage = _usage_of(settings, raw_usage, messages, tools, content, calls, latency, model_used or model)
    content, calls, thinking, notes = tidy_reply(content, calls, tools)
    return ChatResult(content, calls, finish, usage, latency, model_used or model, thinking, notes)


class _Shown:
    """``on_delta`` behind a StreamFilter: reasoning and tool-call tags never reach the chat panel."""

    def __init__(self, on_delta: DeltaCallback) -> None:
        self.on_delta = on_delta
        self.filter = StreamFilter()

    def __call__(self, text: str) -> Any:
        shown = self.filter.feed(text)
        return self.on_delta(shown) if shown else None


def _filtered(on_delta: DeltaCallback | None) -> _Shown | None:
    return _Shown(on_delta) if on_delta is not None else None


async def _stream(
    client: openai.AsyncOpenAI, settings: ProviderSettings, kwargs: dict[str, Any], on_delta: DeltaCallback | None
) -> tuple[str | None, list[dict[str, str]], str | None, Any, str | None]:
    """Accumulate content and index-keyed tool-call deltas from an SSE stream."""
    import openai

    parts: list[str] = []
    calls: dict[int, dict[str, str]] = {}
    finish = raw_usage = model = None
    stream = await client.chat.completions.create(stream=True, **kwargs)
    try:
        async with stream:
            async for chunk in stream:
                model = model or getattr(chunk, "model", None)
                if getattr(chunk, "usage", None):
                    raw_usage = chunk.usage
                for choice in chunk.choices or []:
                    await _apply_delta(choice, parts, calls, on_delta)
                    finish = choice.finish_reason or finish
    except (openai.APITimeoutError, openai.APIConnectionError) as exc:
        raise _cut_off(exc, settings, "".join(parts)) from exc
    content = "".join(parts) if parts else None
    return content, [calls[i] for i in sorted(calls)], finish, raw_usage, model


def _cut_off(exc: Exception, settings: ProviderSettings, partial: str) -> LLMError:
    """A stream that broke after it began: say so, and keep what arrived."""
    import openai

    url = settings.base_url
    err: LLMError
    if isinstance(exc, openai.APITimeoutError):
        err = LLMTimeoutError(f"{url} stopped sending for more than {settings.timeout:g} s in the middle "
                              "of a reply; try again")
    else:
        err = LLMConnectionError(f"the connection to {url} dropped in the middle of a reply; try again")
    err.partial = partial
    return err


async def _apply_delta(choice: Any, parts: list[str], calls: dict[int, dict[str, str]],
                       on_delta: DeltaCallback | None) -> None:
    delta = choice.delta
    if delta is None:
        return
    if delta.content:
        parts.append(delta.content)
        await _emit(on_delta, delta.content)
    for tc in delta.tool_calls or []:
        slot = calls.setdefault(tc.index, {"id": "", "name": "", "arguments": ""})
        if getattr(tc, "id", None):
            slot["id"] = tc.id
        if tc.function is not None:
            if tc.function.name and not slot["name"]:  # some servers repeat it
                slot["name"] = tc.function.name
            if tc.function.arguments:
                piece = tc.function.arguments
                slot["arguments"] += piece if isinstance(piece, str) else arguments_text(piece)


async def embed(client: openai.AsyncOpenAI, settings: ProviderSettings, texts: Sequence[str],
                batch_size: int = 256) -> list[list[float]]:
    """Embedding vectors in the order of ``texts`` (sent in batches)."""
    import openai

    if not texts:
        return []
    if not settings.embedding_model:
        raise LLMConfigError(f"no embedding model set for {settings.label}")
    out: list[list[float]] = []
    for i in range(0, len(texts), batch_size):
        batch = list(texts[i:i + batch_size])
        try:
            resp = await client.embeddings.create(model=settings.embedding_model, input=batch,
                                                  encoding_format="float")
        except openai.OpenAIError as exc:
            raise map_error(exc, settings, "embeddings") from exc
        items = sorted(resp.data or [], key=lambda d: d.index)
        if len(items) != len(batch):
            raise LLMResponseError(f"{settings.base_url} returned {len(items)} embeddings for {len(batch)} texts")
        out.extend([float(x) for x in item.embedding] for item in items)
    return out


async def transcribe(client: openai.AsyncOpenAI, settings: ProviderSettings, path: str | Path,
                     language: str | None = None) -> list[TranscriptSegment]:
    """Timed speech segments of an audio file (audio/transcriptions, verbose_json)."""
    import openai

    if not settings.transcription_model:
        raise LLMConfigError(f"no speech-to-text model set for {settings.label}")
    extra = {"language": language} if language else {}
    try:
        resp = await client.audio.transcriptions.create(
            model=settings.transcription_model, file=Path(path), response_format="verbose_json",
            timestamp_granularities=["segment"], **extra)
    except openai.OpenAIError as exc:
        err = map_error(exc, settings, "transcription")
        if isinstance(exc, openai.APIStatusError) and exc.status_code in (400, 404, 405, 501):
            low = err.message.lower()
            if exc.status_code != 400 or "verbose_json" in low or "response_format" in low:
                raise LLMUnsupportedError(
                    f"{settings.base_url} does not offer timed speech-to-text "
                    f"(audio/transcriptions with verbose_json): {err.message}", exc.status_code) from exc
        raise err from exc
    return _segments_of(resp)


def _segments_of(resp: Any) -> list[TranscriptSegment]:
    segments = getattr(resp, "segments", None)
    if segments is None and isinstance(resp, Mapping):
        segments = resp.get("segments")
    if segments:
        out = []
        for seg in segments:
            get = seg.get if isinstance(seg, Mapping) else (lambda k, s=seg: getattr(s, k, None))
            start, end = float(get("start") or 0.0), float(get("end") or 0.0)
            out.append(TranscriptSegment(start=start, end=max(start, end), text=str(get("text") or "").strip()))
        return out
    text = getattr(resp, "text", None) or (resp.get("text") if isinstance(resp, Mapping) else None)
    if isinstance(resp, str):
        text = resp
    if not text:
        return []
    duration = float(getattr(resp, "duration", 0.0) or 0.0)
    return [TranscriptSegment(start=0.0, end=duration, text=str(text).strip())]


def _has_model(model: str, ids: Sequence[str]) -> bool:
    return model in ids or f"{model}:latest" in ids or any(i.split("/")[-1] == model for i in ids)


async def test_connection(settings: ProviderSettings, api_key: str | None = None,
                          env: Mapping[str, str] | None = None) -> tuple[bool, str]:
    """Try the endpoint (list models, else a 1-token chat); a verdict and a sentence for the user."""
    import openai

    if not settings.is_configured():
        return False, "no endpoint configured; the offline planner is used"
    quick = settings.model_copy(update={"max_retries": 0, "timeout": min(settings.timeout, 15.0)})
    try:
        client = make_client(quick, api_key, env)
    except LLMError as err:
        return False, err.message
    async with client:
        try:
            page = await client.models.list()
            ids = [m.id for m in page.data]
        except openai.APIStatusError as exc:
            if exc.status_code not in (404, 405, 501):
                return False, map_error(exc, quick, "model list").message
            ids = None
        except openai.OpenAIError as exc:
            return False, map_error(exc, quick, "model list").message
        where = f"{settings.label} at {settings.base_url}"
        if ids is not None:
            if not settings.model:
                return False, f"connected to {where}, but no model is chosen; it offers: {', '.join(ids[:12])}"
            if ids and not _has_model(settings.model, ids):
                return False, (f"connected to {where}, but model {settings.model!r} is not there; "
                               f"it offers: {', '.join(ids[:12])}")
            head = f"connected to {where}: {len(ids)} models, using {settings.model}"
        else:
            try:
                await chat(client, quick, [{"role": "user", "content": "ping"}], max_tokens=1)
            except LLMError as err:
                return False, err.message
            head = f"connected to {where}; model {settings.model} answered"
        from editor_app.llm.probe import check_tools, context_note

        tools_ok, tools_said = await check_tools(client, quick)
        return tools_ok, f"{head}; {tools_said}{context_note(settings)}"


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported by one
