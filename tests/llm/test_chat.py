"""chat() with the real openai client against the scripted server: replies, tools, streaming, faults."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import pytest

from editor_app.llm import client as llm
from editor_app.llm.errors import (
    LLMAuthError,
    LLMConnectionError,
    LLMModelNotFoundError,
    LLMRateLimitError,
    LLMResponseError,
    LLMServerError,
    LLMTimeoutError,
    LLMToolsUnsupportedError,
)
from editor_app.llm.settings import ProviderSettings
from editor_app.testing.openai_server import OpenAIServer
from editor_app.testing.replies import (
    cut_stream,
    delay,
    hang,
    raw_body,
    raw_content,
    status,
    text,
    tool_calls,
)

KEY = "sk-test-abcdefghijklmnop"
MESSAGES = [{"role": "system", "content": "You edit videos."}, {"role": "user", "content": "cut the intro"}]
TOOLS = [{"type": "function", "function": {
    "name": "insert_clip", "description": "Insert a clip.",
    "parameters": {"type": "object", "properties": {"media": {"type": "string"}, "at": {"type": "number"}},
                   "required": ["media", "at"]}}}]


def run_chat(settings: ProviderSettings, **kwargs: Any) -> llm.ChatResult:
    async def go() -> llm.ChatResult:
        async with llm.make_client(settings, api_key=KEY) as client:
            return await llm.chat(client, settings, kwargs.pop("messages", MESSAGES), **kwargs)

    return asyncio.run(go())


def test_plain_reply_and_what_the_client_sent(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(text("Cut the first 3 seconds.", usage=(120, 9)))
    result = run_chat(openai_server.provider_settings())
    assert result.content == "Cut the first 3 seconds."
    assert result.tool_calls == [] and result.finish_reason == "stop"
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (120, 9)
    assert not result.usage.estimated and result.usage.cost_usd == 0.0  # local server: free
    assert 0 < result.latency_s < 2
    [req] = openai_server.chat_requests
    assert req.json["model"] == "test-model"
    assert req.json["messages"][0] == {"role": "system", "content": "You edit videos."}
    assert "tools" not in req.json
    assert req.authorization == f"Bearer {KEY}"
    assert KEY.encode() not in req.body  # the key travels in the header only


def test_tool_calls_parsed_as_plain_dicts(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(tool_calls([("insert_clip", {"media": "m1", "at": 1.5}), ("add_marker", {"at": 2})]))
    result = run_chat(openai_server.provider_settings(), tools=TOOLS, tool_choice="auto")
    assert result.finish_reason == "tool_calls"
    assert [tc["name"] for tc in result.tool_calls] == ["insert_clip", "add_marker"]
    assert json.loads(result.tool_calls[0]["arguments"]) == {"media": "m1", "at": 1.5}
    assert result.tool_calls[0]["id"] == "call_0"
    sent = openai_server.chat_requests[0].json
    assert sent["tools"] == TOOLS and sent["tool_choice"] == "auto"
    msg = result.assistant_message()
    assert msg["tool_calls"][1]["function"] == {"name": "add_marker", "arguments": '{"at": 2}'}


def test_malformed_tool_arguments_returned_as_is(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(raw_content('{"media": "m1", "at": '))
    result = run_chat(openai_server.provider_settings(), tools=TOOLS)
    assert result.tool_calls == [{"id": "call_0", "name": "insert_clip", "arguments": '{"media": "m1", "at": '}]


def test_streaming_text_calls_on_delta(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(text("Trimmed the clip to five seconds.", send_usage=False))
    deltas: list[str] = []
    result = run_chat(openai_server.provider_settings(), stream=True, on_delta=deltas.append)
    assert result.content == "Trimmed the clip to five seconds."
    assert len(deltas) == 6 and "".join(deltas) == result.content
    assert result.finish_reason == "stop"
    assert result.usage.estimated  # usage asked for (stream_options) but the server sent none
    assert result.usage.completion_tokens == round(len(result.content) / 4)
    assert openai_server.chat_requests[0].json["stream"] is True


def test_streamed_tool_call_arguments_reassembled(openai_server: OpenAIServer) -> None:
    args = {"media": "m12", "at": 10.25, "track": "t1", "note": "a long argument string, split in pieces"}
    openai_server.chat.add(tool_calls([("insert_clip", args), ("add_marker", {"at": 3, "label": "intro"})],
                                      content="Doing it."))
    seen: list[str] = []

    async def on_delta(piece: str) -> None:  # async callbacks are awaited
        seen.append(piece)

    result = run_chat(openai_server.provider_settings(), tools=TOOLS, stream=True, on_delta=on_delta)
    assert [tc["name"] for tc in result.tool_calls] == ["insert_clip", "add_marker"]
    assert json.loads(result.tool_calls[0]["arguments"]) == args
    assert json.loads(result.tool_calls[1]["arguments"]) == {"at": 3, "label": "intro"}
    assert [tc["id"] for tc in result.tool_calls] == ["call_0", "call_1"]
    assert result.content == "Doing it." and "".join(seen) == "Doing it."
    assert result.finish_reason == "tool_calls"


def test_streaming_usage_requested_from_openai(openai_server: OpenAIServer) -> None:
    settings = openai_server.provider_settings(preset="openai", prices={"test-model": {"input": 0.15, "output": 0.60}})
    openai_server.chat.add(text("ok then", usage=(2000, 500)))
    result = run_chat(settings, stream=True)
    assert openai_server.chat_requests[0].json["stream_options"] == {"include_usage": True}
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (2000, 500)
    assert result.usage.cost_usd == pytest.approx(2000 * 0.15e-6 + 500 * 0.60e-6)


def test_missing_usage_is_estimated(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(text("x" * 400, send_usage=False))
    result = run_chat(openai_server.provider_settings())
    assert result.usage.estimated and result.usage.completion_tokens == 100
    assert result.usage.prompt_tokens > 0


def test_429_then_success_is_retried(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(status(429, "slow down", retry_after=0), text("done"))
    result = run_chat(openai_server.provider_settings(max_retries=2))
    assert result.content == "done"
    assert len(openai_server.chat_requests) == 2


def test_429_forever_gives_rate_limit_error(openai_server: OpenAIServer) -> None:
    openai_server.chat.default = status(429, "Rate limit reached for gpt-4o-mini", retry_after=0)
    with pytest.raises(LLMRateLimitError) as err:
        run_chat(openai_server.provider_settings(max_retries=1))
    assert "rate limited" in str(err.value) and "after 1 retries" in str(err.value)
    assert len(openai_server.chat_requests) == 2


def test_500_forever_gives_clear_error_after_bounded_retries(openai_server: OpenAIServer) -> None:
    openai_server.chat.default = status(500, "model crashed", retry_after=0)
    start = time.perf_counter()
    with pytest.raises(LLMServerError) as err:
        run_chat(openai_server.provider_settings(max_retries=2))
    assert time.perf_counter() - start < 20  # bounded: no long back-off (the count is the real check)
    assert len(openai_server.chat_requests) == 3  # 1 + 2 retries, then stop
    msg = str(err.value)
    assert "server error (500)" in msg and "after 2 retries" in msg and "model crashed" in msg
    assert err.value.status_code == 500


def test_hang_times_out_within_the_configured_time(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(hang())
    start = time.perf_counter()
    with pytest.raises(LLMTimeoutError) as err:
        run_chat(openai_server.provider_settings(timeout=0.5, max_retries=0))
    elapsed = time.perf_counter() - start
    assert 0.4 < elapsed < 15  # cut at the limit, not waiting for the hang (bound generous for loaded machines)
    assert "did not answer within 0.5 s" in str(err.value)


def test_hang_then_retry_succeeds(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(hang(), text("second try"))
    result = run_chat(openai_server.provider_settings(timeout=0.3, max_retries=1))
    assert result.content == "second try" and len(openai_server.chat_requests) == 2


def test_slow_reply_within_timeout(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(delay(0.3, text("slow but fine")))
    result = run_chat(openai_server.provider_settings(timeout=2, max_retries=0))
    assert result.content == "slow but fine" and result.latency_s >= 0.3


def test_400_on_tools_names_the_server_flags(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(status(400, '"auto" tool choice requires --enable-auto-tool-choice and '
                                       "--tool-call-parser to be set"))
    with pytest.raises(LLMToolsUnsupportedError) as err:
        run_chat(openai_server.provider_settings(), tools=TOOLS, tool_choice="auto")
    msg = str(err.value)
    assert "rejected tool calling" in msg and "--enable-auto-tool-choice" in msg and "--jinja" in msg
    assert len(openai_server.chat_requests) == 1  # a 400 is not retried


def test_401_and_404(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(status(401, "Incorrect API key provided"))
    with pytest.raises(LLMAuthError, match="refused the API key"):
        run_chat(openai_server.provider_settings())
    strict = OpenAIServer(strict_models=True).start()
    try:
        with pytest.raises(LLMModelNotFoundError) as err:
            run_chat(strict.provider_settings(model="llama9"))
        assert "model 'llama9' was not found" in str(err.value)
    finally:
        strict.stop()


def test_connection_refused_says_is_ollama_running() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = ProviderSettings.from_preset("ollama", base_url=f"http://127.0.0.1:{port}/v1",
                                            timeout=2, max_retries=0)
    start = time.perf_counter()
    with pytest.raises(LLMConnectionError) as err:
        run_chat(settings)
    assert str(err.value) == f"cannot reach http://127.0.0.1:{port}/v1 — is Ollama running?"
    assert time.perf_counter() - start < 2  # refused at once, not waiting out the 2 s timeout


def test_broken_body_gives_llm_error(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(raw_body('{"choices": []}'))
    with pytest.raises(LLMResponseError, match="no choices"):
        run_chat(openai_server.provider_settings())


def test_dynamic_script_sees_the_request(openai_server: OpenAIServer) -> None:
    def script(request: dict[str, Any]) -> Any:
        last = request["messages"][-1]
        if last["role"] == "tool":
            return text(f"tool said {last['content']}")
        return tool_calls([("insert_clip", {"media": "m1", "at": 0})])

    openai_server.chat.handler = script
    settings = openai_server.provider_settings()

    async def loop() -> llm.ChatResult:
        async with llm.make_client(settings, api_key=KEY) as client:
            first = await llm.chat(client, settings, MESSAGES, tools=TOOLS)
            msgs = [*MESSAGES, first.assistant_message(),
                    {"role": "tool", "tool_call_id": first.tool_calls[0]["id"], "content": "inserted c7"}]
            return await llm.chat(client, settings, msgs, tools=TOOLS)

    result = asyncio.run(loop())
    assert result.content == "tool said inserted c7"
    second = openai_server.chat_requests[1].json
    assert second["messages"][2]["tool_calls"][0]["function"]["name"] == "insert_clip"


def test_stream_dropped_midway_keeps_the_partial_text(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(cut_stream(text("one two three four five"), after=3))
    deltas: list[str] = []
    with pytest.raises(LLMConnectionError) as err:
        run_chat(openai_server.provider_settings(max_retries=0), stream=True, on_delta=deltas.append)
    assert "dropped in the middle of a reply" in str(err.value)
    assert err.value.partial == "one two " == "".join(deltas)


def test_stream_stalled_midway_times_out(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(cut_stream(tool_calls([("insert_clip", {"media": "m1", "at": 4})]), after=3, stall=True))
    start = time.perf_counter()
    with pytest.raises(LLMTimeoutError, match="stopped sending for more than 0.4 s"):
        run_chat(openai_server.provider_settings(timeout=0.4, max_retries=2), stream=True, tools=TOOLS)
    assert time.perf_counter() - start < 15  # a broken stream is not retried (the request count is the check)
    assert len(openai_server.chat_requests) == 1
