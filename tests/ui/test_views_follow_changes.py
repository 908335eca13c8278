"""Views follow ``Change.touched``: an edit to one clip updates that clip's part of the views only.

The timeline has one item per track (its clips painted in one pass); an edit rebuilds the
index of the touched track only and repaints the frames the clip covered before and after.
Afterwards the view must equal one built from scratch.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from editor_app.model.effects import ColorGenerator
from editor_app.model.operations import AddTrack, InsertClip, SetVolume, TrimClip, UpdateClip

N = 1000
LENGTH = 60  # frames per clip


@pytest.fixture
def long_session(session):
    """The UI test project plus a track of 1,000 colour cards."""
    session.apply([AddTrack(kind="video", role="broll", name="Cards")], "cards track")
    cards = session.project.tracks[-1]
    session.apply([InsertClip(track_id=cards.id, generator=ColorGenerator(color=("#335577", "#775533")[i % 2]),
                              start=i * LENGTH, duration=LENGTH, name=f"card {i}") for i in range(N)], "cards")
    assert len(cards.clips) == N
    return session


def _shape(view) -> list:
    return [(ix.track.id, ix.row, ix.starts, ix.ends, ix.spans, ix.look) for ix in view.tracks]


def _view(state, cache, qtbot, ppf: float, scroll: int):
    from editor_app.ui.timeline import TimelineView

    view = TimelineView(state, cache)
    qtbot.addWidget(view)
    view.resize(900, 360)
    view.show()
    qtbot.waitExposed(view)
    view.set_ppf(ppf, 0)
    view.horizontalScrollBar().setValue(scroll)
    QApplication.processEvents()
    return view


def test_one_clip_edit_on_1000_clips_rebuilds_only_its_track_and_repaints_only_the_clip(
        long_session, qtbot, qloop, monkeypatch, tmp_path):
    from editor_app.ui.media_cache import MediaCache
    from editor_app.ui.state import EditorState
    from editor_app.ui.timeline import items, view as view_module

    state = EditorState(long_session)
    cache = MediaCache(tmp_path / "cache")
    cards = long_session.project.tracks[-1]
    target = cards.clips[500]
    ppf = 30 / LENGTH  # 30 px a clip: narrow enough for the batched painting path
    view = _view(state, cache, qtbot, ppf, int(target.start * ppf) - 300)

    builds: list[str] = []
    constructed: list[str] = []
    repaints: list[tuple[str, QRectF | None]] = []
    real_build = view_module.TrackIndex.build.__func__
    monkeypatch.setattr(view_module.TrackIndex, "build",
                        classmethod(lambda cls, track, row: (builds.append(track.id), real_build(cls, track, row))[1]))
    real_init = items.TrackItem.__init__
    monkeypatch.setattr(items.TrackItem, "__init__",
                        lambda self, v, ix: (constructed.append(ix.track.id), real_init(self, v, ix))[1])
    for tid, item in view._items.items():
        real_update = item.update
        item.update = lambda rect=None, _tid=tid, _real=real_update: (
            repaints.append((_tid, rect)), _real(rect) if rect is not None else _real())

    # shorten clip 500 by 20 frames (its neighbours stay where they are)
    assert state.apply([TrimClip(clip_id=target.id, end=target.end - 20)], "trim one card")
    assert builds == [cards.id] and constructed == []
    assert [tid for tid, _ in repaints] == [cards.id]
    rect = repaints[0][1]
    assert rect is not None and rect.width() <= LENGTH * ppf + 8 + 1 and rect.left() >= target.start * ppf - 5

    # a rename and a volume change: again that clip only
    builds.clear(), repaints.clear()
    assert state.apply([UpdateClip(clip_id=cards.clips[10].id, name="the tenth")], "rename")
    assert state.apply([SetVolume(clip_id=cards.clips[11].id, db=-3.0)], "volume")
    assert builds == [cards.id, cards.id] and constructed == []
    assert all(tid == cards.id and r is not None and r.width() <= LENGTH * ppf + 9 for tid, r in repaints)

    # undo also follows what it touched, and the view equals one built from scratch
    builds.clear()
    state.undo()
    assert builds == [cards.id]
    monkeypatch.undo()
    fresh = _view(state, cache, qtbot, ppf, view.horizontalScrollBar().value())
    assert _shape(view) == _shape(fresh)
    assert view.viewport().grab().toImage() == fresh.viewport().grab().toImage()


def test_inspector_and_media_bin_refresh_only_for_what_they_show(window, monkeypatch):
    from editor_app.model.operations import ImportMedia
    from editor_app.media.importer import build_asset

    state, inspector, media_bin = window.state, window.inspector, window.media_bin
    first, second = state.project.tracks[0].clips
    state.select([first.id])
    calls = {"inspector": 0, "bin": 0}
    real_refresh, real_bin = inspector.refresh, media_bin.refresh
    monkeypatch.setattr(inspector, "refresh", lambda: (calls.__setitem__("inspector", calls["inspector"] + 1),
                                                       real_refresh())[1])
    monkeypatch.setattr(media_bin, "refresh", lambda: (calls.__setitem__("bin", calls["bin"] + 1), real_bin())[1])
    assert state.apply([SetVolume(clip_id=second.id, db=-4.0)], "volume of the other clip")
    assert calls == {"inspector": 1, "bin": 0}  # same track as the shown clip: its line may name the track
    assert state.apply([SetVolume(clip_id=state.project.tracks[1].clips[0].id, db=-2.0)], "music volume")
    assert calls == {"inspector": 1, "bin": 0}  # another track: nothing the inspector shows
    assert state.apply([SetVolume(clip_id=first.id, db=-6.0)], "volume of the shown clip")
    assert calls == {"inspector": 2, "bin": 0} and inspector.volume.value() == -6.0
    media = build_asset(window.session.project.media["m1"].path)
    assert state.apply([ImportMedia(asset=media.model_copy(update={"id": "m9", "name": "again.mp4"}))], "import")
    assert calls["bin"] == 1 and media_bin.list.count() == 3
