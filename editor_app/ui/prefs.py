"""UI preferences (auto-apply, recent projects) in the ``ui`` section of the shared settings file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from editor_app.llm.settings import settings_path

SECTION = "ui"
MAX_RECENT = 8


def load() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    section = data.get(SECTION) if isinstance(data, dict) else None
    return section if isinstance(section, dict) else {}


def save(values: dict[str, Any]) -> None:
    """Merge ``values`` into our section, atomically, keeping the other sections."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    section = data.get(SECTION) if isinstance(data.get(SECTION), dict) else {}
    section.update(values)
    data[SECTION] = section
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
    os.replace(tmp, path)


def auto_apply() -> bool:
    return bool(load().get("auto_apply", False))


def recent(existing_only: bool = False) -> list[str]:
    """Recent project folders; ``existing_only`` drops (and forgets) folders that are gone."""
    items = [p for p in load().get("recent", []) if isinstance(p, str)]
    if not existing_only:
        return items
    alive = [p for p in items if (Path(p) / "project.json").is_file()]
    if alive != items:
        save({"recent": alive})
    return alive


def add_recent(path: str | Path) -> None:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent() if p != text]
    save({"recent": items[:MAX_RECENT]})
