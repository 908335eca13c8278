"""A new user's own footage in the window: New project like a clip, a dropped card folder, and a
voice memo placed before its words are known. Media made with the bundled ffmpeg; a climbing-gym
session vlog."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from editor_app.cli import main as cli_main
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.session import Session
from tests.ui.conftest import run, until

SPEECH = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "speech" / "fillers.wav"
SPEECH = SPEECH if SPEECH.exists() else Path("/work/shared/testdata/speech/fillers.wav")


def _make(out: Path, *args: str) -> Path:
    run_ffmpeg(["-y", "-loglevel", "error", *args, str(out)], timeout=120)
    return out


def _clip(out: Path, size: str, rate: str, seconds: float = 1.0) -> Path:
    return _make(out, "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={rate}", "-f", "lavfi", "-i",
                 "sine=frequency=330", "-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast",
                 "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest")


def _drop(view, paths: list[Path]) -> None:
    """Drag enter, move and drop of file URLs, sent through Qt to the view's viewport (as a file manager's drop)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = view.viewport()
    buttons, keys, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(QPoint(20, 20), action, mime, buttons, keys))
    drop = QDropEvent(QPointF(20, 20), action, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


# ---- File > New project, like this clip ------------------------------------------------------
def test_new_project_like_a_phone_clip_takes_its_size_and_rate(window, qtbot, qloop, tmp_path):
    from editor_app.ui.dialogs import StartDialog
    from editor_app.ui.new_project import NewProjectDialog

    phone = _clip(tmp_path / "IMG_2041 top out.mp4", "180x320", "30000/1001")  # portrait, 29.97 fps
    opened: list[str] = []
    window.open_requested.connect(opened.append)
    window.new_project()  # File > New project…
    dialog = window.new_dialog
    assert "1920x1080 at 30 fps" in dialog.format.text()  # the default, said before a clip is chosen
    dialog.folder.setText(str(tmp_path / "gym session"))
    dialog.set_like(str(phone))
    assert "Reading" in dialog.format.text()  # probed in a worker, not on the UI thread
    run(qloop, until(lambda: dialog.chosen is not None))
    assert "180x320 at 29.97 fps, like IMG_2041 top out.mp4" in dialog.format.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert opened == [str((tmp_path / "gym session").resolve())]
    made = Session.open(opened[0]).project
    assert (made.settings.fps, made.settings.width, made.settings.height) == (Fraction(30000, 1001), 180, 320)
    assert [t.name for t in made.tracks] == ["Main", "B-roll", "Music"]
    # the same clip through the CLI gives the same project format (one definition)
    assert cli_main(["new", str(tmp_path / "cli session"), "--like", str(phone)]) == 0
    cli_made = json.loads((tmp_path / "cli session" / "project.json").read_text())["settings"]
    ui_made = json.loads(Path(opened[0], "project.json").read_text())["settings"]
    assert cli_made == ui_made
    # the welcome screen's New project… is the same dialog
    start = StartDialog()
    qtbot.addWidget(start)
    start._new()
    assert isinstance(start.new_dialog, NewProjectDialog)


def test_new_project_like_a_sound_file_says_why_and_makes_nothing(window, qtbot, qloop, tmp_path):
    memo = _make(tmp_path / "beta notes.m4a", "-f", "lavfi", "-i", "sine=f=300:d=1", "-c:a", "aac")
    window.new_project()
    dialog = window.new_dialog
    dialog.folder.setText(str(tmp_path / "bouldering"))
    dialog.set_like(str(memo))
    run(qloop, until(lambda: dialog.error.isVisibleTo(dialog)))
    assert "not a video" in dialog.error.text() and "beta notes.m4a" in dialog.error.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)  # probed again: still refused
    run(qloop, until(lambda: not dialog.busy))
    assert "not a video" in dialog.error.text()
    assert not (tmp_path / "bouldering" / "project.json").exists()


# ---- a folder dropped on the window -----------------------------------------------------------
def _card(folder: Path) -> Path:
    """A camera card's folder: two clips (one with subtitles), a photo, notes, junk and a subfolder."""
    folder.mkdir()
    _clip(folder / "MVI_0932 warm-up traverse.mp4", "160x90", "25")
    _clip(folder / "MVI_0931 chalk bag.mp4", "160x90", "25")
    (folder / "MVI_0931 chalk bag.srt").write_text(
        "1\n00:00:00,000 --> 00:00:00,900\nChalk up before the crimpy problem.\n", encoding="utf-8")
    _make(folder / "grade chart.png", "-f", "lavfi", "-i", "color=c=orange:s=160x90", "-frames:v", "1")
    (folder / "route setting notes.txt").write_text("blue V3 on the slab", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / "THMBNL").mkdir()
    _make(folder / "THMBNL" / "MVI_0931.png", "-f", "lavfi", "-i", "color=c=gray:s=32x18", "-frames:v", "1")
    return folder


