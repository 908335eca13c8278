"""The transcript panel on a long talk (pytest-qt, real widgets): edits change only what they touch.

A 15-minute talk (~2,200 words, long pauses, fillers) on a real WAV made with the bundled ffmpeg.
The panel's text is checked against a plain rendering of the timeline's words written here,
independent of the panel's own layout code, so a stale or shifted index cannot pass.
"""

from __future__ import annotations

import random
import subprocess
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt

from editor_app.media.ffmpeg import ffmpeg_exe

MINUTES = 15
VOCAB = ("so today we look at the new camera and um how the battery lasts about two hours uh which is "
         "really good for a small body like this one Über café").split()


def talk_words(seconds: float, seed: int = 11):
    from editor_app.model.project import TranscriptWord

    rng = random.Random(seed)
    words, t = [], 0.0
    while t < seconds - 1:
        length = rng.uniform(0.12, 0.45)
        text = rng.choice(VOCAB) + ("." if rng.random() < 0.08 else "")
        words.append(TranscriptWord(start=round(t, 3), end=round(t + length, 3), text=text))
        t += length + (rng.uniform(1.0, 2.5) if rng.random() < 0.03 else rng.uniform(0.02, 0.12))
    return tuple(words)


@pytest.fixture
def talk(tmp_path, qtbot, monkeypatch):
    """A session with the talk on a voice track, its state, the panel and a timeline view."""
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import MediaAsset
    from editor_app.session import Session
    from editor_app.ui.media_cache import MediaCache
    from editor_app.ui.state import EditorState
    from editor_app.ui.timeline.view import TimelineView
    from editor_app.ui.transcript_panel import TranscriptPanel

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    seconds = MINUTES * 60
    wav = tmp_path / "lecture.wav"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"anoisesrc=color=pink:amplitude=0.05:sample_rate=8000:duration={seconds}", "-ac", "1",
                    "-c:a", "pcm_u8", str(wav)], check=True, capture_output=True)
    session = Session.create(tmp_path / "lecture", fps=30)
    asset = MediaAsset(id="", name="lecture", path=str(wav), kind="audio", duration=Fraction(seconds), has_audio=True,
                       words=talk_words(seconds), transcript_language="en")
    session.apply([ImportMedia(asset=asset), AddTrack(kind="audio", role="voice", name="Voice")], "setup")
    session.apply([InsertClip(track_id=session.project.tracks[0].id, media_id="m1", start=0)], "place")
    session.close()
    session = Session.open(tmp_path / "lecture", writer="window", wait=2.0)  # the window holds the lock
    state = EditorState(session)
    state.defer_project_file()  # as the window runs it
    panel = TranscriptPanel(state)
    timeline = TimelineView(state, MediaCache(tmp_path / "cache"))
    for widget in (panel, timeline):
        qtbot.addWidget(widget)
    panel.resize(500, 700)
    panel.show()
    qtbot.waitExposed(panel)
    yield session, state, panel, timeline
    state.close()
    session.close()


def plain_text(words) -> str:
    """The timeline's words as the panel must show them: spaces, and a pause mark after >= 1 s."""
    out = []
    for k, w in enumerate(words):
        if k:
            gap = w.start - words[k - 1].end
            out.append(f" ⏸ {round(gap, 3):.1f}s \n" if round(gap, 3) >= 1.0 else " ")  # to the millisecond
        out.append(w.text.strip())
    return "".join(out)


def heard(session) -> list[tuple[str, int]]:
    from editor_app.model.word_cuts import timeline_words

    return [(w.media_id, w.index) for w in timeline_words(session.project)]


