"""The window with a person's own footage: new project, tracks through menus, Add to timeline,
drops that make a track, relinking, the Qt platform check and the path `make run` takes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from editor_app.session import Session
from editor_app.ui.platform_check import missing_libraries, platform_problem
from editor_app.ui.timeline.layout import row_top
from tests.ui.conftest import make_clip, run, until

ROOT = Path(__file__).resolve().parents[2]


def _action(menu: QMenu, text: str):
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
        if action.menu() is not None:
            found = _action(action.menu(), text)
            if found is not None:
                return found
    raise AssertionError(f"no menu entry {text!r} in {[a.text() for a in menu.actions()]}")


def _menu_bar(window, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)


@pytest.fixture
def new_window(tmp_path, qtbot, qloop, monkeypatch):
    """A project made through the window's own File > New project (the folder dialog answered)."""
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    seed = Session.create(tmp_path / "seed", fps=30, width=320, height=180)
    first = MainWindow(seed)
    qtbot.addWidget(first)
    opened: list[str] = []
    first.open_requested.connect(opened.append)
    first.new_project()
    dialog = first.new_dialog
    dialog._browse_folder()
    dialog.findChildren(QFileDialog)[-1].fileSelected.emit(str(tmp_path / "mine"))
    dialog.create_button.click()  # no clip chosen: the default format, at once
    assert opened == [str(tmp_path / "mine")]
    first.close()
    window = MainWindow(Session.open(opened[0]))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_new_project_tracks_menus_add_to_timeline_rename_undo(new_window, qloop, tmp_path):
    window, session = new_window, new_window.session
    assert [t.name for t in session.project.tracks] == ["Main", "B-roll", "Music"]
    # import a clip of our own, then Add to timeline from the bin's menu
    clip = make_clip(tmp_path / "holiday talk.mp4", 2.0)
    window.media_bin.import_paths([str(clip)])
    run(qloop, until(lambda: not window.media_bin.importing))
    assert [m.name for m in session.project.media.values()] == ["holiday talk"]
    window.media_bin.list.item(0).setSelected(True)
    ids = window.media_actions.selected_ids()
    _action(window.media_actions.menu(ids), "Add to timeline").trigger()
    main = session.project.tracks[0]
    assert [(c.media_id, c.start, c.duration) for c in main.clips] == [("m1", 0, 60)]
    # importing the same file again from the window adds nothing
    window.media_bin.import_paths([str(clip)])
    run(qloop, until(lambda: not window.media_bin.importing))
    assert len(session.project.media) == 1 and window.media_bin.list.count() == 1
    # Load transcript… on the bin item: a subtitle file made later becomes its transcript
    srt = tmp_path / "words.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,500\nWe reached the lake at noon.\n")
    _action(window.media_actions.menu(ids), "Load transcript…").trigger()
    window.media_actions.transcript_dialog.fileSelected.emit(str(srt))
    assert [s.text for s in session.project.media["m1"].transcript] == ["We reached the lake at noon."]
    assert len(session.project.media) == 1
    # Track > Add track > Video track
    _action(_menu_bar(window, "Track"), "Video track").trigger()
    assert [t.name for t in session.project.tracks] == ["Main", "B-roll", "Music", "Video"]
    # right-click the B-roll header: Rename…
    view = window.timeline
    row = view.rows_by_track["t2"]
    view.headers.customContextMenuRequested.emit(QPoint(30, int(row_top(row)) + 10))
    popup = window._track_popup
    _action(popup, "Rename…").trigger()
    dialog = window.track_actions.rename_dialog
    dialog.setTextValue("Cutaways")
    dialog.accept()
    assert session.project.find_track("t2").name == "Cutaways"
    assert session.history.undo_stack[-1].ops[0].op == "update_track"
    window.state.undo()
    assert session.project.find_track("t2").name == "B-roll"
    # the header menu also moves, mutes, locks, hides and removes
    view.headers.customContextMenuRequested.emit(QPoint(30, int(row_top(view.rows_by_track["t3"])) + 10))
    _action(window._track_popup, "Mute").trigger()
    assert session.project.find_track("t3").muted
    view.headers.customContextMenuRequested.emit(QPoint(30, int(row_top(view.rows_by_track["t1"])) + 10))
    _action(window._track_popup, "Move up").trigger()
    assert [t.id for t in session.project.tracks][:2] == ["t2", "t1"]
    view.headers.customContextMenuRequested.emit(QPoint(30, int(row_top(view.rows_by_track["t4"])) + 10))
    _action(window._track_popup, "Remove track").trigger()
    assert session.project.find_track("t4") is None
    window.state.undo()
    assert session.project.find_track("t4") is not None