def test_dropped_folder_imports_its_media_like_the_cli(window, qloop, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")
    card = _card(tmp_path / "DCIM gym")
    bin_, session = window.media_bin, window.session
    before = list(session.project.media)
    _drop(bin_.list, [card])
    assert bin_.importing and bin_.progress.isVisibleTo(window)  # listed and probed in workers
    assert "Reading the folder" in bin_.progress.format()
    run(qloop, until(lambda: not bin_.importing), timeout=60)
    new = [session.project.media[m] for m in session.project.media if m not in before]
    assert [m.name for m in new] == ["grade chart", "MVI_0931 chalk bag", "MVI_0932 warm-up traverse"]  # by name
    assert new[1].transcript_model == "sidecar" and "crimpy" in " ".join(w.text for w in new[1].words)
    assert len(session.history.undo_stack[-1].ops) == 3  # one batch: one undo
    note = bin_.errors.text()
    assert "Skipped 1 file that is not media: route setting notes.txt" in note
    assert ".DS_Store" not in note and "THMBNL" not in note and "Not imported" not in note
    # the CLI's `import DIR FOLDER` takes the same files in the same order
    target = tmp_path / "cli gym"
    assert cli_main(["new", str(target)]) == 0
    assert cli_main(["import", str(target), str(card), "--no-transcribe"]) == 0
    cli_names = [m["name"] for m in json.loads((target / "project.json").read_text())["media"].values()]
    assert cli_names == [m.name for m in new]


def test_dropped_folder_with_no_media_says_so_and_changes_nothing(window, qloop, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    notes = tmp_path / "gym admin"
    notes.mkdir()
    (notes / "membership.pdf").write_bytes(b"%PDF-1.4")
    bin_, session = window.media_bin, window.session
    version = session.version
    _drop(window.timeline, [notes])  # dropped on the timeline: the same import
    run(qloop, until(lambda: not bin_.importing), timeout=30)
    assert session.version == version
    assert "no media files in gym admin" in bin_.errors.text()
    assert "membership.pdf" in bin_.errors.text()
    window.import_folder()  # File > Import folder…: the same again
    window.findChildren(QFileDialog)[-1].fileSelected.emit(str(notes))
    assert bin_.importing
    run(qloop, until(lambda: not bin_.importing), timeout=30)
    assert session.version == version and "no media files in gym admin" in bin_.errors.text()


# ---- a voice memo added before its transcription finishes --------------------------------------
@pytest.fixture
def gym_window(tmp_path, qtbot, qloop, monkeypatch):
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    session = Session.create(tmp_path / "gym vlog", fps=30, width=320, height=180, starter_tracks=True)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.mark.skipif(not SPEECH.exists(), reason="shared speech test data missing")
def test_voice_memo_added_while_transcribing_moves_to_voice_when_words_arrive(gym_window, qloop, tmp_path):
    window, session = gym_window, gym_window.session
    memo = _make(tmp_path / "Voice Memo 0044.m4a", "-i", str(SPEECH), "-t", "5.5", "-c:a", "aac")
    bed = _make(tmp_path / "chalk bag beat.mp3", "-f", "lavfi", "-i", "sine=f=220:d=4", "-c:a", "libmp3lame")
    window.media_bin.import_paths([str(memo), str(bed)])
    run(qloop, until(lambda: not window.media_bin.importing), timeout=60)
    job = window.media_actions.transcriber
    assert job.busy  # speech to text started by itself, in the background
    for row in range(window.media_bin.list.count()):
        window.media_bin.list.item(row).setSelected(True)
    assert window.media_actions.add_selected()  # before the words are known
    music = next(t for t in session.project.tracks if t.role == "music")
    assert [(c.media_id, c.start) for c in music.clips] == [("m1", 0), ("m2", 165)]
    run(qloop, until(lambda: not job.busy, timeout=240), timeout=250)
    tracks = {t.role: [(c.media_id, c.start) for c in t.clips] for t in session.project.tracks}
    assert tracks["voice"] == [("m1", 0)]  # the talk, not music
    assert tracks["music"] == [("m2", 0)]  # the bed under the memo, as placed together
    assert len(session.project.media["m1"].words) > 5
    assert session.history.undo_stack[-1].label == "Put spoken sound files on the Voice track"
    window.state.undo()  # one step: back on Music, the words kept
    tracks = {t.role: [(c.media_id, c.start) for c in t.clips] for t in session.project.tracks}
    assert tracks["music"] == [("m1", 0), ("m2", 165)] and not tracks.get("voice")
    assert session.project.media["m1"].words
