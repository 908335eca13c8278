"""The transcript panel: the words heard on the timeline, in timeline order, as editable text.

Select words and press Delete to cut exactly those (one undoable ripple cut through the word
operations); click a word to move the playhead there; the word under the playhead is
highlighted; fillers and long pauses are marked and one button removes them (all, or those in
the selection); search finds words. Why a read-only QPlainTextEdit: it lays out only what is
visible, so a 2-hour transcript (20,000 words) shows and scrolls at once; marks are extra
selections, never per-character formats.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget,
)

from editor_app.model.operations import CutWords, RemoveFillers, ShortenPauses, WordRange
from editor_app.model.time import seconds_to_frames
from editor_app.model.word_cuts import columns, timeline_words
from editor_app.model.words import filler_list, norm
from editor_app.ui.transcript_layout import LONG_PAUSE_S, Layout, build_layout, replace_changed, update_layout

SHORT_PAUSE_S = 0.5
__all__ = ["LONG_PAUSE_S", "SHORT_PAUSE_S", "Layout", "TranscriptPanel", "TranscriptText", "build_layout"]


def _fmt(background: str, foreground: str | None = None, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    if foreground:
        fmt.setForeground(QColor(foreground))
    if bold:
        fmt.setFontWeight(700)
    return fmt


FILLER_FMT = _fmt("#ffe08a", "#6b4e00")
PAUSE_FMT = _fmt("#dde3ea", "#56616d")
FOUND_FMT = _fmt("#ffb870")
PLAYING_FMT = _fmt("#2f6fd6", "#ffffff", bold=True)


class TranscriptText(QPlainTextEdit):
    """The text view: Delete cuts the selected words, a click moves the playhead, Ctrl+Z undoes."""

    delete_requested = Signal()
    view_changed = Signal()  # scrolled or resized: the visible marks need painting
    clicked = Signal(int)  # character position
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self._pressed_at: int | None = None
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.view_changed.emit())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.view_changed.emit()

    def visible_chars(self, margin: int = 1500) -> tuple[int, int]:
        """The character range on screen, widened by ``margin`` on both sides."""
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        return max(0, top - margin), bottom + margin

    def event(self, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            event.accept()  # ours: the app's undo, not the text's, and Delete cuts words here
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        ):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._pressed_at = self.cursorForPosition(event.position().toPoint()).position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        at = self.cursorForPosition(event.position().toPoint()).position()
        if not self.textCursor().hasSelection() and at == self._pressed_at:
            self.clicked.emit(at)


class TranscriptPanel(QWidget):
    """Words of the timeline, kept in step with the project, the playhead and the selection."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.layout_ = Layout()
        self._found: list[int] = []
        self._starts: list[int] = []
        self._found_at = 0
        self._playing: int | None = None
        self._painting = False
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the transcript")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.next_match)
        self.remove_fillers_button = QPushButton("Remove fillers")
        self.remove_fillers_button.setToolTip("Cut the marked filler words (only those selected, if words are selected)")
        self.remove_fillers_button.clicked.connect(self.remove_fillers)
        self.shorten_button = QPushButton("Shorten pauses")
        self.shorten_button.setToolTip(f"Shorten marked pauses of {LONG_PAUSE_S:g} s or more to {SHORT_PAUSE_S:g} s")
        self.shorten_button.clicked.connect(self.shorten_pauses)
        self.status = QLabel()
        self.status.setObjectName("transcriptStatus")
        self.text = TranscriptText()
        self.text.delete_requested.connect(self.delete_selection)
        self.text.clicked.connect(self._clicked)
        self.text.undo_requested.connect(state.undo)
        self.text.redo_requested.connect(state.redo)
        self.text.view_changed.connect(self._paint_marks)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.remove_fillers_button)
        row.addWidget(self.shorten_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(self.text, 1)
        column.addWidget(self.status)
        state.project_changed.connect(self._project_changed)  # a bound slot: gone with the panel
        state.playhead_changed.connect(self.show_playhead)
        self.refresh()

    # ---- building ---------------------------------------------------------------------
    def _project_changed(self, _change) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the project (after any edit), keeping the scroll position."""
        project = self.state.project
        words = timeline_words(project)
        if words is self.layout_.words and words:
            return  # an edit that left the talk as it was (the timeline words are shared while unchanged)
        language = next((project.media[w.media_id].transcript_language for w in words[:1]), None)
        old = self.layout_
        self.layout_, span = update_layout(old, words, filler_list(language))  # only the words the edit changed
        replace_changed(self.text, old.text, self.layout_.text, span)
        self.text.setPlaceholderText("No transcript for what is on the timeline yet. Transcribe the talk to edit it by its words.")
        self._playing = None
        self._search(self.search.text(), scroll=False, paint=False)
        self.show_playhead(self.state.playhead, paint=False)
        self._paint_marks()
        lay = self.layout_
        self.status.setText(f"{len(words)} words · {len(lay.fillers)} fillers · {len(lay.pauses)} long pauses" if words else "")
        self.remove_fillers_button.setEnabled(bool(lay.fillers))
        self.shorten_button.setEnabled(bool(lay.pauses))

    def _marks(self) -> list[QTextEdit.ExtraSelection]:
        """Extra selections for what is on screen (a 2-hour transcript has thousands of marks)."""
        lay = self.layout_
        marks = []
        if not lay.words:
            return marks
        lo, hi = self.text.visible_chars()
        first = bisect.bisect_left(lay.char_start, lo)
        last = bisect.bisect_right(lay.char_start, hi)

        def shown(indices: list[int]) -> list[int]:
            return indices[bisect.bisect_left(indices, first): bisect.bisect_left(indices, last)]

        def mark(a: int, b: int, fmt: QTextCharFormat) -> None:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt
            marks.append(sel)

        for i in shown(lay.fillers):
            mark(lay.char_start[i], lay.char_end[i], FILLER_FMT)
        for a, b, _ in lay.pauses[bisect.bisect_left(lay.pauses, (lo,)): bisect.bisect_right(lay.pauses, (hi,))]:
            mark(a, b, PAUSE_FMT)
        for i in shown(self._found):
            mark(lay.char_start[i], lay.char_end[i], FOUND_FMT)
        if self._playing is not None:
            mark(lay.char_start[self._playing], lay.char_end[self._playing], PLAYING_FMT)
        return marks

    def _paint_marks(self) -> None:
        if self._painting:  # setting selections can move the scroll bar, which asks again
            return
        self._painting = True
        try:
            self.text.setExtraSelections(self._marks())
        finally:
            self._painting = False

    # ---- playhead ---------------------------------------------------------------------
    def word_at_time(self, seconds: float) -> int | None:
        lay = self.layout_
        i = bisect.bisect_right(lay.times, seconds) - 1
        if i >= 0 and seconds < lay.ends[i] + 0.05:
            return i
        return None

    def show_playhead(self, frame: int, paint: bool = True) -> None:
        index = self.word_at_time(frame / float(self.state.project.fps)) if self.layout_.words else None
        if index == self._playing:
            return
        self._playing = index
        if paint:
            self._paint_marks()
        if index is not None and getattr(self.state, "rate", 0):
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.layout_.char_start[index])
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def word_at_char(self, pos: int) -> int | None:
        lay = self.layout_
        i = bisect.bisect_right(lay.char_start, pos) - 1
        if i >= 0 and pos <= lay.char_end[i]:
            return i
        return None

    def _clicked(self, pos: int) -> None:
        index = self.word_at_char(pos)
        if index is not None:
            self.state.set_playhead(seconds_to_frames(round(self.layout_.words[index].start, 6), self.state.project.fps))

    # ---- selection and edits ------------------------------------------------------------
    def selected_words(self) -> list[int]:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return []
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        lay = self.layout_
        first = bisect.bisect_right(lay.char_end, a)  # first word ending after the selection start
        last = bisect.bisect_left(lay.char_start, b) - 1  # last word starting before its end
        return list(range(first, last + 1)) if first <= last else []

    def select_words(self, first: int, last: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.layout_.char_start[first])
        cursor.setPosition(self.layout_.char_end[last], QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def ranges(self, indices: list[int]) -> list[WordRange]:
        """Word ranges (media, first, last, clip) for panel word positions."""
        out: list[WordRange] = []
        for i in indices:
            w = self.layout_.words[i]
            last = out[-1] if out else None
            if last and last.media_id == w.media_id and last.clip_id == w.clip_id and last.last == w.index - 1:
                last.last = w.index
            else:
                out.append(WordRange(media_id=w.media_id, first=w.index, last=w.index, clip_id=w.clip_id))
        return out

    def delete_selection(self) -> bool:
        indices = self.selected_words()
        if not indices:
            self.state.message.emit("Select words in the transcript to delete them")
            return False
        words = " ".join(self.layout_.words[i].text for i in indices[:6]) + (" …" if len(indices) > 6 else "")
        return self.state.apply([CutWords(ranges=self.ranges(indices))], f"Delete “{words}”")

    def remove_fillers(self) -> bool:
        indices = self.selected_words()
        selection = self.ranges(indices) if indices else None
        return self.state.apply([RemoveFillers(selection=selection)], "Remove fillers" + (" (selected)" if indices else ""))

    def shorten_pauses(self) -> bool:
        indices = self.selected_words()
        selection = self.ranges(indices) if indices else None
        limit = seconds_to_frames(SHORT_PAUSE_S, self.state.project.fps)
        return self.state.apply([ShortenPauses(max_pause=limit, selection=selection)], "Shorten pauses")

    # ---- search -----------------------------------------------------------------------
    def _search(self, query: str, scroll: bool = True, paint: bool = True) -> None:
        wanted = [norm(w) for w in query.split() if norm(w)]
        lay = self.layout_
        found: list[int] = []
        starts: list[int] = []
        if wanted:
            texts = [norm(t) for t in columns(lay.words)[2]]
            n = len(wanted)
            for i in range(len(texts) - n + 1):
                if all(texts[i + k].startswith(wanted[k]) if k == n - 1 else texts[i + k] == wanted[k] for k in range(n)):
                    found.extend(range(i, i + n))
                    starts.append(i)
        self._found = found
        self._starts = starts
        self._found_at = 0
        if paint:
            self._paint_marks()
        if scroll and found:
            self._goto(found[0])

    def next_match(self) -> None:
        if not self._starts:
            return
        self._found_at = (self._found_at + 1) % len(self._starts)
        self._goto(self._starts[self._found_at])

    def _goto(self, index: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.layout_.char_start[index])
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
