"""Ctrl+Z / Ctrl+Shift+Z reach the project wherever the focus is.

A text box takes undo keys for itself (Qt's ShortcutOverride), so with the chat box focused
Ctrl+Z did nothing. Now a text box keeps them only while it has its own typing to undo or
redo; after that the same keys undo and redo the project.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def _text_can(widget: QWidget, redo: bool) -> bool | None:
    """Whether a text widget has its own undo (redo) step; None for widgets that are not text boxes."""
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        if widget.isReadOnly():
            return False
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    if isinstance(widget, QAbstractSpinBox):
        return _text_can(widget.findChild(QLineEdit), redo) if widget.findChild(QLineEdit) else False
    return None


def _which(event) -> str | None:
    combo = event.keyCombination()
    seq = QKeySequence(combo)
    for name, keys in (("undo", [QKeySequence.StandardKey.Undo]), ("redo", [QKeySequence.StandardKey.Redo])):
        for key in keys:
            if any(seq.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in QKeySequence.keyBindings(key)):
                return name
    if seq.matches(QKeySequence("Ctrl+Shift+Z")) == QKeySequence.SequenceMatch.ExactMatch:
        return "redo"
    return None


class UndoKeys(QObject):
    """Application event filter: a text box with nothing of its own to undo lets the window's action run."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self.detach)

    def detach(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        if obj.window() is not self.window:
            return False
        which = _which(event)
        if which is None:
            return False
        own = _text_can(obj, which == "redo")
        if own is None or own:
            return False  # not a text box, or its own typing comes first
        event.ignore()
        return True  # the text box does not claim the keys: the window's Undo/Redo action fires
