"""A transcript delete in the whole window: the views show it first, then what can wait runs.

Real widgets on a real video (made with the bundled ffmpeg) with a transcript of invented words.
What the edit sets off that the paint does not need (the preview frame's request, the journal's
fsync) runs after the window's paint; these tests check that it still all happens: the record is
in the journal before any view updates, it reaches the disk, project.json follows, the preview
shows the frame of the edited timeline, and closing right after an edit keeps it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt

WORDS = ("first we unpack the telescope then level the tripod and point the finder at the moon "
         "before dark while the mount settles").split()


@pytest.fixture
def stargazing(tmp_path, media_dir, monkeypatch):
    """An 8-second video on the main track with one word every 0.35 s (its transcript)."""
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import TranscriptWord
    from editor_app.session import Session

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    session = Session.create(tmp_path / "stars", name="Stargazing", fps=30, width=320, height=180)
    asset = build_asset(media_dir / "long.mp4")
    words = tuple(TranscriptWord(start=round(i * 0.35, 3), end=round(i * 0.35 + 0.25, 3), text=w)
                  for i, w in enumerate(WORDS))
    asset = asset.model_copy(update={"words": words, "transcript_language": "en"})
    session.apply([ImportMedia(asset=asset), AddTrack(kind="video", role="main", name="Main")], "setup")
    session.apply([InsertClip(track_id=session.project.tracks[0].id, media_id="m1", start=0, name="talk")], "place")
    session.close()
    return Session.open(tmp_path / "stars", writer="window", wait=2.0)


def _window_class(log: list[str]):
    from editor_app.ui.main_window import MainWindow

    class Watched(MainWindow):
        """Notes each paint of the window (its UpdateRequest) in ``log``."""

        def event(self, event) -> bool:  # noqa: N802
            handled = super().event(event)
            if event.type() == QEvent.Type.UpdateRequest:
                log.append("paint")
            return handled

    return Watched


def _journal_labels(session) -> list[str]:
    """The labels of the records on disk (read as a reopening would)."""
    from editor_app.model.journal import scan

    return [getattr(r, "label", "") for r in scan((session.path / "journal.jsonl").read_bytes()).records]


def _open(stargazing, qtbot, log):
    window = _window_class(log)(stargazing)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    preview = window.preview
    qtbot.waitUntil(lambda: preview._shown is not None and preview._shown[1] == stargazing.version, timeout=20000)
    return window


def test_delete_is_journaled_before_the_views_and_the_rest_follows_the_paint(stargazing, qtbot, qloop):
    from editor_app.model.project_io import read_project_file
    from editor_app.model.word_cuts import timeline_words

    log: list[str] = []
    window = _open(stargazing, qtbot, log)
    session, panel, preview = stargazing, window.transcript, window.preview
    session.store.sync_journal = (lambda real: lambda: (log.append("fsync"), real())[1])(session.store.sync_journal)
    preview.request = (lambda real: lambda: (log.append("preview"), real())[1])(preview.request)
    window.state.set_playhead(150)  # 5 s in: after the cut, so the frame there changes
    qtbot.waitUntil(lambda: preview._shown == (150, session.version), timeout=20000)
    frame_before = preview._image.copy()
    panel.select_words(3, 5)  # "the telescope then"
    panel.text.setFocus()
    log.clear()
    qtbot.keyClick(panel.text, Qt.Key.Key_Delete)
    # the key handler has returned: model, journal (written, not yet fsynced), panel and timeline have the cut
    texts = [w.text for w in timeline_words(session.project)]
    assert texts == WORDS[:3] + WORDS[6:]
    assert _journal_labels(session)[-1] == "Delete “the telescope then”"
    assert [w.text for w in panel.layout_.words] == texts and "telescope" not in panel.text.toPlainText()
    assert len(session.project.tracks[0].clips) == 2
    assert [len(ix.track.clips) for ix in window.timeline.tracks] == [2]
    assert log == [] and session.store.journal_unsynced  # nothing deferred has run yet
    qtbot.waitUntil(lambda: "fsync" in log and "preview" in log, timeout=5000)
    assert log[0] == "paint" and set(log[1:3]) == {"preview", "fsync"}  # after the window painted the edit
    qtbot.waitUntil(lambda: not session.store.journal_unsynced, timeout=5000)  # fsynced on its worker thread
    qtbot.waitUntil(lambda: preview._shown == (150, session.version), timeout=20000)  # the edited timeline's frame
    assert preview._image != frame_before  # 5 s of the cut timeline is 6 s of the video
    qtbot.waitUntil(lambda: not session.store.flush_pending, timeout=5000)
    saved, _seq = read_project_file(session.path)
    assert [(c.start, c.source_in, c.source_out) for c in saved.tracks[0].clips] == \
        [(c.start, c.source_in, c.source_out) for c in session.project.tracks[0].clips]
    window.close()


def test_closing_right_after_a_delete_keeps_it_on_disk(stargazing, qtbot, qloop):
    from editor_app.model.word_cuts import timeline_words
    from editor_app.session import Session

    window = _open(stargazing, qtbot, [])
    path = stargazing.path
    window.transcript.select_words(10, 11)  # "finder at"
    window.transcript.text.setFocus()
    qtbot.keyClick(window.transcript.text, Qt.Key.Key_Delete)
    assert stargazing.store.journal_unsynced
    window.close()  # before any paint or timer: the journal is synced and project.json written on close
    assert not stargazing.store.journal_unsynced
    reopened = Session.open(path)
    try:
        assert [w.text for w in timeline_words(reopened.project)] == WORDS[:10] + WORDS[12:]
        assert not reopened.recovered  # project.json was written, no replay needed
    finally:
        reopened.close()


def test_after_paint_runs_jobs_once_with_or_without_a_window(qtbot):
    from editor_app.ui.after_paint import AfterPaint

    ran: list[str] = []
    loose = AfterPaint()  # no window: the next loop turn
    loose.defer("a", lambda: ran.append("a1"))
    loose.defer("a", lambda: ran.append("a2"))  # the same key again: runs once, the latest job
    loose.defer("b", lambda: ran.append("b"))
    assert ran == []
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=2000)
    assert ran == ["a2", "b"]
    hidden = AfterPaint()
    hidden.attach_window()  # a window that never paints (hidden): the fallback timer runs it
    hidden.defer("c", lambda: ran.append("c"))
    qtbot.wait(100)
    assert "c" not in ran
    qtbot.waitUntil(lambda: "c" in ran, timeout=2000)
    painted = AfterPaint()
    painted.attach_window()
    painted.defer("d", lambda: (_ for _ in ()).throw(RuntimeError("broken job")))  # a failing job...
    painted.defer("e", lambda: ran.append("e"))  # ...does not stop the next one
    painted.painted()
    qtbot.waitUntil(lambda: "e" in ran, timeout=2000)
    assert not painted.pending


def test_a_delete_and_its_undo_by_keys_leave_every_view_as_a_fresh_build(stargazing, qtbot, qloop):
    """The Delete key, then Ctrl+Z, in the transcript: after each paint the panel's index equals one
    built from scratch, the timeline shows the clips, the journal has both records, and what the
    edit deferred (collection of cycles, the preview's timers, project.json's timer) waited for
    the paint."""
    import gc

    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import filler_list
    from editor_app.ui import gc_guard
    from editor_app.ui.transcript_layout import build_layout

    log: list[str] = []
    window = _open(stargazing, qtbot, log)
    session, panel, preview, state = stargazing, window.transcript, window.preview, window.state
    collector = gc_guard._GUARD
    assert collector is not None and gc_guard.active()
    text_before = panel.text.toPlainText()
    clips_before = [(c.start, c.source_in, c.duration) for c in session.project.tracks[0].clips]

    def fresh_layout_equals_the_panels() -> None:
        words = timeline_words(session.project)
        assert panel.layout_ == build_layout(words, filler_list("en"))
        assert panel.text.toPlainText() == panel.layout_.text
        assert [w.text for w in panel.layout_.words] == [w.text for w in words]

    panel.select_words(7, 9)  # "the tripod and"
    panel.text.setFocus()
    qtbot.wait(400)  # nothing pending from opening
    log.clear()
    qtbot.keyClick(panel.text, Qt.Key.Key_Delete)
    assert [w.text for w in timeline_words(session.project)] == WORDS[:7] + WORDS[10:]
    fresh_layout_equals_the_panels()
    # before the paint: the preview's timers and project.json's timer are not counting yet, and a
    # collection that comes due (the timer fires before Qt's paint) waits
    assert not preview._prime_timer.isActive() and not preview._proxy_timer.isActive()
    assert not state._save_timer.isActive() and session.store.flush_pending
    keep = [[] for _ in range(2 * gc.get_threshold()[0])]  # live containers: generation 0 is over its threshold
    done, held = collector.collections, collector.held
    collector.check()
    assert (collector.collections, collector.held) == (done, held + 1)
    qtbot.waitUntil(lambda: "paint" in log and not state.after_paint.pending, timeout=5000)
    assert preview._prime_timer.isActive() or preview._shown is not None  # counting from the paint (or done)
    qtbot.waitUntil(lambda: not session.store.flush_pending, timeout=5000)  # project.json followed
    keep += [[] for _ in range(2 * gc.get_threshold()[0])]
    done = collector.collections
    collector.check()
    assert collector.collections == done + 1  # painted: collections run again
    assert [len(ix.track.clips) for ix in window.timeline.tracks] == [2]
    assert _journal_labels(session)[-1] == "Delete “the tripod and”"

    log.clear()
    qtbot.keyClick(panel.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the app's undo, from the panel
    assert [w.text for w in timeline_words(session.project)] == WORDS
    fresh_layout_equals_the_panels()
    assert panel.text.toPlainText() == text_before
    assert [(c.start, c.source_in, c.duration) for c in session.project.tracks[0].clips] == clips_before
    assert [len(ix.track.clips) for ix in window.timeline.tracks] == [1]
    qtbot.waitUntil(lambda: "paint" in log and not state.after_paint.pending, timeout=5000)
    qtbot.waitUntil(lambda: not session.store.journal_unsynced and not session.store.flush_pending, timeout=5000)
    from editor_app.model.journal import scan

    records = scan((session.path / "journal.jsonl").read_bytes()).records
    assert getattr(records[-1], "type", None) == "undo"
    window.close()