def assert_matches_timeline(session, panel) -> None:
    from editor_app.model.word_cuts import timeline_words

    words = list(timeline_words(session.project))
    assert [(w.media_id, w.index) for w in panel.layout_.words] == [(w.media_id, w.index) for w in words]
    assert panel.text.toPlainText() == plain_text(words)
    lay = panel.layout_
    for i in range(0, len(words), 97):  # every index entry points at its own word in the document
        assert panel.text.toPlainText()[lay.char_start[i]: lay.char_end[i]] == words[i].text.strip()
    assert [words[i].text.strip(" .").lower() for i in lay.fillers] == [
        w.text.strip(" .").lower() for w in words if w.text.strip(" .").lower() in ("um", "uh")]


def drawn(timeline) -> list:
    return [list(ix.track.clips) for ix in timeline.tracks if ix.track.role == "voice"][0]


def test_delete_in_a_long_talk_cuts_exactly_those_words_and_undo_restores(talk, qtbot):
    session, state, panel, timeline = talk
    before = heard(session)
    assert len(before) > 2000
    assert_matches_timeline(session, panel)
    first = len(before) * 2 // 3
    panel.select_words(first, first + 2)
    gone = before[first: first + 3]
    panel.text.setFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_Delete)
    assert heard(session) == before[:first] + before[first + 3:]
    assert_matches_timeline(session, panel)
    assert not set(gone) & {(w.media_id, w.index) for w in panel.layout_.words}
    clips = session.project.tracks[0].clips
    assert len(clips) == 2 and len(drawn(timeline)) == 2  # the timeline holds (and draws) the cut
    asset = session.project.media["m1"]
    assert asset.words[gone[0][1]].start < float(Fraction(clips[1].source_in) / session.project.fps) + 0.01
    qtbot.keyClick(panel.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert heard(session) == before
    assert_matches_timeline(session, panel)
    assert len(session.project.tracks[0].clips) == 1 and len(drawn(timeline)) == 1
    qtbot.keyClick(panel.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert heard(session) == before[:first] + before[first + 3:]
    assert_matches_timeline(session, panel)


def test_an_edit_from_the_chat_changes_only_its_words_in_the_panel(talk):
    from editor_app.model.operations import CutWords, WordRange

    session, state, panel, _timeline = talk
    before = heard(session)
    doc = panel.text.document()
    changes: list[tuple[int, int, int]] = []
    doc.contentsChange.connect(lambda at, removed, added: changes.append((at, removed, added)))
    bar = panel.text.verticalScrollBar()
    bar.setValue(bar.maximum() // 4)
    scrolled = bar.value()
    i = len(before) // 2  # below the view: the view must not move
    w = panel.layout_.words[i]
    at = panel.layout_.char_start[i]
    session.apply([CutWords(ranges=[WordRange(media_id=w.media_id, first=w.index, last=w.index + 1, clip_id=w.clip_id)])],
                  "cut two words", author="assistant")  # as a chat plan applies it
    assert heard(session) == before[:i] + before[i + 2:]
    assert_matches_timeline(session, panel)
    assert len(changes) == 1
    where, removed, added = changes[0]
    assert at - 20 <= where <= at + 30 and removed - added <= 40 and removed < 60  # the two words, not the talk
    assert bar.value() == scrolled
    state.undo()
    assert heard(session) == before
    assert_matches_timeline(session, panel)


def test_project_file_follows_after_the_view_and_a_crash_before_it_loses_nothing(talk, qtbot):
    from editor_app.model.project_io import read_project_file
    from editor_app.session import Session

    session, state, panel, _timeline = talk
    path = session.path
    first = len(panel.layout_.words) // 3
    panel.select_words(first, first + 3)
    assert panel.delete_selection()
    cut = heard(session)
    on_disk = read_project_file(path)[0]
    assert len(on_disk.tracks[0].clips) == 1  # project.json not yet rewritten: the journal holds the edit
    crashed = Session.open(path)  # what a restart after a crash right now would read
    assert heard(crashed) == cut and crashed.recovered
    crashed.close()
    qtbot.waitUntil(lambda: not session.store.flush_pending, timeout=5000)
    assert len(read_project_file(path)[0].tracks[0].clips) == 2
    again = Session.open(path)
    assert heard(again) == cut and not again.recovered
    again.close()
