"""Project folders on disk: project.json, journal.jsonl, index/, cache/.

- project.json is written atomically (temp file, fsync, rename, fsync of the folder), with
  the same permissions as the journal beside it.
- journal.jsonl is append-only (model/journal.py: framed, checksummed, typed records):
  every applied batch, undo and redo, fsynced before project.json is rewritten.
  project.json records the last journal sequence it contains and a hash of its own state,
  so a crash between the two is recovered on the next open by replaying the verified tail
  (model/journal_replay.py), and a project.json that does not match its journal is reported.
- One writer at a time (model/project_lock.py), and a changed-on-disk check before every write.
- Older schema versions migrate on load; newer ones are refused with a clear message;
  a damaged project.json is reported and never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shlex
import tempfile
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from editor_app.model.journal import Damaged, JournalRecord, scan
from editor_app.model.relative_paths import load_paths
from editor_app.model.operations import Operation, format_validation_error
from editor_app.model.project import SCHEMA_VERSION, Project
from editor_app.model.project_json import project_body_state

PROJECT_FILE = "project.json"
JOURNAL_FILE = "journal.jsonl"
APPEND_PAUSE_ENV = "EDITOR_APP_CRASH_TEST_APPEND_PAUSE"  # seconds; lets a crash test kill a real append mid-record

# schema version N -> function upgrading the raw dict from N to N+1
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProjectError(Exception):
    """A project folder cannot be opened or written; the message says why and what is safe."""


def atomic_write(path: Path, data: str | bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so readers see the old or the new file, never a mix.

    Permissions: ``mode`` when given (project files pass the journal's), else the existing
    file's, else private (0600: settings and caches stay the user's own)."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode if mode is not None else _mode_for(path, 0o600))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_MODE = _default_mode()


def _mode_for(path: Path, default: int | None = None) -> int:
    """An existing file's permissions; for a new file ``default``, or what open() would give (umask)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return _MODE if default is None else default


def project_file_mode(folder: Path) -> int:
    """project.json gets the journal's permissions (both are the user's document files)."""
    return _mode_for(Path(folder) / JOURNAL_FILE)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.get("schema_version", 1)
    if not isinstance(version, int):
        raise ProjectError(f"{path} has an invalid schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path} was saved by a newer version of the editor (project schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update the editor to open it; the file was not changed."
        )
    while version < SCHEMA_VERSION:
        upgrade = MIGRATIONS.get(version)
        if upgrade is None:
            raise ProjectError(f"{path}: no migration from project schema {version}")
        data = upgrade(data)
        version += 1
        data["schema_version"] = version
    return data


def serialize(project: Project, root: Path | None = None) -> tuple[str, str]:
    """The project's JSON body and its state hash (what journal records are checked against).

    With ``root`` (the project folder), media inside it are written relative to it, so the body
    and its hash stay the same when the folder moves (model/media_paths.py).
    """
    return project_body_state(project, root)  # = blake2b(body), hashing only what follows media when that is unchanged


def state_hash(project: Project, root: Path | None = None) -> str:
    return serialize(project, root)[1]


def project_to_json(project: Project, journal_seq: int, body_state: tuple[str, str] | None = None,
                    root: Path | None = None) -> str:
    body, state = body_state or serialize(project, root)
    where = f',"media_root":{json.dumps(str(root), ensure_ascii=False)}' if root is not None else ""  # copies without media
    return f'{body[:-1]},"journal_seq":{int(journal_seq)},"journal_state":"{state}"{where}}}'


def read_project_file(path: Path) -> tuple[Project, int]:
    project, seq, _ = _read_project(Path(path))
    return project, seq


def _read_project(path: Path) -> tuple[Project, int, str | None]:
    file = Path(path) / PROJECT_FILE
    if not Path(path).exists():
        raise ProjectError(f"there is no project folder at {path}")
    if not Path(path).is_dir():
        raise ProjectError(f"{path} is a file, not a project folder")
    if file.is_dir():
        raise ProjectError(f"{file} is a folder, not a project file; move it away to use this folder as a project")
    if not file.exists():
        raise ProjectError(f"{path} is not a project: it has no {PROJECT_FILE} (create one with `editor-app new {shlex.quote(str(path))}`)")
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ProjectError(f"{file} cannot be read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise ProjectError(f"{file} is empty (damaged); it was left untouched")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProjectError(f"{file} is not text (damaged); it was left untouched") from None
    except RecursionError:
        raise ProjectError(f"{file} is nested too deeply to be a project; it was left untouched") from None
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"{file} is damaged: {exc.msg} at line {exc.lineno}, column {exc.colno}. It was left untouched; "
            f"the edit journal ({JOURNAL_FILE}) still holds your edits"
        ) from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise ProjectError(f"{file} is damaged: {str(exc)[:120]}. It was left untouched") from None
    if not isinstance(data, dict):
        raise ProjectError(f"{file} does not hold a project (expected a JSON object)")
    data = migrate(data, file)
    seq = data.pop("journal_seq", 0)
    state = data.pop("journal_state", None)
    saved_in = data.pop("media_root", None)  # relative media paths resolve against this folder (or where it was saved)
    data = load_paths(data, Path(path).resolve(), saved_in if isinstance(saved_in, str) else None)
    if not isinstance(seq, int) or seq < 0:
        raise ProjectError(f"{file} has an invalid journal_seq {str(seq)[:40]!r}; it was left untouched")
    try:
        project = Project.model_validate(data)
    except RecursionError:
        raise ProjectError(f"{file} is nested too deeply to be a project; it was left untouched") from None
    except ValidationError as exc:
        raise ProjectError(f"{file} is not a valid project: {format_validation_error(exc)}. It was left untouched") from None
    problems = project.check_invariants()
    if problems:
        raise ProjectError(f"{file} is inconsistent: {'; '.join(problems[:3])}. It was left untouched")
    return project, int(seq), state if isinstance(state, str) else None




def read_journal(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Readable journal records as plain dicts, and warnings about unreadable ones."""
    file = Path(path) / JOURNAL_FILE
    scanned = scan(file.read_bytes() if file.exists() else b"")
    warnings = list(scanned.warnings) + [f"{JOURNAL_FILE} line {r.line} is unreadable: {r.reason}"
                                         for r in scanned.records if isinstance(r, Damaged)]
    return [_absolute(r, Path(path)).to_dict() for r in scanned.records if isinstance(r, JournalRecord)], warnings


def _media_paths(record: JournalRecord, convert: Callable[[Any], Any]) -> dict[str, Any]:
    """The record's fields that hold media (imports, relinks, undo data), converted."""
    return {key: convert(getattr(record, key)) for key in ("ops", "inverse", "legacy_inverse") if getattr(record, key)}


def _absolute(record: JournalRecord | Damaged, root: Path) -> JournalRecord | Damaged:
    """A record read from disk with its relative media paths made absolute against the folder."""
    if not isinstance(record, JournalRecord):
        return record
    return record.model_copy(update=_media_paths(record, lambda d: load_paths(d, Path(root).resolve())))


from editor_app.model.project_store import ProjectStore  # noqa: E402 - re-exported; it builds on the helpers above

__all__ = ["ProjectStore", "ProjectError", "atomic_write", "read_project_file", "read_journal", "MIGRATIONS", "Operation",
           "serialize", "state_hash"]
