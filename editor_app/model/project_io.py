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
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from editor_app.model.history import Batch, History
from editor_app.model.journal import Damaged, JournalRecord, encode_op, frame, scan
from editor_app.model.operations import Operation, format_validation_error
from editor_app.model.project import SCHEMA_VERSION, Project

PROJECT_FILE = "project.json"
JOURNAL_FILE = "journal.jsonl"
APPEND_PAUSE_ENV = "EDITOR_APP_CRASH_TEST_APPEND_PAUSE"  # seconds; lets a crash test kill a real append mid-record

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
        os.fchmod(fd, _mode_for(path)) if hasattr(os, "fchmod") else None
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


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; new files get what open() would give (umask)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return _MODE


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


def serialize(project: Project) -> tuple[str, str]:
    """The project's JSON body and its state hash (what journal records are checked against)."""
    body = json.dumps(project.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return body, hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()


def state_hash(project: Project) -> str:
    return serialize(project)[1]


def project_to_json(project: Project, journal_seq: int, body_state: tuple[str, str] | None = None) -> str:
    body, state = body_state or serialize(project)
    return f'{body[:-1]},"journal_seq":{int(journal_seq)},"journal_state":"{state}"}}'


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
        raise ProjectError(f"{path} is not a project: it has no {PROJECT_FILE} (create one with `editor-app new {path}`)")
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




class ProjectStore:
    """The files of one project folder: reading, verified recovery, locked and checked writes."""

    def __init__(self, path: Path) -> None:
        from editor_app.model.project_lock import ProjectLock

        self.path = Path(path)
        self.journal_seq = 0
        self.state: str | None = None  # state hash of what project.json holds (or will, after recovery)
        self.records: list[JournalRecord | Damaged] = []
        self.warnings: list[str] = []
        self.recovered: list[str] = []
        self.conflict: str | None = None
        self.lock = ProjectLock(self.path)
        self._seen: tuple = ()  # (project.json stat, journal size) as this store last read or wrote them
        self._journal_end = 0  # where the next record goes (a torn tail beyond it is cut before writing)
        self._torn = b""
        self._needs_save = False
        self._pending: Project | None = None  # the project a pending recovery save writes
        self._lazy = False

    # ---- create / open ---------------------------------------------------
    @classmethod
    def create(cls, path: Path, project: Project) -> "ProjectStore":
        path = Path(path)
        if (path / PROJECT_FILE).exists():
            raise ProjectError(f"{path} already holds a project")
        if path.exists() and not path.is_dir():
            raise ProjectError(f"{path} is a file, not a folder")
        path.mkdir(parents=True, exist_ok=True)
        (path / "cache").mkdir(exist_ok=True)
        store = cls(path)
        (path / JOURNAL_FILE).touch()
        body_state = serialize(project)
        atomic_write(path / PROJECT_FILE, project_to_json(project, 0, body_state))
        store.state = body_state[1]
        store._seen = store._disk()
        return store

    @classmethod
    def open(cls, path: Path, writer: str | None = None, wait: float = 10.0,
             replay_all: bool = False) -> tuple["ProjectStore", Project, History]:
        """Read a project; with ``writer`` ("window", "cli") hold its lock from now until ``close``."""
        from editor_app.model.journal_replay import rebuild
        from editor_app.model.project_lock import ProjectLocked

        store = cls(path)
        if writer and Path(path).is_dir():
            try:
                store.lock.acquire(writer, wait)
            except ProjectLocked as exc:
                raise ProjectError(str(exc)) from None
        try:
            project, store.journal_seq, state = _read_project(store.path)
            journal = store.path / JOURNAL_FILE
            try:
                data = journal.read_bytes() if journal.exists() else b""
            except OSError as exc:
                raise ProjectError(f"{journal} cannot be read: {exc.strerror or exc}") from None
            scanned = scan(data)
            store.records, store.warnings = scanned.records, list(scanned.warnings)
            store._journal_end, store._torn = scanned.good_end, scanned.torn
            replay = rebuild(project, store.records, store.journal_seq, state, state_hash, replay_all=replay_all)
            store.warnings += replay.warnings
            store.conflict, store.recovered, store.state = replay.conflict, replay.recovered, replay.state
            if store.conflict:
                store.conflict += (f". Nothing was replayed or saved; project.json is shown as it is. Run `editor-app "
                                   f"recover {store.path}` to choose: --keep-project-file sets the newer journal aside, "
                                   f"--replay applies the journal's changes (when they check out).")
            store._seen = store._disk(len(data))
            store._pending = replay.project
            if store.recovered:
                store.journal_seq = store.last_seq
                store._needs_save = True
            if store.lock.held:
                store._tidy()
            else:  # a reader tidies too (torn tail, stale temp files, a verified recovery) when no writer is busy
                with contextlib.suppress(ProjectLocked, OSError):
                    store.lock.acquire("cli", 0)
                    try:
                        store._tidy()
                    finally:
                        store.lock.release()
        except BaseException:
            store.lock.release()
            raise
        return store, replay.project, replay.history

    def close(self) -> None:
        self.lock.release()

    # ---- checks ----------------------------------------------------------
    def _disk(self, journal_size: int | None = None) -> tuple:
        try:
            st = os.stat(self.path / PROJECT_FILE)
            mark = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            mark = None
        if journal_size is None:
            try:
                journal_size = os.stat(self.path / JOURNAL_FILE).st_size
            except OSError:
                journal_size = 0
        return mark, journal_size

    def _tidy(self) -> None:
        """Under the lock: cut a torn journal tail, drop stale temp files, save a recovery."""
        journal = self.path / JOURNAL_FILE
        if self._torn and journal.exists() and journal.stat().st_size == self._journal_end + len(self._torn):
            with (self.path / (JOURNAL_FILE + ".torn")).open("ab") as keep:
                keep.write(self._torn + b"\n")
            with journal.open("r+b") as handle:
                handle.truncate(self._journal_end)
                os.fsync(handle.fileno())
            self._torn = b""
        for stale in self.path.glob(f".{PROJECT_FILE}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        self._seen = self._disk()
        if self._needs_save and not self.conflict:
            self._write_project(project=None)

    def begin_write(self) -> None:
        """Before any write: refuse on a conflict, take the lock, check nobody changed the files."""
        from editor_app.model.project_lock import ProjectLocked

        if self.conflict:
            raise ProjectError(self.conflict)
        if not self.lock.held:
            try:
                self.lock.acquire("cli", 10.0)
            except ProjectLocked as exc:
                raise ProjectError(str(exc)) from None
            self._lazy = True
        if self._disk() != self._seen:
            self.end_write()
            raise ProjectError(
                f"{self.path} was changed on disk by another program since it was opened here; nothing was saved. "
                f"Open it again to see the current state, then repeat the edit."
            )
        self._tidy()

    def end_write(self) -> None:
        if self._lazy:
            self._lazy = False
            self.lock.release()

    # ---- write -----------------------------------------------------------
    @property
    def last_seq(self) -> int:
        return self.records[-1].seq if self.records else 0

    def _write_project(self, project: Project | None, body_state: tuple[str, str] | None = None) -> None:
        if project is None:  # save what the pending recovery produced
            project = self._pending
        body_state = body_state or serialize(project)
        atomic_write(self.path / PROJECT_FILE, project_to_json(project, self.last_seq, body_state))
        self.journal_seq, self.state, self._needs_save = self.last_seq, body_state[1], False
        self._seen = self._disk()

    def save(self, project: Project) -> None:
        """Rewrite project.json (no journal record): under the lock, after the changed-on-disk check."""
        self._pending = project
        self.begin_write()
        try:
            self._write_project(project)
        finally:
            self.end_write()

    def commit(self, project: Project, fields: dict[str, Any]) -> JournalRecord:
        """Journal one record (fsynced), then rewrite project.json. Call between begin/end_write."""
        body_state = serialize(project)
        record = JournalRecord(seq=self.last_seq + 1, time=time.time(), base=self.state, state=body_state[1], **fields)
        line = frame(record)
        size = len(line)
        journal = self.path / JOURNAL_FILE
        fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _mode_for(self.path / PROJECT_FILE))
        try:
            pause = os.environ.get(APPEND_PAUSE_ENV)
            if pause:  # crash tests: half the record on disk, then wait to be killed
                os.write(fd, line[: len(line) // 2])
                os.fsync(fd)
                os.write(2, b"journal append paused\n")
                time.sleep(float(pause))
                line = line[len(line) // 2:]
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.records.append(record)
        self._journal_end += size
        self.state, self._seen = record.state, self._disk()  # the journal head: the next record chains from it
        try:
            self._write_project(project, body_state)
        except OSError as exc:  # the edit is durable in the journal; project.json catches up on the next write or open
            self._needs_save, self._pending = True, project
            self.warnings.append(f"{PROJECT_FILE} could not be rewritten ({exc.strerror or exc}); the journal holds the edit")
        return record

    def batch_fields(self, batch: Batch) -> dict[str, Any]:
        return {"type": "batch", "batch_id": batch.id, "label": batch.label, "author": batch.author,
                "turn_id": batch.turn_id, "agents": batch.agents, "ops": [encode_op(op) for op in batch.ops],
                "inverse": _delta_of(batch)}

    def undo_fields(self, batch: Batch, author: str = "user") -> dict[str, Any]:
        return {"type": "undo", "batch_id": batch.id, "label": batch.label, "author": author}

    def redo_fields(self, batch: Batch, author: str = "user") -> dict[str, Any]:
        return {"type": "redo", "batch_id": batch.id, "label": batch.label, "author": author, "inverse": _delta_of(batch)}

    def keep_project_file(self) -> Path:
        """Resolve a conflict by keeping project.json: the journal is set aside, history starts afresh."""
        self.conflict = None
        self.begin_write()
        try:
            aside = self.path / f"journal.conflict-{time.strftime('%Y%m%d-%H%M%S')}.jsonl"
            os.replace(self.path / JOURNAL_FILE, aside)
            (self.path / JOURNAL_FILE).touch()
            self.records, self._journal_end, self._torn = [], 0, b""
            self._pending = read_project_file(self.path)[0]
            self._write_project(self._pending)
            return aside
        finally:
            self.end_write()


def _delta_of(batch: Batch) -> dict[str, Any] | None:
    from editor_app.model.journal_delta import StateDelta

    if len(batch.inverses) == 1 and isinstance(batch.inverses[0], StateDelta):
        return batch.inverses[0].delta
    return None


def read_journal(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Readable journal records as plain dicts, and warnings about unreadable ones."""
    file = Path(path) / JOURNAL_FILE
    scanned = scan(file.read_bytes() if file.exists() else b"")
    warnings = list(scanned.warnings) + [f"{JOURNAL_FILE} line {r.line} is unreadable: {r.reason}"
                                         for r in scanned.records if isinstance(r, Damaged)]
    return [r.to_dict() for r in scanned.records if isinstance(r, JournalRecord)], warnings


__all__ = ["ProjectStore", "ProjectError", "atomic_write", "read_project_file", "read_journal", "MIGRATIONS", "Operation",
           "serialize", "state_hash"]
