"""The chat panel with a model: the reply streams in as it is written (reasoning and tool-call
tags hidden), every turn shows its tokens and cost, and the session total is kept."""

from __future__ import annotations

import json

from editor_app.testing.replies import text, tool_calls

from tests.ui.conftest import run, until


def test_streamed_reply_and_usage_on_every_turn(session, qtbot, qloop, openai_server, monkeypatch):
    from editor_app.llm.settings import ProviderSettings
    from editor_app.orchestrator import Orchestrator
    from editor_app.ui.chat import ChatPanel
    from editor_app.ui.state import EditorState

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-stream-0000")
    seen: list[str] = []

    def model(request):
        if [t["function"]["name"] for t in request.get("tools") or []] == ["route"]:
            return tool_calls([("route", {"agents": ["timeline"]})])
        return text("<think>the user asks a question</think>There are two clips on the main track, "
                    "nothing needs changing.")

    openai_server.chat.handler = model
    settings = openai_server.provider_settings(max_retries=0, preset="openai",
                                               prices={"test-model": {"input": 1.0, "output": 2.0}})
    assert isinstance(settings, ProviderSettings) and settings.stream
    state = EditorState(session)
    panel = ChatPanel(state, orchestrator=Orchestrator(session, settings=settings))
    qtbot.addWidget(panel)
    original = panel.add_bubble

    def spy(text_, who, **kw):
        bubble = original(text_, who, **kw)
        if who == "assistant":
            real = bubble.append
            bubble.append = lambda piece: (seen.append(piece), real(piece))[1]
        return bubble

    panel.add_bubble = spy
    panel.send("what is on the main track?")
    run(qloop, until(lambda: not panel.running, timeout=30))
    streamed = "".join(p for p in seen if "tokens" not in p)
    assert "two clips" in streamed and "<think>" not in streamed and "the user asks" not in streamed
    assert len([p for p in seen if "tokens" not in p]) > 3  # word by word, not one block
    stream_requests = [r.json for r in openai_server.chat_requests if (r.json or {}).get("stream")]
    assert stream_requests and json.dumps(stream_requests[-1]).count("include_usage")
    assert any("in /" in p and "$" in p for p in seen)  # this turn's tokens and cost, though nothing applied
    assert "session: 1 turn" in panel.status.text()
