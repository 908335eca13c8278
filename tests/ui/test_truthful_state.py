"""State that tells the truth: cards follow the history, the Inspector's empty state, keys and
status lines in the user's words, the drawn envelope and black-and-white looks, chat history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor_app.model.effects import BlackAndWhite
from editor_app.model.operations import AddEffect, SetVolumeEnvelope
from editor_app.model.project import EnvelopePoint
from editor_app.ui.app import settle
from tests.ui.conftest import run, until


def _focus(window, widget) -> None:
    window.activateWindow()
    widget.setFocus()
    QApplication.processEvents()


def _applied_card(window, qloop, text: str):
    chat = window.chat
    chat.auto_apply.setChecked(True)
    chat.send(text)
    run(qloop, until(lambda: chat.cards and not chat.running))
    card = chat.cards[-1]
    assert card.state == "applied", card.status.text()
    return card


def test_ctrl_z_in_the_chat_box_undoes_and_the_card_says_so_then_redo(window, qloop):
    session, chat = window.session, window.chat
    before = len(session.project.tracks[0].clips)
    card = _applied_card(window, qloop, "split the first clip at 0:01")
    assert len(session.project.tracks[0].clips) == before + 1
    _focus(window, chat.input)
    QTest.keyClicks(chat.input, "abc")
    QTest.keyClick(chat.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chat.input.toPlainText() == ""  # the text's own undo comes first
    assert len(session.project.tracks[0].clips) == before + 1
    QTest.keyClick(chat.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.project.tracks[0].clips) == before  # then the project's
    assert card.state == "undone" and "Undone" in card.status.text()
    assert card.redo_button.isVisibleTo(card) and card.redo_button.isEnabled()
    assert not card.undo_button.isVisibleTo(card)
    card.redo_button.click()
    assert len(session.project.tracks[0].clips) == before + 1
    assert card.state == "applied" and card.undo_button.isVisibleTo(card)
    chat.send("/undo")
    assert card.state == "undone"
    assert "Undone" in card.status.text()


def test_reply_says_the_result_once_without_ids(window, qloop):
    card = _applied_card(window, qloop, "fade the music out over 1 second")
    chat = window.chat
    texts = []
    for i in range(chat.messages.count()):
        row = chat.messages.itemAt(i).layout()
        if row is not None:
            texts.append(row.itemAt(row.count() - 1).widget().text())
    reply = texts[-1]
    body = card.body.text()
    for line in body.replace("\u200b", "").splitlines():
        step = line.strip().lstrip("•").strip().rstrip(".")
        assert not step or step not in reply, (step, reply)
    import re

    assert not re.search(r"\b[ct]\d+\b", reply + body), (reply, body)


def test_inspector_empty_state_then_a_clip(window):
    inspector, state = window.inspector, window.state
    state.select([])
    assert inspector.stack.currentWidget() is inspector.empty
    assert "Nothing selected" in inspector.empty.text()
    assert not inspector.speed.isVisibleTo(inspector)
    clip = state.project.tracks[0].clips[0]
    state.select([clip.id])
    assert inspector.stack.currentIndex() == 1 and inspector.speed.isVisibleTo(inspector)
    assert inspector.title.text() == "first" and clip.id not in inspector.source.text()
    assert inspector.start.text() == "00:00:00:00" and inspector.duration.text().count(":") == 3  # one format


def _count(image, rect, test) -> int:
    n = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            if test(QColor(image.pixel(x, y))):
                n += 1
    return n


def _envelope_colour(c: QColor) -> bool:
    return c.red() > 200 and 170 < c.green() < 230 and c.blue() < 140


def test_ducked_music_draws_its_envelope(window):
    view, state = window.timeline, window.state
    music = state.project.tracks[1]
    clip = music.clips[0]
    view.set_ppf(4.0, 0)
    QApplication.processEvents()
    rect = view.clip_rect(clip.id).intersected(view.viewport().rect())
    assert _count(view.viewport().grab().toImage(), rect, _envelope_colour) == 0
    assert state.apply([SetVolumeEnvelope(clip_id=clip.id, points=[
        EnvelopePoint(frame=0, db=0), EnvelopePoint(frame=15, db=-15), EnvelopePoint(frame=60, db=-15),
        EnvelopePoint(frame=75, db=0)])], "Duck the music")
    QApplication.processEvents()
    rect = view.clip_rect(clip.id).intersected(view.viewport().rect())
    image = view.viewport().grab().toImage()
    assert _count(image, rect, _envelope_colour) > 20
    # the dip is drawn lower than the ends: envelope pixels in the middle sit in the lower half
    mid = rect.adjusted(int(25 * 4), 0, 0, 0)
    mid.setWidth(int(30 * 4))
    lower = mid.adjusted(0, mid.height() // 2, 0, 0)
    assert _count(image, lower, _envelope_colour) > 3


def _colourful(c: QColor) -> bool:
    return max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 60


def test_black_and_white_clip_thumbnails_turn_grey(window):
    view, state = window.timeline, window.state
    settle(QApplication.instance(), 15.0, window=window)
    clip = state.project.tracks[0].clips[0]
    view.set_ppf(4.0, 0)
    state.select([])
    QApplication.processEvents()
    body = view.clip_rect(clip.id).adjusted(4, 22, -4, -4).intersected(view.viewport().rect())
    assert _count(view.viewport().grab().toImage(), body, _colourful) > 20  # testsrc2 is colourful
    assert state.apply([AddEffect(clip_id=clip.id, effect=BlackAndWhite())], "Make first black and white")
    QApplication.processEvents()
    assert _count(view.viewport().grab().toImage(), body, _colourful) == 0


def test_split_key_and_drag_speak_in_names(window, qloop):
    view, state = window.timeline, window.state
    first = state.project.tracks[0].clips[0]
    state.set_playhead(first.start + 20)
    state.select([first.id])  # "tune" on the music track runs under the playhead too
    _focus(window, view)
    QTest.keyClick(view, Qt.Key.Key_S)
    message = window.statusBar().currentMessage()
    assert "Split “first” at" in message and first.id not in message
    state.undo()
    assert "Undid: Split “first”" in window.statusBar().currentMessage()
    # drag "second" onto "first": the status line says it would overlap, in names; nothing moves
    view.set_ppf(4.0, 0)
    QApplication.processEvents()
    second = state.project.tracks[0].clips[1]
    src = view.clip_rect(second.id).center()
    dst = view.clip_rect(first.id).center()
    vp = view.viewport()

    def send(kind, pos, buttons, mods=Qt.KeyboardModifier.NoModifier):
        QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(pos), vp.mapToGlobal(QPointF(pos)),
                                               Qt.MouseButton.LeftButton, buttons, mods))

    send(QEvent.Type.MouseButtonPress, src, Qt.MouseButton.LeftButton)
    for i in range(1, 7):
        p = src + (dst - src) * i / 6
        send(QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())), Qt.MouseButton.LeftButton)
    message = window.statusBar().currentMessage()
    assert "would overlap “first”" in message and "Shift" in message, message
    assert view._drag.overlaps
    send(QEvent.Type.MouseButtonRelease, dst, Qt.MouseButton.NoButton)
    assert state.project.tracks[0].clips[1].start == second.start  # refused, not guessed
    assert "Not moved" in window.statusBar().currentMessage()
    # the same drag with Shift overwrites
    send(QEvent.Type.MouseButtonPress, src, Qt.MouseButton.LeftButton)
    for i in range(1, 7):
        p = src + (dst - src) * i / 6
        send(QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())), Qt.MouseButton.LeftButton,
             Qt.KeyboardModifier.ShiftModifier)
    assert "Overwrite" in window.statusBar().currentMessage()
    send(QEvent.Type.MouseButtonRelease, dst, Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier)
    moved = state.project.find_clip(second.id)[1]
    assert moved.start < second.start
    assert "Overwrite with “second”" in window.statusBar().currentMessage()


def _chat_texts(window) -> list[str]:
    texts = []
    for i in range(window.chat.messages.count()):
        row = window.chat.messages.itemAt(i).layout()
        if row is not None:
            texts.append(row.itemAt(row.count() - 1).widget().text())
    return texts


def test_chat_history_comes_back_and_it_resolves_from_the_same_store(window, qtbot, qloop):
    """One chat store: what the window showed comes back on open, and the planner's "it" reads it."""
    import json

    from editor_app.session import Session
    from editor_app.ui.main_window import MainWindow

    window.chat.auto_apply.setChecked(True)
    window.chat.send("make second black and white")
    run(qloop, until(lambda: not window.chat.running))
    second = next(c for c in window.session.project.clips() if c.name == "second")
    assert [e.type for e in second.effects] == ["black_and_white"]
    shown = [t for t in _chat_texts(window) if "second" in t.lower() or "“second”" in t]
    window.chat.send("/help")
    folder = window.session.path
    window.close()
    lines = [json.loads(line) for line in (folder / "chat.jsonl").read_text().splitlines()]
    assert any(r["message"] == "make second black and white" and r["shown"] for r in lines)
    assert any(r["message"] == "/help" and r["kind"] == "note" for r in lines)
    assert not (folder / "chat_history.jsonl").exists()  # no second store

    again = MainWindow(Session.open(folder, writer="window", wait=2.0))
    qtbot.addWidget(again)
    texts = _chat_texts(again)
    assert "Earlier in this project:" in texts and "make second black and white" in texts and "/help" in texts
    assert shown and shown[-1] in texts  # the reply as it was shown, not the planner's raw text
    before = len(next(c for c in again.session.project.clips() if c.name == "second").effects)
    again.chat.auto_apply.setChecked(True)
    again.chat.send("now make it warmer")  # "it": the clip of the last edit, read from the store
    run(qloop, until(lambda: not again.chat.running))
    clips = {c.name: c for c in again.session.project.clips()}
    assert len(clips["second"].effects) == before + 1 and not clips["first"].effects
    again.close()