SPEECH = Path("/work/shared/testdata/speech/pancakes.wav")
SPEECH = next((p for p in (ROOT.parent / "shared" / "testdata" / "speech" / "pancakes.wav", SPEECH) if p.exists()), SPEECH)


@pytest.mark.skipif(not SPEECH.exists(), reason="shared speech test data missing")
def test_own_talking_clip_transcribed_in_the_window_then_broll_by_chat(new_window, qloop, tmp_path):
    """No subtitles: importing transcribes in the background; chat then puts B-roll over a spoken topic."""
    import json

    from editor_app.media.ffmpeg import run_ffmpeg

    window, session = new_window, new_window.session
    talk = tmp_path / "kitchen.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30", "-i", str(SPEECH), "-shortest",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", str(talk)], timeout=120)
    picture = tmp_path / "berries.png"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "color=c=purple:s=160x90", "-frames:v", "1", str(picture)], timeout=60)
    window.media_bin.import_paths([str(talk), str(picture)])
    run(qloop, until(lambda: not window.media_bin.importing))
    job = window.media_actions.transcriber
    assert job.busy and job.cancel_button.isVisibleTo(window)  # started by itself, in the background
    assert "transcribing" in window.media_bin.list.item(0).text()
    run(qloop, until(lambda: not job.busy, timeout=240), timeout=250)
    kitchen = session.project.media["m1"]
    assert len(kitchen.words) > 40 and kitchen.transcript_model.startswith("faster-whisper")
    assert "transcribed" in window.media_bin.list.item(0).text()
    assert session.history.undo_stack[-1].ops[0].op == "set_transcript"
    window.media_bin.list.item(0).setSelected(True)
    assert window.media_actions.add_selected()
    chat = window.chat
    chat.auto_apply.setChecked(True)
    chat.send("put the berries over the part where I talk about the eggs and milk")
    run(qloop, until(lambda: chat.cards and not chat.running), timeout=60)
    broll = next(t for t in session.project.tracks if t.role == "broll")
    assert [c.media_id for c in broll.clips] == ["m2"], chat.cards[-1].status.text()
    eggs = next(c for c in json.loads(SPEECH.with_suffix(".json").read_text())["chunks"] if "eggs" in c.get("text", ""))
    start = broll.clips[0].start / session.project.fps
    assert abs(float(start) - eggs["start"]) < 0.3


@pytest.mark.skipif(not SPEECH.exists(), reason="shared speech test data missing")
def test_transcription_cancel_changes_nothing(new_window, qloop, tmp_path, monkeypatch):
    from editor_app.media.ffmpeg import run_ffmpeg

    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")  # imported quietly, transcribed from the bin's menu
    window, session = new_window, new_window.session
    talk = tmp_path / "long take.wav"
    run_ffmpeg(["-y", "-i", str(SPEECH), "-i", str(SPEECH), "-filter_complex", "concat=n=2:v=0:a=1", str(talk)], timeout=60)
    window.media_bin.import_paths([str(talk)])
    run(qloop, until(lambda: not window.media_bin.importing))
    job = window.media_actions.transcriber
    assert not job.busy and "no transcript" in window.media_bin.list.item(0).text()
    version = session.version
    _action(window.media_actions.menu(["m1"]), "Transcribe").trigger()
    assert job.busy
    job.cancel_button.click()
    run(qloop, until(lambda: not job.busy, timeout=120), timeout=130)
    assert session.version == version and session.project.media["m1"].words == ()
    assert not job.cancel_button.isVisibleTo(window)


