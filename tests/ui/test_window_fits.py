"""The window at laptop and desktop sizes: every track visible, Send on screen, chat that wraps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from editor_app.ui.app import settle

LONG_ERROR = ("Something went wrong: could not open /home/someone/Videos/" + "holiday_footage_" * 12
              + "final_final_v3.mp4 because the file is not a video container this app can read, "
              "please check the path and try again or import another copy of it")


@pytest.fixture
def demo_window(demo_dir, qtbot, qloop):
    from editor_app.session import Session
    from editor_app.ui.main_window import MainWindow

    windows = []

    def make(size):
        w = MainWindow(Session.open(demo_dir))
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        settle(QApplication.instance(), 3.0)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


def _inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_track_visible_send_inside_and_errors_wrap(demo_window, size):
    assert len(LONG_ERROR) >= 300
    w = demo_window(size)
    view = w.timeline
    area = view.viewport().rect()
    assert w.session.project.tracks
    for track in w.session.project.tracks:
        row = view.row_rect(track.id)
        assert row.top() >= area.top() and row.bottom() <= area.bottom(), (track.name, row, area)
    send = w.chat.send_button
    assert _inside(w.rect(), QRect(send.mapTo(w, QPoint(0, 0)), send.size()))
    dock = w.docks["Chat"]
    width_before = dock.width()
    bubble = w.chat.add_bubble(LONG_ERROR, "error")
    user = w.chat.add_bubble(LONG_ERROR.replace(" ", "_"), "user")  # one unbroken 300-char run
    settle(QApplication.instance(), 1.0)
    assert abs(dock.width() - width_before) <= 2, (width_before, dock.width())
    visible = w.chat.scroll.viewport().width()
    for b in (bubble, user):
        assert b.isVisible() and 40 <= b.width() <= visible, (b.width(), visible)
        assert b.height() > 3 * b.fontMetrics().height()  # wrapped onto several lines
    assert bubble.text() == LONG_ERROR  # copying gives the text without the break hints
    # the column is as tall as its messages (not the height at the narrowest width), and the
    # newest message is scrolled into view
    holder, port = w.chat.scroll.widget(), w.chat.scroll.viewport()
    assert holder.height() <= max(port.height(), user.geometry().bottom() + 60), (holder.height(), user.geometry())
    top_left = user.mapTo(port, QPoint(0, 0))
    assert 0 <= top_left.y() and top_left.y() + user.height() <= port.height() + 2, (top_left, user.height())
    assert _inside(w.rect(), QRect(send.mapTo(w, QPoint(0, 0)), send.size()))


def test_timeline_keeps_its_share_when_the_window_grows(demo_window):
    w = demo_window((1366, 768))
    small = w.docks["Timeline"].height()
    w.resize(1920, 1080)
    settle(QApplication.instance(), 1.0)
    big = w.docks["Timeline"].height()
    assert big > small + 60, (small, big)  # not every new pixel went to the preview
    w.layout_keeper.reset()
    settle(QApplication.instance(), 0.5)
    for track in w.session.project.tracks:
        assert w.timeline.row_rect(track.id).bottom() <= w.timeline.viewport().rect().bottom()


def test_media_bin_shows_names_and_transcript_state(demo_window):
    w = demo_window((1366, 768))
    items = [w.media_bin.list.item(i) for i in range(w.media_bin.list.count())]
    names = {m.name for m in w.session.project.media.values()}
    shown = {item.text().splitlines()[0] for item in items}
    assert shown == names
    talk = next(m for m in w.session.project.media.values() if m.transcript or getattr(m, "words", None))
    item = next(i for i in items if i.text().startswith(talk.name))
    assert any(word in item.text() for word in ("transcript", "transcribed", "subtitles"))
    w.media_bin.set_transcribing(talk.id, 0.4)
    item = next(w.media_bin.list.item(i) for i in range(w.media_bin.list.count())
                if w.media_bin.list.item(i).text().startswith(talk.name))
    assert "transcribing 40%" in item.text()


def test_dock_sizes_are_remembered_per_screen(session, qtbot, qloop):
    from editor_app.ui.main_window import MainWindow

    first = MainWindow(session)
    qtbot.addWidget(first)
    first.resize(1400, 900)
    first.show()
    qtbot.waitExposed(first)
    settle(QApplication.instance(), 1.0)
    first.resizeDocks([first.docks["Chat"]], [520], Qt.Orientation.Horizontal)
    settle(QApplication.instance(), 0.3)
    chosen = first.docks["Chat"].width()
    assert abs(chosen - 520) <= 12
    first.close()
    second = MainWindow(session)
    qtbot.addWidget(second)
    second.resize(1400, 900)
    second.show()
    qtbot.waitExposed(second)
    settle(QApplication.instance(), 1.0)
    assert abs(second.docks["Chat"].width() - chosen) <= 12, (second.docks["Chat"].width(), chosen)
    second.layout_keeper.reset()
    settle(QApplication.instance(), 0.5)
    assert abs(second.docks["Chat"].width() - chosen) > 40  # Reset layout goes back to the defaults
    second.close()


def test_a_layout_saved_on_a_tall_window_still_shows_every_track_on_a_laptop(demo_window):
    """A layout remembered at 1920x1200 (Media and Inspector stacked) restored into 1366x768: the
    timeline must still show every track (seen in a real screenshot before this was fixed)."""
    tall = demo_window((1920, 1200))
    tall.layout_keeper.remember()
    tall.close()
    w = demo_window((1366, 768))
    view, area = w.timeline, w.timeline.viewport().rect()
    for track in w.session.project.tracks:
        row = view.row_rect(track.id)
        assert row.top() >= area.top() and row.bottom() <= area.bottom(), (track.name, row, area)


@pytest.mark.parametrize("size", [(1366, 768), (1366, 680)], ids=["1366x768", "1366x768-client-area"])
def test_every_inspector_field_reachable_at_1366x768(demo_window, size):
    """The Inspector scrolls inside its dock: each field can be brought fully into view, also in the
    window's client area on a 768-pixel screen (less a title bar and a panel)."""
    w = demo_window(size)
    clip = next(iter(w.session.project.clips()))
    w.state.select([clip.id])
    settle(QApplication.instance(), 0.5)
    ins, dock = w.inspector, w.docks["Inspector"]
    assert w.height() <= size[1] and dock.isVisible() and not dock.visibleRegion().isEmpty()
    dock_area = QRect(dock.mapTo(w, QPoint(0, 0)), dock.size())
    fields = [ins.name, ins.start, ins.duration, ins.speed, ins.volume, ins.enabled, ins.effects, ins.add_effect,
              ins.remove_effect]
    for field in fields:
        scroll = getattr(ins, "scroller", None)
        if scroll is not None:
            scroll.ensureWidgetVisible(field, 0, 0)
            QApplication.processEvents()
            view = scroll.viewport()
            assert _inside(view.rect(), QRect(field.mapTo(view, QPoint(0, 0)), field.size())), field
        where = QRect(field.mapTo(w, QPoint(0, 0)), field.size())
        assert field.isVisible() and _inside(dock_area, where) and _inside(w.rect(), where), (field, where, dock_area)
    # ...and the form's height is not taken from the timeline: every track stays in view
    area = w.timeline.viewport().rect()
    for track in w.session.project.tracks:
        row = w.timeline.row_rect(track.id)
        assert row.top() >= area.top() and row.bottom() <= area.bottom(), (track.name, row, area)
