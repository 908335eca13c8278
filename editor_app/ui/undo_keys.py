"""Ctrl+Z / Ctrl+Shift+Z reach the project from the window's text boxes too.

A text box takes undo keys for itself (Qt's ShortcutOverride), so with the chat box focused
Ctrl+Z did nothing. The window's own text boxes (chat input, Inspector fields) are these
subclasses: they keep the keys only while they have their own typing to undo or redo; after
that the same keys reach the window's Undo/Redo actions. (An application-wide event filter
would do it for every widget, but a Python filter on the QApplication is called for widgets
in mid-destruction and crashed the test run.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit


def which(event) -> str | None:
    """'undo', 'redo' or None for a key event."""
    seq = QKeySequence(event.keyCombination())
    for name, key in (("undo", QKeySequence.StandardKey.Undo), ("redo", QKeySequence.StandardKey.Redo)):
        if any(seq.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in QKeySequence.keyBindings(key)):
            return name
    if seq.matches(QKeySequence("Ctrl+Shift+Z")) == QKeySequence.SequenceMatch.ExactMatch:
        return "redo"
    return None


def pass_to_window(event, can_undo: bool, can_redo: bool) -> bool:
    """True when a ShortcutOverride for undo/redo should go to the window (nothing of the box's own)."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    kind = which(event)
    if kind is None:
        return False
    return not (can_redo if kind == "redo" else can_undo)


class UndoAwarePlainText(QPlainTextEdit):
    def event(self, event) -> bool:
        doc = self.document()
        if pass_to_window(event, doc.isUndoAvailable(), doc.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)


class UndoAwareLine(QLineEdit):
    def event(self, event) -> bool:
        if pass_to_window(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)


class UndoAwareSpin(QDoubleSpinBox):
    def event(self, event) -> bool:
        line = self.lineEdit()
        if pass_to_window(event, line.isUndoAvailable(), line.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)
