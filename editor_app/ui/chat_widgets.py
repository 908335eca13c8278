"""Pieces of the chat panel: the input box, message bubbles and plan cards."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from editor_app.ui.undo_keys import UndoAwarePlainText

_LONG = re.compile(r"\S{28,}")
ZWSP = "\u200b"


def breakable(text: str) -> str:
    """Let long unbroken runs (paths, URLs, ids) wrap: a zero-width space after every 16 characters
    and after / \\ _ . , ; = & - inside them. Word wrap alone breaks only at spaces, and one
    long path was enough to widen the whole chat dock."""
    def split(m: re.Match) -> str:
        word = re.sub(r"([/\\_.,;=&-])", "\\1" + ZWSP, m.group(0))
        parts = word.split(ZWSP)
        return ZWSP.join(ZWSP.join(p[i:i + 16] for i in range(0, len(p), 16)) for p in parts)
    return _LONG.sub(split, text)


class WrapLabel(QLabel):
    """A word-wrapped label of the chat (named so the cards and bubbles share one kind)."""


def wrapping_label(label: QLabel) -> QLabel:
    """A label that wraps to whatever width its column has and never asks for more."""
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(40)
    return label


class ChatInput(UndoAwarePlainText):
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


class Bubble(WrapLabel):
    """One message; assistant bubbles grow as streamed text arrives. Always wraps inside the dock."""

    def __init__(self, text: str, who: str) -> None:
        super().__init__()
        self.who = who
        self._raw = ""
        self.setObjectName("userBubble" if who == "user" else "assistantBubble" if who == "assistant"
                           else "errorBubble" if who == "error" else "systemBubble")
        wrapping_label(self)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - keeps the raw text for copying and tests
        self._raw = text
        super().setText(breakable(text))

    def text(self) -> str:
        return self._raw

    def append(self, text: str) -> None:
        self.setText(self._raw + text)


class PlanCard(QFrame):
    """A proposed plan: what it changes in plain words, who proposed it, its cost; Apply / Discard / Undo."""

    apply_clicked = Signal()
    discard_clicked = Signal()
    undo_clicked = Signal()
    redo_clicked = Signal()

    def __init__(self, title: str, lines: list[str], footer: str) -> None:
        super().__init__()
        self.setObjectName("planCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        head = wrapping_label(WrapLabel(breakable(title)))
        head.setObjectName("cardTitle")
        layout.addWidget(head)
        body = wrapping_label(WrapLabel(breakable("\n".join(f"• {line}" for line in lines[:14])
                                               + (f"\n… and {len(lines) - 14} more" if len(lines) > 14 else ""))))
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = body
        layout.addWidget(body)
        meta = wrapping_label(WrapLabel(breakable(footer)))
        meta.setObjectName("note")
        layout.addWidget(meta)
        self.status = wrapping_label(WrapLabel(""))
        self.status.setObjectName("cardStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.apply_button = QPushButton("Apply")
        self.apply_button.setObjectName("primary")
        self.discard_button = QPushButton("Discard")
        self.undo_button = QPushButton("Undo")
        self.undo_button.setVisible(False)
        self.redo_button = QPushButton("Redo")
        self.redo_button.setVisible(False)
        self.state = "new"
        for b in (self.apply_button, self.discard_button, self.undo_button, self.redo_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.apply_button.clicked.connect(self.apply_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.undo_button.clicked.connect(self.undo_clicked)
        self.redo_button.clicked.connect(self.redo_clicked)

    def set_state(self, state: str, text: str = "") -> None:
        """'proposed', 'applied', 'discarded', 'undone' or 'failed'."""
        self.apply_button.setVisible(state == "proposed")
        self.discard_button.setVisible(state == "proposed")
        self.undo_button.setVisible(state == "applied")
        self.redo_button.setVisible(state == "undone")
        self.state = state
        self.status.setVisible(bool(text))
        self.status.setText(breakable(text))
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
