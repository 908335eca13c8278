"""The chat panel: conversation, streamed replies, plan cards, Stop, and slash commands.

A turn runs as an asyncio task on the qasync loop (the model call is network I/O; the tool
loop works on a scratch copy). The plan is shown as a card and as ghost clips; it is
applied as one batch (at once when auto-apply is on) and each applied card can undo its turn.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from editor_app.model.history import apply_all
from editor_app.ui import prefs
from editor_app.ui.chat_widgets import Bubble, ChatInput, PlanCard
from editor_app.ui.naming import humanize
from editor_app.ui.state import EditorState, Ghost

log = logging.getLogger(__name__)
SHOW_EARLIER = 60  # turns of the project's conversation shown again on open

HELP = ("Type what you want in plain words, e.g. “remove the silences”, “put the beach clip at 0:10”, "
        "“fade the music out over 3 seconds”, “duck the music under the voice”.\n"
        "Commands: /undo, /redo, /agents (who can do what), /help.\n"
        "Selected clips and the playhead are passed along, so “split this here” works.")


def ghost_for(project, ops, preview=None) -> Ghost:
    """The project after ``ops`` (the turn's dry run when given, else ``ops`` on a copy), and
    which clips they add, change or remove."""
    scratch = preview
    if scratch is None:
        scratch = project.clone()
        apply_all(scratch, list(ops))
    before = {c.id: c for c in project.clips()}
    after = {c.id: c for c in scratch.clips()}
    changed = {cid for cid, clip in after.items() if before.get(cid) is not clip and before.get(cid) != clip}
    moved_track = {cid for cid in after if cid in before and project.find_clip(cid)[0].id != scratch.find_clip(cid)[0].id}
    return Ghost(scratch, changed | moved_track, set(before) - set(after))


def greeting(project) -> str:
    """The first bubble: what to say first in this project. An empty timeline needs its media put on
    it before "cut the silences" can mean anything."""
    if project.media and not any(True for _ in project.clips()):
        media = list(project.media.values())
        talk = next((m for m in media if m.kind == "video" and (m.words or m.transcript)), None) \
            or next((m for m in media if m.kind in ("video", "image")), media[0])
        return (f"Hi! The timeline is empty. Try “add {talk.name}”, “add everything”, or drag media "
                "from the bin onto it; then “cut the silences” or “/help”.")
    return "Hi! Tell me what to change. Try “cut the silences” or “/help”."


class ChatPanel(QWidget):
    turn_finished = Signal(object)  # TurnResult

    def __init__(self, state: EditorState, parent: QWidget | None = None, *, orchestrator: Any = None,
                 service: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = service  # the window's AppService: the same orchestrator wiring as the CLI
        self._orchestrator = orchestrator
        self._index = None
        self._task: asyncio.Task | None = None
        self._cancel: asyncio.Event | None = None
        self.cards: list[PlanCard] = []
        self.messages = QVBoxLayout()
        self.messages.setSpacing(8)
        self.messages.addStretch(1)
        self.messages.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        holder = QWidget()
        holder.setObjectName("chatHolder")
        # the column's height comes from height-for-width at the dock's width; its minimum
        # (the height at the narrowest width, every word on a line) left the chat scrolled into
        # blank space. Ignored vertically: the scroll area sizes it by height-for-width alone.
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        holder.setLayout(self.messages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._follow = True
        self._bottom_timer = QTimer(self)
        self._bottom_timer.setSingleShot(True)
        self._bottom_timer.timeout.connect(self._to_bottom)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("note")
        self.stop_button = QPushButton("Stop")
        self.stop_button.clicked.connect(self.stop)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.status, 1)
        busy_row.addWidget(self.stop_button)
        self.busy_box = QWidget()
        box = QVBoxLayout(self.busy_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.busy)
        box.addLayout(busy_row)
        self.busy_box.setVisible(False)
        self.input = ChatInput()
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.input.keyPressEvent(_enter_event()))
        self.auto_apply = QCheckBox("Apply plans at once")
        self.auto_apply.setToolTip("Off: review each plan and press Apply. On: plans apply at once (Undo stays on the card).")
        self.auto_apply.setChecked(prefs.auto_apply())
        self.auto_apply.toggled.connect(lambda on: prefs.save({"auto_apply": bool(on)}))
        bottom = QHBoxLayout()
        bottom.addWidget(self.auto_apply)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.busy_box)
        layout.addWidget(self.input)
        layout.addLayout(bottom)
        self.memory = None
        self.add_bubble(greeting(state.project), "system")
        state.project_changed.connect(self._sync_cards)

    # ---- orchestrator --------------------------------------------------------------
    def orchestrator(self):
        if self._orchestrator is None and self.service is not None:
            orchestrator = self.service.orchestrator()
            if self.service.settings_problem:
                self.add_bubble(self.service.settings_problem, "system")
                self.service.settings_problem = None  # said once
            return orchestrator
        if self._orchestrator is None:
            from editor_app.llm.settings import load_settings
            from editor_app.orchestrator import Orchestrator

            try:
                settings = load_settings()
            except ValueError as exc:
                self.add_bubble(f"Settings problem: {exc}. Using the offline planner.", "system")
                settings = None
            self._orchestrator = Orchestrator(self.state.session, settings=settings, index=self._index)
        return self._orchestrator

    def set_index(self, index) -> None:
        """The context index is ready (built off the UI thread): agents search it from now on."""
        self._index = index
        if self.service is not None:
            self.service.set_index(index)
        if self._orchestrator is not None:
            self._orchestrator.index = index

    def reset_orchestrator(self) -> None:
        """Settings changed: build a new one on the next message."""
        self._orchestrator = None
        if self.service is not None:
            self.service.reset_orchestrator()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # ---- conversation ----------------------------------------------------------------
    def add_bubble(self, text: str, who: str) -> Bubble:
        """A message row. The user's own messages are indented, not pushed right: a right-aligned
        bubble sized to its text left the dock once the text was long."""
        bubble = Bubble(text, who)
        row = QHBoxLayout()
        if who == "user":
            row.addSpacing(36)
        row.addWidget(bubble, 1)
        self.messages.insertLayout(self.messages.count() - 1, row)
        self._scroll_down()
        return bubble

    def load_history(self, memory) -> None:
        """Show the project's conversation so far, from the one chat store (planner.memory's
        ChatMemory, the same the planner reads "it" from); the panel's own lines go there too."""
        earlier = memory.turns(SHOW_EARLIER)
        if earlier:
            self.add_bubble("Earlier in this project:", "system")
            for turn in earlier:
                if turn.message:
                    self.add_bubble(turn.message, "user")
                said = turn.shown or turn.reply
                if said:
                    self.add_bubble(said, "error" if turn.kind == "error" else "assistant")
        self.memory = memory

    def _note(self, message: str, shown: str = "", kind: str = "note", applied: bool = False) -> None:
        """Keep a line of the panel's own (a slash command, a failed turn) in the chat store."""
        if self.memory is None:
            return
        from editor_app.planner.memory import TurnRecord

        self.memory.record(TurnRecord(message=message, reply=shown, shown=shown, kind=kind, applied=applied))

    def _add_widget(self, widget: QWidget) -> None:
        self.messages.insertWidget(self.messages.count() - 1, widget)
        self._scroll_down()

    def _scroll_down(self) -> None:
        """Show the newest message: now, and again when the column's height settles (wrapping)."""
        self._follow = True
        # a timer the panel owns, and the scroll bar looked up when it fires: a lambda holding the
        # bar (a C++-made object PySide cannot see deleted) ran after the panel was gone: segfault
        self._bottom_timer.start(0)

    def _to_bottom(self) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _range_changed(self, _low: int, high: int) -> None:
        if getattr(self, "_follow", False):
            self.scroll.verticalScrollBar().setValue(high)

    def _scrolled(self, value: int) -> None:
        bar = self.scroll.verticalScrollBar()
        self._follow = value >= bar.maximum() - 4  # the user scrolled up to read: stop following

    def send(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self.running:
            self.add_bubble("Still working on the last message: press Stop first.", "system")
            return
        self.add_bubble(text, "user")
        if text.startswith("/"):
            self._command(text)
            return
        try:
            self.orchestrator()
        except ImportError as exc:
            self.add_bubble(f"The assistant is not installed ({exc}); /undo, /redo and /help still work.", "system")
            return
        self._task = asyncio.ensure_future(self._turn(text))

    def _command(self, text: str) -> None:
        name = text.split()[0].lower()
        if name in ("/undo", "/redo"):
            try:  # a journal conflict or an unreadable step is said, not raised into Qt
                batch = self.state.session.undo() if name == "/undo" else self.state.session.redo()
            except Exception as exc:
                self.add_bubble(f"Cannot {name[1:]}: {getattr(exc, 'message', None) or exc}", "system")
                return
            label = humanize(batch.label, self.state.project) if batch else ""
            if name == "/undo":
                said = f"Undid: {label}" if batch else "Nothing to undo."
            else:
                said = f"Redid: {label}" if batch else "Nothing to redo."
            self.add_bubble(said, "system")
            self._note(text, said, kind=name[1:], applied=batch is not None)  # "it" follows the undo
            return
        elif name == "/agents":
            try:
                infos = self.orchestrator().agents()
            except ImportError as exc:
                self.add_bubble(f"No agents: the assistant is not installed ({exc}).", "system")
                return
            lines = [f"{a.name} ({a.source}{' ' + a.version if a.version else ''}): {a.description}" for a in infos]
            self.add_bubble("\n".join(lines) or "No agents are loaded.", "system")
        elif name == "/help":
            self.add_bubble(HELP, "system")
        else:
            self.add_bubble(f"Unknown command {name}. Try /undo, /redo, /agents or /help.", "system")
        self._note(text)

    def _set_busy(self, on: bool, text: str = "") -> None:
        self.busy_box.setVisible(on)
        self.status.setText(text)
        self.send_button.setEnabled(not on)

    def stop(self) -> None:
        """Stop the running turn: nothing of it is applied."""
        if self._cancel is not None:
            self._cancel.set()
        task = self._task
        if task is not None and not task.done():
            QTimer.singleShot(1500, lambda: task.cancel() if not task.done() else None)
        self.status.setText("Stopping…")

    async def _turn(self, text: str) -> None:
        self._cancel = asyncio.Event()
        self._set_busy(True, "Thinking…")
        reply = self.add_bubble("", "assistant")  # empty until the reply streams in
        reply.setVisible(False)
        streamed = []

        def on_event(event) -> None:
            if event.kind == "delta":
                streamed.append(event.text)
                reply.setVisible(True)
                reply.append(event.text)
                self._scroll_down()
            elif event.kind in ("routing", "agent_started", "tool_call"):
                self.status.setText(event.text or event.kind.replace("_", " "))
            elif event.kind == "tool_error":
                self.status.setText(f"Retrying: {event.text}")

        result = None
        try:
            result = await self.orchestrator().propose(text, selection=tuple(self.state.selection),
                                                       playhead=self.state.playhead, on_event=on_event,
                                                       cancel=self._cancel)
        except asyncio.CancelledError:
            reply.setVisible(True)
            reply.setText("Stopped. Nothing was changed.")
        except Exception as exc:  # the panel must survive any turn failure
            log.exception("chat turn failed")
            reply.setVisible(True)
            reply.setObjectName("errorBubble")
            reply.setText(f"Something went wrong: {humanize(str(exc), self.state.project)}. Nothing was changed.")
        finally:
            self._set_busy(False)
            self._cancel = None
        if result is None:
            self._note(text, reply.text(), kind="error" if reply.objectName() == "errorBubble" else "note")
            return
        reply.setVisible(True)
        has_card = result.special != "help" and result.ok and bool(result.ops or result.special in ("undo", "redo"))
        text = self._reply_text(result, has_card)
        if result.errors and not result.ok and result.errors != ["cancelled"]:
            text += "\n" + "\n".join(f"⚠ {humanize(e, self.state.project)}" for e in result.errors[:4])
        reply.setText(text)
        self._show_usage(reply, result)
        if self.memory is not None and not self.memory.set_shown(result.turn_id, text):
            self._note(result.message or "", text)  # a turn the orchestrator did not keep
        if has_card:
            self._card(result)
        self.turn_finished.emit(result)

    def _show_usage(self, bubble, result) -> None:
        """Every model turn says what it cost, applied or not; the status line keeps the session total."""
        from editor_app.llm.usage import SessionUsage, format_usage

        if not result.usage.calls or result.usage.cost_usd == 0 and not result.usage.total_tokens:
            return
        self._usage = getattr(self, "_usage", None) or SessionUsage()
        self._usage.add(result.usage)
        bubble.append(f"\n{format_usage(result.usage)}")
        self.status.setText(self._usage.line())

    def _reply_text(self, result, has_card: bool) -> str:
        """The reply, said once: the plan's lines live on the card, so they are dropped here."""
        project = self.state.project
        text = result.reply or ("Done." if result.ok else "I could not do that.")
        if has_card:
            plan = {_bare(line) for line in list(result.descriptions or []) + [str(d) for d in (result.diff or [])]}
            kept = [line for line in text.splitlines() if not _repeats_plan(line, plan)]
            text = "\n".join(kept).rstrip(":").strip() or "Here is the plan; the card below has the details."
        return humanize(text, project)

    def add_card(self, title: str, lines: list[str], footer: str, *, on_apply, on_discard,
                 redo: bool = True) -> PlanCard:
        """A plan card in the conversation, wired to Apply/Discard handlers and to history undo
        (and redo): the chat's own plans and proposals from MCP clients both use it."""
        card = PlanCard(title, lines, footer)
        self.cards.append(card)
        self._add_widget(card)
        card.apply_clicked.connect(lambda: on_apply(card))
        card.discard_clicked.connect(lambda: on_discard(card))
        card.undo_clicked.connect(lambda: self.undo_card(card))
        if redo:
            card.redo_clicked.connect(lambda: self.redo_card(card))
        return card

    def _card(self, result) -> None:
        from editor_app.llm.usage import format_usage

        ghost = None
        try:
            ghost = ghost_for(self.state.project, result.ops).project if result.ops else None
        except Exception:  # a plan that no longer fits still gets its card
            ghost = None
        lines = [humanize(str(line), self.state.project, ghost)
                 for line in (result.descriptions or result.diff or ["(no visible change)"])]
        title = f"Plan by {', '.join(result.agents) or 'the assistant'}" if not result.special else result.special.capitalize()
        footer = f"{len(result.ops)} operation{'s' if len(result.ops) != 1 else ''} · {format_usage(result.usage)}"
        card = self.add_card(title, lines, footer, on_apply=self.apply_card, on_discard=self.discard_card)
        card.result = result
        if self.auto_apply.isChecked():
            self.apply_card(card)
            return
        card.set_state("proposed", "Review the dashed clips on the timeline, then Apply or Discard.")
        if result.ops:
            try:
                preview = result.preview_for(self.state.session.version)  # the dry run, not a third apply
                self.state.set_ghost(ghost_for(self.state.project, result.ops, preview))
            except Exception as exc:  # a plan that no longer fits still gets its card
                card.set_state("proposed", f"Preview unavailable: {exc}")

    def apply_card(self, card: PlanCard) -> None:
        self.state.set_ghost(None)
        try:
            batch = self.orchestrator().apply(card.result)
        except Exception as exc:
            card.set_state("failed", f"Not applied: {getattr(exc, 'message', None) or exc}")
            return
        card.batch_id = batch.id
        card.set_state("applied", f"Applied · {len(batch.ops)} change{'s' if len(batch.ops) != 1 else ''}")
        self.state.message.emit(f"Applied: {humanize(batch.label, self.state.project)} · Ctrl+Z undoes it")
        self._sync_cards()

    def discard_card(self, card: PlanCard) -> None:
        self.state.set_ghost(None)
        card.set_state("discarded", "Discarded: nothing was changed.")

    def undo_card(self, card: PlanCard) -> None:
        try:
            self.state.session.undo_batch(card.batch_id)
        except Exception as exc:
            card.set_state("applied", f"Cannot undo: {getattr(exc, 'message', None) or exc}")
            return
        self._sync_cards()

    def redo_card(self, card: PlanCard) -> None:
        history = self.state.session.history
        if not history.redo_stack or history.redo_stack[-1].id != card.batch_id:
            card.set_state("undone", "Undone. Redo later changes first, or ask again.")
            return
        self.state.session.redo()
        self._sync_cards()

    def _sync_cards(self, _change=None) -> None:
        """Cards follow the history: Ctrl+Z, /undo and the Edit menu undo a card's turn as well as its button."""
        history = self.state.session.history
        applied = [b.id for b in history.undo_stack]
        undone = [b.id for b in history.redo_stack]
        for card in self.cards:
            batch_id = getattr(card, "batch_id", None)
            if batch_id is None or card.state in ("proposed", "discarded", "failed"):
                continue
            if batch_id in undone:
                top = undone[-1] == batch_id
                if card.state != "undone" or card.redo_button.isEnabled() != top:
                    card.set_state("undone", "Undone. Redo brings it back." if top else
                                   "Undone. Redo the later undone changes first to bring it back.")
                card.redo_button.setEnabled(top)
            elif batch_id in applied:
                top = applied[-1] == batch_id
                if card.state != "applied":
                    card.set_state("applied", "Applied again (redone).")
                card.undo_button.setEnabled(top)
                card.undo_button.setToolTip("" if top else "Later changes depend on this one: undo them first (Ctrl+Z)")
            else:  # undone and then replaced by a new edit: nothing left to redo
                card.set_state("undone", "Undone; a later edit replaced it, so it cannot be redone.")
                card.redo_button.setEnabled(False)


def _bare(line: str) -> str:
    return line.strip().lstrip("-•*·").strip().rstrip(".").lower()


def _repeats_plan(line: str, plan: set[str]) -> bool:
    """A reply line that only lists the plan's steps ("Changes: a; b."), which the card shows."""
    bare = _bare(line)
    for label in ("changes:", "plan:", "the plan:", "planned:", "i will:"):
        if bare.startswith(label):
            bare = bare[len(label):].strip()
    if not bare:
        return True
    parts = [_bare(part) for part in bare.replace("\u2022", ";").split(";") if part.strip()]
    return bool(parts) and all(part in plan for part in parts)


def _enter_event():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
