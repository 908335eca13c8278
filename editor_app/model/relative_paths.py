"""Media paths on disk: relative to the project folder when inside it, absolute otherwise.

In memory every media path is absolute (the renderer, probes and thumbnails open them as
they are). Only the files on disk (project.json and the journal) hold relative paths, so a
project folder can be moved or copied and its clips keep working. The journal's records
hold media too (imports, relinks, undo snapshots of the media list): they are converted the
same way, so undo after a move restores paths in the new place.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Any, Callable

MEDIA_KINDS = {"video", "audio", "image"}


def to_stored(path: str, root: Path) -> str:
    """``path`` as written to disk: relative (with /) when inside ``root``, else unchanged."""
    if not path or not os.path.isabs(path):
        return path
    try:
        relative = Path(os.path.normpath(path)).relative_to(Path(os.path.normpath(root)))
    except ValueError:
        return path
    return PurePosixPath(*relative.parts).as_posix() if relative.parts else path


def from_stored(path: str, root: Path, saved_in: str | None = None) -> str:
    """A path read from disk made absolute against ``root`` (absolute paths stay as they are).

    ``saved_in`` is the folder the file was last saved in: when the file is not under ``root``
    but still is there (a project copied without its media), that one is used.
    """
    if not path or os.path.isabs(path):
        return path
    here = os.path.normpath(os.path.join(root, *PurePosixPath(path).parts))
    if saved_in and not os.path.exists(here):
        there = os.path.normpath(os.path.join(saved_in, *PurePosixPath(path).parts))
        if os.path.exists(there):
            return there
    return here


def _is_asset(node: dict[str, Any]) -> bool:
    return isinstance(node.get("path"), str) and node.get("kind") in MEDIA_KINDS and "id" in node and "name" in node


def map_media_paths(data: Any, convert: Callable[[str], str]) -> Any:
    """A copy of JSON-like ``data`` with every media path passed through ``convert``.

    Media paths are the ``path`` of asset-shaped objects (anywhere: project media, import
    operations, undo snapshots) and of ``relink_media`` operations.
    """
    if isinstance(data, list):
        return [map_media_paths(item, convert) for item in data]
    if not isinstance(data, dict):
        return data
    out = {key: map_media_paths(value, convert) for key, value in data.items()}
    if _is_asset(data) or (data.get("op") == "relink_media" and isinstance(data.get("path"), str)):
        out["path"] = convert(data["path"])
    return out


def store_paths(data: Any, root: Path) -> Any:
    return map_media_paths(data, lambda p: to_stored(p, root))


def load_paths(data: Any, root: Path, saved_in: str | None = None) -> Any:
    return map_media_paths(data, lambda p: from_stored(p, root, saved_in))
