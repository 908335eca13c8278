"""pytest fixtures: load with ``pytest_plugins = ["editor_app.testing.fixtures"]`` in a top conftest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from editor_app.llm import secrets
from editor_app.testing.keyring_backend import MemoryKeyring
from editor_app.testing.openai_server import OpenAIServer

LLM_ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "EDITOR_APP_MODEL", "EDITOR_APP_PROVIDER",
                "PYTHON_KEYRING_BACKEND")


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A started OpenAI-compatible server on 127.0.0.1, stopped after the test."""
    with OpenAIServer() as server:
        yield server


@pytest.fixture
def openai_server_factory() -> Iterator[Callable[..., OpenAIServer]]:
    """Make more servers (``factory(embedding_dim=16)``); all are stopped after the test."""
    servers: list[OpenAIServer] = []

    def make(**kwargs: Any) -> OpenAIServer:
        server = OpenAIServer(**kwargs).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The app's keyring replaced by an in-memory one for the test."""
    backend = MemoryKeyring()
    secrets.set_backend(backend)
    try:
        yield backend
    finally:
        secrets.set_backend(None)


@pytest.fixture
def llm_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean LLM environment: no provider variables, the config folder in tmp_path (returned)."""
    for name in LLM_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config"
    monkeypatch.setenv("EDITOR_APP_CONFIG_DIR", str(config))
    return config
