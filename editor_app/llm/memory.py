"""The conversation so far, as compact records a model can use for follow-ups.

Why records and not the old messages: a follow-up ("make it shorter", "undo the music
part and fade it instead") needs what was asked, what was applied and which ids it made
or touched, not the thousands of tokens of earlier prompts. The default source is the
project's journal (so it survives restarts and knows about undo); a richer per-project
store can take its place through ``ChatMemory``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

_ID_KEYS = ("clip_id", "track_id", "media_id", "effect_id", "transition_id", "marker_id", "from_clip", "to_clip",
            "new_clip_id")


@dataclass
class TurnRecord:
    """One earlier chat turn: the request, what was applied (plain words or op names) and ids."""

    request: str
    applied: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    undone: bool = False

    def line(self) -> str:
        what = "; ".join(self.applied[:4]) + (f" (+{len(self.applied) - 4} more)" if len(self.applied) > 4 else "")
        ids = f" [ids: {', '.join(self.ids[:12])}]" if self.ids else ""
        state = " (undone)" if self.undone else ""
        return f'- "{self.request}" -> {what or "nothing applied"}{ids}{state}'


class ChatMemory(Protocol):
    """Anything that can list the last turns of a project's chat, oldest first."""

    def recent(self, n: int = 3) -> list[TurnRecord]: ...


def _ids(op: dict[str, Any]) -> list[str]:
    out = []
    for key in _ID_KEYS:
        value = op.get(key)
        if isinstance(value, str) and value:
            out.append(value)
    effect = op.get("effect")
    if isinstance(effect, dict) and isinstance(effect.get("id"), str):
        out.append(effect["id"])
    return out


def records_from_journal(records: Sequence[dict[str, Any]], n: int = 3) -> list[TurnRecord]:
    """The last ``n`` chat turns in a project journal (batches made by agents), undo marked."""
    turns: dict[str, TurnRecord] = {}
    order: list[str] = []
    for rec in records:
        kind = rec.get("type", "batch")
        batch_id = rec.get("batch_id") or rec.get("id")
        if kind == "undo" and batch_id in turns:
            turns[batch_id].undone = True
            continue
        if kind == "redo" and batch_id in turns:
            turns[batch_id].undone = False
            continue
        if kind != "batch" or not str(rec.get("author", "")).startswith("agent"):
            continue
        label = str(rec.get("label", ""))
        request = label.split(": ", 1)[1] if ": " in label else label
        ops = [o for o in rec.get("ops", []) if isinstance(o, dict)]
        applied = [str(o.get("op")) for o in ops]
        ids = list(dict.fromkeys(i for o in ops for i in _ids(o)))
        turns[batch_id] = TurnRecord(request=request, applied=applied, ids=ids)
        order.append(batch_id)
    return [turns[b] for b in order[-n:]]


class JournalMemory:
    """ChatMemory over a session's journal."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def recent(self, n: int = 3) -> list[TurnRecord]:
        try:
            return records_from_journal(self.session.journal_records(), n)
        except Exception:  # noqa: BLE001 - memory is a help, never a reason to fail a turn
            return []


class StoreMemory:
    """ChatMemory over a per-project chat store with ``turns(n)`` (editor_app.planner.memory's
    ChatMemory: message, applied, kind, clip/media/track ids, descriptions)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def recent(self, n: int = 3) -> list[TurnRecord]:
        try:
            turns = [t for t in self.store.turns() if getattr(t, "kind", "edit") in ("edit", "answer", "undo", "redo")]
        except Exception:  # noqa: BLE001 - memory is a help, never a reason to fail a turn
            return []
        out = []
        for t in turns[-n:]:
            ids = [*getattr(t, "clip_ids", []), *getattr(t, "track_ids", []), *getattr(t, "media_ids", []),
                   *getattr(t, "other_ids", [])]
            applied = list(getattr(t, "descriptions", []) or [])
            if getattr(t, "kind", "edit") in ("undo", "redo"):
                applied = [t.kind]
            elif not getattr(t, "applied", False):
                applied = []
            out.append(TurnRecord(request=t.message, applied=applied, ids=list(dict.fromkeys(ids))))
        return out


def memory_block(records: Sequence[TurnRecord]) -> str:
    """The records as a short block for the user message ("" when there are none)."""
    if not records:
        return ""
    return "Earlier turns of this chat (oldest first):\n" + "\n".join(r.line() for r in records)
