"""Batches and undo/redo.

A batch is one user gesture or one chat turn: its operations apply all-or-nothing and one
undo reverts all of them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from editor_app.model.operations import Operation, OperationError, current_origin, parse_operation
from editor_app.model.journal_delta import StateDelta, make_delta
from editor_app.model.operations.base import capture
from editor_app.model.project import Project


@dataclass
class Batch:
    """Applied operations with their inverses and provenance."""

    id: str
    label: str
    ops: list[Operation]
    inverses: list[Operation]
    author: str = "user"
    turn_id: str | None = None
    agents: list[str] = field(default_factory=list)
    time: float = field(default_factory=time.time)
    redo_blocked: str | None = None  # why this batch cannot be redone (its journal record is unreadable)

    def describe(self, project: Project | None = None) -> list[str]:
        return [op.describe(project) for op in self.ops]


class BatchError(OperationError):
    """A step of a batch failed; nothing of the batch was applied."""

    def __init__(self, index: int, total: int, op: Operation, error: Exception) -> None:
        message = getattr(error, "message", str(error))
        prefix = f"step {index + 1} of {total} ({op.op})" if total > 1 else op.op
        super().__init__(f"{prefix}: {message}", getattr(error, "hint", None))
        self.index = index
        self.op = op
        self.error = error


def apply_all(project: Project, ops: list[Operation], origin: str = "user") -> list[Operation]:
    """Validate and apply ``ops`` in order; on any failure undo the applied ones and raise.

    Consecutive ripple cuts, latest first (how "cut the silences" arrives), are applied as one
    run (model.ripple): the same result, each later clip moved once instead of once per cut;
    the run gives one inverse for all its operations.
    """
    from editor_app.model.ripple import CutRun

    inverses: list[Operation] = []
    token = current_origin.set(origin)
    try:
        index = 0
        while index < len(ops):
            op, guard, run = ops[index], None, None
            try:
                run = CutRun.start(project, ops, index)
                if run is not None:
                    guard = run.guard
                    index = run.apply()
                    inverses.append(guard)
                    continue
                op.validate(project)
                guard = capture(project, [t.id for t in project.tracks], order=True, media=True, markers=True, notes=True)
                inverses.append(op.apply(project))
                index += 1
            except Exception as exc:
                if run is not None:
                    index, op = run.index, ops[run.index]
                if guard is not None:  # an apply that failed half-way: put back what it touched
                    guard.apply(project)
                for inverse in reversed(inverses):
                    inverse.apply(project)
                if isinstance(exc, (KeyError, ValueError)):  # OperationError is a ValueError
                    raise BatchError(index, len(ops), op, exc) from exc
                raise
    finally:
        current_origin.reset(token)
    return inverses


def apply_batch(project: Project, ops: list[Operation], origin: str = "user") -> list[Operation]:
    """Apply ``ops`` all-or-nothing; returns the batch's undo data as one compact ``StateDelta``."""
    before = project.clone()
    apply_all(project, ops, origin)
    return [StateDelta.model_construct(op="restore_delta", delta=make_delta(before, project))]


def refuse_internal(ops: list[Operation]) -> None:
    """Internal operations (undo data) are never user, CLI, agent or plugin edits."""
    for op in ops:
        if type(op).internal:
            raise OperationError(f"{op.op} is an internal operation and cannot be applied as an edit", "use undo or redo")


def revert(project: Project, inverses: list[Operation]) -> list[Operation]:
    """Apply inverses in reverse order; returns what re-applies them (for redo bookkeeping)."""
    return [inverse.apply(project) for inverse in reversed(inverses)]


class History:
    """Undo and redo stacks of batches over one project."""

    def __init__(self) -> None:
        self.undo_stack: list[Batch] = []
        self.redo_stack: list[Batch] = []
        self._counter = 0

    def next_batch_id(self) -> str:
        self._counter += 1
        return f"b{self._counter}"

    def note_batch_id(self, batch_id: str) -> None:
        if batch_id.startswith("b") and batch_id[1:].isdigit():
            self._counter = max(self._counter, int(batch_id[1:]))

    def apply(
        self,
        project: Project,
        ops: list[Operation | dict[str, Any]],
        label: str = "",
        *,
        author: str = "user",
        turn_id: str | None = None,
        agents: list[str] | None = None,
        batch_id: str | None = None,
    ) -> Batch:
        parsed = [parse_operation(op, project.fps) for op in ops]
        if not parsed:
            raise OperationError("there is nothing to apply")
        refuse_internal(parsed)
        origin = author if turn_id is None else f"{author}/{turn_id}"
        inverses = apply_batch(project, parsed, origin)
        batch = Batch(
            id=batch_id or self.next_batch_id(),
            label=label or parsed[0].describe(project),
            ops=parsed,
            inverses=inverses,
            author=author,
            turn_id=turn_id,
            agents=list(agents or []),
        )
        self.note_batch_id(batch.id)
        self.undo_stack.append(batch)
        self.redo_stack.clear()
        return batch

    def undo(self, project: Project) -> Batch | None:
        if not self.undo_stack:
            return None
        batch = self.undo_stack.pop()
        revert(project, batch.inverses)
        self.redo_stack.append(batch)
        return batch

    def redo(self, project: Project) -> Batch | None:
        if not self.redo_stack:
            return None
        batch = self.redo_stack[-1]
        if batch.redo_blocked:
            raise OperationError(f"{batch.label or batch.id} cannot be redone: {batch.redo_blocked}")
        origin = batch.author if batch.turn_id is None else f"{batch.author}/{batch.turn_id}"
        batch.inverses = apply_batch(project, batch.ops, origin)
        self.redo_stack.pop()
        self.undo_stack.append(batch)
        return batch

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)
