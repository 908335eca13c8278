"""Pieces of the chat panel: the input box, message bubbles and plan cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ChatInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Up/Down walk the history of sent messages."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Tell the editor what to do, e.g. “cut the silences” or “fade the music out over 2 s”. /help")
        self.setMaximumHeight(84)
        self.history: list[str] = []
        self._pos = 0
        self._draft = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            text = self.toPlainText().strip()
            if text:
                self.history.append(text)
                self._pos = len(self.history)
                self.clear()
                self.submitted.emit(text)
            return
        cursor = self.textCursor()
        if key == Qt.Key.Key_Up and self.history and cursor.blockNumber() == 0:
            if self._pos == len(self.history):
                self._draft = self.toPlainText()
            self._pos = max(0, self._pos - 1)
            self._show(self.history[self._pos])
            return
        if key == Qt.Key.Key_Down and self._pos < len(self.history) and cursor.blockNumber() == self.document().blockCount() - 1:
            self._pos += 1
            self._show(self.history[self._pos] if self._pos < len(self.history) else self._draft)
            return
        super().keyPressEvent(event)

    def _show(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)


class Bubble(QLabel):
    """One message; assistant bubbles grow as streamed text arrives."""

    def __init__(self, text: str, who: str) -> None:
        super().__init__(text)
        self.setObjectName("userBubble" if who == "user" else "assistantBubble" if who == "assistant" else "systemBubble")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def append(self, text: str) -> None:
        self.setText(self.text() + text)


class PlanCard(QFrame):
    """A proposed plan: what it changes in plain words, who proposed it, its cost; Apply / Discard / Undo."""

    apply_clicked = Signal()
    discard_clicked = Signal()
    undo_clicked = Signal()

    def __init__(self, title: str, lines: list[str], footer: str) -> None:
        super().__init__()
        self.setObjectName("planCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        head = QLabel(title)
        head.setObjectName("cardTitle")
        head.setWordWrap(True)
        layout.addWidget(head)
        body = QLabel("\n".join(f"• {line}" for line in lines[:14]) + (f"\n… and {len(lines) - 14} more" if len(lines) > 14 else ""))
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        meta = QLabel(footer)
        meta.setObjectName("note")
        meta.setWordWrap(True)
        layout.addWidget(meta)
        self.status = QLabel("")
        self.status.setObjectName("cardStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.apply_button = QPushButton("Apply")
        self.apply_button.setObjectName("primary")
        self.discard_button = QPushButton("Discard")
        self.undo_button = QPushButton("Undo")
        self.undo_button.setVisible(False)
        for b in (self.apply_button, self.discard_button, self.undo_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.apply_button.clicked.connect(self.apply_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.undo_button.clicked.connect(self.undo_clicked)

    def set_state(self, state: str, text: str = "") -> None:
        """'proposed', 'applied', 'discarded', 'undone' or 'failed'."""
        self.apply_button.setVisible(state == "proposed")
        self.discard_button.setVisible(state == "proposed")
        self.undo_button.setVisible(state == "applied")
        self.status.setVisible(bool(text))
        self.status.setText(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
