"""The media bin: the project's media with thumbnails; drop files to import, drag items to the timeline.

A dropped folder stands for its media files, in name order, as `editor-app import DIR FOLDER`
(media.folders.expand_folders, read in a worker); the files that are not media are named. Probing runs in a worker per file (progress shown); the import itself is one batch applied
on the UI thread, so the project is never changed from another thread. Bad files are
listed with the reason and not added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from editor_app.ui import workers
from editor_app.ui.media_cache import MediaCache
from editor_app.ui.state import EditorState
from editor_app.ui.timefmt import show_time
from editor_app.ui.style import icon
from editor_app.ui.timeline.view import MEDIA_MIME


def _probe(path: str):
    from editor_app.media.importer import build_asset
    from editor_app.media.subtitles import SUBTITLE_EXTENSIONS

    if Path(path).suffix.lower() in SUBTITLE_EXTENSIONS:
        return path  # a transcript for media already imported: the import plan matches it
    return build_asset(path, with_words=True)


def _touches_media(change) -> bool:
    touched = getattr(change, "touched", None)
    return touched is None or touched.everything or bool(touched.media) or touched.settings


class _List(QListWidget):
    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        # a list, not a grid: many items in a short dock, and names that are not cut to one word
        self.setViewMode(QListWidget.ViewMode.ListMode)
        self.setIconSize(QSize(64, 36))
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def mimeData(self, items) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setData(MEDIA_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MEDIA_MIME, "text/uri-list"]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths)
        else:
            event.ignore()


class MediaBin(QWidget):
    import_finished = Signal(int, list)  # files added, error lines

    def __init__(self, state: EditorState, cache: MediaCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.cache = cache
        self.list = _List()
        self.list.files_dropped.connect(self.import_paths)
        self.hint = QLabel("Drop video, audio or pictures here")
        self.hint.setObjectName("note")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.errors = QLabel()
        self.errors.setObjectName("error")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.errors)
        layout.addWidget(self.hint)
        self._queue: list[str] = []
        self._found: list = []
        self._failed: list[str] = []
        self._total = 0
        self._reading = 0  # folders being listed in a worker
        self._waiting = False  # every file probed, the end held for a folder still being listed
        self.skipped: list[str] = []  # files of dropped folders that are not media (this import)
        self.transcribing: dict[str, float] = {}
        # the bin lists media: an edit to clips leaves it as it is
        state.project_changed.connect(lambda c: self.refresh() if _touches_media(c) else None)
        cache.updated.connect(self._icon_ready)
        self.refresh()

    @property
    def importing(self) -> bool:
        return self._total > 0 or self._reading > 0

    def transcript_state(self, media) -> str:
        """'' for media without sound, 'transcribing 40%', 'transcript', 'no speech' or 'no transcript'."""
        if media.id in self.transcribing:
            return f"transcribing {round(100 * self.transcribing[media.id])}%"
        try:
            from editor_app.media.speech import transcript_state
        except ImportError:  # speech extras missing: judge from the model alone
            state = "transcribed" if (getattr(media, "words", None) or media.transcript) else (
                "none" if media.kind in ("video", "audio") and media.has_audio else "no audio")
        else:
            state = transcript_state(media)
        return {"transcribed": "transcript", "sidecar": "transcript (subtitles)", "no speech": "no speech",
                "none": "no transcript"}.get(state, "")

    def set_transcribing(self, media_id: str, fraction: float | None) -> None:
        """Progress of a transcription (None when it ended): shown on the item until the model has the words."""
        if fraction is None:
            self.transcribing.pop(media_id, None)
        else:
            self.transcribing[media_id] = max(0.0, min(1.0, fraction))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        fps = self.state.project.fps
        for media in self.state.project.media.values():
            length = show_time(int(media.duration * fps), fps) if media.duration else "still"
            words = self.transcript_state(media)
            item = QListWidgetItem(f"{media.name}\n{media.kind} · {length}" + (f"\n{words}" if words else "\n"))
            item.setData(Qt.ItemDataRole.UserRole, media.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, words)
            item.setToolTip(f"{media.name} ({media.kind}, {length}{', ' + words if words else ''})\n"
                            f"{media.path}\n{media.description}".strip())
            pix = self.cache.thumbnail(media)
            item.setIcon(QIcon(pix) if pix is not None else icon("audio" if media.kind == "audio" else "video"))
            self.list.addItem(item)

    def _icon_ready(self, media_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == media_id:
                media = self.state.project.media.get(media_id)
                pix = self.cache.thumbnail(media) if media else None
                if pix is not None:
                    item.setIcon(QIcon(pix))

    # ---- import ----------------------------------------------------------------
    def import_paths(self, paths: list[str]) -> None:
        """Probe each file in a worker, then add the good ones as one batch; a folder is its media files."""
        paths = [str(p) for p in paths]
        if not paths:
            return
        if any(Path(p).is_dir() for p in paths):
            from editor_app.media.folders import expand_folders

            self._reading += 1
            self.errors.setVisible(False)
            self.progress.setRange(0, 0)  # busy until the folders are listed
            self.progress.setFormat("Reading the folder…")
            self.progress.setVisible(True)
            folders = [Path(p).name for p in paths if Path(p).is_dir()]
            workers.submit(expand_folders, paths, on_done=lambda found: self._listed(found, folders),
                           on_error=lambda exc: self._listed(([], []), folders, exc))
            return
        self._enqueue(paths)

    def _listed(self, found: tuple[list[str], list[str]], folders: list[str], exc: BaseException | None = None) -> None:
        files, skipped = found
        self._reading -= 1
        self.skipped.extend(skipped)
        if files:
            self._enqueue(files)
            return
        why = f"Nothing to import: no media files in {', '.join(folders)}" + (f" ({exc})" if exc is not None else "")
        if not self._total:  # nothing else running: this drop ends here, saying why
            self.progress.setVisible(False)
            self._found, self._failed = [], [why]
            self._finish()
            return
        self._failed.append(why)
        if self._waiting:  # the running import held its end for this folder
            self._next()

    def _enqueue(self, paths: list[str]) -> None:
        running = self._total and not self._waiting  # a probe is in flight: its end takes the next file
        if self._total:
            self._queue.extend(paths)
            self._total += len(paths)
        else:
            self._queue, self._found, self._failed, self._total = list(paths), [], [], len(paths)
        self.errors.setVisible(False)
        self.progress.setRange(0, self._total)
        self.progress.setVisible(self._total > 1)
        if not running:
            self._next()

    def _next(self) -> None:
        self._waiting = False
        if not self._queue:
            if self._reading:  # a dropped folder is still being listed: its files join this import
                self._waiting = True
                return
            self._finish()
            return
        path = self._queue.pop(0)
        done = self._total - len(self._queue) - 1
        self.progress.setValue(done)
        self.progress.setFormat(f"Importing {done + 1}/{self._total}: {Path(path).name}")
        workers.submit(_probe, path, on_done=self._probed, on_error=self._probe_failed)

    def _probed(self, asset) -> None:
        self._found.append(asset)
        self._next()

    def _probe_failed(self, exc: BaseException) -> None:
        self._failed.append(str(exc))
        self._next()

    def _finish(self) -> None:
        found, failed = self._found, self._failed
        self._total = 0
        self.progress.setVisible(False)
        added = 0
        if found:  # duplicates are noticed and sidecar transcripts update existing media
            from editor_app.ui.media_actions import import_assets

            added, _notes, plan_errors = import_assets(self.state, found, getattr(self, "on_untranscribed", None))
            failed = failed + plan_errors
            from editor_app.media.verify import vfr_note

            vfr_paths = {a.path for a in found if a.variable_frame_rate}  # drifts at cuts: say how to fix it
            for asset in (m for m in self.state.session.project.media.values() if m.path in vfr_paths):
                self.state.message.emit(vfr_note(asset, self.state.session.path))
        skipped, self.skipped = self.skipped, []
        lines = (["Not imported:", *failed] if failed else [])
        if skipped:  # named, as the CLI does: a clip with an odd extension is then easy to spot
            from editor_app.media.folders import skipped_sentence

            lines.append(skipped_sentence(skipped).capitalize())
        if lines:
            self.errors.setText("\n".join(lines))
            self.errors.setVisible(True)
            self.state.message.emit(failed[0] if failed else lines[-1])
        self.import_finished.emit(added, failed)
