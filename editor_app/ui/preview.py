"""The preview: the frame at the playhead, drawn by the render layer in a worker.

Only one frame is computed at a time; while it runs, newer requests replace each other so a
scrub never queues up stale frames. Forward playback runs through ui.playback.Player (the
proxy decoded in real time); sound needs Qt Multimedia, which on Linux needs the PulseAudio
client library and a sound server: when either is missing the panel says which, once.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from editor_app.ui import workers
from editor_app.ui.playback import Player, ProxyKeeper
from editor_app.ui.state import EditorState
from editor_app.ui.timefmt import show_time

log = logging.getLogger(__name__)
PROXY_START_MS = 5000
PRIME_MS = 250  # the playhead rests this long before the decoder starts there
PRIME_TRIES = 20  # once a second while the chunk there is being rendered


def to_qimage(array: np.ndarray) -> QImage:
    height, width, _ = array.shape
    data = np.ascontiguousarray(array)
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class PreviewPanel(QWidget):
    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("preview")
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(320, 180))
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.time_label = QLabel()
        self.time_label.setObjectName("timecode")
        self.rate_label = QLabel("")
        self.rate_label.setObjectName("rate")
        self.rate_label.setToolTip("Playback speed: L faster forward, J backward, K stops")
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.play_button = QPushButton("▶  Play")
        self.play_button.setToolTip("Play / pause (Space)")
        back = QPushButton("◀︎ Frame")
        fwd = QPushButton("Frame ▶︎")
        back.clicked.connect(lambda: state.set_playhead(state.playhead - 1))
        fwd.clicked.connect(lambda: state.set_playhead(state.playhead + 1))
        self.play_button.clicked.connect(state.toggle_play)
        controls = QHBoxLayout()
        controls.addWidget(back)
        controls.addWidget(self.play_button)
        controls.addWidget(fwd)
        controls.addStretch(1)
        controls.addWidget(self.rate_label)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addWidget(self.picture, 1)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        cache = state.session.path / "cache" / "proxy"
        self.player = Player(cache, self, sound=True)  # opens the sound card now, or says why it cannot
        message = self.player.sound_problem or ""
        self.has_sound = self.player.audio is not None
        self.note.setText(message)  # said once, here, for as long as the window is open
        self.note.setVisible(bool(message))
        self.player.frame_shown.connect(self._played)
        self.player.position.connect(state.set_playhead)
        self.player.finished.connect(self._play_finished)
        state.player = self.player
        self.proxy = ProxyKeeper(cache, self)
        self._proxy_timer = QTimer(self)
        self._proxy_timer.setSingleShot(True)
        self._proxy_timer.setInterval(600)  # after a burst of edits, once
        self._proxy_timer.timeout.connect(lambda: self.proxy.refresh(state.project, state.playhead))
        state.playing_changed.connect(self._show_rate)
        # first proxy pass once the window has been open a while (not during start-up work)
        # (a timer owned by the panel: a free-standing singleShot outlived closed windows)
        self._proxy_start = QTimer(self)
        self._proxy_start.setSingleShot(True)
        self._proxy_start.setInterval(PROXY_START_MS)
        self._proxy_start.timeout.connect(self._proxy_timer.start)
        self._proxy_start.start()
        # the decoder starts at the playhead once it rests, so Play needs only the sound to start
        self._prime_timer = QTimer(self)
        self._prime_timer.setSingleShot(True)
        self._prime_timer.setInterval(PRIME_MS)
        self._prime_timer.timeout.connect(self._prime)
        state.playhead_changed.connect(lambda _f: None if self.player.playing else self._prime_timer.start(PRIME_MS))
        state.playing_changed.connect(lambda on: None if on else self._prime_timer.start(PRIME_MS))
        self._prime_tries = 0
        self._prime_timer.start(PRIME_MS)
        self._busy = False
        self._wanted: tuple[int, int] | None = None
        self._shown: tuple[int, int] | None = None
        self._image: QImage | None = None
        self.frames_shown = 0
        state.playhead_changed.connect(lambda _f: self._update_time() if self.player.playing else self.request())
        state.project_changed.connect(self._project_changed)
        state.playing_changed.connect(lambda on: self.play_button.setText("❚❚  Pause" if on else "▶  Play"))
        self._update_time()
        self.request()

    def _played(self, frame: int, image: QImage) -> None:
        """A frame from the player: show it and move the playhead (without drawing it again)."""
        self._image = image
        self._shown = None
        self.frames_shown += 1
        self._paint()

    def _play_finished(self, why: str) -> None:
        self.state.stop()
        if why:
            self.state.message.emit(f"Playback stopped: {why}")
        self.request()

    def _show_rate(self, playing: bool) -> None:
        rate = self.state.rate
        if not playing or not rate:
            self.rate_label.setText("")
            self.request()
            return
        self.rate_label.setText(("◀◀ " if rate < 0 else "▶ ") + f"{abs(rate):g}×")

    def _prime(self) -> None:
        if self.player.playing or self.state.rate:
            return
        if self._prime_timer.interval() == PRIME_MS:
            self._prime_tries = 0
        if not self.player.prime(self.state.project, self.state.playhead) and (
                self.proxy.busy or self._proxy_start.isActive()) and self._prime_tries < PRIME_TRIES:
            self._prime_tries += 1
            self._prime_timer.start(1000)  # the chunk under the playhead is not rendered yet: try again

    def close_player(self) -> None:
        self._prime_timer.stop()
        self.player.close()
        self.proxy.close()

    def _update_time(self) -> None:
        fps = self.state.project.fps
        self.time_label.setText(f"{show_time(self.state.playhead, fps)}  /  "
                                f"{show_time(self.state.project.duration, fps)}")

    def _project_changed(self, _change) -> None:
        """The time label now; the frame (a project copy and a worker) once the edit is painted,
        and the proxy and priming timers counted from then (on a loaded machine the paint can
        come later than their delays: their work, 20-30 ms, must not come before it)."""
        self._update_time()
        self._prime_timer.stop()
        self._proxy_timer.stop()
        self.state.after_paint.defer("preview frame", self.request)
        self.state.after_paint.defer("preview timers", self._restart_timers)

    def _restart_timers(self) -> None:
        self._proxy_timer.start()
        self._prime_timer.start(PRIME_MS)

    def request(self) -> None:
        self._update_time()
        self._wanted = (self.state.playhead, self.state.session.version)
        if not self._busy:
            self._start()

    @property
    def busy(self) -> bool:
        return self._busy or self._wanted is not None

    def _start(self) -> None:
        if self._wanted is None or self._wanted == self._shown:
            self._wanted = None
            return
        try:
            from editor_app.render.preview import preview_frame
        except ImportError as exc:
            self.picture.setText(f"Preview unavailable: the render layer is missing ({exc})")
            self._wanted = None
            return
        frame, version = self._wanted
        self._wanted = None
        project = self.state.project
        if project.duration <= 0:
            self.picture.setText("The timeline is empty: drop media from the bin onto it")
            return
        width = 640
        height = max(2, round(width * project.settings.height / project.settings.width))
        snapshot = project.clone()  # the worker must not see later edits half-made
        cache = self.state.session.path / "cache" / "preview"
        self._busy = True
        workers.submit(lambda: preview_frame(snapshot, frame, (width, height), cache_dir=cache),
                       on_done=lambda arr: self._done((frame, version), arr),
                       on_error=lambda exc: self._failed(exc))

    def _done(self, key: tuple[int, int], array: np.ndarray) -> None:
        self._busy = False
        self._shown = key
        self._image = to_qimage(array)
        self.frames_shown += 1
        self._paint()
        self._start()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.picture.setText(f"Cannot draw this frame: {exc}")
        self._start()

    def _paint(self) -> None:
        if self._image is None:
            return
        size = self.picture.size()
        self.picture.setPixmap(QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._paint()
