"""The inspector: the selected clip's properties, each edit one operation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from editor_app.model.effects import BlackAndWhite, Blur, FadeIn, FadeOut
from editor_app.model.operations import (
    AddEffect, MoveClip, RemoveEffect, SetClipEnabled, SetSpeed, SetVolume, TrimClip, UpdateClip,
)
from editor_app.model.time import parse_time
from editor_app.ui.state import EditorState
from editor_app.ui.naming import clip_name
from editor_app.ui.undo_keys import UndoAwareLine, UndoAwareSpin
from editor_app.ui.timefmt import show_time

EFFECT_CHOICES = ("fade in (1 s)", "fade out (1 s)", "black and white", "blur")


class Inspector(QWidget):
    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.clip_id: str | None = None
        self.title = QLabel("No clip selected")
        self.title.setObjectName("panelTitle")
        self.name = UndoAwareLine()
        self.start = UndoAwareLine()
        self.start.setToolTip("Timeline start: 12.5, 1:05 or 00:00:10:12")
        self.duration = UndoAwareLine()
        self.speed = UndoAwareSpin()
        self.speed.setRange(0.1, 10.0)
        self.speed.setSingleStep(0.25)
        self.speed.setSuffix(" x")
        self.volume = UndoAwareSpin()
        self.volume.setRange(-60.0, 24.0)
        self.volume.setSuffix(" dB")
        self.enabled = QCheckBox("Enabled")
        self.source = QLabel()
        self.source.setObjectName("note")
        self.effects = QListWidget()
        self.effects.setMaximumHeight(72)
        self.add_effect = QComboBox()
        self.add_effect.addItem("Add effect…")
        self.add_effect.addItems(EFFECT_CHOICES)
        remove = QPushButton("Remove effect")
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Start", self.start)
        form.addRow("Duration", self.duration)
        form.addRow("Speed", self.speed)
        form.addRow("Volume", self.volume)
        form.addRow("", self.enabled)
        row = QHBoxLayout()
        row.addWidget(self.add_effect, 1)
        row.addWidget(remove)
        self.source.setWordWrap(True)
        self.title.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(QLabel("Effects"))
        layout.addWidget(self.effects)
        layout.addLayout(row)
        layout.addStretch(1)
        # nothing selected: say so instead of showing editable fields with made-up values
        self.empty = QLabel("Nothing selected.\n\nClick a clip on the timeline to see and change its name, "
                            "times, speed, volume and effects here.")
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(12, 12, 12, 12)
        # the form scrolls inside its dock: at 1366x768 the dock is shorter than the form, and
        # without this its lower fields were cut off (or the dock squeezed the timeline)
        self.scroller = QScrollArea()
        self.scroller.setWidget(page)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.scroller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.name.editingFinished.connect(self._name)
        self.start.editingFinished.connect(self._start)
        self.duration.editingFinished.connect(self._duration)
        self.speed.editingFinished.connect(self._speed)
        self.volume.editingFinished.connect(self._volume)
        self.enabled.clicked.connect(self._enabled)
        self.add_effect.activated.connect(self._add_effect)
        remove.clicked.connect(self._remove_effect)
        state.selection_changed.connect(lambda _s: self.refresh())
        state.project_changed.connect(self._changed)
        self.remove_effect = remove
        self._editors = [self.name, self.start, self.duration, self.speed, self.volume, self.enabled,
                         self.effects, self.add_effect, remove]
        self.refresh()

    def _changed(self, change) -> None:
        """Refresh only when the change touched the shown clip or its track (or everything)."""
        touched = getattr(change, "touched", None)
        if self.clip_id is None and not self.state.selection:
            return  # the empty state stays as it is
        if touched is None or touched.everything or touched.settings or self.clip_id is None or self.clip_id in touched.clips:
            self.refresh()
            return
        if touched.tracks or touched.media:
            found = self.state.project.find_clip(self.clip_id)
            if found is None or found[0].id in touched.tracks or found[1].media_id in touched.media:
                self.refresh()

    def _clip(self):
        if self.clip_id is None:
            return None
        found = self.state.project.find_clip(self.clip_id)
        return found[1] if found else None

    def refresh(self) -> None:
        sel = self.state.selection
        self.clip_id = sel[-1] if sel else None
        clip = self._clip()
        for w in self._editors:
            w.setEnabled(clip is not None)
            w.blockSignals(True)
        try:
            if clip is None:
                self.empty.setText("Nothing selected.\n\nClick a clip on the timeline to see and change its name, "
                                   "times, speed, volume and effects here." if not sel else
                                   "The selected clip is no longer on the timeline.")
                self.stack.setCurrentWidget(self.empty)
                for line in (self.name, self.start, self.duration):
                    line.clear()
                self.effects.clear()
                return
            self.stack.setCurrentIndex(1)
            project = self.state.project
            fps = project.fps
            media = project.media.get(clip.media_id) if clip.media_id else None
            track = project.find_clip(clip.id)[0]
            what = media.name if media else (clip.generator.kind + " card" if clip.generator else "")
            self.title.setText(f"{clip.name or what or 'Clip'}")
            by = "you" if str(clip.origin) == "user" else "the assistant"
            self.source.setText(f"on {track.name or track.role.title()} · {what or 'generated'} from "
                                f"{show_time(clip.source_in, fps)} · added by {by}")
            self.name.setText(clip.name)
            self.start.setText(show_time(clip.start, fps))
            self.duration.setText(show_time(clip.duration, fps))
            self.speed.setValue(float(clip.speed))
            self.volume.setValue(clip.volume_db)
            self.enabled.setChecked(clip.enabled)
            self.effects.clear()
            for effect in clip.effects:
                extra = f" ({show_time(effect.duration, fps)})" if hasattr(effect, "duration") else ""
                item_text = f"{effect.id}: {effect.type.replace('_', ' ')}{extra}"
                self.effects.addItem(item_text)
        finally:
            for w in self._editors:
                w.blockSignals(False)

    # ---- edits -----------------------------------------------------------------
    def _time(self, text: str) -> int | None:
        try:
            return parse_time(text, self.state.project.fps)
        except ValueError as exc:
            self.state.message.emit(str(exc))
            self.refresh()
            return None

    def _name(self) -> None:
        clip = self._clip()
        if clip and self.name.text() != clip.name:
            self.state.apply([UpdateClip(clip_id=clip.id, name=self.name.text())],
                             f"Rename “{clip_name(self.state.project, clip)}” to “{self.name.text()}”")

    def _start(self) -> None:
        clip = self._clip()
        frame = self._time(self.start.text()) if clip else None
        if clip and frame is not None and frame != clip.start:
            self.state.apply([MoveClip(clip_id=clip.id, start=frame)], f"Move {clip.id} to {show_time(frame, self.state.project.fps)}") or self.refresh()

    def _duration(self) -> None:
        clip = self._clip()
        frames = self._time(self.duration.text()) if clip else None
        if clip and frames is not None and frames != clip.duration:
            self.state.apply([TrimClip(clip_id=clip.id, end=clip.start + frames)], f"Trim {clip.id} to {show_time(frames, self.state.project.fps)} long") or self.refresh()

    def _speed(self) -> None:
        clip = self._clip()
        if clip and abs(self.speed.value() - float(clip.speed)) > 1e-6:
            self.state.apply([SetSpeed(clip_id=clip.id, speed=str(round(self.speed.value(), 4)))], f"Play {clip.id} at {self.speed.value():g}×") or self.refresh()

    def _volume(self) -> None:
        clip = self._clip()
        if clip and abs(self.volume.value() - clip.volume_db) > 1e-6:
            self.state.apply([SetVolume(clip_id=clip.id, db=self.volume.value())], f"Set {clip.id} to {self.volume.value():+.1f} dB")

    def _enabled(self, checked: bool) -> None:
        clip = self._clip()
        if clip:
            self.state.apply([SetClipEnabled(clip_id=clip.id, enabled=checked)], f"{'Enable' if checked else 'Disable'} {clip.id}")

    def _add_effect(self, index: int) -> None:
        clip = self._clip()
        self.add_effect.setCurrentIndex(0)
        if not clip or index <= 0:
            return
        second = int(self.state.project.fps)
        effect = [FadeIn(duration=second), FadeOut(duration=second), BlackAndWhite(), Blur()][index - 1]
        self.state.apply([AddEffect(clip_id=clip.id, effect=effect)], f"Add {EFFECT_CHOICES[index - 1]} to {clip.id}")

    def _remove_effect(self) -> None:
        clip = self._clip()
        row = self.effects.currentRow()
        if clip and 0 <= row < len(clip.effects):
            self.state.apply([RemoveEffect(clip_id=clip.id, effect_id=clip.effects[row].id)], f"Remove {clip.effects[row].type.replace('_', ' ')} from {clip.id}")
