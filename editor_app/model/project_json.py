"""project.json's body, with each media asset's JSON kept until the asset changes.

Why: media assets are immutable and hold the big parts of a project (a 2-hour talk carries
~20,000 timed words and its audio levels), yet every edit rewrites project.json. Dumping and
encoding them again on each save cost 150-300 ms for a 2-hour talk; an edit to the timeline
never changes an asset, so its JSON fragment is reused as long as the same asset object lives.
The body is byte-for-byte what ``json.dumps(project.model_dump(mode="json"))`` gives
(tests/core/test_project_json.py), so state hashes and journals are unaffected.
"""

from __future__ import annotations

import json
import threading
import weakref
from pathlib import Path
from typing import Any

from editor_app.model.project import MediaAsset, Project
from editor_app.model.relative_paths import store_paths

_LOCK = threading.Lock()
# id(asset) -> (weak reference to that asset, the folder paths were made relative to, JSON text)
_FRAGMENTS: dict[int, tuple[weakref.ref, str, str]] = {}


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _forget(key: int, ref: weakref.ref) -> None:
    with _LOCK:
        entry = _FRAGMENTS.get(key)
        if entry is not None and entry[0] is ref:
            del _FRAGMENTS[key]


def asset_json(asset: MediaAsset, root: Path | None) -> str:
    """The asset's JSON as stored under ``root`` (paths inside it relative), reused while unchanged."""
    key, where = id(asset), str(root) if root is not None else ""
    entry = _FRAGMENTS.get(key)
    if entry is not None and entry[0]() is asset and entry[1] == where:
        return entry[2]
    data = asset.model_dump(mode="json")
    text = _dumps(store_paths(data, Path(root)) if root is not None else data)
    ref = weakref.ref(asset, lambda r, key=key: _forget(key, r))
    with _LOCK:
        _FRAGMENTS[key] = (ref, where, text)
    return text


def project_body(project: Project, root: Path | None = None) -> str:
    """The project as compact JSON, fields in the model's order, media from the fragment cache."""
    data = project.model_dump(mode="json", exclude={"media"})
    if root is not None:
        data = store_paths(data, Path(root))
    parts = []
    for name in type(project).model_fields:
        if name == "media":
            media = ",".join(f"{_dumps(key)}:{asset_json(asset, root)}" for key, asset in project.media.items())
            parts.append(f'"media":{{{media}}}')
        else:
            parts.append(f"{_dumps(name)}:{_dumps(data[name])}")
    return "{" + ",".join(parts) + "}"
