"""Dock layout that fits 1280x720 up to 4K: the timeline keeps its share, sizes are remembered per screen.

QMainWindow hands every extra pixel to the central widget (the preview), so on its own a
laptop screen leaves the timeline a strip. Here the timeline gets at least the height of all
its tracks (up to half the window) and keeps its share of the height when the window grows;
the user's own splitter moves set that share. Below 900 px of height the media bin and the
inspector share one tabbed column. The arrangement is saved per screen size and View > Reset
layout returns to these defaults.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from editor_app.ui import prefs
from editor_app.ui.timeline.layout import RULER_H, TRACK_GAP, TRACK_H

STATE_VERSION = 3
TALL = 900  # window heights below this stack Media and Inspector as tabs
WIDE = 1700  # window widths from this up show the transcript beside the timeline


class DockLayout(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timeline_dock = window.docks["Timeline"]
        self.share: float | None = None  # the timeline's share of the window height, once set by the user
        self._applied_h = -1
        self._set_h = -1  # the timeline height we gave it last; a different height means the user moved it
        self._restored = False
        self._tabbed = False
        self._rows = len(window.session.project.tracks)
        window.state.project_changed.connect(self._tracks_changed)
        window.state.selection_changed.connect(self._show_inspector)
        self.apply_default(first=True)

    # ---- sizes -------------------------------------------------------------------
    def timeline_needed(self) -> int:
        """Pixels the timeline dock needs to show every track fully (ruler, rows, scroll bar, title)."""
        view = self.window.timeline
        rows = len(self.window.session.project.tracks)
        bar = view.horizontalScrollBar().sizeHint().height()
        title = max(0, self.timeline_dock.height() - view.height()) if self.timeline_dock.isVisible() else 0
        del rows
        return RULER_H + int(view.scene_height()) + bar + 2 * view.frameWidth() + max(title, 24) + 4

    def timeline_target(self) -> int:
        height = max(1, self.window.height())
        needed = self.timeline_needed()
        if self.share is not None:
            want = int(self.share * height)
        else:
            want = max(needed, int(0.34 * height))
        return max(min(needed, int(0.55 * height)), min(want, int(0.6 * height)))

    def fit(self) -> None:
        """Give the timeline its height now (after a window resize or a change of tracks)."""
        if self.timeline_dock.isFloating() or not self.timeline_dock.isVisible():
            return
        current = self.timeline_dock.height()
        if self._set_h > 0 and self._applied_h > 0 and abs(current - self._set_h) > 4:
            # the user moved the splitter since our last fit: that share of the old height is theirs
            self.share = current / max(1, self._applied_h)
        self._applied_h = self.window.height()
        self.window.resizeDocks([self.timeline_dock], [self.timeline_target()], Qt.Orientation.Vertical)
        self._set_h = self.timeline_dock.height()

    # called by the window (overrides, not event filters: a Python event filter is also called for
    # widgets in mid-destruction, which crashed PySide)
    def shown(self) -> None:
        if not self._restored:
            self._restored = True
            if not self.restore():
                self._later(self.apply_default)
            else:  # a layout saved at another window size still owes the timeline all its tracks
                self._later(self._fit_restored)

    def _fit_restored(self) -> None:
        """Fit a restored layout; if its docks leave the timeline short of its tracks, use the defaults."""
        self.fit()
        owed = min(self.timeline_needed(), int(0.55 * max(1, self.window.height())))
        if self.timeline_dock.isVisible() and not self.timeline_dock.isFloating() and self.timeline_dock.height() + 4 < owed:
            self.apply_default()

    def resized(self) -> None:
        self._later(self.fit)

    def _later(self, slot) -> None:
        """Run ``slot`` once the event loop is back, only while the window lives (a timer it owns)."""
        timer = QTimer(self.window)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        timer.timeout.connect(timer.deleteLater)
        timer.start(0)

    def _show_inspector(self, selection: list) -> None:
        """Media and Inspector share a tabbed column on short screens: a click on a clip shows its details."""
        if self.tabbed and selection:
            self.window.docks["Inspector"].raise_()

    def _tracks_changed(self, _change) -> None:
        rows = len(self.window.session.project.tracks)
        if rows != self._rows:
            self._rows = rows
            self.share = None
            self.fit()

    # ---- defaults, reset, memory -------------------------------------------------------
    def apply_default(self, first: bool = False) -> None:
        w = self.window
        docks = w.docks
        for dock in docks.values():
            dock.setFloating(False)
            dock.show()
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["Media"])
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["Inspector"])
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks["Chat"])
        width = max(1, w.width())
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, docks["Timeline"])
        transcript = docks.get("Transcript")
        if transcript is not None:  # beside the timeline on wide screens, a tab beside the chat on laptops
            if w.width() >= WIDE:
                w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, transcript)
                w.splitDockWidget(docks["Timeline"], transcript, Qt.Orientation.Horizontal)
            else:
                w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, transcript)
                w.tabifyDockWidget(docks["Chat"], transcript)
                docks["Chat"].raise_()
        self._tabbed = w.height() < TALL if not first else False
        if self._tabbed:
            w.tabifyDockWidget(docks["Media"], docks["Inspector"])
            docks["Media"].raise_()
        else:
            w.splitDockWidget(docks["Media"], docks["Inspector"], Qt.Orientation.Vertical)
        side = max(250, min(420, int(width * 0.22)))
        w.resizeDocks([docks["Media"], docks["Chat"]], [side, max(300, min(480, int(width * 0.26)))],
                      Qt.Orientation.Horizontal)
        if transcript is not None and w.width() >= WIDE:
            w.resizeDocks([docks["Timeline"], transcript], [int(width * 0.5), int(width * 0.22)],
                          Qt.Orientation.Horizontal)
        if not self._tabbed:  # the Inspector gets what its form needs, the media bin the rest
            column = max(1, w.height() - self.timeline_target() - 80)
            inspector = min(380, column // 2)
            w.resizeDocks([docks["Media"], docks["Inspector"]], [column - inspector, inspector], Qt.Orientation.Vertical)
        self.share = None
        if not first:
            self.fit()

    def reset(self) -> None:
        self.apply_default()
        self.window.statusBar().showMessage("Layout reset to the defaults for this window size", 5000)

    def _key(self) -> str:
        screen = self.window.screen()
        size = screen.availableGeometry().size() if screen is not None else self.window.size()
        return f"{size.width()}x{size.height()}"

    def remember(self) -> None:
        state = bytes(self.window.saveState(STATE_VERSION).data())
        layouts = dict(prefs.load().get("layouts") or {})
        layouts[self._key()] = {"state": base64.b64encode(state).decode(), "share": self.share}
        prefs.save({"layouts": layouts})

    def restore(self) -> bool:
        saved = (prefs.load().get("layouts") or {}).get(self._key())
        if not isinstance(saved, dict) or "state" not in saved:
            return False
        ok = self.window.restoreState(QByteArray(base64.b64decode(saved["state"])), STATE_VERSION)
        if ok:
            self.share = saved.get("share")
        return ok

    @property
    def tabbed(self) -> bool:
        """Whether Inspector shares a tab with Media now (a restored layout may differ from the default)."""
        return self.window.docks["Inspector"] in self.window.tabifiedDockWidgets(self.window.docks["Media"])

