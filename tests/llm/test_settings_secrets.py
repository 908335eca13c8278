"""Settings precedence (env > file > defaults), the key in the keyring, never in the file or a repr."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
from keyring.errors import KeyringError

from editor_app.llm import secrets
from editor_app.llm.settings import ProviderSettings, load_settings, save_settings, settings_path
from editor_app.testing.keyring_backend import BrokenKeyring, MemoryKeyring

KEY = "sk-proj-SECRETSECRET1234"


def test_defaults_mean_offline(llm_env: Path) -> None:
    settings = load_settings()
    assert settings.preset == "none" and not settings.is_configured()
    assert settings.timeout == 60 and settings.max_retries == 2
    assert settings_path() == llm_env / "settings.json"


def test_presets() -> None:
    expected = {
        "openai": "https://api.openai.com/v1", "ollama": "http://127.0.0.1:11434/v1",
        "lmstudio": "http://127.0.0.1:1234/v1", "vllm": "http://127.0.0.1:8000/v1",
        "llamacpp": "http://127.0.0.1:8080/v1",
    }
    for preset, url in expected.items():
        settings = ProviderSettings.from_preset(preset)
        assert settings.base_url == url and settings.is_configured()
        assert settings.is_local == (preset != "openai")
    assert ProviderSettings.from_preset("openai").model == "gpt-4o-mini"
    assert not ProviderSettings.from_preset("custom").is_configured()
    with pytest.raises(ValueError, match="unknown provider preset"):
        ProviderSettings.from_preset("bard")


def test_precedence_env_over_file_over_defaults(llm_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(ProviderSettings.from_preset("ollama", model="qwen2.5", timeout=20, temperature=0.2))
    settings = load_settings()
    assert (settings.preset, settings.model, settings.timeout, settings.temperature) == ("ollama", "qwen2.5", 20, 0.2)
    assert settings.base_url == "http://127.0.0.1:11434/v1"  # from the preset defaults
    monkeypatch.setenv("EDITOR_APP_MODEL", "llama3.2")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://10.0.0.5:11434/v1")
    settings = load_settings()
    assert (settings.model, settings.base_url, settings.timeout) == ("llama3.2", "http://10.0.0.5:11434/v1", 20)
    monkeypatch.delenv("EDITOR_APP_MODEL")
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.setenv("EDITOR_APP_PROVIDER", "openai")  # another preset: the file's URL/model don't apply
    settings = load_settings()
    assert (settings.preset, settings.model, settings.base_url) == ("openai", "gpt-4o-mini", "https://api.openai.com/v1")
    assert settings.timeout == 20  # generic fields still come from the file
    monkeypatch.setenv("EDITOR_APP_PROVIDER", "gemini")
    with pytest.raises(ValueError, match="unknown provider 'gemini'"):
        load_settings()


def test_env_key_alone_selects_openai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert load_settings().preset == "openai"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://gpu-box:8000/v1")
    settings = load_settings()
    assert settings.preset == "custom" and settings.base_url == "http://gpu-box:8000/v1"


def test_settings_file_keeps_other_sections_and_never_the_key(llm_env: Path, memory_keyring: MemoryKeyring,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    llm_env.mkdir(parents=True)
    (llm_env / "settings.json").write_text(json.dumps({"ui": {"theme": "dark"},
                                                       "provider": {"preset": "openai", "api_key": KEY}}))
    with caplog.at_level(logging.DEBUG):
        settings = load_settings()
    assert settings.preset == "openai"
    assert "api_key" in caplog.text and KEY not in caplog.text  # dropped with a note, value never echoed
    secrets.store_key(settings, KEY)
    path = save_settings(settings)
    data = json.loads(path.read_text())
    assert data["ui"] == {"theme": "dark"} and "api_key" not in data["provider"]
    assert KEY not in path.read_text()
    assert KEY not in repr(settings) and KEY not in str(settings.model_dump())
    assert [p.name for p in llm_env.iterdir()] == ["settings.json"]  # no temp files left
    with pytest.raises(ValueError):
        ProviderSettings(api_key=KEY)  # type: ignore[call-arg]


def test_key_from_env_first_then_keyring(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = ProviderSettings.from_preset("openai")
    status = secrets.resolve_key(settings)
    assert status.source == "none" and status.key is None and "no API key stored for openai" in status.message
    stored = secrets.store_key(settings, f"  {KEY}\n")
    assert stored.source == "keyring"
    assert memory_keyring.store == {("editor-app", "openai"): KEY}
    status = secrets.resolve_key(settings)
    assert (status.source, status.key) == ("keyring", KEY)
    assert KEY not in repr(status) and "1234" in repr(status)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-000")
    assert secrets.resolve_key(settings).source == "env"
    assert secrets.api_key_for(settings) == "sk-from-env-000"
    monkeypatch.delenv("OPENAI_API_KEY")
    assert secrets.delete_key(settings) is True
    assert secrets.delete_key(settings) is False
    assert secrets.api_key_for(settings) is None


def test_custom_server_key_is_per_url(memory_keyring: MemoryKeyring) -> None:
    a = ProviderSettings(preset="custom", base_url="http://gpu-a:8000/v1/", model="m")
    b = ProviderSettings(preset="custom", base_url="http://gpu-b:8000/v1", model="m")
    secrets.store_key(a, "key-a-123456789")
    assert memory_keyring.store == {("editor-app", "http://gpu-a:8000/v1"): "key-a-123456789"}
    assert secrets.resolve_key(b).key is None


def test_local_server_needs_no_key(memory_keyring: MemoryKeyring) -> None:
    settings = ProviderSettings.from_preset("ollama")
    assert secrets.api_key_for(settings) == secrets.LOCAL_PLACEHOLDER
    assert "none is needed for a local server" in secrets.resolve_key(settings).message


def test_no_keyring_falls_back_to_env_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = ProviderSettings.from_preset("openai")
    secrets.set_backend(BrokenKeyring())
    status = secrets.resolve_key(settings)
    assert status.source == "none" and status.key is None
    assert "OS keyring could not be read (NoKeyringError)" in status.message and "OPENAI_API_KEY" in status.message
    with pytest.raises(secrets.KeyStoreError, match="set OPENAI_API_KEY in the environment instead"):
        secrets.store_key(settings, KEY)
    secrets.set_backend(BrokenKeyring(KeyringError))
    with pytest.raises(secrets.KeyStoreError):
        secrets.delete_key(settings)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert secrets.resolve_key(settings).source == "env"  # env works with no keyring at all


def test_platform_backend_without_any_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headless Linux (no D-Bus session): no backend and a reason, no exception."""
    secrets.set_backend(None)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(secrets.sys, "platform", "linux")
    backend, why = secrets.platform_backend()
    assert backend is None and "no OS keyring" in why
    status = secrets.resolve_key(ProviderSettings.from_preset("openai"))
    assert status.source == "none" and "set OPENAI_API_KEY" in status.message
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "editor_app.testing.keyring_backend.MemoryKeyring")
    backend, _ = secrets.platform_backend()
    assert isinstance(backend, MemoryKeyring)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no.such.Backend")
    assert secrets.platform_backend()[0] is None


def test_mask_key() -> None:
    assert secrets.mask_key(KEY) == "sk-…1234"
    assert secrets.mask_key("short") == "………" and secrets.mask_key(None) == "(none)"
    assert os.environ.get("OPENAI_API_KEY") is None  # the autouse fixture cleared it
