"""Find media files that moved: match by name, size and duration, relink through operations.

A media item is missing when its file is not where the project says. Relinking searches
folders for a file with the same name and size whose probed length matches (a renamed file
with the same size and length is accepted too, and said so). Nothing else about the media
changes: only its path, one RelinkMedia per item, in one undoable batch.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from editor_app.media.errors import MediaError
from editor_app.media.probe import probe
from editor_app.model.operations import RelinkMedia
from editor_app.model.project import MediaAsset, Project

MAX_FILES_SCANNED = 50_000  # a search of a whole home folder stops here rather than hang
DURATION_TOLERANCE = Fraction(1, 20)  # seconds; containers round lengths differently


@dataclass
class RelinkPlan:
    ops: list[RelinkMedia] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)  # media id -> new path
    notes: list[str] = field(default_factory=list)
    unresolved: dict[str, str] = field(default_factory=dict)  # media id -> why not


def missing_media(project: Project) -> list[MediaAsset]:
    """Media whose file is not where the project says (the project still opens and keeps them)."""
    return [a for a in project.media.values() if not Path(a.path).is_file()]


def _scan(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    seen: set[Path] = set()
    for folder in folders:
        if not folder.is_dir() or folder in seen:
            continue
        seen.add(folder)
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("cache", "index")]
            files.extend(Path(root) / n for n in names)
            if len(files) >= MAX_FILES_SCANNED:
                return files
    return files


def check_candidate(asset: MediaAsset, path: Path) -> str | None:
    """Why ``path`` is not the same content as ``asset`` (None when it matches)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read it ({exc.strerror or exc})"
    if asset.size_bytes is not None and size != asset.size_bytes:
        return f"its size differs ({size} bytes, expected {asset.size_bytes})"
    try:
        info = probe(path, check_vfr=False)
    except MediaError as exc:
        return str(exc)
    if info.kind != asset.kind:
        return f"it is {info.kind}, expected {asset.kind}"
    if asset.duration is not None and info.duration is not None:
        if abs(Fraction(info.duration) - Fraction(asset.duration)) > DURATION_TOLERANCE:
            return f"its length differs ({float(info.duration):.2f} s, expected {float(asset.duration):.2f} s)"
    return None


def plan_relink(project: Project, folders: list[str | Path], media_ids: list[str] | None = None) -> RelinkPlan:
    """Search ``folders`` for each missing media (or the ones named) and plan the relinks."""
    plan = RelinkPlan()
    wanted = [a for a in missing_media(project) if media_ids is None or a.id in media_ids]
    if not wanted:
        return plan
    files = _scan([Path(f).expanduser().resolve() for f in folders])
    by_name: dict[str, list[Path]] = {}
    by_size: dict[int, list[Path]] = {}
    for f in files:
        by_name.setdefault(f.name.lower(), []).append(f)
    sizes = {a.size_bytes for a in wanted if a.size_bytes}
    if sizes:
        for f in files:
            try:
                size = f.stat().st_size
            except OSError:
                continue
            if size in sizes:
                by_size.setdefault(size, []).append(f)
    for asset in wanted:
        name = Path(asset.path).name
        named = by_name.get(name.lower(), [])
        renamed = [f for f in by_size.get(asset.size_bytes or -1, []) if f not in named]
        reasons: list[str] = []
        match = None
        for candidate in named + renamed:
            problem = check_candidate(asset, candidate)
            if problem is None:
                match = candidate
                break
            reasons.append(f"{candidate}: {problem}")
        if match is None:
            plan.unresolved[asset.id] = ("; ".join(reasons[:3]) if reasons else f"no file named {name} in the searched folders")
            continue
        plan.ops.append(RelinkMedia(media_id=asset.id, path=str(match)))
        plan.found[asset.id] = str(match)
        if match.name != name:
            plan.notes.append(f"{asset.id} ({asset.name}): {match} has another name but the same size and length")
    return plan


def default_search_folders(project: Project, project_dir: Path) -> list[Path]:
    """Where to look when the user names no folder: the project folder and the old folders."""
    folders = [project_dir]
    for asset in missing_media(project):
        parent = Path(asset.path).parent
        while not parent.is_dir() and parent != parent.parent:
            parent = parent.parent
        if parent.is_dir() and parent != Path(parent.anchor):
            folders.append(parent)
    return list(dict.fromkeys(folders))
