"""The chat suite against servers that behave like Ollama, vLLM (Hermes parser) and llama.cpp,
and against what models really send. Every turn either applies the right edit or says
plainly that nothing was changed and why: never ok with nothing applied."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from editor_app.orchestrator import LLMBackend, Orchestrator
from editor_app.testing.dialects import LlamaCpp, Ollama, VLLMHermes, prompt_tokens
from editor_app.testing.replies import call_in_text, cut_off, text, thinking, tool_calls
from editor_app.testing.scripted_model import Action
from editor_app.testing.scripted_model import ScriptedModel as Model

from tests.chat.conftest import build_session, snapshot

def _run(server, session, message: str, model: Model, **settings) -> Any:
    server.chat.handler = model
    backend = LLMBackend(server.provider_settings(**settings))
    return asyncio.run(Orchestrator(session, backend=backend).run_turn(message))


def _volume(session) -> float:
    return session.project.find_clip("c3")[1].volume_db


def _fade_frames(session) -> list[int]:
    return [e.duration for e in session.project.find_clip("c1")[1].effects if e.type == "fade_in"]


# (message, route, actions, check of the applied project) for turns that must apply
APPLY: list[tuple[str, str, list[str], list[Action], Callable[[Any], bool]]] = [
    ("plain call", "make the music quieter", ["audio"], [("set_volume", {"clip_id": "c3", "db": -9})],
     lambda s: _volume(s) == -9),
    ("nested effect", "fade in the talk over 2 seconds", ["effects"],
     [("add_effect", {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 2}})],
     lambda s: _fade_frames(s) == [60]),
    ("call in <tool_call> text", "music down a bit", ["audio"],
     [call_in_text("set_volume", {"clip_id": "c3", "db": -4})], lambda s: _volume(s) == -4),
    ("bare JSON call in text", "music down a bit", ["audio"],
     [call_in_text("set_volume", {"clip_id": "c3", "db": -5}, style="bare", before="Sure, here it is: ")],
     lambda s: _volume(s) == -5),
    ("<think> then a call", "lower the music", ["audio"],
     [call_in_text("set_volume", {"clip_id": "c3", "db": -7}, think="The music is c3; maybe audio or effects.")],
     lambda s: _volume(s) == -7),
    ("arguments as an object", "lower the music", ["audio"],
     [tool_calls([("set_volume", {"clip_id": "c3", "db": -3})], args_as="object")], lambda s: _volume(s) == -3),
    ("null arguments, no ids, finish stop", "lower the music", ["audio"],
     [tool_calls([("get_timeline", {})], args_as="null", with_ids=False, finish_reason="stop"),
      tool_calls([("set_volume", {"clip_id": "c3", "db": -2})], with_ids=False, finish_reason="stop")],
     lambda s: _volume(s) == -2),
    ("malformed JSON, then corrected", "lower the music", ["audio"],
     [tool_calls([("set_volume", '{"clip_id": "c3", "db": -6')]), ("set_volume", {"clip_id": "c3", "db": -6})],
     lambda s: _volume(s) == -6),
]
# turns that must end with "nothing was changed" and the reason
REFUSE: list[tuple[str, str, list[str], list[Action], str]] = [
    ("claims without a call", "make the music quieter", ["audio"], [text("I've lowered the music by 6 dB.")],
     "made no edit"),
    ("cut off at the token limit", "make the music quieter", ["audio"],
     [cut_off('<tool_call>{"name": "set_volume", "arguments": {"clip_id": "c3", "db"')], "cut off"),
    ("a polite request with a question mark", "could you make the music quieter?", ["audio"],
     [text("Sure! The music is quieter now.")], "made no edit"),
    ("think block and then only words", "fade the music out", ["audio"],
     [thinking("I should call fade but I will just say it.", "Done, the music fades out now.")], "made no edit"),
]


def _dialects():
    return [pytest.param(lambda: None, {}, id="ideal"),
            pytest.param(lambda: Ollama(num_ctx=4096), {"preset": "ollama", "context_window": 4096}, id="ollama"),
            pytest.param(lambda: VLLMHermes(leak_every=2), {"preset": "vllm"}, id="vllm-hermes"),
            pytest.param(lambda: LlamaCpp(jinja=False), {"preset": "llamacpp"}, id="llamacpp-no-jinja")]


@pytest.mark.parametrize("make_dialect,settings", _dialects())
@pytest.mark.parametrize("case", APPLY, ids=[c[0] for c in APPLY])
def test_turn_applies_the_edit(case, make_dialect, settings, openai_server, tmp_path):
    label, message, route, actions, check = case
    if settings.get("preset") == "llamacpp" and label == "null arguments, no ids, finish stop":
        pytest.skip("no native tool calls on this server: arguments come back as JSON text")
    openai_server.dialect = make_dialect()
    session = build_session(tmp_path / "p")
    model = Model(route, actions)
    result = _run(openai_server, session, message, model, **settings)
    assert result.ok and result.applied, (result.reply, result.errors)
    assert check(session), session.project.model_dump(mode="json")
    assert "<think>" not in result.reply and "<tool_call>" not in result.reply
    dialect = openai_server.dialect
    if isinstance(dialect, Ollama):
        assert dialect.truncations == 0 and not dialect.lost, dialect.lost  # nothing dropped or reduced to {}
        assert set(dialect.temperatures) == {0.2}  # sent, not Ollama's 1.0
    if isinstance(dialect, LlamaCpp):
        assert "refused tool calling" in result.reply and "JSON" in result.reply  # said, not hidden


@pytest.mark.parametrize("make_dialect,settings", _dialects())
@pytest.mark.parametrize("case", REFUSE, ids=[c[0] for c in REFUSE])
def test_turn_says_nothing_changed(case, make_dialect, settings, openai_server, tmp_path):
    label, message, route, actions, reason = case
    openai_server.dialect = make_dialect()
    session = build_session(tmp_path / "p")
    before = snapshot(session)
    result = _run(openai_server, session, message, Model(route, actions), **settings)
    assert not result.ok and not result.applied
    assert result.reply.startswith("Nothing was changed") and reason in result.reply, result.reply
    assert snapshot(session) == before
    assert "<think>" not in result.reply


def test_ollama_big_project_fits_the_window_and_says_so(openai_server, tmp_path):
    """A 600-clip project against Ollama's 4,096-token default: the state is shortened and the
    turn says so; the server never has to drop messages (which loses the request)."""
    session = build_session(tmp_path / "big")
    ops = [{"op": "insert_clip", "track_id": "t2", "media_id": "m2", "start": f"{20 + i}s", "duration": "1s"}
           for i in range(600)]
    session.apply(ops, "many")
    dialect = openai_server.dialect = Ollama(num_ctx=4096)
    model = Model(["audio"], [("set_volume", {"clip_id": "c3", "db": -8})])
    result = _run(openai_server, session, "music quieter", model, preset="ollama", context_window=4096)
    assert result.ok and _volume(session) == -8, result.reply
    assert dialect.truncations == 0
    assert all(prompt_tokens(r) <= 4096 for r in dialect.seen)
    assert "Request: music quieter" in model.agent_requests[0]["messages"][1]["content"]
    assert "shortened to fit" in result.reply


def test_window_too_small_is_refused_before_sending(openai_server, tmp_path):
    session = build_session(tmp_path / "p")
    openai_server.dialect = Ollama(num_ctx=1024)
    model = Model(["audio"], [("set_volume", {"clip_id": "c3", "db": -8})])
    result = _run(openai_server, session, "music quieter", model, preset="ollama", context_window=1024,
                  max_output_tokens=512)
    assert not result.ok and "OLLAMA_CONTEXT_LENGTH" in result.reply and "nothing was sent" in result.reply
    assert model.agent_requests == []


def test_vllm_without_auto_tool_choice_falls_back_to_json(openai_server, tmp_path):
    session = build_session(tmp_path / "p")
    openai_server.dialect = VLLMHermes(auto_tool_choice=False, leak_every=0)
    model = Model(["audio"], [("set_volume", {"clip_id": "c3", "db": -11})])
    result = _run(openai_server, session, "music quieter", model, preset="vllm")
    assert result.ok and _volume(session) == -11, result.reply
    assert any(r.get("response_format") for r in model.agent_requests)


@pytest.mark.parametrize("case", APPLY, ids=[c[0] for c in APPLY])
def test_streamed_turn_applies_the_edit(case, openai_server, tmp_path):
    """The same replies streamed (Ollama-like server): calls, odd arguments and tags read from the stream."""
    label, message, route, actions, check = case
    openai_server.dialect = Ollama(num_ctx=4096)
    session = build_session(tmp_path / "p")
    openai_server.chat.handler = Model(route, actions)
    shown: list[str] = []
    backend = LLMBackend(openai_server.provider_settings(preset="ollama", context_window=4096), stream=True)
    result = asyncio.run(Orchestrator(session, backend=backend).run_turn(
        message, on_event=lambda e: shown.append(e.text) if e.kind == "delta" else None))
    assert result.ok and result.applied, (result.reply, result.errors)
    assert check(session)
    agent_calls = [r for r in openai_server.dialect.seen if [t["function"]["name"] for t in r["tools"]] != ["route"]]
    assert agent_calls and all(r.get("stream") for r in agent_calls)
    assert "<tool_call>" not in "".join(shown) and "<think>" not in "".join(shown)


def test_no_tools_and_no_json_schema_falls_back_to_prompted_json(openai_server, tmp_path):
    session = build_session(tmp_path / "p")
    openai_server.dialect = LlamaCpp(jinja=False, json_schema=False)
    model = Model(["effects"], [("add_effect", {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 1}})])
    result = _run(openai_server, session, "fade in the talk", model, preset="llamacpp")
    assert result.ok and _fade_frames(session) == [30], result.reply
    last = model.agent_requests[-1]
    assert "response_format" not in last and "Answer ONLY with one JSON object" in last["messages"][0]["content"]
    assert "plain JSON" in result.reply


def test_ollama_window_smaller_than_the_setting_is_caught(openai_server, tmp_path):
    """Settings say 32k but Ollama runs 2,048: it drops the request's start; its prompt count shows it,
    and the turn says what to set instead of acting on a reply made without the request."""
    session = build_session(tmp_path / "big")
    session.apply([{"op": "insert_clip", "track_id": "t2", "media_id": "m2", "start": f"{20 + i}s", "duration": "1s"}
                   for i in range(600)], "many")
    before = snapshot(session)
    dialect = openai_server.dialect = Ollama(num_ctx=2048)
    model = Model(["audio"], [("set_volume", {"clip_id": "c3", "db": -8})])
    result = _run(openai_server, session, "music quieter", model, preset="ollama", context_window=32768)
    assert dialect.truncations > 0  # the server really cut it
    assert not result.ok and "cut the request" in result.reply and "OLLAMA_CONTEXT_LENGTH" in result.reply
    assert snapshot(session) == before


def test_a_question_answered_in_words_is_fine(openai_server, tmp_path):
    session = build_session(tmp_path / "p")
    model = Model(["timeline"], [text("The talk c1 runs 0-20 s on t1; the beach c2 is over it at 5-9 s.")])
    result = _run(openai_server, session, "what is on the timeline?", model)
    assert result.ok and not result.ops and "beach c2" in result.reply
