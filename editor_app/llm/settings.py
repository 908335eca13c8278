"""Which OpenAI-compatible endpoint the app talks to, and how.

Load order: environment over the app settings file over the preset's defaults.
The settings file never holds the API key (see ``secrets.py``); there is no
field for it, so it cannot leak into the file or a repr.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field

from editor_app.model.project_io import atomic_write

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
SECTION = "provider"  # the key of our section in the shared app settings file

NO_PROVIDER = "none"  # no endpoint: the app uses the offline planner

# preset -> defaults (base_url, model, embedding/transcription models, context window in tokens)
# Context windows are the servers' own defaults, not the models': Ollama runs 4,096 unless
# OLLAMA_CONTEXT_LENGTH or a Modelfile's num_ctx says otherwise, and silently drops the
# oldest messages beyond it; llama-server's -c and vLLM's --max-model-len set theirs.
PRESETS: dict[str, dict[str, Any]] = {
    NO_PROVIDER: {"label": "Offline planner (no model)", "base_url": None},
    "openai": {
        "label": "OpenAI",
        "base_url": "https://api.openai.com/v1",
        "model": "gpt-4o-mini",
        "embedding_model": "text-embedding-3-small",
        "transcription_model": "whisper-1",
        "context_window": 128_000,
    },
    "ollama": {
        "label": "Ollama",
        "base_url": "http://127.0.0.1:11434/v1",
        "model": "qwen2.5:7b",
        "embedding_model": "nomic-embed-text",
        "context_window": 4096,
    },
    "lmstudio": {"label": "LM Studio", "base_url": "http://127.0.0.1:1234/v1", "context_window": 4096},
    "vllm": {"label": "vLLM", "base_url": "http://127.0.0.1:8000/v1", "context_window": 8192},
    "llamacpp": {"label": "llama.cpp server", "base_url": "http://127.0.0.1:8080/v1", "context_window": 4096},
    "custom": {"label": "Custom OpenAI-compatible server", "base_url": None, "context_window": 8192},
}
# What to tell the user to raise a server's window (the app cannot set it through /v1).
CONTEXT_HOWTO: dict[str, str] = {
    "ollama": ("start Ollama with OLLAMA_CONTEXT_LENGTH={n} (e.g. `OLLAMA_CONTEXT_LENGTH={n} ollama serve`), "
               "or make a model with `PARAMETER num_ctx {n}` in its Modelfile; Ollama's /v1 ignores a "
               "per-request num_ctx"),
    "llamacpp": "start llama-server with -c {n} (and --jinja for tool calling)",
    "vllm": "start vLLM with --max-model-len {n}",
    "lmstudio": "set the model's Context Length to {n} in LM Studio's load settings",
}
# fields whose value belongs to one preset (dropped from the file when env switches preset)
_PRESET_FIELDS = (
    "base_url", "model", "embedding_model", "transcription_model", "context_window",
)
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}


class ModelPrice(BaseModel):
    """USD per 1M tokens: prompt, cached prompt (None: same as prompt), completion."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: float | None = Field(default=None, ge=0)


class ProviderSettings(BaseModel):
    """An LLM endpoint: preset, URL, model names, limits and prices."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    preset: str = NO_PROVIDER
    base_url: str | None = None
    model: str | None = None
    timeout: float = Field(default=60.0, gt=0, description="seconds per request attempt")
    max_retries: int = Field(default=2, ge=0, description="retries on 429/5xx/timeouts")
    temperature: float | None = Field(default=0.2, ge=0, le=2,
                                      description="sampling temperature sent on every call (None: the server's)")
    context_window: int = Field(default=8192, ge=1024, description="tokens the server keeps per request")
    max_output_tokens: int = Field(default=768, ge=64, description="tokens kept free for the reply (tool calls "
                                   "and a sentence; a reply cut off at the limit is reported, never used)")
    embedding_model: str | None = None
    transcription_model: str | None = None
    prices: dict[str, ModelPrice] = Field(default_factory=dict,
                                          description="USD per 1M tokens by model name, over the built-in table")
    tools_mode: str = Field(default="auto", description="auto | tools | json_schema | prompted_json")
    schema_flavour: str = Field(default="auto", description="auto | standard | simple | strict (OpenAI strict mode)")
    stream: bool = Field(default=True, description="stream replies into the chat as they are written")

    @classmethod
    def from_preset(cls, preset: str, **overrides: Any) -> ProviderSettings:
        """A preset's defaults, with some fields replaced."""
        if preset not in PRESETS:
            raise ValueError(f"unknown provider preset {preset!r}; choose one of: {', '.join(PRESETS)}")
        fields = {k: v for k, v in PRESETS[preset].items() if k != "label"}
        fields.update({k: v for k, v in overrides.items() if v is not None})
        return cls(preset=preset, **fields)

    def is_configured(self) -> bool:
        """False when no endpoint is set at all: the app then uses the offline planner."""
        return bool(self.base_url)

    def edited(self, preset: str, **changes: Any) -> ProviderSettings:
        """These settings with ``changes``; a new preset brings its defaults but keeps the user's
        own choices (prices, timeouts, temperature) instead of wiping them."""
        data = self.model_dump()
        if preset != self.preset:
            data = {k: v for k, v in data.items() if k not in _PRESET_FIELDS}
            data.update({k: v for k, v in PRESETS[preset].items() if k != "label"})
        data.update({k: v for k, v in changes.items() if v is not None or k not in PRESETS[preset]})
        data["preset"] = preset
        return ProviderSettings(**data)

    def context_howto(self, tokens: int) -> str:
        """How the user raises this server's context window (empty for hosted APIs)."""
        text = CONTEXT_HOWTO.get(self.preset, "")
        return text.format(n=tokens)

    @property
    def label(self) -> str:
        """A human name for the provider, for messages."""
        return PRESETS.get(self.preset, PRESETS["custom"])["label"]

    @property
    def is_local(self) -> bool:
        """A server on this machine: needs no key and costs nothing."""
        if self.preset in ("ollama", "lmstudio", "vllm", "llamacpp"):
            return True
        if self.preset == "openai":  # even through a local proxy, OpenAI bills
            return False
        host = urlparse(self.base_url or "").hostname or ""
        return host in _LOCAL_HOSTS


