"""Cached prompt tokens (``usage.prompt_tokens_details.cached_tokens``, as OpenAI sends them) go
from the server's reply, streamed or not, through the turn's total to the CLI line, the JSON
and the chat panel's bubble, and make the cost lower."""

from __future__ import annotations

import asyncio
import json
import os

import pytest

from editor_app.cli import main
from editor_app.testing.replies import text, tool_calls

ROUTE = (310, 6, 0)  # (prompt, completion, cached) of the routing call
AGENT = (2400, 18, 2048)  # an agent call whose stable prefix (system prompt, tools) was cached


def model(request):
    names = [t["function"]["name"] for t in request.get("tools") or []]
    if names == ["route"]:
        return tool_calls([("route", {"agents": ["audio"]})], usage=ROUTE)
    if request["messages"][-1]["role"] == "tool":
        return text("The music is quieter.", usage=(2460, 7, 2048))
    return tool_calls([("set_volume", {"clip_id": "c3", "db": -9})], usage=AGENT)


def test_cached_tokens_reach_the_cli_line_and_the_json(session, openai_server, monkeypatch, capsys):
    monkeypatch.setenv("EDITOR_APP_PROVIDER", "custom")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("EDITOR_APP_MODEL", "test-model")
    openai_server.chat.handler = model
    assert main(["chat", str(session.path), "make the music quieter", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["cached_tokens"] == 2048 and out["tokens"]["prompt"] == 2710 and not out["tokens"]["estimated"]
    assert main(["chat", str(session.path), "make the music quieter"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("agents: audio"))
    assert "2,710 in (2,048 cached) / 24 out tokens" in line


def test_cached_tokens_from_a_stream_lower_the_cost(session, openai_server, monkeypatch):
    from editor_app.orchestrator import LLMBackend, Orchestrator

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-cache-0000")
    openai_server.chat.handler = model
    prices = {"test-model": {"input": 2.0, "output": 8.0, "cached_input": 0.5}}
    settings = openai_server.provider_settings(preset="openai", stream=True, prices=prices)
    result = asyncio.run(Orchestrator(session, backend=LLMBackend(settings, stream=True)).run_turn("make the music quieter",
                                                                                    auto_apply=False))
    streamed = [r.json for r in openai_server.chat_requests if (r.json or {}).get("stream")]
    assert streamed and all(r["stream_options"] == {"include_usage": True} for r in streamed)
    usage = result.usage
    assert (usage.prompt_tokens, usage.cached_tokens, usage.estimated) == (2710, 2048, False)
    expected = ((2710 - 2048) * 2.0 + 2048 * 0.5 + usage.completion_tokens * 8.0) / 1e6
    assert usage.cost_usd == pytest.approx(expected)


def test_a_server_that_refuses_stream_options_is_asked_again_without(session, openai_server):
    """Some proxies answer 400 to the field: the turn still streams, its tokens are then estimated."""
    from editor_app.llm import client
    from editor_app.orchestrator import LLMBackend, Orchestrator
    from editor_app.testing.replies import status

    def picky(request):
        if "stream_options" in request:
            return status(400, "Unrecognized request argument supplied: stream_options")
        return model(request)

    openai_server.chat.handler = picky
    settings = openai_server.provider_settings()  # a custom endpoint
    try:
        result = asyncio.run(Orchestrator(session, backend=LLMBackend(settings, stream=True)).run_turn(
            "make the music quieter", auto_apply=False))
        assert result.ok and result.operations == [{"op": "set_volume", "clip_id": "c3", "db": -9.0}]
        assert result.usage.estimated and result.usage.cached_tokens == 0
        sent = [r.json for r in openai_server.chat_requests if (r.json or {}).get("stream")]
        assert "stream_options" in sent[0] and all("stream_options" not in r for r in sent[1:])  # asked once
    finally:
        client._NO_STREAM_USAGE.discard(settings.base_url)


def test_cached_tokens_in_the_chat_bubble_of_a_streamed_turn(session, qtbot, qloop, openai_server, monkeypatch):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor_app.orchestrator import Orchestrator
    from editor_app.ui.chat import ChatPanel
    from editor_app.ui.state import EditorState

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-cache-0000")

    def answer(request):
        if [t["function"]["name"] for t in request.get("tools") or []] == ["route"]:
            return tool_calls([("route", {"agents": ["timeline"]})], usage=ROUTE)
        return text("The talk is on the main track, the music under it.", usage=(2500, 12, 1920))

    openai_server.chat.handler = answer
    settings = openai_server.provider_settings(preset="openai", stream=True)
    panel = ChatPanel(EditorState(session), orchestrator=Orchestrator(session, settings=settings))
    qtbot.addWidget(panel)
    bubbles = []
    original = panel.add_bubble
    panel.add_bubble = lambda text_, who, **kw: bubbles.append(original(text_, who, **kw)) or bubbles[-1]
    panel.send("what is on the main track?")

    async def finished():
        while panel.running or not any(b.who == "assistant" for b in bubbles):
            await asyncio.sleep(0.02)

    qloop.run_until_complete(asyncio.wait_for(finished(), 30))
    reply = [b.text() for b in bubbles if b.who == "assistant"][-1]
    assert "the music under it" in reply and "2,810 in (1,920 cached) / 18 out tokens" in reply
    assert "(1,920 cached)" in panel.status.text()  # the session total keeps them
