"""Which plugins the user enabled, kept in ``config_dir()/plugins.json``.

Why opt-in: Python cannot sandbox a plugin, so (as Blender does with add-ons) nothing
third-party runs until the user enables it by name. A plugin that is not listed here is
disabled, which is also how a freshly installed plugin starts. EDITOR_APP_PLUGINS
("name,name" or "all") enables more for one run without touching the file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from editor_app.llm.settings import config_dir
from editor_app.model.project_io import atomic_write

log = logging.getLogger(__name__)
STATE_FILE = "plugins.json"
ENV_ENABLED = "EDITOR_APP_PLUGINS"


def state_path(env: Mapping[str, str] | None = None) -> Path:
    return config_dir(env) / STATE_FILE


def load_state(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The state file as {"enabled": [...]}; a missing or broken file means nothing enabled."""
    path = state_path(env)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"enabled": []}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable plugin state %s: %s", path, exc)
        return {"enabled": []}
    enabled = data.get("enabled") if isinstance(data, dict) else None
    if not isinstance(enabled, list):
        enabled = []
    return {**(data if isinstance(data, dict) else {}), "enabled": [str(n) for n in enabled]}


def save_state(state: dict[str, Any], env: Mapping[str, str] | None = None) -> Path:
    """Write atomically (temp file, fsync, rename): a crash never leaves half a file."""
    path = state_path(env)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(state, indent=2, sort_keys=True))
    return path


def stored_enabled(env: Mapping[str, str] | None = None) -> list[str]:
    return list(dict.fromkeys(load_state(env)["enabled"]))


def env_enabled(env: Mapping[str, str] | None = None) -> list[str]:
    env = os.environ if env is None else env
    return [n.strip() for n in env.get(ENV_ENABLED, "").split(",") if n.strip()]


def enabled_plugin_names(env: Mapping[str, str] | None = None) -> list[str]:
    """The plugins to load: those enabled in plugins.json plus EDITOR_APP_PLUGINS.

    Pass it to ``registry.load_agents(enabled_plugins=...)``; "all" in the environment
    passes through (the registry then loads every plugin).
    """
    return list(dict.fromkeys([*stored_enabled(env), *env_enabled(env)]))


def set_enabled(name: str, enabled: bool, env: Mapping[str, str] | None = None) -> bool:
    """Enable or disable ``name`` in plugins.json; True when the state changed."""
    state = load_state(env)
    names = list(dict.fromkeys(state["enabled"]))
    if enabled == (name in names):
        return False
    state["enabled"] = [*names, name] if enabled else [n for n in names if n != name]
    save_state(state, env)
    return True
