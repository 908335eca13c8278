"""Rebuild undo/redo history from the journal and recover edits project.json lacks.

Trust nothing unverified: each record names the state hash it applied to (``base``) and the
one it produced (``state``); project.json names its own (``journal_state``). A tail of records
newer than project.json is replayed only when it chains from project.json's state and every
replayed step reproduces its recorded hash. Otherwise (a restored backup, a copy from
another machine, a record this editor cannot read) nothing is replayed and ``conflict`` says
why; the store then refuses writes until the user decides. Unreadable records in the
already-saved part only shorten the undo history, with a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from editor_app.model.history import Batch, History, apply_batch, revert
from editor_app.model.journal import Damaged, JournalRecord, decode_op
from editor_app.model.journal_delta import StateDelta
from editor_app.model.operations import Operation
from editor_app.model.project import Project


@dataclass
class Replay:
    history: History
    project: Project
    state: str | None
    recovered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflict: str | None = None


def _inverse(record: JournalRecord) -> list[Operation] | None:
    if record.inverse is not None:
        return [StateDelta.model_construct(op="restore_delta", delta=record.inverse)]
    if record.legacy_inverse is not None:
        return [decode_op(op, allow_internal=True) for op in record.legacy_inverse]
    return None


def _describe(record: JournalRecord | Damaged) -> str:
    if isinstance(record, Damaged):
        return f"journal record {record.seq} (line {record.line}: {record.reason})"
    return f"edit {record.seq} ({record.label or record.batch_id})"


def _batch(record: JournalRecord, warnings: list[str]) -> Batch | None:
    try:
        inverses = _inverse(record)
    except Exception as exc:  # noqa: BLE001 - unreadable undo data degrades history
        warnings.append(f"{_describe(record)} has unreadable undo data ({exc}); undo history stops there")
        return None
    if inverses is None:
        warnings.append(f"{_describe(record)} has no undo data; undo history stops there")
        return None
    batch = Batch(id=record.batch_id, label=record.label, ops=[], inverses=inverses, author=record.author,
                  turn_id=record.turn_id, agents=list(record.agents), time=record.time)
    try:
        batch.ops = [decode_op(op) for op in record.ops]
    except Exception as exc:  # noqa: BLE001
        batch.redo_blocked = f"its journal record cannot be read by this version ({exc})"
        warnings.append(f"{_describe(record)} can be undone but not redone: {batch.redo_blocked}")
    return batch


def _stack_step(history: History, record: JournalRecord | Damaged, warnings: list[str]) -> None:
    """Move the undo/redo stacks as a record already contained in project.json did."""
    if isinstance(record, Damaged):
        if history.undo_stack or history.redo_stack:
            warnings.append(f"{_describe(record)} is unreadable: undo history before it is unavailable")
        history.undo_stack.clear()
        history.redo_stack.clear()
        return
    if record.type == "batch":
        history.note_batch_id(record.batch_id)
        batch = _batch(record, warnings)
        history.redo_stack.clear()
        if batch is None:
            history.undo_stack.clear()
        else:
            history.undo_stack.append(batch)
    elif record.type == "undo":
        if history.undo_stack and history.undo_stack[-1].id == record.batch_id:
            history.redo_stack.append(history.undo_stack.pop())
    elif record.type == "redo":
        if history.redo_stack and history.redo_stack[-1].id == record.batch_id:
            batch = history.redo_stack.pop()
            inverses = _inverse(record)
            if inverses is not None:
                batch.inverses = inverses
            history.undo_stack.append(batch)


def _replay_step(project: Project, history: History, record: JournalRecord) -> None:
    """Re-apply a record project.json does not contain yet; raises when it cannot."""
    if record.type == "batch":
        ops = [decode_op(op) for op in record.ops]
        origin = record.author if record.turn_id is None else f"{record.author}/{record.turn_id}"
        inverses = apply_batch(project, ops, origin)
        history.undo_stack.append(Batch(id=record.batch_id, label=record.label, ops=ops, inverses=inverses,
                                        author=record.author, turn_id=record.turn_id, agents=list(record.agents),
                                        time=record.time))
        history.redo_stack.clear()
        history.note_batch_id(record.batch_id)
    elif record.type == "undo":
        if not history.undo_stack or history.undo_stack[-1].id != record.batch_id:
            raise ValueError(f"it undoes {record.batch_id}, which is not the latest edit")
        history.undo(project)
    elif record.type == "redo":
        if not history.redo_stack or history.redo_stack[-1].id != record.batch_id:
            raise ValueError(f"it redoes {record.batch_id}, which was not undone")
        history.redo(project)


def rebuild(project: Project, records: list[JournalRecord | Damaged], journal_seq: int, state: str | None,
            hasher: Callable[[Project], str], *, replay_all: bool = False) -> Replay:
    """History for ``project`` (as read from project.json at ``journal_seq``), plus any verified recovery.

    A crash between the journal append and the project.json rewrite leaves one record: that
    one is replayed. A longer tail means project.json was put back on purpose or by a sync
    tool, so it is reported and replayed only when asked (``replay_all``)."""
    out = Replay(History(), project, state)
    saved = [r for r in records if r.seq <= journal_seq]
    tail = [r for r in records if r.seq > journal_seq]
    for record in saved:
        _stack_step(out.history, record, out.warnings)
    if saved and saved[-1].seq != journal_seq and journal_seq:
        out.warnings.append(f"the journal has no record of edit {journal_seq} that project.json is at: undo history is unavailable")
        out.history.undo_stack.clear()
        out.history.redo_stack.clear()
    at = next((r for r in saved if r.seq == journal_seq), None)
    if isinstance(at, JournalRecord) and at.state and state and at.state != state:
        out.conflict = (f"project.json does not match its journal at edit {journal_seq} (a restored backup, or files "
                        f"copied from different machines?)")
        out.history = History()
        return out
    if not tail:
        return out
    if len(tail) > 1 and not replay_all:
        out.conflict = (f"project.json is older than its journal: the journal holds {len(tail)} changes after it "
                        f"(a restored backup or a sync conflict?)")
        return out
    if state is None and len(tail) > 1:
        out.conflict = f"project.json is older than its journal by {len(tail)} records and cannot be checked against them"
        return out
    scratch, history, expected = project.clone(), out.history, state
    # the replay works on a copy of the stacks too, so a refused recovery leaves them as they were
    history = History()
    history.undo_stack, history.redo_stack = list(out.history.undo_stack), list(out.history.redo_stack)
    history._counter = out.history._counter
    recovered: list[str] = []
    for record in tail:
        if isinstance(record, Damaged):
            out.conflict = f"{_describe(record)} is newer than project.json and cannot be read, so it was not recovered"
            return out
        if record.base is not None and expected is not None and record.base != expected:
            out.conflict = (f"project.json is older than its journal: {_describe(record)} was made on a different state "
                            f"of the project (a restored backup or a sync conflict?)")
            return out
        try:
            _replay_step(scratch, history, record)
        except Exception as exc:  # noqa: BLE001 - reported, never half-applied
            out.conflict = f"{_describe(record)} is newer than project.json and could not be replayed: {exc}"
            return out
        if record.state is not None and hasher(scratch) != record.state:
            # the start state was verified, so this is a serialisation difference (another editor
            # version wrote the record), not a wrong base: keep the result, say so
            out.warnings.append(f"replaying {_describe(record)} gave a project file that differs in form from the "
                                f"recorded one (written by another version?)")
        expected = record.state
        recovered.append(f"{record.type} {record.batch_id}: {record.label}")
    out.project, out.history, out.recovered = scratch, history, recovered
    out.state = hasher(scratch)
    return out


__all__ = ["Replay", "rebuild", "revert"]
