"""The user's plugin folder: where the packaged app installs plugin wheels.

Why a folder on sys.path: a frozen app has no pip, but a pure-Python wheel is a zip whose
contents, unpacked into a folder on sys.path, are an installed distribution (its
``*.dist-info`` holds the entry points that discovery reads). Entry-point discovery and
imports then find plugins there exactly as in a normal environment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DIR = "EDITOR_APP_PLUGIN_DIR"


def plugin_dir() -> Path:
    """$EDITOR_APP_PLUGIN_DIR, else the platform's user data folder (…/editor-app/plugins)."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("editor-app", appauthor=False)) / "plugins"


def activate_plugin_dir() -> Path:
    """Put the plugin folder on sys.path (once) so entry points and imports see what is in it."""
    folder = plugin_dir()
    if folder.is_dir() and str(folder) not in sys.path:
        sys.path.append(str(folder))
        import importlib

        importlib.invalidate_caches()
    return folder