def test_an_old_display_log_is_merged_into_the_chat_store_once(session, qtbot, qloop):
    import json

    from editor_app.ui.main_window import MainWindow

    old = session.path / "chat_history.jsonl"
    old.write_text("\n".join(json.dumps(r) for r in [
        {"who": "user", "text": "trim the opening of first", "time": 100.0},
        {"who": "assistant", "text": "Trimmed “first”.", "time": 101.0},
        {"who": "user", "text": "do something impossible", "time": 200.0},
        {"who": "error", "text": "Something went wrong: no. Nothing was changed.", "time": 201.0},
    ]) + "\n{torn", encoding="utf-8")
    window = MainWindow(session)
    qtbot.addWidget(window)
    texts = _chat_texts(window)
    assert texts[texts.index("trim the opening of first"):] [:4] == [
        "trim the opening of first", "Trimmed “first”.", "do something impossible",
        "Something went wrong: no. Nothing was changed."]
    assert not old.exists() and (session.path / "chat_history.jsonl.migrated").exists()
    kinds = [json.loads(line)["kind"] for line in (session.path / "chat.jsonl").read_text().splitlines()]
    assert kinds == ["note", "error"]
    window.close()


def test_inspector_edits_report_in_names(window):
    state, inspector = window.state, window.inspector
    clip = state.project.tracks[0].clips[1]
    state.select([clip.id])
    inspector.volume.setValue(-6.0)
    inspector._volume()
    message = window.statusBar().currentMessage()
    assert message.startswith("Set “second” to -6.0 dB") and clip.id not in message, message


def test_alt_drag_inserts_and_pushes_later_clips(window):
    from editor_app.ui.timeline.drag_rules import move_ops
    from editor_app.ui.timeline.view import Drag

    state = window.state
    main = state.project.tracks[0]
    first, second = main.clips
    # take "second" and insert it at 0:00 on the same track: "first" moves right by its length
    drag = Drag(second, main, "move", 0.0, active=True, start=0, end=second.duration, track_id=main.id, how="insert")
    ops = move_ops(state.project, drag)
    assert not isinstance(ops, str), ops
    assert state.apply(ops, "insert")
    starts = {c.name: c.start for c in state.project.tracks[0].clips}
    assert starts == {"second": 0, "first": second.duration}
    # inserting in the middle of a clip is refused with a sentence, not guessed
    moved = state.project.find_clip(first.id)[1]
    inside = Drag(state.project.find_clip(second.id)[1], main, "move", 0.0, active=True, start=moved.start + 10,
                  end=moved.start + 10 + second.duration, track_id=main.id, how="insert")
    refused = move_ops(state.project, inside)
    assert isinstance(refused, str) and "inside “first”" in refused
