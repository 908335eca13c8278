"""ProjectStore: the files of one open project folder.

Reading with verified recovery (model/journal_replay.py), the one-writer lock
(model/project_lock.py), the changed-on-disk check before every write, cutting a torn
journal tail and stale temp files, and the order of a durable write: journal record
(fsynced) first, then project.json (atomic). File formats live in project_io and journal.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from editor_app.model.history import Batch, History
from editor_app.model.journal import Damaged, JournalRecord, encode_op, frame, scan
from editor_app.model.project import Project
from editor_app.model.relative_paths import store_paths
from editor_app.model.project_io import (
    APPEND_PAUSE_ENV,
    JOURNAL_FILE,
    PROJECT_FILE,
    ProjectError,
    _absolute,
    _media_paths,
    _mode_for,
    project_file_mode,
    _read_project,
    atomic_write,
    project_to_json,
    read_project_file,
    serialize,
    state_hash,
)


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
        self._pending_body: tuple[str, str] | None = None  # its JSON and state, when the journal head has them
        # The window sets this: a commit fsyncs the journal record (the edit is durable) and leaves
        # project.json to flush() once the views have shown the edit; open() recovers from the journal
        # if the program dies in between. Scripts and the CLI keep writing both at once.
        self.defer_project_file = False
        # The window also sets this: a commit writes its journal record (in the kernel's hands, so it
        # survives the program crashing) and fsyncs it in sync_journal() once the views have painted
        # the edit (a few ms later), before project.json is written and on close.
        self.defer_journal_sync = False
        self._written = 0  # journal records this store appended, and how many of them are fsynced
        self._synced = 0
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
        body_state = serialize(project, path)
        atomic_write(path / PROJECT_FILE, project_to_json(project, 0, body_state, path), project_file_mode(path))
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
            store.records, store.warnings = [_absolute(r, store.path) for r in scanned.records], list(scanned.warnings)
            store._journal_end, store._torn = scanned.good_end, scanned.torn
            replay = rebuild(project, store.records, store.journal_seq, state, lambda p: state_hash(p, store.path),
                             replay_all=replay_all)
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
        try:
            self.flush()
            self.sync_journal()
        except (OSError, ProjectError):  # the journal holds every edit; the next open catches up
            pass
        finally:
            self.lock.release()

    @property
    def journal_unsynced(self) -> bool:
        """A record written with ``defer_journal_sync`` is not fsynced yet."""
        return self._synced < self._written

    def sync_journal(self) -> None:
        """fsync journal records written with ``defer_journal_sync`` (the window does it on a worker
        thread after the paint; a write of project.json and close do it first). Thread-safe: a
        record appended during the fsync stays counted as unsynced."""
        target = self._written
        if self._synced >= target:
            return
        fd = os.open(self.path / JOURNAL_FILE, os.O_WRONLY | os.O_APPEND)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self._synced = max(self._synced, target)

    @property
    def flush_pending(self) -> bool:
        """A deferred commit's project.json is not written yet (the journal has it)."""
        return self._needs_save and self._pending_body is not None

    def flush(self) -> None:
        """Write a deferred commit's project.json now (under the lock, after the changed-on-disk check)."""
        if self.flush_pending and not self.conflict:
            self.begin_write()  # _tidy() writes the pending project.json
            self.end_write()

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
        self.sync_journal()  # project.json never runs ahead of a journal record on disk
        if project is None:  # save what the pending recovery (or a deferred commit) produced
            project, body_state = self._pending, self._pending_body
        body_state = body_state or serialize(project, self.path)
        atomic_write(self.path / PROJECT_FILE, project_to_json(project, self.last_seq, body_state, self.path),
                     project_file_mode(self.path))
        self.journal_seq, self.state, self._needs_save = self.last_seq, body_state[1], False
        self._pending_body = None
        self._seen = self._disk()

    def save(self, project: Project) -> None:
        """Rewrite project.json (no journal record): under the lock, after the changed-on-disk check."""
        self._pending, self._pending_body = project, None
        self.begin_write()
        try:
            self._write_project(project)
        finally:
            self.end_write()

    def commit(self, project: Project, fields: dict[str, Any]) -> JournalRecord:
        """Journal one record (fsynced), then rewrite project.json. Call between begin/end_write."""
        body_state = serialize(project, self.path)
        record = JournalRecord(seq=self.last_seq + 1, time=time.time(), base=self.state, state=body_state[1], **fields)
        line = frame(record.model_copy(update=_media_paths(record, lambda d: store_paths(d, self.path))))
        size = len(line)
        journal = self.path / JOURNAL_FILE
        fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _mode_for(journal))
        try:
            pause = os.environ.get(APPEND_PAUSE_ENV)
            if pause:  # crash tests: half the record on disk, then wait to be killed
                os.write(fd, line[: len(line) // 2])
                os.fsync(fd)
                os.write(2, b"journal append paused\n")
                time.sleep(float(pause))
                line = line[len(line) // 2:]
            os.write(fd, line)
            self._written += 1
            if self.defer_journal_sync:
                pass  # written: it survives a crash of this program; fsynced after the paint (sync_journal)
            else:
                os.fsync(fd)
                self._synced = self._written
        finally:
            os.close(fd)
        self.records.append(record)
        self._journal_end += size
        self.state, self._seen = record.state, self._disk()  # the journal head: the next record chains from it
        if self.defer_project_file:  # durable now; project.json follows in flush() (or the next write)
            self._needs_save, self._pending, self._pending_body = True, project, body_state
            return record
        try:
            self._write_project(project, body_state)
        except OSError as exc:  # the edit is durable in the journal; project.json catches up on the next write or open
            self._needs_save, self._pending, self._pending_body = True, project, body_state
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


