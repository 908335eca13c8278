"""The ruler (timecode, click/drag to move the playhead) and the track headers (name, M/L toggles).

They live in the view's margins and follow its scroll bars, so they stay put while clips scroll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from editor_app.model.operations import UpdateTrack
from editor_app.ui.timefmt import show_time
from editor_app.ui import style
from editor_app.ui.timeline.layout import HEADER_W, RULER_H, TRACK_H, row_top

if TYPE_CHECKING:
    from editor_app.ui.timeline.view import TimelineView

_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600)


def tick_step(ppf: float, fps: float, min_px: float = 110) -> tuple[float, int]:
    """(major step in frames, minor subdivisions) so labels stay ``min_px`` apart."""
    for frames in (1, 2, 5, 10):
        if frames * ppf >= min_px and frames < fps:
            return float(frames), 1
    for seconds in _STEPS_S:
        if seconds * fps * ppf >= min_px:
            return seconds * fps, 5 if seconds in (5, 10, 60, 300, 600) else 4
    return _STEPS_S[-1] * fps, 4


class Ruler(QWidget):
    def __init__(self, view: "TimelineView") -> None:
        super().__init__(view)
        self.view = view
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._font = QFont()
        self._font.setPointSizeF(8)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), style.RULER_BG)
        view = self.view
        ppf = view.ppf
        fps = float(view.state.project.fps)
        x0 = view.horizontalScrollBar().value()
        major, minor = tick_step(ppf, fps)
        first = int(x0 / ppf // major) * major
        p.setFont(self._font)
        frame = first
        width = self.width()
        while (frame * ppf - x0) < width:
            x = frame * ppf - x0
            p.setPen(QPen(style.TEXT_DIM, 1))
            p.drawLine(int(x), RULER_H - 12, int(x), RULER_H)
            p.setPen(style.TEXT)
            p.drawText(int(x) + 4, 12, show_time(int(round(frame)), view.state.project.fps))
            p.setPen(QPen(style.GRID, 1))
            for k in range(1, minor):
                xm = x + k * major * ppf / minor
                p.drawLine(int(xm), RULER_H - 6, int(xm), RULER_H)
            frame += major
        px = view.state.playhead * ppf - x0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.PLAYHEAD)
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        p.drawPolygon(QPolygonF([QPointF(px - 6, RULER_H - 10), QPointF(px + 6, RULER_H - 10), QPointF(px, RULER_H)]))
        p.setPen(QPen(style.GRID, 1))
        p.drawLine(0, RULER_H - 1, width, RULER_H - 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._seek(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._seek(event)

    def _seek(self, event: QMouseEvent) -> None:
        x = event.position().x() + self.view.horizontalScrollBar().value()
        self.view.state.set_playhead(int(round(x / self.view.ppf)))


def header_detail(track) -> str:
    """The line under a track's name, in words: 'music · 2 clips · muted'."""
    count = len(track.clips)
    same = "".join(ch for ch in (track.name or "").lower() if ch.isalpha()) == track.role
    parts = [track.kind if same else track.role,
             f"{count} clip{'s' if count != 1 else ''}"]
    parts += [flag for flag in ("muted", "locked", "hidden") if getattr(track, flag, False)]
    return " · ".join(parts)


class Headers(QWidget):
    """Track names with role, and mute / lock toggles that apply UpdateTrack operations."""

    BUTTONS = (("locked", "L", "Lock"), ("muted", "M", "Mute"))  # drawn right to left

    def __init__(self, view: "TimelineView") -> None:
        super().__init__(view)
        self.view = view
        self._name_font = QFont()
        self._name_font.setPointSizeF(9)
        self._name_font.setBold(True)
        self._small = QFont()
        self._small.setPointSizeF(7.5)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its rect: nothing behind it repaints

    def update_rows(self, rows: list[int]) -> None:
        """Repaint only these tracks' headers (an edit changed their clip count, not the others)."""
        y0 = self.view.verticalScrollBar().value()
        for row in rows:
            self.update(0, int(row_top(row) - y0), HEADER_W, TRACK_H)

    def button_rect(self, row: int, which: int) -> QRectF:
        top = row_top(row) - self.view.verticalScrollBar().value()
        return QRectF(HEADER_W - 26 - which * 26, top + TRACK_H - 26, 22, 20)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dirty = event.rect()
        p.fillRect(dirty, style.BG)
        y0 = self.view.verticalScrollBar().value()
        for row, index in enumerate(self.view.tracks):
            track = index.track
            top = row_top(row) - y0
            if top > dirty.bottom() or top + TRACK_H < dirty.top():
                continue  # not in the repainted part (an edit repaints only its tracks' rows)
            rect = QRectF(0, top, HEADER_W - 1, TRACK_H)
            p.fillRect(rect, style.BG_TRACK_ALT if row % 2 else style.BG_TRACK)
            p.fillRect(QRectF(0, top, 4, TRACK_H), style.role_color(track.role))
            p.setPen(style.TEXT)
            p.setFont(self._name_font)
            p.drawText(QRectF(12, top + 6, HEADER_W - 20, 18), Qt.AlignmentFlag.AlignLeft, track.name or track.role.title())
            p.setFont(self._small)
            p.setPen(style.TEXT_DIM)
            p.drawText(QRectF(12, top + 24, HEADER_W - 20, 14), Qt.AlignmentFlag.AlignLeft,
                       header_detail(track))
            for which, (attr, letter, _tip) in enumerate(self.BUTTONS):
                on = getattr(track, attr)
                r = self.button_rect(row, which)
                p.setPen(QPen(style.GRID if not on else QColor("#00000000"), 1))
                p.setBrush(QColor("#e0a030") if on and attr == "muted" else QColor("#d05050") if on else style.BG_ALT)
                p.drawRoundedRect(r, 4, 4)
                p.setPen(QColor("#111") if on else style.TEXT_DIM)
                p.setFont(self._name_font)
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, letter)
        p.setPen(QPen(style.GRID, 1))
        p.drawLine(HEADER_W - 1, 0, HEADER_W - 1, self.height())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """M and L explained, with what a click will do to this track."""
        for row, index in enumerate(self.view.tracks):
            for which, (attr, _letter, tip) in enumerate(self.BUTTONS):
                if self.button_rect(row, which).contains(pos):
                    on = getattr(index.track, attr)
                    name = index.track.name or index.track.role.title()
                    what = {"muted": "silent in playback and export", "locked": "safe from edits"}[attr]
                    return (f"{tip}: {name} is {'' if on else 'not '}{what}. "
                            f"Click to {'un' + tip.lower() if on else tip.lower()} it.")
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        for row, index in enumerate(self.view.tracks):
            for which, (attr, _letter, tip) in enumerate(self.BUTTONS):
                if self.button_rect(row, which).contains(pos):
                    track = index.track
                    value = not getattr(track, attr)
                    verb = tip if value else f"Un{tip.lower()}"
                    self.view.state.apply([UpdateTrack(track_id=track.id, **{attr: value})],
                                          f"{verb} {track.name or track.role.title()}")
                    return
