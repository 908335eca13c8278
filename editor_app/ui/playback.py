"""Real-time playback: the proxy chunks decoded by the bundled ffmpeg in a thread, shown by the player's clock.

Why not step preview frames: an uncached frame costs a whole ffmpeg run (about 230 ms on a
loaded machine). The proxy (render/proxy.py) is the timeline at preview size in 2 s chunks,
cached by content, so after an edit only the chunk under the playhead must be rendered before
playback starts. A decoder thread fills a small queue; a precise timer shows the frame the
clock asks for and counts frames it had to skip. The clock is the sound card's position when
Qt Multimedia plays the audio (ui/sound_out.py: a fresh stream per run, so its count starts at
our first sample), and a monotonic clock otherwise: at 2/4/8x, and where there is no sound
(the window then says once why, naming the missing library or sound server).
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from editor_app.model.project import Project
from editor_app.render.proxy import (
    chunks_from, proxy_size, render_chunk, with_media_proxies,
)
from editor_app.ui.proxy_keeper import _SHUTDOWN, ProxyKeeper, prune  # noqa: F401  (ProxyKeeper, prune: imported from here)
from editor_app.ui.sound_out import AudioOut, sound_problem

log = logging.getLogger(__name__)


@dataclass
class PlaybackStats:
    """What a run of playback did: for the benchmark and the tests."""

    requested_at: float = 0.0
    started_at: float | None = None   # monotonic time the first frame was shown
    frames_shown: int = 0
    frames_dropped: int = 0           # frames that were due but never shown
    dropped_late_tick: int = 0        # of those, skipped because the UI thread ticked over a frame late
    late_ticks: int = 0               # ticks that came more than a frame after the one before
    first_frame: int = 0
    primed: bool = False              # the first frames were decoded before Play (Player.prime)
    moving_at: float | None = None    # monotonic time the clock first moved (with sound: the card took it)
    shown: list[tuple[float, int]] = field(default_factory=list)  # (clock seconds, frame) pairs
    positions: list[tuple[float, int]] = field(default_factory=list)  # (clock seconds, playhead) at each move
    offsets: list[float] = field(default_factory=list)  # at each tick: clock's frame minus the frame on screen

    @property
    def start_latency_s(self) -> float | None:
        """From the request until a picture is up and the clock (the sound) runs."""
        if self.started_at is None or self.moving_at is None:
            return None
        return max(self.started_at, self.moving_at) - self.requested_at


def _put(q: queue.Queue, item: object, stop: threading.Event) -> None:
    """Hand ``item`` over, but never block for good once playback stopped."""
    while not stop.is_set():
        try:
            q.put(item, timeout=0.05)
            return
        except queue.Full:
            continue


def _decode(cache_dir: Path, project: Project, size: tuple[int, int], first: int, rate: int,
            frames: queue.Queue, sound: queue.Queue | None, stop: threading.Event) -> None:
    """Decoder thread: render missing chunks, decode from ``first`` on, every ``rate``-th frame.

    Decoding uses the bundled ffmpeg (render/proxy_decode.py), not PyAV: one FFmpeg in the app.
    """
    from editor_app.render.proxy_decode import decode_chunk

    w, h = size
    try:
        for chunk in chunks_from(project, first, cache_dir, size):
            if chunk.end <= first:
                continue
            render_chunk(project, chunk, size)
            for kind, frame_no, data in decode_chunk(chunk.path, size, project.fps, chunk_start=chunk.start,
                                                     first=first, sound=sound is not None, stop=stop):
                if stop.is_set() or _SHUTDOWN.is_set():
                    return
                if kind == "sound":
                    _put(sound, data, stop)
                elif not (frame_no - first) % rate:
                    image = QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
                    _put(frames, (frame_no, image), stop)
    except Exception as exc:  # shown as a message; playback then stops at the last frame
        log.warning("playback decoder stopped: %s", exc)
        frames.put((-1, str(exc)))
        return
    frames.put((-1, None))


@dataclass
class _Run:
    """A decoder thread and its queues: started by play, or ahead of it by prime."""

    key: str
    thread: threading.Thread
    stop: threading.Event
    frames: queue.Queue
    sound: queue.Queue | None


class Player(QObject):
    """Plays the timeline from a frame at 1, 2, 4 or 8 times speed (forward); sound at 1x."""

    frame_shown = Signal(int, QImage)
    position = Signal(int)  # the clock's frame: the playhead follows the sound, the picture follows it
    finished = Signal(str)  # "" at the end, else a sentence why it stopped

    def __init__(self, cache_dir: Path, parent: QObject | None = None, *, sound: bool = True) -> None:
        super().__init__(parent)
        self.cache_dir = Path(cache_dir)
        self.stats = PlaybackStats()
        self.audio: AudioOut | None = None
        self.sound_problem: str | None = None  # why there is no sound, when sound was wanted
        if sound:
            self.sound_problem = sound_problem()
            if self.sound_problem is None:
                try:  # opened with the window: the card is running by the time Play is pressed
                    self.audio = AudioOut(self)
                except Exception as exc:
                    self.sound_problem = f"No sound: the audio output would not open ({exc})."
            if self.sound_problem:
                log.info("%s", self.sound_problem)
        self._sounding = False  # this run plays sound (its clock is the card's)
        self._primed: _Run | None = None  # a decoder started ahead of Play (see prime)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._frames: queue.Queue = queue.Queue(maxsize=24)
        self._sound: queue.Queue | None = None
        self._head: tuple[int, object] | None = None
        self._t0: float | None = None
        self._frame0 = 0
        self._rate = 1
        self._fps = 30.0
        self._last_shown = -1
        self._last_tick: float | None = None
        self._position = -1
        self._end = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def primed_frame(self) -> int | None:
        """The frame a primed decoder waits at, if any."""
        return None if self._primed is None else int(self._primed.key.rsplit(":", 1)[1])

    @property
    def primed_ready(self) -> bool:
        """A primed decoder has its first picture (and sound) waiting: Play shows it at once."""
        run = self._primed
        return run is not None and not run.frames.empty() and (run.sound is None or not run.sound.empty())

    @property
    def sounding(self) -> bool:
        """This run of playback is heard (1x with a working output)."""
        return self._sounding

    def _snapshot(self, project: Project, frame: int) -> tuple[Project, str]:
        """The copy the decoder reads (it must not see later edits) and a key naming it and ``frame``."""
        snapshot = with_media_proxies(project, self.cache_dir)
        digest = hashlib.sha256(snapshot.model_dump_json().encode()).hexdigest()[:20]
        return snapshot, f"{digest}:{frame}"

    def _start_decoder(self, snapshot: Project, frame: int, rate: int, sound: bool) -> _Run:
        stop = threading.Event()
        frames: queue.Queue = queue.Queue(maxsize=24)
        pcm: queue.Queue | None = queue.Queue(maxsize=64) if sound else None
        thread = threading.Thread(target=_decode, name="playback-decoder", daemon=True,
                                  args=(self.cache_dir, snapshot, proxy_size(snapshot), frame, rate, frames, pcm, stop))
        thread.start()
        return _Run(key="", thread=thread, stop=stop, frames=frames, sound=pcm)

    def prime(self, project: Project, frame: int) -> bool:
        """Decode the first frames at ``frame`` ahead of a Play (the decoder waits, full, until then).

        Starting the two ffmpeg decoders costs 0.2-0.35 s on a loaded 2-core machine; primed,
        Play only has to start the sound. Only where the chunk under ``frame`` is rendered
        (priming never renders); an edit or a move of the playhead makes a new key.
        """
        if self.playing or project.duration <= 0 or frame >= project.duration:
            return False
        snapshot, key = self._snapshot(project, frame)
        if self._primed is not None and self._primed.key == key:
            return True
        self._drop_primed()
        first = next(iter(chunks_from(snapshot, frame, self.cache_dir, proxy_size(snapshot))), None)
        if first is None or not first.ready:
            return False
        run = self._start_decoder(snapshot, frame, 1, self.audio is not None)
        run.key = key
        self._primed = run
        return True

    def _drop_primed(self) -> None:
        if self._primed is not None:
            self._primed.stop.set()
            self._primed.thread.join(timeout=2)
            self._primed = None

    def play(self, project: Project, frame: int, rate: int = 1) -> None:
        """Start at ``frame``; the first picture appears once its chunk is decoded."""
        self.stop()
        self._rate = max(1, int(rate))
        self._fps = float(project.fps)
        self._frame0 = frame
        self._end = project.duration
        self._head = None
        self._t0 = None
        self._last_shown = frame - self._rate
        self._last_tick = None
        self._position = -1
        self.stats = PlaybackStats(requested_at=time.monotonic(), first_frame=frame)
        snapshot, key = self._snapshot(project, frame)
        sound = self.audio is not None and self._rate == 1
        primed, self._primed = self._primed, None
        if primed is not None and self._rate == 1 and primed.key == key and (primed.sound is not None) == sound:
            run = primed
            self.stats.primed = True
        else:
            if primed is not None:
                primed.stop.set()
                primed.thread.join(timeout=2)
            run = self._start_decoder(snapshot, frame, self._rate, sound)
        self._thread, self._stop, self._frames, self._sound = run.thread, run.stop, run.frames, run.sound
        self._sounding = False
        if run.sound is not None and self.audio is not None and self._rate == 1:
            try:
                self.audio.begin()
                self._sounding = True
            except Exception as exc:  # the card went away: the monotonic clock runs the show
                log.info("no sound for this run: %s", exc)
        self._timer.start(max(2, int(250 / self._fps / self._rate)))  # a quarter frame: a late tick rarely skips one
        self._tick()  # a primed first frame goes up now, not a tick later

    def clock_s(self) -> float:
        """Seconds of timeline played since the first frame (the sound card's clock when there is sound)."""
        if self._sounding and self.audio is not None:
            return self.audio.position_s()
        if self._t0 is None:
            return 0.0
        return (time.monotonic() - self._t0) * self._rate

    def _feed_sound(self) -> None:
        audio, sound = self.audio, self._sound
        if audio is None or sound is None:
            return
        audio.push()
        while audio.wants():
            try:
                audio.push(sound.get_nowait())
            except queue.Empty:
                return

    def _tick(self) -> None:
        now = time.monotonic()
        late = self._last_tick is not None and now - self._last_tick > 1.0 / (self._fps * self._rate)
        self._last_tick = now
        self.stats.late_ticks += late
        if self._sounding:
            self._feed_sound()
        if self._head is None:
            try:
                self._head = self._frames.get_nowait()
            except queue.Empty:
                return
        if self._head[0] < 0:
            self._finish(self._head[1] or "")
            return
        if self._t0 is None:  # the first picture is here: the (monotonic) clock starts now
            self._t0 = time.monotonic()
        clock = self.clock_s()
        if clock > 0 and self.stats.moving_at is None:  # when the clock started, by its own count
            self.stats.moving_at = time.monotonic() - clock / self._rate
        target = self._frame0 + int(clock * self._fps + 1e-6)
        if self._last_shown >= self._frame0:  # what the user saw until this tick, against the clock
            self.stats.offsets.append(self._frame0 + clock * self._fps - self._last_shown)
        if target != self._position:
            self._position = target
            self.stats.positions.append((clock, target))
            self.position.emit(min(target, self._end - 1))
        shown = None
        while self._head is not None and self._head[0] >= 0 and self._head[0] <= target:
            shown = self._head
            try:
                self._head = self._frames.get_nowait()
            except queue.Empty:
                self._head = None
        if shown is None:
            if target >= self._end - 1:
                self._finish("")
            return
        frame_no, image = shown
        skipped = max(0, (frame_no - self._last_shown) // self._rate - 1)
        self.stats.frames_dropped += skipped
        if late:  # the frames were decoded in time; the UI thread was not scheduled (a busy machine)
            self.stats.dropped_late_tick += skipped
        self._last_shown = frame_no
        self.stats.frames_shown += 1
        if self.stats.started_at is None:
            self.stats.started_at = time.monotonic()
        self.stats.shown.append((clock, frame_no))
        self.frame_shown.emit(frame_no, image)
        if frame_no >= self._end - 1:
            self._finish("")

    def _finish(self, why: str) -> None:
        self.stop()
        self.finished.emit(why)

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        if self.audio is not None:
            self.audio.end()
        self._sounding = False

    def close(self) -> None:
        """The window goes: stop and let the sound card go."""
        self.stop()
        self._drop_primed()
        if self.audio is not None:
            self.audio.close()
            self.audio = None
