"""Speech to text from the window: after import (when the setting allows) or from the bin's menu.

The recognition runs in media.speech's worker process, driven from a UI worker thread, so
the window never waits; progress shows in the media bin, Cancel stops it, and the result is
applied on the UI thread as one undoable batch (SetTranscript per media).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton

from editor_app.ui import workers
from editor_app.ui.media_bin import _touches_media
from editor_app.ui.state import EditorState


class TranscribeJob(QObject):
    progress = Signal(str, float, str)  # media id, fraction, what (emitted from a worker thread: queued)
    finished = Signal(dict)  # media id -> "done" or an error sentence

    def __init__(self, state: EditorState, media_bin, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.bin = media_bin
        self.running: list[str] = []
        self.fractions: dict[str, float] = {}
        self._cancel = threading.Event()
        self.cancel_button = QPushButton("Cancel transcription")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        media_bin.layout().addWidget(self.cancel_button)
        self.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        # the bin's items change (and need their transcript state again) only when media change
        state.project_changed.connect(lambda c: self.decorate() if _touches_media(c) else None)
        self.decorate()

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def start_auto(self, media_ids: list[str]) -> bool:
        """After an import: transcribe media with speech and no subtitles, if the setting says so."""
        from editor_app.media.speech import auto_transcribe_enabled

        return auto_transcribe_enabled() and self.start(media_ids)

    def start(self, media_ids: list[str]) -> bool:
        from editor_app.media.speech import default_engine, needs_transcript, recognize_assets

        if self.running:
            self.state.message.emit("A transcription is already running; wait for it or cancel it")
            return False
        assets = [self.state.project.media[m] for m in media_ids if m in self.state.project.media]
        assets = [a for a in assets if needs_transcript(a) or a.id in media_ids]
        assets = [a for a in assets if a.has_audio and a.kind != "image"]
        if not assets:
            return False
        try:
            engine = default_engine()
        except Exception as exc:  # an 'api' engine with no endpoint, say
            self.state.message.emit(f"Cannot transcribe: {exc}")
            return False
        self._cancel = threading.Event()
        self.running = [a.id for a in assets]
        self.fractions = {a.id: 0.0 for a in assets}
        self.cancel_button.setVisible(True)
        self.bin.progress.setRange(0, 100)
        self.bin.progress.setValue(0)
        self.bin.progress.setVisible(True)
        self.decorate()
        workers.submit(self._run, recognize_assets, assets, engine, on_done=self._done, on_error=self._failed)
        return True

    def _run(self, recognize, assets, engine):
        return recognize(self.state.session.path, assets, engine,
                         progress=lambda m, f, w: self.progress.emit(m, float(f), w), cancelled=self._cancel.is_set)

    def cancel(self) -> None:
        self._cancel.set()
        self.state.message.emit("Cancelling the transcription…")

    def _show_progress(self, media_id: str, fraction: float, what: str) -> None:
        if media_id not in self.fractions:
            return
        self.fractions[media_id] = fraction
        total = sum(self.fractions.values()) / max(1, len(self.fractions))
        media = self.state.project.media.get(media_id)
        self.bin.progress.setValue(int(total * 100))
        self.bin.progress.setFormat(f"{what.capitalize()} {media.name if media else media_id}: %p%")
        self.decorate()

    def _end(self) -> None:
        self.running = []
        self.fractions = {}
        self.cancel_button.setVisible(False)
        self.bin.progress.setVisible(False)
        self.decorate()

    def _done(self, results: dict) -> None:
        from editor_app.media.speech import transcript_ops

        ops = [op for op in transcript_ops(results) if op.media_id in self.state.project.media]
        errors = {k: v for k, v in results.items() if isinstance(v, str)}
        self._end()
        if ops:
            names = [self.state.project.media[o.media_id].name for o in ops]
            unheard = [o.media_id for o in ops if not self.state.project.media[o.media_id].words]
            if self.state.apply(ops, f"Transcribe {names[0]}" if len(names) == 1 else f"Transcribe {len(names)} media"):
                self.to_voice_track(unheard)
        for media_id, why in errors.items():
            self.state.message.emit(f"Not transcribed {media_id}: {why}")
        self.finished.emit({**{o.media_id: "done" for o in ops}, **errors})

    def to_voice_track(self, media_ids: list[str]) -> bool:
        """Sound files placed on Music before their words were known, now known to be speech, move to
        a Voice track (made if missing): one undoable step after the transcript's, as `import --place`
        does, so Ctrl+Z puts a memo back on Music and keeps its words."""
        from editor_app.media.voice_placement import spoken_clip_groups, voice_moves

        project = self.state.project
        ops = voice_moves(project, spoken_clip_groups(project, media_ids, self.state.placements))
        return bool(ops) and self.state.apply(ops, "Put spoken sound files on the Voice track")

    def _failed(self, exc: BaseException) -> None:
        from editor_app.media.speech import TranscriptionCancelled

        self._end()
        cancelled = isinstance(exc, TranscriptionCancelled)
        self.state.message.emit("Transcription cancelled; nothing changed" if cancelled else f"Transcription failed: {exc}")
        self.finished.emit({"": "cancelled" if cancelled else str(exc)})

    def decorate(self) -> None:
        """Each bin item says where its transcript stands (after the bin rebuilt its items)."""
        from editor_app.media.speech import transcript_state

        labels = {"none": "no transcript", "sidecar": "subtitles", "transcribed": "transcribed",
                  "no speech": "no speech", "no audio": ""}
        for row in range(self.bin.list.count()):
            item = self.bin.list.item(row)
            media = self.state.project.media.get(item.data(Qt.ItemDataRole.UserRole))
            if media is None:
                continue
            lines = item.text().split("\n")
            if len(lines) < 2:
                continue
            if media.id in self.fractions:
                state = f"transcribing {self.fractions[media.id]:.0%}"
            else:
                state = labels.get(transcript_state(media), "")
            details = lines[1].split(" · ")[:2] + ([state] if state else [])
            item.setText("\n".join([lines[0], " · ".join(details)]))
