"""Conversation memory: the last turns of the chat, kept in the project folder (chat.jsonl).

Why a file of plain records: the planner reads it to resolve "it", "that clip", "the same
for the music", "a bit more"; an LLM backend sends the same records as chat messages
(``as_messages``); the window shows them as chat history (``turns``). Kept beside
project.json, it survives a restart. Appends are one line each; a torn last line is skipped.

It is the project's one chat store: the window shows it and writes its own lines through it
(``shown``: the reply as the window put it; ``note``/``error`` turns for slash commands and
failed turns). The window's older display log, ``chat_history.jsonl``, is merged in once
when the store opens and then renamed ``chat_history.jsonl.migrated``.

    memory = ChatMemory.for_project(session.path)
    memory.record(TurnRecord(message="cut the first 3 seconds", reply="...", applied=True, ...))
    memory.last_edit().clip_ids     # ['c1', 'c2']
    memory.as_messages(6)           # [{"role": "user", ...}, {"role": "assistant", ...}, ...]
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FILE_NAME = "chat.jsonl"
OLD_DISPLAY_LOG = "chat_history.jsonl"  # the window's separate log before the stores became one
WINDOW_ONLY = ("note", "error")  # kinds the window records for display: slash commands, failed turns
SAME_TURN_S = 120.0  # a display-log message this close to a stored turn with the same text is that turn
VERSION = 1
KEEP = 400  # records kept when the file is compacted
COMPACT_AT = 800


@dataclass
class TurnRecord:
    """One chat turn. ``kind``: edit | answer | undo | redo | unclear | confirm (waiting for a yes),
    and from the window: note (a slash command, an earlier display-log line) | error (a failed turn)."""

    message: str
    reply: str = ""
    kind: str = "edit"
    applied: bool = False
    turn_id: str = ""
    batch_id: str | None = None
    clip_ids: list[str] = field(default_factory=list)  # clips the plan changed or made
    media_ids: list[str] = field(default_factory=list)
    track_ids: list[str] = field(default_factory=list)
    other_ids: list[str] = field(default_factory=list)  # markers, effects, transitions it made or changed
    steps: list[dict[str, Any]] = field(default_factory=list)  # [{"agent", "tool", "args"}] as planned
    descriptions: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    time: float = 0.0
    shown: str = ""  # the reply as the window showed it (names, not ids; no plan lines)
    v: int = VERSION

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "TurnRecord":
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class ChatMemory:
    """The chat's turns in memory, mirrored to ``chat.jsonl`` when a path is given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._turns: list[TurnRecord] = self._read() if path is not None else []
        if path is not None and (path.parent / OLD_DISPLAY_LOG).exists():
            self._migrate(path.parent / OLD_DISPLAY_LOG)

    @classmethod
    def for_project(cls, project_dir: str | Path) -> "ChatMemory":
        return cls(Path(project_dir) / FILE_NAME)

    def _read(self) -> list[TurnRecord]:
        assert self.path is not None
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        out = []
        for line in lines[-KEEP:]:
            try:
                data = json.loads(line)
                if isinstance(data, dict) and "message" in data:
                    out.append(TurnRecord.from_json(data))
            except (ValueError, TypeError):
                continue  # a torn or foreign line: skip it, keep the rest
        return out

    # ---- writing ---------------------------------------------------------------------
    def record(self, turn: TurnRecord) -> TurnRecord:
        """Append a turn (stamped with the time) and persist it."""
        turn.time = turn.time or round(time.time(), 3)
        with self._lock:
            self._turns.append(turn)
            if self.path is not None:
                self._append(turn)
        return turn

    def mark_applied(self, turn_id: str, batch_id: str | None) -> None:
        """A proposed turn was applied later (Apply on a plan card, or a confirmation)."""
        with self._lock:
            for turn in reversed(self._turns):
                if turn.turn_id == turn_id:
                    turn.applied, turn.batch_id = True, batch_id
                    if turn.kind == "confirm":
                        turn.kind = "edit"
                    if self.path is not None:
                        self._append(turn)
                    return

    def set_shown(self, turn_id: str, text: str) -> bool:
        """The window showed this turn's reply as ``text``; False when no turn has that id."""
        with self._lock:
            for turn in reversed(self._turns):
                if turn_id and turn.turn_id == turn_id:
                    turn.shown = text
                    if self.path is not None:
                        self._append(turn)
                    return True
        return False

    def _migrate(self, old: Path) -> None:
        """Merge the window's old display log in, once: its messages join the turns they belong to
        (same text, close in time) or become ``note``/``error`` turns; the log is then renamed."""
        turns = self._dedupe(self._turns)
        taken: set[int] = set()
        for message, shown, error, when in _display_log(old):
            same = next((i for i, t in enumerate(turns) if i not in taken and message and t.message == message
                         and abs(t.time - when) <= SAME_TURN_S), None)
            if same is not None:
                taken.add(same)
                turns[same].shown = turns[same].shown or shown
            else:
                turns.append(TurnRecord(message=message, reply=shown, shown=shown, kind="error" if error else "note",
                                        time=round(when, 3)))
        turns.sort(key=lambda t: t.time)
        self._turns = turns[-KEEP:]
        assert self.path is not None
        try:
            tmp = self.path.with_suffix(".jsonl.tmp")
            tmp.write_text("".join(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in self._turns),
                           encoding="utf-8")
            os.replace(tmp, self.path)
            os.replace(old, old.with_name(old.name + ".migrated"))
        except OSError:
            pass  # a read-only folder: shown from memory now, merged again next time

    def _append(self, turn: TurnRecord) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(turn.to_json(), ensure_ascii=False) + "\n")  # no fsync: a
                # lost last line after a power cut costs one remembered turn, not the project
            if len(self._turns) >= COMPACT_AT:
                self._compact()
        except OSError:
            pass  # memory is a convenience: a read-only folder must not break the chat

    def _compact(self) -> None:
        assert self.path is not None
        self._turns = self._dedupe(self._turns)[-KEEP:]
        tmp = self.path.with_suffix(".jsonl.tmp")
        tmp.write_text("".join(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in self._turns), encoding="utf-8")
        os.replace(tmp, self.path)

    @staticmethod
    def _dedupe(turns: list[TurnRecord]) -> list[TurnRecord]:
        """mark_applied appends a second copy of a turn; the later copy wins."""
        seen: dict[str, int] = {}
        out: list[TurnRecord] = []
        for turn in turns:
            if turn.turn_id and turn.turn_id in seen:
                out[seen[turn.turn_id]] = turn
                continue
            if turn.turn_id:
                seen[turn.turn_id] = len(out)
            out.append(turn)
        return out

    # ---- reading ---------------------------------------------------------------------
    def turns(self, n: int | None = None) -> list[TurnRecord]:
        """The last ``n`` turns (all when None), oldest first: the chat history to show."""
        with self._lock:
            turns = self._dedupe(self._turns)
        return turns if n is None else turns[-n:]

    def last_edit(self) -> TurnRecord | None:
        """The most recent applied edit that was not undone since ("it", "a bit more")."""
        undone = 0
        for turn in reversed(self.turns()):
            if turn.kind == "undo" and turn.applied:
                undone += 1
            elif turn.kind == "redo" and turn.applied:
                undone = max(0, undone - 1)
            elif turn.kind == "edit" and turn.applied:
                if undone:
                    undone -= 1
                    continue
                return turn
        return None

    def as_messages(self, n: int = 6) -> list[dict[str, str]]:
        """The last ``n`` turns as chat messages for a model (user, then assistant with what was applied)."""
        out: list[dict[str, str]] = []
        turns = [t for t in self.turns() if t.kind not in WINDOW_ONLY]  # the window's own lines are not the model's
        for turn in turns[-n:]:
            out.append({"role": "user", "content": turn.message})
            said = turn.reply or ""
            if turn.applied and turn.clip_ids:
                said += f"\n[applied; clips touched: {', '.join(turn.clip_ids)}]"
            out.append({"role": "assistant", "content": said.strip() or "(no reply)"})
        return out

    def clear(self) -> None:
        with self._lock:
            self._turns = []
            if self.path is not None:
                try:
                    self.path.unlink(missing_ok=True)
                except OSError:
                    pass


def _display_log(path: Path) -> list[tuple[str, str, bool, float]]:
    """The old display log as turns: (user message, what was shown after it, was an error, time)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    out: list[list] = []
    for line in lines:
        try:
            data = json.loads(line)
        except ValueError:
            continue  # a torn line
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            continue
        who, text, when = data.get("who"), data["text"], data.get("time")
        when = float(when) if isinstance(when, (int, float)) else 0.0
        if who == "user":
            out.append([text, "", False, when])
        elif who in ("assistant", "error"):
            if not out or out[-1][1]:
                out.append(["", "", False, when])  # a reply with no message of its own before it
            out[-1][1] = text
            out[-1][2] = who == "error"
    return [tuple(x) for x in out]  # type: ignore[misc]


def memory_for(session: Any) -> ChatMemory:
    """The session's conversation memory (chat.jsonl in the project folder), made once per session.

    Lives here, not in the orchestrator, so the window can show the chat history without
    importing the model client (openai alone is about 2 s of start-up).
    """
    memory = getattr(session, "chat_memory", None)
    if memory is None:
        path = getattr(session, "path", None)
        memory = ChatMemory.for_project(path) if path is not None else ChatMemory()
        try:
            session.chat_memory = memory
        except AttributeError:
            pass
    return memory
