"""TimelineView: clips on tracks, ruler, playhead, zoom, selection, drag to move and trim.

Built from the Project; a Session change updates only what it touched (``Change.touched``):
the indexes of the tracks whose clips changed, and a repaint of the frames those clips covered
before and after. Track order, a reload or anything unknown rebuilds it all. A gesture (one
drag, one key press) becomes exactly one operation batch through ``EditorState.apply``; the
view never edits the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsScene, QGraphicsView

from editor_app.model.operations import MoveClip, OverwriteClip, RemoveClip, SplitClip, TrimClip
from editor_app.model.project import Clip, MediaAsset, Track
from editor_app.ui import style
from editor_app.ui.media_cache import MediaCache
from editor_app.ui.state import EditorState
from editor_app.ui.timeline.items import GhostItem, TrackItem
from editor_app.ui.timeline.drag_rules import drag_feedback, drag_label, how as _how, move_ops, overlapping
from editor_app.ui.timeline.layout import (
    EDGE_PX, HEADER_W, RULER_H, SNAP_PX, TRACK_GAP, TRACK_H, TrackIndex, display_order, row_at, row_top, snap,
)
from editor_app.ui.timeline.margins import Headers, Ruler

MEDIA_MIME = "application/x-editor-media-id"
MIN_PPF, MAX_PPF = 0.002, 48.0


@dataclass
class Drag:
    clip: Clip
    track: Track
    mode: str  # "move" | "trim_start" | "trim_end"
    press_x: float
    active: bool = False
    start: int = 0
    end: int = 0
    track_id: str = ""
    snapped: int | None = None
    how: str = "strict"  # move: strict (refuse overlaps), overwrite (Shift), insert (Alt)
    overlaps: list = field(default_factory=list)  # clips the moved clip would cover on the target track


class TimelineView(QGraphicsView):
    files_dropped = Signal(list)  # local paths dropped on the timeline: the window imports them

    def __init__(self, state: EditorState, cache: MediaCache, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.cache = cache
        self.ppf = 3.0  # pixels per frame
        self.tracks: list[TrackIndex] = []
        self.rows_by_track: dict[str, int] = {}
        self.drag_hidden: set[str] = set()
        self._items: dict[str, TrackItem] = {}
        self._scaled: dict[tuple[str, int], QPixmap] = {}
        self._drag: Drag | None = None
        self._snap_points: list[int] = []
        self._fitted = False
        self._scene_w = 1.0
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.ghost_item = GhostItem(self)
        scene.addItem(self.ghost_item)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setViewportMargins(HEADER_W, RULER_H, 0, 0)
        self.ruler = Ruler(self)
        self.headers = Headers(self)
        self.horizontalScrollBar().valueChanged.connect(self.ruler.update)
        self.verticalScrollBar().valueChanged.connect(self.headers.update)
        state.project_changed.connect(self.follow)
        state.playhead_changed.connect(self._playhead_moved)
        state.selection_changed.connect(lambda _s: self.viewport().update())
        state.ghost_changed.connect(lambda _g: self._ghost_changed())
        cache.updated.connect(lambda _m: self.viewport().update())
        self._last_playhead_x = 0
        self.rebuild()

    # ---- model -> scene ------------------------------------------------------
    def rebuild(self) -> None:
        order = display_order(self.state.project)
        self.tracks = [TrackIndex.build(t, row) for row, t in enumerate(order)]
        self.rows_by_track = {ix.track.id: ix.row for ix in self.tracks}
        seen = set()
        for ix in self.tracks:
            seen.add(ix.track.id)
            item = self._items.get(ix.track.id)
            if item is None:
                item = TrackItem(self, ix)
                self._items[ix.track.id] = item
                self.scene().addItem(item)
            else:
                item.set_index(ix)
        for tid in list(self._items):
            if tid not in seen:
                self.scene().removeItem(self._items.pop(tid))
        self._update_scene_rect()
        self.headers.update()
        self.ruler.update()
        self.viewport().update()

    def follow(self, change) -> None:
        """Update for one Session change: only the touched tracks' indexes and clip spans."""
        touched = getattr(change, "touched", None)
        if touched is None or touched.everything or touched.track_order or not self.tracks:
            self.rebuild()
            return
        by_id = {t.id: t for t in self.state.project.tracks}
        if set(by_id) != set(self.rows_by_track):
            self.rebuild()
            return
        for tid in touched.tracks:
            row = self.rows_by_track[tid]
            old = self.tracks[row]
            new = TrackIndex.build(by_id[tid], row)
            self.tracks[row] = new
            item = self._items[tid]
            item.index = new
            spans = [span for cid in touched.clips for span in (old.spans.get(cid), new.spans.get(cid)) if span]
            if old.look != new.look or old.track.transitions or new.track.transitions or not spans:
                item.update()  # transitions and track fields (mute, name) draw across the track
            else:
                first, last = min(a for a, _ in spans), max(b for _, b in spans)
                item.update(QRectF(first * self.ppf - 4, 0, (last - first) * self.ppf + 8, TRACK_H))
        if self._compute_scene_width() != self._scene_w:
            self._update_scene_rect()
        if touched.tracks:  # their clip counts: only those rows
            self.headers.update_rows([self.rows_by_track[tid] for tid in touched.tracks])
        if touched.markers or touched.settings:
            self.ruler.update()
            self.viewport().update()

    def scene_width(self) -> float:
        return self._scene_w

    def _compute_scene_width(self) -> float:
        project = self.state.project
        frames = project.duration + int(10 * project.fps)
        return max(frames * self.ppf, self.viewport().width() + 1.0)

    def scene_height(self) -> float:
        return max(1, len(self.tracks)) * (TRACK_H + TRACK_GAP) + 40

    def _update_scene_rect(self) -> None:
        for item in list(self._items.values()) + [self.ghost_item]:
            item.prepareGeometryChange()
        self._scene_w = self._compute_scene_width()
        self.scene().setSceneRect(QRectF(0, 0, self.scene_width(), self.scene_height()))

    def scaled_thumbnail(self, media: MediaAsset, height: int, grey: bool = False) -> QPixmap | None:
        """The media's thumbnail at ``height``; ``grey`` for clips with a black-and-white look."""
        key = (media.id, height, grey)
        pix = self._scaled.get(key)
        if pix is None:
            source = self.cache.thumbnail(media)
            if source is None:
                return None
            pix = source.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
            if grey:
                from PySide6.QtGui import QImage

                pix = QPixmap.fromImage(pix.toImage().convertToFormat(QImage.Format.Format_Grayscale8))
            self._scaled[key] = pix
        return pix

    def _ghost_changed(self) -> None:
        self.ghost_item.prepareGeometryChange()
        self.ghost_item.update()
        self.viewport().update()

    # ---- geometry and zoom -----------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self.ruler.setGeometry(QRect(vp.left(), vp.top() - RULER_H, vp.width(), RULER_H))
        self.headers.setGeometry(QRect(vp.left() - HEADER_W, vp.top(), HEADER_W, vp.height()))
        if not self._fitted and self.state.project.duration > 0 and vp.width() > 200:
            self._fitted = True
            self.fit()
        else:
            self._update_scene_rect()

    def fit(self) -> None:
        """Zoom so the whole timeline fits the width."""
        duration = max(1, self.state.project.duration)
        self.set_ppf((self.viewport().width() - 40) / duration, 0)

    def set_ppf(self, ppf: float, anchor_x: float | None = None) -> None:
        ppf = max(MIN_PPF, min(MAX_PPF, ppf))
        if anchor_x is None:
            anchor_x = self.state.playhead * self.ppf - self.horizontalScrollBar().value()
        frame = (self.horizontalScrollBar().value() + anchor_x) / self.ppf
        for item in list(self._items.values()) + [self.ghost_item]:
            item.prepareGeometryChange()
        self.ppf = ppf
        self._scaled_keep()
        self._update_scene_rect()
        self.horizontalScrollBar().setValue(int(frame * ppf - anchor_x))
        self.ruler.update()
        self.viewport().update()

    def _scaled_keep(self) -> None:
        pass  # thumbnails are scaled to the track height, which zoom does not change

    def zoom(self, steps: float, anchor_x: float | None = None) -> None:
        self.set_ppf(self.ppf * (1.25 ** steps), anchor_x)

    def frame_at(self, viewport_x: float) -> int:
        return int(round((viewport_x + self.horizontalScrollBar().value()) / self.ppf))

    def clip_rect(self, clip_id: str) -> QRect:
        """Where a clip is drawn, in viewport coordinates (tests drive the mouse with it)."""
        found = self.state.project.find_clip(clip_id)
        if found is None:
            raise KeyError(clip_id)
        track, clip = found
        top = row_top(self.rows_by_track[track.id])
        rect = QRectF(clip.start * self.ppf, top, clip.duration * self.ppf, TRACK_H)
        return self.mapFromScene(rect).boundingRect()

    def row_rect(self, track_id: str) -> QRect:
        top = row_top(self.rows_by_track[track_id])
        return self.mapFromScene(QRectF(0, top, 10, TRACK_H)).boundingRect()

    # ---- painting ------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, style.BG)
        for ix in self.tracks:
            top = row_top(ix.row)
            if top > rect.bottom() or top + TRACK_H < rect.top():
                continue
            painter.fillRect(QRectF(rect.left(), top, rect.width(), TRACK_H),
                             style.BG_TRACK_ALT if ix.row % 2 else style.BG_TRACK)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        bottom = self.scene_height()
        painter.setPen(QPen(QColor("#ffd166"), 1, Qt.PenStyle.DashLine))
        for marker in self.state.project.markers:
            x = marker.frame * self.ppf
            if rect.left() - 2 <= x <= rect.right() + 2:
                painter.drawLine(QRectF(x, 0, 0, bottom).topLeft(), QRectF(x, 0, 0, bottom).bottomLeft())
        drag = self._drag
        if drag is not None and drag.active:
            row = self.rows_by_track.get(drag.track_id, 0)
            box = QRectF(drag.start * self.ppf, row_top(row) + 1, max(2.0, (drag.end - drag.start) * self.ppf), TRACK_H - 2)
            blocked = drag.mode == "move" and drag.overlaps and drag.how == "strict"
            fill = QColor("#a34f5f") if blocked else QColor(style.role_color(drag.track.role))
            fill.setAlpha(200)
            painter.fillRect(box, fill)
            pen = QPen(QColor("#ffd166") if drag.how != "strict" else QColor("#ffffff"), 2)
            if drag.how == "overwrite":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(box)
            if drag.mode == "move" and drag.how == "insert":
                painter.setPen(QPen(QColor("#ffd166"), 3))
                painter.drawLine(int(box.left()), int(box.top()) - 2, int(box.left()), int(box.bottom()) + 2)
            if drag.snapped is not None:
                painter.setPen(QPen(style.SNAP, 1.5))
                x = drag.snapped * self.ppf
                painter.drawLine(int(x), 0, int(x), int(bottom))
        x = self.state.playhead * self.ppf
        if rect.left() - 2 <= x <= rect.right() + 2:
            painter.setPen(QPen(style.PLAYHEAD, 1.5))
            painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))

    def _playhead_moved(self, frame: int) -> None:
        x = int(frame * self.ppf) - self.horizontalScrollBar().value()
        height = self.viewport().height()
        for px in (self._last_playhead_x, x):
            self.viewport().update(QRect(px - 3, 0, 6, height))
        self._last_playhead_x = x
        width = self.viewport().width()
        if self.state.rate and not (0 <= x <= width - 20):
            self.horizontalScrollBar().setValue(int(frame * self.ppf - width * 0.1))
        self.ruler.update()

    # ---- mouse ---------------------------------------------------------------
    def _hit(self, pos: QPoint) -> tuple[TrackIndex | None, Clip | None, float]:
        scene = self.mapToScene(pos)
        row = row_at(scene.y(), len(self.tracks))
        if row is None:
            return None, None, scene.x()
        ix = self.tracks[row]
        return ix, ix.at(scene.x() / self.ppf), scene.x()

    def _edge_mode(self, clip: Clip, scene_x: float) -> str:
        left, right = clip.start * self.ppf, clip.end * self.ppf
        edge = min(EDGE_PX, (right - left) / 4)
        if scene_x - left <= edge:
            return "trim_start"
        if right - scene_x <= edge:
            return "trim_end"
        return "move"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        ix, clip, scene_x = self._hit(event.position().toPoint())
        if clip is None:
            self.state.select([])
            self.state.set_playhead(max(0, int(round(scene_x / self.ppf))))
            return
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            sel = list(self.state.selection)
            sel.remove(clip.id) if clip.id in sel else sel.append(clip.id)
            self.state.select(sel)
            return
        if clip.id not in self.state.selection:
            self.state.select([clip.id])
        if ix.track.locked:
            self.state.message.emit(f"Track {ix.track.name or ix.track.id} is locked: unlock it to edit")
            return
        self._drag = Drag(clip, ix.track, self._edge_mode(clip, scene_x), scene_x,
                          start=clip.start, end=clip.end, track_id=ix.track.id)
        self._snap_points = self._collect_snaps(clip.id)

    def _collect_snaps(self, skip: str) -> list[int]:
        points = {0, self.state.playhead}
        for ix in self.tracks:
            for c in ix.track.clips:
                if c.id != skip:
                    points.add(c.start)
                    points.add(c.end)
        points.update(m.frame for m in self.state.project.markers)
        return sorted(points)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag = self._drag
        pos = event.position().toPoint()
        if drag is None:
            _ix, clip, scene_x = self._hit(pos)
            cursor = Qt.CursorShape.ArrowCursor
            if clip is not None and self._edge_mode(clip, scene_x) != "move":
                cursor = Qt.CursorShape.SizeHorCursor
            self.viewport().setCursor(cursor)
            return
        scene = self.mapToScene(pos)
        if not drag.active:
            if abs(scene.x() - drag.press_x) < QApplication.startDragDistance():
                return
            drag.active = True
            self.drag_hidden = {drag.clip.id}
        self._update_drag(drag, scene.x(), scene.y())
        drag.how = _how(event.modifiers())
        if drag.mode == "move":
            self.state.message.emit(drag_feedback(self.state.project, drag))
        self.viewport().update()

    def _update_drag(self, drag: Drag, scene_x: float, scene_y: float) -> None:
        clip = drag.clip
        delta = (scene_x - drag.press_x) / self.ppf
        tol = SNAP_PX / self.ppf
        speed = Fraction(clip.speed)
        project = self.state.project
        if drag.mode == "move":
            start, hit = snap(clip.start + delta, self._snap_points, tol)
            if hit is None:
                end, hit = snap(clip.end + delta, self._snap_points, tol)
                start = end - clip.duration
            drag.start, drag.end, drag.snapped = max(0, start), max(0, start) + clip.duration, hit
            row = row_at(scene_y, len(self.tracks))
            if row is not None:
                target = self.tracks[row].track
                if target.kind == drag.track.kind and not target.locked:
                    drag.track_id = target.id
            drag.overlaps = overlapping(project, drag)
        elif drag.mode == "trim_start":
            earliest = clip.start - int(Fraction(clip.source_in) / speed)
            start, hit = snap(clip.start + delta, self._snap_points, tol)
            drag.start, drag.snapped = max(0, earliest, min(start, clip.end - 1)), hit
        else:
            end, hit = snap(clip.end + delta, self._snap_points, tol)
            media = project.media.get(clip.media_id) if clip.media_id else None
            length = media.length_frames(project.fps) if media is not None else None
            if length is not None:
                end = min(end, clip.start + int((length - Fraction(clip.source_in)) / speed))
            drag.end, drag.snapped = max(clip.start + 1, end), hit

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        self.drag_hidden = set()
        if drag is None or not drag.active:
            self.viewport().update()
            return
        clip = drag.clip
        label = clip.id
        if drag.mode == "move":
            drag.how = _how(event.modifiers())
            if drag.start != clip.start or drag.track_id != drag.track.id:
                ops = move_ops(self.state.project, drag)
                if isinstance(ops, str):
                    self.state.message.emit(ops)
                else:
                    self.state.apply(ops, drag_label(self.state.project, drag))
        elif drag.mode == "trim_start" and drag.start != clip.start:
            self.state.apply([TrimClip(clip_id=clip.id, start=drag.start)], f"Trim {label}")
        elif drag.mode == "trim_end" and drag.end != clip.end:
            self.state.apply([TrimClip(clip_id=clip.id, end=drag.end)], f"Trim {label}")
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(delta / 120, event.position().x())
            return
        taller = self.scene_height() > self.viewport().height()
        if taller and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return super().wheelEvent(event)
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - delta)

    # ---- keys ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        state = self.state
        if key == Qt.Key.Key_Space:
            state.toggle_play()
        elif key == Qt.Key.Key_S and not event.modifiers():
            self.split_at_playhead()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection(ripple=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif key == Qt.Key.Key_J:
            state.shuttle(-1)
        elif key == Qt.Key.Key_K:
            state.shuttle(0)
        elif key == Qt.Key.Key_L:
            state.shuttle(1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom(-1)
        elif key == Qt.Key.Key_Left:
            state.set_playhead(state.playhead - 1)
        elif key == Qt.Key.Key_Right:
            state.set_playhead(state.playhead + 1)
        elif key == Qt.Key.Key_Home:
            state.set_playhead(0)
        elif key == Qt.Key.Key_End:
            state.set_playhead(max(0, state.project.duration - 1))
        else:
            super().keyPressEvent(event)

    def split_at_playhead(self) -> None:
        """Split the selected clips under the playhead, else every unlocked clip there (one batch)."""
        at = self.state.playhead
        project = self.state.project
        under = [(t, c) for t in project.tracks if not t.locked for c in t.clips if c.start < at < c.end]
        chosen = [(t, c) for t, c in under if c.id in self.state.selection] or under
        if not chosen:
            self.state.message.emit("Nothing to split under the playhead")
            return
        from editor_app.ui.naming import quoted_clip
        from editor_app.ui.timefmt import show_time

        names = ", ".join(quoted_clip(project, c) for _t, c in chosen)
        self.state.apply([SplitClip(clip_id=c.id, at=at) for _t, c in chosen],
                         f"Split {names} at {show_time(at, project.fps)}")

    def delete_selection(self, ripple: bool = False) -> None:
        ids = list(self.state.selection)
        if not ids:
            self.state.message.emit("Select a clip to delete")
            return
        from editor_app.ui.naming import quoted_clip

        project = self.state.project
        names = [quoted_clip(project, found[1]) for cid in ids if (found := project.find_clip(cid))]
        self.state.apply([RemoveClip(clip_id=cid, ripple=ripple) for cid in ids],
                         f"{'Ripple delete' if ripple else 'Delete'} {', '.join(names) or 'the selection'}")

    # ---- drops ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(MEDIA_MIME) or mime.hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(MEDIA_MIME):
            media_id = bytes(mime.data(MEDIA_MIME)).decode()
            self.place_media(media_id, event.position().toPoint())
            event.acceptProposedAction()
        elif mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.files_dropped.emit(paths)
                event.acceptProposedAction()

    def place_media(self, media_id: str, pos: QPoint) -> bool:
        """Put a media item on the track under ``pos`` (or the first fitting one) at that time."""
        project = self.state.project
        media = project.media.get(media_id)
        if media is None:
            return False
        kind = "audio" if media.kind == "audio" else "video"

        def fits(track: Track) -> bool:
            if track.locked:
                return False
            return media.has_audio if track.kind == "audio" else media.kind in ("video", "image")

        ix, _clip, scene_x = self._hit(pos)
        start, _ = snap(max(0.0, scene_x / self.ppf), self._collect_snaps(""), SNAP_PX / self.ppf)
        track = ix.track if ix is not None and fits(ix.track) else None
        below_rows = ix is None and self.mapToScene(pos).y() >= 0
        if track is None and not below_rows:
            track = next((t.track for t in self.tracks if t.track.kind == kind and fits(t.track)), None)
        if track is None:  # dropped below the tracks, or no track fits: make one in the same batch
            from editor_app.model.placement import drop_on_new_track_ops

            return self.state.apply(drop_on_new_track_ops(project, media_id, int(start)), f"Place {media.name} on a new track")
        return self.state.apply([OverwriteClip(track_id=track.id, media_id=media_id, start=max(0, start))],
                                f"Place {media.name}")
