"""One open project: model, history, project files and listeners.

The UI, the CLI and the agents all change a project through ``Session.apply`` (or undo /
redo), which validates, applies all-or-nothing, journals and saves. Listeners hear about
every change (the index re-syncs, the UI repaints).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from editor_app.model.changes import EVERYTHING, Shape, Touched, shape, touched
from editor_app.model.diff import DiffLine, diff_projects
from editor_app.model.history import Batch, History, apply_all, refuse_internal, revert
from editor_app.model.operations import ImportMedia, Operation, parse_operation
from editor_app.model.project import Project, Settings
from editor_app.model.project_io import ProjectError, ProjectStore

log = logging.getLogger(__name__)


@dataclass
class Change:
    """What listeners receive: kind is 'apply', 'undo', 'redo' or 'reload'.

    ``touched`` names what changed (track, clip and media ids; track order, markers, notes),
    so a view can update only that; a reload touches everything.
    """

    kind: str
    batch: Batch | None
    version: int
    touched: Touched = EVERYTHING

    @property
    def tracks(self) -> frozenset[str]:
        return self.touched.tracks

    @property
    def clips(self) -> frozenset[str]:
        return self.touched.clips

    @property
    def media(self) -> frozenset[str]:
        return self.touched.media


@dataclass
class DryRun:
    """A plan tried on a copy: the resulting project, its diff, and the parsed operations."""

    ops: list[Operation]
    project: Project
    diff: list[DiffLine]
    base_version: int


class Session:
    def __init__(self, store: ProjectStore, project: Project, history: History) -> None:
        self.store = store
        self.project = project
        self.history = history
        self.version = 0
        self._listeners: list[Callable[[Change], None]] = []
        self._index = None

    # ---- lifecycle -------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, name: str | None = None, *, starter_tracks: bool = False, **settings: Any) -> "Session":
        """A new project folder; ``starter_tracks`` gives it the Main, B-roll and Music tracks people expect."""
        path = Path(path).expanduser().resolve()
        project = Project(name=name or path.name, settings=Settings(**settings))
        if starter_tracks:
            from editor_app.model.placement import starter_track_ops

            apply_all(project, starter_track_ops())
        store = ProjectStore.create(path, project)
        return cls(store, project, History())

    @classmethod
    def open(cls, path: str | Path, *, writer: str | None = None, wait: float = 10.0) -> "Session":
        """Open a project. ``writer`` ("window", "cli") holds its one-writer lock until ``close``;
        without it the lock is taken for each write only, and a write is refused if another
        program changed the files since they were read here."""
        store, project, history = ProjectStore.open(Path(path).expanduser().resolve(), writer=writer, wait=wait)
        for line in store.recovered:
            log.warning("recovered from the journal: %s", line)
        return cls(store, project, history)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def recovered(self) -> list[str]:
        return self.store.recovered

    def save(self) -> None:
        self.store.save(self.project)

    def _commit(self, kind: str, batch: Batch, fields: dict[str, Any], rollback: Callable[[], None],
                before: Shape | None = None) -> None:
        """Journal and save a change already made in memory; on failure put memory back."""
        try:
            self.store.commit(self.project, fields)
        except BaseException:
            rollback()
            raise
        finally:
            self.store.end_write()
        self._changed(kind, batch, touched(before, shape(self.project)) if before is not None else EVERYTHING)

    # ---- changes ---------------------------------------------------------
    def apply(
        self,
        ops: list[Operation | dict[str, Any]],
        label: str = "",
        *,
        author: str = "user",
        turn_id: str | None = None,
        agents: list[str] | None = None,
    ) -> Batch:
        """Validate and apply ``ops`` as one undoable batch; journal and save it."""
        self.store.begin_write()
        before = shape(self.project)
        try:
            batch = self.history.apply(self.project, ops, label, author=author, turn_id=turn_id, agents=agents)
        except BaseException:
            self.store.end_write()
            raise

        def rollback() -> None:
            revert(self.project, batch.inverses)
            self.history.undo_stack.pop()

        self._commit("apply", batch, self.store.batch_fields(batch), rollback, before)
        return batch

    def undo(self) -> Batch | None:
        if not self.history.can_undo:
            return None
        self.store.begin_write()
        before = shape(self.project)
        try:
            batch = self.history.undo(self.project)
        except BaseException:
            self.store.end_write()
            raise
        self._commit("undo", batch, self.store.undo_fields(batch), lambda: self.history.redo(self.project), before)
        return batch

    def redo(self) -> Batch | None:
        if not self.history.can_redo:
            return None
        self.store.begin_write()
        before = shape(self.project)
        try:
            batch = self.history.redo(self.project)
        except BaseException:
            self.store.end_write()
            raise
        self._commit("redo", batch, self.store.redo_fields(batch), lambda: self.history.undo(self.project), before)
        return batch

    def undo_batch(self, batch_id: str) -> Batch | None:
        """Undo a specific turn, which must be the most recent one (one-step undo from a chat card)."""
        if not self.history.undo_stack or self.history.undo_stack[-1].id != batch_id:
            raise ProjectError("only the most recent change can be undone from here; later edits depend on it")
        return self.undo()

    def dry_run(self, ops: list[Operation | dict[str, Any]], *, units: str = "frames") -> DryRun:
        """Apply ``ops`` to a copy of the project; raises OperationError if any step fails."""
        parsed = [parse_operation(op, self.project.fps, units=units) for op in ops]
        refuse_internal(parsed)
        scratch = self.project.clone()
        apply_all(scratch, parsed)
        return DryRun(parsed, scratch, diff_projects(self.project, scratch), self.version)

    def import_media(self, paths: list[str | Path], *, place: bool = False, at: int | None = None, allow_duplicates: bool = False):
        """Import files as one batch, noticing duplicates and sidecar transcripts; with ``place``, also
        append them on the timeline (main track, or music for audio-only; ``at`` inserts at a frame).

        Returns the ImportPlan (media ids in the given order, notes, errors) and the batch or None.
        """
        from editor_app.media.import_plan import plan_import
        from editor_app.model.placement import placement_ops

        plan = plan_import(self.project, paths, allow_duplicates=allow_duplicates)
        ops = list(plan.ops)
        if place and plan.media_ids:
            scratch = self.project.clone()
            apply_all(scratch, ops)
            ops += placement_ops(scratch, plan.media_ids, at=at)
        batch = None
        if ops:
            count = len(plan.new_ids)
            label = f"Import {count} file{'s' if count != 1 else ''}" if count else "Update media"
            batch = self.apply(ops, label + (" and place them" if place else ""))
        if plan.new_ids:  # smart render's keyframe index, built in the background (media/keyframe_index.py)
            from editor_app.media.keyframe_index import build_for_media
            build_for_media(self.project.media, plan.new_ids, self.path / "cache")
        # Transcription hook: plan.untranscribed lists new media with audio and no transcript;
        # the speech-to-text job (media/speech) starts on them here once it lands.
        return plan, batch

    def import_files(self, paths: list[str | Path], *, descriptions: dict[str, str] | None = None) -> tuple[Batch | None, list[str]]:
        """Probe and import files as one batch; returns the batch and one error line per bad file."""
        from editor_app.media.errors import MediaError
        from editor_app.media.importer import build_asset

        ops: list[Operation] = []
        errors: list[str] = []
        for path in paths:
            try:
                asset = build_asset(path)
            except MediaError as exc:
                errors.append(str(exc))
                continue
            if descriptions and asset.name in descriptions:
                asset = asset.model_copy(update={"description": descriptions[asset.name]})
            ops.append(ImportMedia(asset=asset))
        batch = None
        if ops:
            label = f"Import {len(ops)} file{'s' if len(ops) > 1 else ''}"
            batch = self.apply(ops, label)
        return batch, errors

    # ---- context index -----------------------------------------------------
    def context_index(self):
        """The project's Chroma index (opened on first use; embedding chosen like the CLI's)."""
        if self._index is None:
            from editor_app.index import ContextIndex, embedding_from_settings

            self._index = ContextIndex.open(self.path, embedding_from_settings())
        return self._index

    def sync_index(self) -> dict[str, Any]:
        """Bring the index up to date with the project and journal (incremental; call off the UI thread)."""
        return self.context_index().sync(self.project, self.journal_records())

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        self.store.close()

    # ---- reading ---------------------------------------------------------
    def journal_records(self) -> list[dict[str, Any]]:
        """Readable journal records as plain dicts (typed ones are ``store.records``)."""
        from editor_app.model.journal import JournalRecord

        return [r.to_dict() for r in self.store.records if isinstance(r, JournalRecord)]

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self, kind: str, batch: Batch | None, what: Touched = EVERYTHING) -> None:
        self.version += 1
        change = Change(kind, batch, self.version, what)
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken listener must not undo a saved edit
                log.exception("change listener failed")

    # ---- async helper for the UI -----------------------------------------------
    async def run_in_executor(self, func: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, func, *args)
