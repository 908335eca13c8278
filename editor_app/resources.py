"""Where the shipped resources (prompts, fonts, style sheet, icons) live.

A source checkout or editable install reads them from the repository's ``resources/``;
a PyInstaller bundle unpacks them under ``sys._MEIPASS/resources``. EDITOR_APP_RESOURCES
overrides both (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("EDITOR_APP_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
