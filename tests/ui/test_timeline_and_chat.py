"""The chat changes the model and the timeline; cards undo; mouse drags move and trim clips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import run, until


def _mouse(widget, kind, pos: QPoint, buttons) -> None:
    event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPoint, end: QPoint, steps: int = 6) -> None:
    vp = view.viewport()
    _mouse(vp, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        _mouse(vp, QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())), Qt.MouseButton.LeftButton)
    _mouse(vp, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_chat_command_changes_model_and_timeline_then_card_undo(window, qloop):
    chat, view, session = window.chat, window.timeline, window.session
    chat.auto_apply.setChecked(True)
    before = len(session.project.tracks[0].clips)
    painted_rows_before = len(view.tracks[0].track.clips)
    chat.input.setPlainText("split the first clip at 0:01")
    chat.input.keyPressEvent(_enter())
    run(qloop, until(lambda: chat.cards and not chat.running))
    main = session.project.tracks[0]
    assert len(main.clips) == before + 1, [c.id for c in main.clips]
    assert len(view.tracks[0].track.clips) == painted_rows_before + 1  # the view was rebuilt from the model
    card = chat.cards[-1]
    assert card.undo_button.isVisibleTo(card)
    card.undo_button.click()
    assert len(session.project.tracks[0].clips) == before
    assert len(view.tracks[0].track.clips) == before
    assert "Undone" in card.status.text()


def test_review_mode_shows_ghost_then_apply(window, qloop):
    chat, state = window.chat, window.state
    chat.auto_apply.setChecked(False)
    chat.send("fade the music out over 1 second")
    run(qloop, until(lambda: chat.cards and not chat.running))
    card = chat.cards[-1]
    assert state.ghost is not None and state.ghost.changed  # dashed ghost clips on the timeline
    assert not any(c.effects for c in state.project.clips())
    card.apply_button.click()
    assert state.ghost is None
    assert any(e.type == "fade_out" for c in state.project.clips() for e in c.effects)


def test_slash_commands_and_history(window, qloop):
    chat = window.chat
    chat.send("/agents")
    chat.send("/help")
    texts = [chat.messages.itemAt(i).layout().itemAt(chat.messages.itemAt(i).layout().count() - 1).widget().text()
             for i in range(chat.messages.count() - 1) if chat.messages.itemAt(i).layout()]
    assert any("timeline" in t for t in texts)
    chat.input.setPlainText("hello")
    chat.input.history.append("split the first clip at 0:01")
    from PySide6.QtGui import QKeyEvent

    chat.input.clear()
    chat.input.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier))
    assert chat.input.toPlainText() == "split the first clip at 0:01"


def test_drag_clip_moves_it_in_the_model(window, qloop):
    view, session = window.timeline, window.session
    view.set_ppf(4.0, 0)
    QApplication.processEvents()
    second = session.project.tracks[0].clips[1]
    rect = view.clip_rect(second.id)
    start = QPoint(rect.center().x(), rect.center().y())
    drag(view, start, start + QPoint(120, 0))  # 120 px at 4 px/frame = 30 frames later
    moved = session.project.find_clip(second.id)[1]
    assert moved.start == second.start + 30
    assert len(session.history.undo_stack[-1].ops) == 1  # one gesture, one batch of one operation
    assert session.history.undo_stack[-1].ops[0].op == "move_clip"


def test_drag_edge_trims_with_snapping_to_playhead(window, qloop):
    view, session, state = window.timeline, window.session, window.state
    view.set_ppf(4.0, 0)
    first = session.project.tracks[0].clips[0]
    state.set_playhead(first.end - 20)
    QApplication.processEvents()
    rect = view.clip_rect(first.id)
    edge = QPoint(rect.right() - 1, rect.center().y())
    drag(view, edge, edge - QPoint(4 * 20 - 5, 0))  # 5 px short of the playhead: snaps onto it
    trimmed = session.project.find_clip(first.id)[1]
    assert trimmed.end == first.end - 20
    assert session.history.undo_stack[-1].ops[0].op == "trim_clip"


def test_keys_split_delete_undo(window, qloop, qtbot):
    view, session, state = window.timeline, window.session, window.state
    view.setFocus()
    first = session.project.tracks[0].clips[0]
    state.select([first.id])
    state.set_playhead(first.start + 30)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert len(session.project.tracks[0].clips) == 3
    state.select([first.id])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert session.project.find_clip(first.id) is None
    state.undo()
    state.undo()
    assert len(session.project.tracks[0].clips) == 2


def test_mute_toggle_applies_update_track(window, qloop):
    view, session = window.timeline, window.session
    music_row = view.rows_by_track[session.project.tracks[1].id]
    rect = view.headers.button_rect(music_row, 1)  # "M"
    _mouse(view.headers, QEvent.Type.MouseButtonPress, rect.center().toPoint(), Qt.MouseButton.LeftButton)
    assert session.project.tracks[1].muted
    assert session.history.undo_stack[-1].ops[0].op == "update_track"


def _enter():
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
