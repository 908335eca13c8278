"""Shared test set-up: Qt off-screen, no network, config in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Keep every test away from the developer's real settings, keys and endpoints."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("EDITOR_APP_CONFIG_DIR", str(config))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "EDITOR_APP_MODEL", "EDITOR_APP_PROVIDER"):
        monkeypatch.delenv(name, raising=False)
    yield
