"""Embeddings, transcription and the connection test against the scripted server."""

from __future__ import annotations

import asyncio
import math
import socket
from pathlib import Path
from typing import Any

import pytest

from editor_app.llm import client as llm
from editor_app.llm.errors import LLMConfigError, LLMServerError, LLMUnsupportedError
from editor_app.llm.settings import ProviderSettings
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.testing.openai_server import OpenAIServer
from editor_app.testing.replies import embeddings, status, text, tool_calls, transcript

KEY = "sk-test-abcdefghijklmnop"


def call(settings: ProviderSettings, fn: Any, *args: Any) -> Any:
    async def go() -> Any:
        async with llm.make_client(settings, api_key=KEY) as client:
            return await fn(client, settings, *args)

    return asyncio.run(go())


def test_embeddings_deterministic_unit_vectors(openai_server_factory: Any) -> None:
    server = openai_server_factory(embedding_dim=16)
    settings = server.provider_settings()
    texts = ["the intro", "a drone shot", "the intro"]
    vectors = call(settings, llm.embed, texts)
    assert len(vectors) == 3 and all(len(v) == 16 for v in vectors)
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]
    assert math.isclose(math.sqrt(sum(x * x for x in vectors[1])), 1.0, rel_tol=1e-9)
    [req] = server.requests_to("/v1/embeddings")
    assert req.json["input"] == texts and req.json["model"] == "test-embed"


def test_embeddings_batched_scripted_and_faults(openai_server: OpenAIServer) -> None:
    openai_server.embed_fn = lambda t: [float(len(t)), 1.0]
    settings = openai_server.provider_settings(max_retries=0)
    texts = [f"text {'x' * i}" for i in range(5)]
    vectors = asyncio.run(_embed_batched(settings, texts))
    assert [v[0] for v in vectors] == [float(len(t)) for t in texts]
    assert len(openai_server.requests_to("/v1/embeddings")) == 3  # batches of 2, 2, 1
    openai_server.embeddings.add(embeddings([[1.0, 0.0]]), status(503, "loading"))
    assert call(settings, llm.embed, ["one"]) == [[1.0, 0.0]]
    with pytest.raises(LLMServerError, match="503"):
        call(settings, llm.embed, ["two"])
    assert call(settings, llm.embed, []) == []


async def _embed_batched(settings: ProviderSettings, texts: list[str]) -> list[list[float]]:
    async with llm.make_client(settings, api_key=KEY) as client:
        return await llm.embed(client, settings, texts, batch_size=2)


def test_embeddings_need_a_model(openai_server: OpenAIServer) -> None:
    settings = openai_server.provider_settings(embedding_model=None)
    with pytest.raises(LLMConfigError, match="no embedding model"):
        call(settings, llm.embed, ["a"])


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "voice.wav"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-ar", "16000", str(path)])
    return path


def test_transcription_segments(openai_server: OpenAIServer, wav: Path) -> None:
    openai_server.transcriptions.add(transcript([(0.0, 1.2, " Welcome back."), (1.2, 3.5, " Today: editing.")]))
    segments = call(openai_server.provider_settings(), llm.transcribe, wav)
    assert [(s.start, s.end, s.text) for s in segments] == [(0.0, 1.2, "Welcome back."), (1.2, 3.5, "Today: editing.")]
    [req] = openai_server.requests_to("/v1/audio/transcriptions")
    assert req.json["response_format"] == "verbose_json" and req.json["model"] == "test-whisper"
    assert req.files["file"] == ("voice.wav", wav.stat().st_size)


def test_transcription_unsupported_is_explained(openai_server: OpenAIServer, wav: Path) -> None:
    openai_server.transcriptions.add(status(404, "404 page not found"))
    with pytest.raises(LLMUnsupportedError) as err:
        call(openai_server.provider_settings(), llm.transcribe, wav)
    assert "does not offer timed speech-to-text" in str(err.value)
    openai_server.transcriptions.add(status(400, "response_format 'verbose_json' is not supported"))
    with pytest.raises(LLMUnsupportedError, match="verbose_json"):
        call(openai_server.provider_settings(), llm.transcribe, wav)


def test_connection_ok_and_wrong_model(openai_server: OpenAIServer) -> None:
    openai_server.chat.add(tool_calls([("set_volume", {"clip_id": "c1", "db": -6})]))
    ok, msg = asyncio.run(llm.test_connection(openai_server.provider_settings(), api_key=KEY))
    assert ok and "3 models, using test-model" in msg and "tool calling works" in msg
    ok, msg = asyncio.run(llm.test_connection(openai_server.provider_settings(model="gpt-9"), api_key=KEY))
    assert not ok and "'gpt-9' is not there" in msg and "test-model" in msg
    assert openai_server.requests_to("/v1/models")[0].authorization == f"Bearer {KEY}"


def test_connection_checks_tool_calling(openai_server: OpenAIServer) -> None:
    from editor_app.testing.dialects import LlamaCpp

    openai_server.dialect = LlamaCpp(jinja=False)
    ok, msg = asyncio.run(llm.test_connection(openai_server.provider_settings(preset="llamacpp"), api_key=KEY))
    assert not ok and "refused tool calling" in msg and "--jinja" in msg
    openai_server.dialect = None
    openai_server.chat.add(text("Sure, I set it to -6 dB."))
    ok, msg = asyncio.run(llm.test_connection(openai_server.provider_settings(preset="ollama"), api_key=KEY))
    assert not ok and "without calling the test tool" in msg and "ollama show" in msg
    assert "OLLAMA_CONTEXT_LENGTH" in msg


def test_connection_failures_in_words() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = ProviderSettings.from_preset("lmstudio", base_url=f"http://127.0.0.1:{port}/v1", model="m")
    ok, msg = asyncio.run(llm.test_connection(settings))
    assert not ok and msg == f"cannot reach http://127.0.0.1:{port}/v1 — is LM Studio's local server running?"
    ok, msg = asyncio.run(llm.test_connection(ProviderSettings()))
    assert not ok and "offline planner" in msg
    openai = ProviderSettings.from_preset("openai")
    ok, msg = asyncio.run(llm.test_connection(openai, env={}))
    assert not ok and "no API key for OpenAI" in msg
