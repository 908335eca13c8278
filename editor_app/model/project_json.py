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


def _parts(project: Project, root: Path | None) -> tuple[list[str], int]:
    """The body's top-level "name":value parts in the model's order, and how many lead up to media."""
    data = project.model_dump(mode="json", exclude={"media"})
    if root is not None:
        data = store_paths(data, Path(root))
    parts, lead = [], 0
    for name in type(project).model_fields:
        if name == "media":
            media = ",".join(f"{_dumps(key)}:{asset_json(asset, root)}" for key, asset in project.media.items())
            parts.append(f'"media":{{{media}}}')
            lead = len(parts)
        else:
            parts.append(f"{_dumps(name)}:{_dumps(data[name])}")
    return parts, lead


def project_body(project: Project, root: Path | None = None) -> str:
    """The project as compact JSON, fields in the model's order, media from the fragment cache."""
    return "{" + ",".join(_parts(project, root)[0]) + "}"


# The hash of the body up to the end of "media" (the 2 MB of a 2-hour talk), kept while the
# parts before it and each asset's fragment are the same objects: (head parts, fragments, hasher).
_HEAD: list[tuple[list[str], list[str], Any]] = []


def project_body_state(project: Project, root: Path | None = None) -> tuple[str, str]:
    """The body and its state hash (blake2b-64 of the UTF-8 body), hashing only what follows media
    when nothing up to it changed.

    Why: every edit journals the project's state hash; encoding and hashing a 2-hour talk's 2 MB
    body took 4-15 ms of each transcript delete, though a timeline edit changes only what comes
    after the media. The hash is the same as hashing the whole body (tests/core/test_project_json.py).
    """
    import hashlib

    parts, lead = _parts(project, root)
    body = "{" + ",".join(parts) + "}"
    if not lead or lead == len(parts):
        return body, hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()
    head = parts[:lead - 1]
    frags = [asset_json(asset, root) for asset in project.media.values()]  # the cached objects, no new dump
    with _LOCK:
        cached = _HEAD[0] if _HEAD else None
    if (cached is not None and cached[0] == head and len(cached[1]) == len(frags)
            and all(a is b for a, b in zip(cached[1], frags))):
        hasher = cached[2].copy()
    else:
        hasher = hashlib.blake2b(("{" + ",".join(parts[:lead])).encode("utf-8"), digest_size=8)
        with _LOCK:
            _HEAD[:] = [(head, frags, hasher.copy())]
    hasher.update(("," + ",".join(parts[lead:]) + "}").encode("utf-8"))
    return body, hasher.hexdigest()