def config_dir(env: Mapping[str, str] | None = None) -> Path:
    """The app's config folder; EDITOR_APP_CONFIG_DIR overrides it (tests, portable installs)."""
    env = os.environ if env is None else env
    override = env.get("EDITOR_APP_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("editor-app"))


def settings_path(env: Mapping[str, str] | None = None) -> Path:
    return config_dir(env) / SETTINGS_FILE


def _read_file(path: Path) -> dict[str, Any]:
    """The whole settings file as a dict; a missing or broken file reads as empty."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _file_section(path: Path) -> dict[str, Any]:
    section = _read_file(path).get(SECTION)
    if not isinstance(section, dict):
        return {}
    old_in, old_out = section.pop("price_in_per_m", None), section.pop("price_out_per_m", None)
    if (old_in or old_out) and section.get("model"):  # a file from before the price table: keep its prices
        prices = dict(section.get("prices") or {})
        prices.setdefault(section["model"], {"input": float(old_in or 0), "output": float(old_out or 0)})
        section["prices"] = prices
    known = set(ProviderSettings.model_fields)
    dropped = sorted(k for k in section if k not in known)
    if dropped:  # e.g. someone pasted "api_key" in: never use or echo it
        log.warning("ignoring unknown provider settings in %s: %s", path, ", ".join(dropped))
    return {k: v for k, v in section.items() if k in known}


def load_settings(env: Mapping[str, str] | None = None) -> ProviderSettings:
    """Environment over the settings file over the preset's defaults.

    EDITOR_APP_PROVIDER picks the preset, OPENAI_BASE_URL the URL, EDITOR_APP_MODEL
    the model. With nothing configured but OPENAI_API_KEY set, OpenAI is used, as
    every other OpenAI tool does.
    """
    env = os.environ if env is None else env
    from_file = _file_section(settings_path(env))
    preset = env.get("EDITOR_APP_PROVIDER") or from_file.get("preset")
    if not preset:
        if env.get("OPENAI_BASE_URL"):
            preset = "custom"
        elif env.get("OPENAI_API_KEY"):
            preset = "openai"
        else:
            preset = NO_PROVIDER
    preset = str(preset).strip().lower()
    if preset not in PRESETS:
        raise ValueError(f"unknown provider {preset!r} (EDITOR_APP_PROVIDER or settings file); "
                         f"choose one of: {', '.join(PRESETS)}")
    fields = {k: v for k, v in PRESETS[preset].items() if k != "label"}
    if from_file.get("preset", preset) != preset:  # env switched preset: the file's URL/model were for another
        from_file = {k: v for k, v in from_file.items() if k not in _PRESET_FIELDS}
    fields.update({k: v for k, v in from_file.items() if k != "preset"})
    if env.get("OPENAI_BASE_URL"):
        fields["base_url"] = env["OPENAI_BASE_URL"]
    if env.get("EDITOR_APP_MODEL"):
        fields["model"] = env["EDITOR_APP_MODEL"]
    return ProviderSettings(preset=preset, **fields)


def save_settings(settings: ProviderSettings, env: Mapping[str, str] | None = None) -> Path:
    """Write our section of the settings file atomically, keeping other sections as they are."""
    path = settings_path(env)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _read_file(path)
    data[SECTION] = settings.model_dump(mode="json")
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True))
    return path
