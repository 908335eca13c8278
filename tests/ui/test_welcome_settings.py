"""Welcome window progress and recent list, Settings text said once, the time-format setting."""

from __future__ import annotations

from editor_app.ui import prefs, timefmt


def test_recent_list_drops_missing_folders(qtbot, session, tmp_path):
    from editor_app.ui.dialogs import StartDialog

    gone = tmp_path / "deleted-project"
    prefs.save({"recent": [str(gone), str(session.path)]})
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.recent_buttons]
    assert len(texts) == 1 and str(session.path) in texts[0]
    assert prefs.recent() == [str(session.path)]  # forgotten, not just hidden


def test_open_demo_shows_progress_and_locks_the_buttons(qtbot, qloop, tmp_path, monkeypatch):
    from editor_app.ui.dialogs import StartDialog

    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    chosen = []
    dialog.chosen.connect(chosen.append)
    dialog.show()
    dialog.demo_button.click()
    assert dialog.progress.isVisibleTo(dialog) and dialog.progress.maximum() == 6
    assert not any(b.isEnabled() for b in dialog.buttons)
    seen = set()

    def made() -> bool:
        seen.add(dialog.progress.value())
        return bool(chosen)

    qtbot.waitUntil(made, timeout=180_000)  # the dialog closes itself at the end: no asyncio loop here
    assert chosen and (tmp_path / "data" / "Demo project" / "project.json").exists()
    assert dialog.progress.value() == 6 and len(seen) >= 2  # it moved while the demo was made


def test_settings_say_the_keyring_note_once_and_offer_the_time_format(qtbot, window):
    from editor_app.ui.dialogs import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    note = dialog.key_note.text().lower()
    assert note.count("keyring") <= 1, note
    assert note.count("openai_api_key") <= 1, note
    clip = window.state.project.tracks[0].clips[1]
    window.state.select([clip.id])
    assert window.inspector.duration.text().count(":") == 3  # timecode by default
    dialog.time_format.setCurrentIndex(dialog.time_format.findData("minutes"))
    dialog.saved.connect(window.redraw_times)
    dialog.save()
    try:
        assert timefmt.current() == "minutes" and prefs.load()["time_format"] == "minutes"
        assert window.inspector.duration.text() == "0:02.00"
        assert window.inspector.start.text() == "0:05.00"
        assert "/" in window.preview.time_label.text() and window.preview.time_label.text().count(":") == 2
    finally:
        timefmt.set_format("timecode")
