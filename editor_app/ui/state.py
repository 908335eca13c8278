"""What the panels share: the session, the playhead, the selection and a proposed plan.

Views are built from the model and subscribe to these signals; none of them keeps its own
copy of the project (napari-style: one model, many views).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from editor_app.model.project import Project
from editor_app.session import Change, Session


@dataclass
class Ghost:
    """A proposed plan drawn over the timeline: the project after the plan and what it touches."""

    project: Project
    changed: set[str] = field(default_factory=set)   # clip ids added or changed
    removed: set[str] = field(default_factory=set)   # clip ids the plan removes


SAVE_DELAY_MS = 300  # project.json follows an edit this long after it (the journal is fsynced at once)
PRIME_DELAY_MS = 2500  # after opening: the window's first frame and the index keeper's start go first


class EditorState(QObject):
    project_changed = Signal(object)  # Change
    playhead_changed = Signal(int)
    selection_changed = Signal(list)
    ghost_changed = Signal(object)  # Ghost | None
    playing_changed = Signal(bool)
    message = Signal(str)  # a status line for the user (errors in plain words)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.placements: list[list[str]] = []  # clip ids placed together ("Add to timeline"), latest last
        self.playhead = 0
        self.selection: list[str] = []
        self.ghost: Ghost | None = None
        self.rate = 0.0  # playback speed: 0 stopped, 1 forward, -1 reverse, 2/4 faster (J/K/L)
        self.player = None  # ui.playback.Player once the preview has one: forward play with sound
        self._clock = QTimer(self)  # reverse shuttle (and no player): steps preview frames
        self._clock.setTimerType(Qt.TimerType.PreciseTimer)
        self._clock.timeout.connect(self._tick)
        self._origin = (0.0, 0)
        self._save_timer: QTimer | None = None
        from editor_app.ui.after_paint import AfterPaint

        self.after_paint = AfterPaint(self)  # work an edit's views can do without (ui/after_paint.py)
        self._fsync_pool = None
        self._unsubscribe = session.subscribe(self._on_change)

    def defer_project_file(self) -> None:
        """Write project.json after the views have shown an edit, not before (the window does this).

        Why: rewriting a 2-hour talk's project.json (2 MB, fsynced) took a third of a transcript
        delete. Each edit is durable when its journal record is fsynced, before any view hears of
        it; project.json follows SAVE_DELAY_MS later (coalesced), on close, or before the next
        write, and opening after a crash in between replays it from the journal."""
        self.session.store.defer_project_file = True
        self.session.store.defer_journal_sync = True  # fsynced after the paint (_on_change), a few ms later
        if self._save_timer is None:
            self._prime_timer = QTimer(self)  # owned: it dies with the state (a bare singleShot could outlive it)
            self._prime_timer.setSingleShot(True)
            self._prime_timer.timeout.connect(self.prime_media_json)
            self._prime_timer.start(PRIME_DELAY_MS)
            self._save_timer = QTimer(self)
            self._save_timer.setSingleShot(True)
            self._save_timer.setInterval(SAVE_DELAY_MS)
            self._save_timer.timeout.connect(self.flush)

    def prime_media_json(self):
        """Make each media's JSON now, on a worker thread, not inside the first edit's save.

        Why: a save reuses each unchanged media's JSON (model/project_json.py), but nothing has
        made it yet after opening: the first delete in a 2-hour talk took about a second, most
        of it dumping 18,000 words. Assets are immutable, so a thread may dump them while the UI
        edits. The window starts it PRIME_DELAY_MS after opening (after the first frame); returns
        the thread."""
        import threading

        from editor_app.model.project_json import asset_json

        assets, root = list(self.session.project.media.values()), self.session.path

        def prime() -> None:
            for asset in assets:
                try:
                    asset_json(asset, root)
                except Exception:  # only a head start: the save makes it anyway
                    return

        thread = threading.Thread(target=prime, name="media-json", daemon=True)
        thread.start()
        return thread

    def flush(self) -> None:
        """Write a deferred project.json now; a failure is a message (the journal holds the edit)."""
        try:
            self.session.store.flush()
        except Exception as exc:
            self.message.emit(f"project.json could not be saved yet ({getattr(exc, 'message', None) or exc}); "
                              f"the journal holds every edit")

    # ---- project ---------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.session.project

    def _on_change(self, change: Change) -> None:
        alive = {c.id for c in self.project.clips()}
        if any(cid not in alive for cid in self.selection):
            self.selection = [cid for cid in self.selection if cid in alive]
            self.selection_changed.emit(list(self.selection))
        self.project_changed.emit(change)
        if self.session.store.defer_journal_sync:
            self.after_paint.defer("journal fsync", self._sync_journal)
        if self._save_timer is not None and self.session.store.flush_pending:
            self._save_timer.stop()  # counted from the paint: on a loaded machine it can come later than the delay
            self.after_paint.defer("project.json timer", self._save_timer.start)

    def _sync_journal(self, wait: bool = False) -> None:
        """fsync the edit's journal record on a worker thread (fsync releases the GIL; the UI goes on)."""
        store = self.session.store
        if not store.journal_unsynced:
            return
        if wait:
            try:
                store.sync_journal()
            except OSError as exc:
                self._sync_failed(exc)
            return
        from editor_app.ui import workers

        if self._fsync_pool is None:  # its own thread: not queued behind preview frames in the shared pool
            from concurrent.futures import ThreadPoolExecutor

            self._fsync_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-fsync")
        workers.submit(store.sync_journal, on_error=self._sync_failed, executor=self._fsync_pool)

    def _sync_failed(self, exc: BaseException) -> None:
        # written but not yet on the disk: the next write of project.json or close tries again
        self.message.emit(f"The journal could not be synced to disk yet ({getattr(exc, 'strerror', None) or exc})")

    def remember_placement(self, clip_ids: list[str]) -> None:
        """Clips the window placed together: a transcription that ends later re-places them as one."""
        if clip_ids:
            self.placements = [*self.placements[-49:], list(clip_ids)]

    def apply(self, ops: list[Any], label: str) -> bool:
        """Apply one batch; report a failure as a message instead of raising into Qt."""
        try:
            self.session.apply(ops, label)
        except Exception as exc:  # OperationError and friends carry readable text
            from editor_app.ui.naming import humanize

            self.message.emit(humanize(f"{label} failed: {getattr(exc, 'message', None) or exc}", self.project))
            return False
        self.message.emit(self._done_message(label))
        return True

    def _done_message(self, label: str) -> str:
        """What the action did, in the user's words (names, not ids)."""
        from editor_app.ui.naming import humanize

        return humanize(label, self.project) + " · Ctrl+Z undoes it"

    def undo(self) -> None:
        from editor_app.ui.naming import humanize

        try:  # a project refusing writes (journal conflict) or an unreadable step says so instead of raising
            batch = self.session.undo()
        except Exception as exc:
            self.message.emit(f"Cannot undo: {getattr(exc, 'message', None) or exc}")
            return
        self.message.emit(f"Undid: {humanize(batch.label, self.project)}" if batch else "Nothing to undo")

    def redo(self) -> None:
        from editor_app.ui.naming import humanize

        try:
            batch = self.session.redo()
        except Exception as exc:
            self.message.emit(f"Cannot redo: {getattr(exc, 'message', None) or exc}")
            return
        self.message.emit(f"Redid: {humanize(batch.label, self.project)}" if batch else "Nothing to redo")

    def close(self) -> None:
        self.stop()
        self.after_paint.cancel()  # views are going; the journal's fsync happens here instead
        if self._fsync_pool is not None:
            self._fsync_pool.shutdown(wait=True)
        if self.session.store.defer_journal_sync:
            self._sync_journal(wait=True)
        self._unsubscribe()
        if self._save_timer is not None:
            self._prime_timer.stop()
            self._save_timer.stop()
            self.flush()

    # ---- selection and playhead --------------------------------------------
    def select(self, clip_ids: list[str]) -> None:
        if clip_ids != self.selection:
            self.selection = list(clip_ids)
            self.selection_changed.emit(list(clip_ids))

    def set_playhead(self, frame: int) -> None:
        frame = max(0, int(frame))
        if frame != self.playhead:
            self.playhead = frame
            self.playhead_changed.emit(frame)

    def set_ghost(self, ghost: Ghost | None) -> None:
        self.ghost = ghost
        self.ghost_changed.emit(ghost)

    # ---- transport (J/K/L, Space) --------------------------------------------
    def play(self, rate: float = 1.0) -> None:
        if self.playhead >= self.project.duration - 1 and rate > 0:
            self.set_playhead(0)
        if self.project.duration <= 0:
            self.message.emit("Nothing to play: the timeline is empty")
            return
        self._clock.stop()
        if self.player is not None:
            self.player.stop()
        self.rate = rate
        self._origin = (time.monotonic(), self.playhead)
        from editor_app.ui.timefmt import show_time

        where = show_time(self.playhead, self.project.fps)
        self.message.emit(f"Playing from {where}" + (f" at {rate:g}×" if rate != 1 else "")
                          + (" backwards" if rate < 0 else "") + " · K or Space stops")
        if self.player is not None and rate > 0:
            self.player.play(self.project, self.playhead, int(rate))
        else:  # half a frame per tick so no frame is skipped at 1x
            self._clock.setInterval(max(5, int(500 / float(self.project.fps))))
            self._clock.start()
        self.playing_changed.emit(True)

    def stop(self) -> None:
        if self.rate:
            self.rate = 0.0
            self._clock.stop()
            if self.player is not None:
                self.player.stop()
            self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.stop() if self.rate else self.play(1.0)

    def shuttle(self, direction: int) -> None:
        """L: forward, faster each press; J: backward likewise; K (direction 0): stop."""
        if direction == 0:
            self.stop()
            return
        if self.rate and (self.rate > 0) == (direction > 0):
            self.play(max(-8.0, min(8.0, self.rate * 2)))
        else:
            self.play(float(direction))

    def _tick(self) -> None:
        started, frame0 = self._origin
        elapsed = time.monotonic() - started
        frame = frame0 + int(elapsed * float(self.project.fps) * self.rate)
        end = max(0, self.project.duration - 1)
        # stop at the end going forward and at 0:00 going backward; starting at 0:00 forward is fine
        if (self.rate > 0 and frame >= end) or (self.rate < 0 and frame <= 0):
            self.set_playhead(max(0, min(frame, end)))
            self.stop()
            return
        self.set_playhead(frame)
