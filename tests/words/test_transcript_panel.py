"""The transcript panel in the main window (pytest-qt), on real speech with true word times."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from speech_truth import speech_asset

import editor_app.ui  # noqa: F401 - the PySide6 guard before Qt work


@pytest.fixture
def window(tmp_path, qtbot, qloop, monkeypatch):
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    session = Session.create(tmp_path / "talk", name="Talk", fps=30, width=160, height=90, sample_rate=16000)
    session.apply([ImportMedia(asset=speech_asset("fillers")), AddTrack(kind="audio", role="voice", name="Voice")], "set up")
    session.apply([InsertClip(track_id=session.project.tracks[0].id, media_id="m1", start=0)], "place")
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def voice_clips(window):
    return [c for c in window.session.project.tracks[0].clips]


def drawn_clips(window):
    """What the timeline view draws on the voice row."""
    return [list(ix.track.clips) for ix in window.timeline.tracks if ix.track.role == "voice"][0]


def test_panel_shows_the_words_with_fillers_and_long_pauses_marked(window):
    panel = window.transcript
    text = panel.text.toPlainText()
    assert text.startswith("So um today I want to show you my new camera.")
    assert text.index("battery") < text.index("flips")
    assert [panel.layout_.words[i].text for i in panel.layout_.fillers] == ["um", "uh", "um", "uh"]
    assert len(panel.layout_.pauses) == 1  # 1.12 s after "hours."; 0.92 s after "camera." is short
    assert "4 fillers" in panel.status.text()


def test_select_delete_then_undo_restores_timeline_and_panel(window, qtbot):
    panel = window.transcript
    words = [w.text for w in panel.layout_.words]
    first = words.index("battery")
    panel.select_words(first, first + 1)
    assert panel.selected_words() == [first, first + 1]
    panel.text.setFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_Delete)
    after = [w.text for w in panel.layout_.words]
    assert after == words[:first] + words[first + 2:]
    assert "battery" not in panel.text.toPlainText()
    assert len(voice_clips(window)) == 2 and len(drawn_clips(window)) == 2
    gone = sum(c.duration for c in voice_clips(window))
    assert gone < window.session.project.media["m1"].length_frames(window.session.project.fps)
    qtbot.keyClick(panel.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [w.text for w in panel.layout_.words] == words
    assert len(voice_clips(window)) == 1 and len(drawn_clips(window)) == 1
    assert "battery lasts" in panel.text.toPlainText()


def test_click_a_word_moves_the_playhead_and_playhead_highlights_a_word(window, qtbot):
    panel = window.transcript
    words = [w.text for w in panel.layout_.words]
    i = words.index("camera.")
    cursor = panel.text.textCursor()
    cursor.setPosition(panel.layout_.char_start[i] + 2)
    point = panel.text.cursorRect(cursor).center()
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    fps = window.session.project.fps
    word = window.session.project.media["m1"].words[panel.layout_.words[i].index]
    assert window.state.playhead == round(word.start * fps)
    assert panel._playing == i
    j = words.index("screen,")
    window.state.set_playhead(int((panel.layout_.words[j].start + 0.05) * fps))
    assert panel._playing == j
    playing = [s for s in panel.text.extraSelections() if s.format.fontWeight() == 700]
    assert len(playing) == 1 and playing[0].cursor.selectedText() == "screen,"


def test_remove_fillers_button_all_or_selected(window, qtbot):
    panel = window.transcript
    words = [w.text for w in panel.layout_.words]
    panel.select_words(0, words.index("It"))  # only the first "um" lies in the selection
    qtbot.mouseClick(panel.remove_fillers_button, Qt.MouseButton.LeftButton)
    assert [w.text for w in panel.layout_.words].count("um") == 1
    panel.text.moveCursor(panel.text.textCursor().MoveOperation.Start)
    qtbot.mouseClick(panel.remove_fillers_button, Qt.MouseButton.LeftButton)
    assert not {"um", "uh"} & {w.text for w in panel.layout_.words}
    assert not panel.remove_fillers_button.isEnabled()
    window.state.undo()
    window.state.undo()
    assert [w.text for w in panel.layout_.words] == words


def test_search_marks_and_goes_to_matches(window, qtbot):
    panel = window.transcript
    qtbot.keyClicks(panel.search, "the b")
    found = [panel.layout_.words[i].text for i in panel._found]
    assert found == ["the", "battery", "The", "best"]
    assert panel.word_at_char(panel.text.textCursor().position()) == panel._found[0]
    panel.next_match()
    assert panel.word_at_char(panel.text.textCursor().position()) == panel._found[2]
