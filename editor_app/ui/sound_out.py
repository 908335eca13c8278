"""The sound card for playback: Qt Multimedia's QAudioSink, kept warm while the window is open.

Why two streams. Measured on PulseAudio 16 (Debian's packages, a null sink, Qt 6.11): a stream
that joins a sink with no other stream waits for the block the sink is rendering, up to 2 s,
before its clock moves; with one stream always connected, a new one starts within a few
milliseconds. So the output keeps one silent stream open ("keep") from the window's start, and
each run of playback gets a fresh stream of its own ("play"), opened ahead of time (opening
one took 0.1-0.2 s on the loaded machine): its ``processedUSecs`` starts at zero with our
first sample (the clock needs no offset), and ``reset()`` on pause or seek drops what was
queued at once (no stale sound after a seek). The play stream holds 200 ms, so a UI
thread that is late by less than that never starves the card.

``processedUSecs`` counts what PulseAudio took from Qt's buffer: it runs ahead of what is heard
by the stream's own buffer, 1024 frames (21 ms) in Qt 6.11, under one frame at 30 fps.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

SAMPLE_RATE = 48000
BYTES_PER_SECOND = SAMPLE_RATE * 4  # s16le stereo
PLAY_BUFFER_BYTES = BYTES_PER_SECOND // 5  # 200 ms
WARM_BYTES = BYTES_PER_SECOND // 50  # 20 ms of silence: the keep stream's clock moving says the card runs
SPARE_DELAY_MS = 50  # after a run ends, the next play stream is opened


def sound_problem() -> str | None:
    """One sentence saying why sound cannot play here, or None when it can.

    Qt Multimedia loads only with the PulseAudio client library on Linux (libpulse0); with
    the library but no sound server (or no output device) Qt loads and finds no device.
    """
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return import_problem(str(exc))
    if QMediaDevices.defaultAudioOutput().isNull():
        return ("No sound: no audio output device was found (on Linux: is a PulseAudio or PipeWire "
                "sound server running?). Playback shows pictures only.")
    return None


def import_problem(reason: str) -> str:
    """The user's sentence for Qt Multimedia failing to load with ``reason`` (its ImportError text)."""
    missing = reason.split(":")[0].strip() if ".so" in reason else reason
    if "pulse" in reason:
        return (f"No sound: Qt Multimedia needs the PulseAudio client library ({missing}). "
                "Install it with: sudo apt install libpulse0")
    return f"No sound: Qt Multimedia cannot load ({missing})."


class AudioOut(QObject):
    """PCM to the default output. ``begin`` starts a run, ``push`` feeds it, ``end`` silences it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioFormat, QMediaDevices

        self._device = QMediaDevices.defaultAudioOutput()
        if self._device.isNull():
            raise RuntimeError("no audio output device")
        fmt = QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(2)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._format = fmt
        self._keep = self._sink(WARM_BYTES)
        keep_io = self._keep.start()
        if keep_io is None:
            raise RuntimeError(f"the audio output would not open ({self._keep.error().name})")
        keep_io.write(bytes(WARM_BYTES))
        self.sink = None  # the play stream (QAudioSink) of the current run
        self._io = None
        self._spare = None  # a play stream opened ahead (opening one took 0.1-0.2 s at load 12)
        self._spare_timer = QTimer(self)
        self._spare_timer.setSingleShot(True)
        self._spare_timer.setInterval(SPARE_DELAY_MS)
        self._spare_timer.timeout.connect(self._open_spare_later)
        self._open_spare()
        self.pending = bytearray()
        self.sent = 0  # bytes of this run handed to Qt
        self.tap: bytearray | None = None  # when set, a copy of every byte sent (tests, benchmark)

    def _sink(self, buffer_bytes: int):
        from PySide6.QtMultimedia import QAudioSink

        sink = QAudioSink(self._device, self._format, self)
        sink.setBufferSize(buffer_bytes)
        return sink

    @property
    def ready(self) -> bool:
        """The card has started taking sound (a new stream now starts at once)."""
        return self._keep.processedUSecs() > 0

    def _open_spare(self) -> None:
        if self._spare is not None:
            return
        sink = self._sink(PLAY_BUFFER_BYTES)
        io = sink.start()
        if io is None:
            sink.deleteLater()
            raise RuntimeError(f"the audio output would not open ({sink.error().name})")
        self._spare = (sink, io)

    def _open_spare_later(self) -> None:
        try:
            self._open_spare()
        except RuntimeError as exc:  # the next begin() tries again and says why
            log.info("no spare play stream: %s", exc)

    def begin(self) -> None:
        """A fresh play stream: its clock counts from our first sample.

        The stream was opened ahead and has taken nothing yet (the silence Qt plays while its
        buffer is empty is not counted), so ``processedUSecs`` starts at zero with our sound.
        """
        self.end()
        self._spare_timer.stop()
        self._open_spare()
        (self.sink, self._io), self._spare = self._spare, None
        self.pending = bytearray()
        self.sent = 0
        if self.tap is not None:
            self.tap.clear()

    def push(self, data: bytes = b"") -> None:
        """Queue ``data`` and hand Qt as much as its buffer takes now."""
        if self._io is None:
            return
        self.pending += data
        free = self.sink.bytesFree()
        if free >= 4 and self.pending:
            n = self._io.write(bytes(self.pending[:free - free % 4]))
            if n > 0:
                if self.tap is not None:
                    self.tap += self.pending[:n]
                del self.pending[:n]
                self.sent += n

    def wants(self) -> bool:
        """Whether Qt's buffer has room and nothing of ours is waiting for it."""
        return self.sink is not None and not self.pending and self.sink.bytesFree() > 0

    def position_s(self) -> float:
        """Seconds of this run's sound the card has taken (what is still in Qt's buffer is not counted)."""
        return 0.0 if self.sink is None else self.sink.processedUSecs() / 1e6

    def end(self) -> None:
        """Silence now: what is queued is dropped (pause, seek, another speed)."""
        if self.sink is not None:
            self.sink.reset()
            self.sink.deleteLater()
            self._spare_timer.start()  # the next run's stream, opened while nothing plays
        self.sink = self._io = None
        self.pending = bytearray()

    def close(self) -> None:
        self._spare_timer.stop()
        self.end()
        if self._spare is not None:
            self._spare[0].reset()
            self._spare = None
        self._keep.reset()
