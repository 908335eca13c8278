"""Project folders on disk: project.json, journal.jsonl, index/, cache/.

- project.json is written atomically (temp file, fsync, rename, fsync of the folder).
- journal.jsonl is append-only: every applied batch, undo and redo, fsynced before
  project.json is rewritten. project.json records the last journal sequence it contains,
  so a crash between the two is recovered on the next open by replaying the tail.
- Older schema versions migrate on load; newer ones are refused with a clear message;
  a damaged project.json is reported and never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from editor_app.model.media_paths import load_paths, store_paths
from editor_app.model.history import Batch, History, apply_all, revert
from editor_app.model.operations import Operation, format_validation_error, parse_operation
from editor_app.model.project import SCHEMA_VERSION, Project

PROJECT_FILE = "project.json"
JOURNAL_FILE = "journal.jsonl"

# schema version N -> function upgrading the raw dict from N to N+1
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProjectError(Exception):
    """A project folder cannot be opened or written; the message says why and what is safe."""


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old or the new file, never a mix."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
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


def project_to_json(project: Project, journal_seq: int, root: Path | None = None) -> str:
    data = project.model_dump(mode="json")
    if root is not None:  # media inside the project folder are stored relative to it
        data = store_paths(data, Path(root))
        data["media_root"] = str(root)  # where relative paths last pointed (copies without media)
    data["journal_seq"] = journal_seq
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def read_project_file(path: Path) -> tuple[Project, int]:
    file = Path(path) / PROJECT_FILE
    if not Path(path).exists():
        raise ProjectError(f"there is no project folder at {path}")
    if not file.exists():
        raise ProjectError(f"{path} is not a project: it has no {PROJECT_FILE} (create one with `editor-app new {path}`)")
    raw = file.read_bytes()
    if not raw.strip():
        raise ProjectError(f"{file} is empty (damaged); it was left untouched")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProjectError(f"{file} is not text (damaged); it was left untouched") from None
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"{file} is damaged: {exc.msg} at line {exc.lineno}, column {exc.colno}. It was left untouched; "
            f"the edit journal ({JOURNAL_FILE}) still holds your edits"
        ) from None
    if not isinstance(data, dict):
        raise ProjectError(f"{file} does not hold a project (expected a JSON object)")
    data = migrate(data, file)
    seq = data.pop("journal_seq", 0)
    saved_in = data.pop("media_root", None)
    data = load_paths(data, Path(path).resolve(), saved_in if isinstance(saved_in, str) else None)
    try:
        project = Project.model_validate(data)
    except ValidationError as exc:
        raise ProjectError(f"{file} is not a valid project: {format_validation_error(exc)}. It was left untouched") from None
    problems = project.check_invariants()
    if problems:
        raise ProjectError(f"{file} is inconsistent: {'; '.join(problems[:3])}. It was left untouched")
    return project, int(seq)


def read_journal(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """All readable journal records and warnings about unreadable lines (a torn last write)."""
    file = Path(path) / JOURNAL_FILE
    records: list[dict[str, Any]] = []
    warnings: list[str] = []
    if not file.exists():
        return records, warnings
    with file.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or "seq" not in record:
                    raise ValueError("not a journal record")
                records.append(load_paths(record, Path(path).resolve()))
            except ValueError:
                warnings.append(f"{JOURNAL_FILE} line {number} is unreadable and was skipped")
    return records, warnings


class ProjectStore:
    """The files of one project folder, and the history rebuilt from its journal."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.journal_seq = 0
        self.records: list[dict[str, Any]] = []
        self.warnings: list[str] = []
        self.recovered: list[str] = []

    # ---- create / open ---------------------------------------------------
    @classmethod
    def create(cls, path: Path, project: Project) -> "ProjectStore":
        path = Path(path)
        if (path / PROJECT_FILE).exists():
            raise ProjectError(f"{path} already holds a project")
        path.mkdir(parents=True, exist_ok=True)
        (path / "cache").mkdir(exist_ok=True)
        store = cls(path)
        atomic_write(path / PROJECT_FILE, project_to_json(project, 0, path))
        (path / JOURNAL_FILE).touch()
        return store

    @classmethod
    def open(cls, path: Path) -> tuple["ProjectStore", Project, History]:
        store = cls(path)
        project, store.journal_seq = read_project_file(store.path)
        store.records, store.warnings = read_journal(store.path)
        history = History()
        for record in store.records:
            if record["seq"] <= store.journal_seq:
                _replay_stacks(history, record)
            else:
                _replay(project, history, record)
                store.recovered.append(f"{record.get('type')} {record.get('batch_id')}: {record.get('label', '')}")
        if store.recovered:
            store.journal_seq = store.records[-1]["seq"]
            store.save(project)
        return store, project, history

    # ---- write -----------------------------------------------------------
    @property
    def last_seq(self) -> int:
        return self.records[-1]["seq"] if self.records else 0

    def save(self, project: Project) -> None:
        atomic_write(self.path / PROJECT_FILE, project_to_json(project, self.last_seq, self.path))
        self.journal_seq = self.last_seq

    def append(self, record: dict[str, Any]) -> dict[str, Any]:
        record = {"seq": self.last_seq + 1, "time": time.time(), **record}
        line = json.dumps(store_paths(record, self.path), ensure_ascii=False, separators=(",", ":")) + "\n"
        with (self.path / JOURNAL_FILE).open("ab") as handle:
            handle.write(line.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        self.records.append(record)
        return record

    def record_batch(self, batch: Batch) -> dict[str, Any]:
        return self.append(
            {
                "type": "batch",
                "batch_id": batch.id,
                "label": batch.label,
                "author": batch.author,
                "turn_id": batch.turn_id,
                "agents": batch.agents,
                "ops": [op.to_dict() for op in batch.ops],
                "inverse": [op.to_dict() for op in batch.inverses],
            }
        )

    def record_undo(self, batch: Batch, author: str = "user") -> dict[str, Any]:
        return self.append({"type": "undo", "batch_id": batch.id, "label": batch.label, "author": author})

    def record_redo(self, batch: Batch, author: str = "user") -> dict[str, Any]:
        return self.append(
            {"type": "redo", "batch_id": batch.id, "label": batch.label, "author": author, "inverse": [op.to_dict() for op in batch.inverses]}
        )


def _batch_from_record(record: dict[str, Any]) -> Batch:
    return Batch(
        id=record["batch_id"],
        label=record.get("label", ""),
        ops=[parse_operation(op) for op in record.get("ops", [])],
        inverses=[parse_operation(op) for op in record.get("inverse", [])],
        author=record.get("author", "user"),
        turn_id=record.get("turn_id"),
        agents=record.get("agents", []),
        time=record.get("time", 0.0),
    )


def _replay_stacks(history: History, record: dict[str, Any]) -> None:
    """Rebuild undo/redo stacks from a record already contained in project.json."""
    kind = record.get("type")
    if kind == "batch":
        history.undo_stack.append(_batch_from_record(record))
        history.redo_stack.clear()
        history.note_batch_id(record["batch_id"])
    elif kind == "undo" and history.undo_stack and history.undo_stack[-1].id == record["batch_id"]:
        history.redo_stack.append(history.undo_stack.pop())
    elif kind == "redo" and history.redo_stack and history.redo_stack[-1].id == record["batch_id"]:
        batch = history.redo_stack.pop()
        batch.inverses = [parse_operation(op) for op in record.get("inverse", [])] or batch.inverses
        history.undo_stack.append(batch)


def _replay(project: Project, history: History, record: dict[str, Any]) -> None:
    """Re-apply a journal record that project.json does not contain yet (crash recovery)."""
    kind = record.get("type")
    if kind == "batch":
        batch = _batch_from_record(record)
        origin = batch.author if batch.turn_id is None else f"{batch.author}/{batch.turn_id}"
        batch.inverses = apply_all(project, batch.ops, origin)
        history.undo_stack.append(batch)
        history.redo_stack.clear()
        history.note_batch_id(batch.id)
    elif kind == "undo":
        if history.undo_stack and history.undo_stack[-1].id == record["batch_id"]:
            history.undo(project)
    elif kind == "redo":
        if history.redo_stack and history.redo_stack[-1].id == record["batch_id"]:
            history.redo(project)


__all__ = ["ProjectStore", "ProjectError", "atomic_write", "read_project_file", "read_journal", "MIGRATIONS", "Operation"]