def test_drop_below_the_tracks_makes_a_track(new_window, qloop, tmp_path):
    window, session = new_window, new_window.session
    clip = make_clip(tmp_path / "cutaway.mp4", 1.0)
    window.media_bin.import_paths([str(clip)])
    run(qloop, until(lambda: not window.media_bin.importing))
    view = window.timeline
    below = int(row_top(len(view.tracks)) + 20 - view.verticalScrollBar().value())
    count = len(session.project.tracks)
    assert view.place_media("m1", QPoint(40, below))
    added = session.project.tracks[-1]
    assert len(session.project.tracks) == count + 1 and added.role == "broll" and added.clips[0].media_id == "m1"
    window.state.undo()  # one undo takes the track and the clip back
    assert len(session.project.tracks) == count


def test_missing_media_open_and_relink_dialog(session, qtbot, qloop, tmp_path):
    from editor_app.ui.main_window import MainWindow

    media = session.project.media["m2"]
    moved = tmp_path / "moved"
    moved.mkdir()
    local = Path(shutil.copy(media.path, tmp_path / "b.mp4"))  # the fixture's media are shared: copy, then relink to it
    session.apply([{"op": "relink_media", "media_id": "m2", "path": str(local)}], "use a private copy")
    tracks_before = [t.model_copy(deep=True) for t in session.project.tracks]
    shutil.move(str(local), moved / "b.mp4")
    window = MainWindow(Session.open(session.path))
    qtbot.addWidget(window)
    assert window.info_bar.isVisibleTo(window) and "missing" in window.info_label.text()
    dialog = window.relink_missing()
    assert dialog.tree.topLevelItemCount() == 1
    dialog.search(str(tmp_path))
    run(qloop, until(lambda: not dialog.searching))
    assert dialog.found == {"m2": str(moved / "b.mp4")}
    assert dialog.apply()
    project = window.session.project
    assert project.media["m2"].path == str(moved / "b.mp4")
    assert project.tracks == tracks_before
    window.close()


def test_platform_check_says_what_to_install():
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert missing_libraries(["libxcb-nonexistent-for-test.so.9"]) == ["libxcb-nonexistent-for-test.so.9"]
    sentence = platform_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, ["libxcb-nonexistent-for-test.so.9"])
    assert sentence is not None and "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in sentence
    assert sentence.count(". ") == 0  # one sentence


@pytest.mark.skipif(not sys.platform.startswith("linux") or not missing_libraries(), reason="Qt's xcb libraries are all installed here")
def test_gui_without_xcb_libraries_prints_the_apt_command(session):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    proc = subprocess.run([sys.executable, "-m", "editor_app", str(session.path)], capture_output=True, text=True,
                          timeout=60, env=env)
    assert proc.returncode == 1 and "sudo apt install" in proc.stderr and "Aborted" not in proc.stderr


def test_make_run_reaches_the_window(demo_template, tmp_path):
    """`make run`'s own command line (read from the Makefile), pointed at a demo folder, draws the window."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^run:.*\n\t(.+)$", makefile, re.M).group(1)
    args = recipe.split()
    assert args[0].endswith("editor-app")
    work = tmp_path / "fresh"
    work.mkdir()
    shutil.copytree(demo_template, work / "demo", ignore=shutil.ignore_patterns("index", "cache"))
    argv = [a.replace("$(DEMO)", "demo") for a in args[1:]]
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for command in (argv, ["demo"]):  # the Makefile's line, and the README's bare `editor-app demo`
        proc = subprocess.run([sys.executable, "-m", "editor_app", *command, "--screenshot", str(out)], cwd=work,
                              capture_output=True, text=True, timeout=180, env=env)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert out.stat().st_size > 10_000
        out.unlink()
