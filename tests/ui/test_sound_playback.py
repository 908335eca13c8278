"""Playback with real sound: Qt Multimedia's QAudioSink on a real PulseAudio server (a null sink in CI).

A 3-track timeline of our own media carries sync marks: the talk flashes white at 1.0 s while
its sound beeps (1 kHz), the B-roll flashes at its 0.5 s while it beeps (2 kHz), over music.
The tests read the sound card's clock (QAudioSink.processedUSecs) themselves, the pictures the
window was given, and the PCM that went to the card, so a clock, an offset or a stream that is
out of step fails them. They skip, with one line naming what is missing, where there is no
libpulse or no sound server (`.ci/run` starts one where it can).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from editor_app.media.ffmpeg import ffmpeg_exe
from tests.ui.conftest import run, until

FPS = 30
TALK_MARK, BROLL_START, BROLL_MARK = 30, 60, 75  # timeline frames of the two flashes and beeps
FLASH = 4  # frames a flash lasts: one is seen even where a busy machine makes the player skip a few


@pytest.fixture
def sound(qapp):
    from editor_app.ui.sound_out import sound_problem

    problem = sound_problem()
    if problem:
        pytest.skip(problem)


def _make(path: Path, video: tuple[str, str] | None, audio: str, seconds: float) -> Path:
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y"]
    if video:
        cmd += ["-f", "lavfi", "-i", f"{video[0]}:d={seconds},{video[1]}"]
    cmd += ["-f", "lavfi", "-i", f"aevalsrc='{audio}':s=48000:d={seconds}", "-t", str(seconds)]
    if video:
        cmd += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "15"]
    cmd += ["-c:a", "pcm_s16le", str(path)]  # PCM: no encoder delay to blur the marks
    subprocess.run(cmd, check=True, capture_output=True)
    return path


@pytest.fixture(scope="module")
def sync_media(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sync_media")
    flash = "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='between(n,{a},{b})'"
    return {
        "talk": _make(folder / "talk.mov", (f"color=c=0x203040:s=320x180:r={FPS}", flash.format(a=30, b=30 + FLASH - 1)),
                      "0.04*sin(2*PI*220*t)+if(between(t,1,1.1),0.8*sin(2*PI*1000*t),0)", 4),
        "broll": _make(folder / "broll.mov", (f"smptebars=s=320x180:r={FPS}", flash.format(a=15, b=15 + FLASH - 1)),
                       "if(between(t,0.5,0.6),0.8*sin(2*PI*2000*t),0)", 2),
        "music": _make(folder / "music.wav", None, "0.04*sin(2*PI*330*t)", 4),
    }


@pytest.fixture
def sync_window(tmp_path, sync_media, sound, qtbot, qloop, monkeypatch):
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    s = Session.create(tmp_path / "proj", name="Sync marks", fps=FPS, width=320, height=180)
    s.apply([ImportMedia(asset=build_asset(sync_media[n])) for n in ("talk", "broll", "music")], "import")
    s.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
             AddTrack(kind="audio", role="music", name="Music")], "tracks")
    main, broll, music = s.project.tracks
    ids = {m.name: m.id for m in s.project.media.values()}
    s.apply([InsertClip(track_id=main.id, media_id=ids["talk"], start=0, name="talk"),
             InsertClip(track_id=broll.id, media_id=ids["broll"], start=BROLL_START, name="beach"),
             InsertClip(track_id=music.id, media_id=ids["music"], start=0, name="tune")], "clips")
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    player = w.preview.player
    assert player.audio is not None, player.sound_problem
    player.audio.tap = bytearray()
    # what the window does in the background: the proxy chunks (here at once, not 5 s after opening)
    w.preview.proxy.refresh(s.project, 0)
    run(qloop, until(lambda: not w.preview.proxy.busy and player.audio.ready, 120), 130)
    yield w
    w.close()


class Watch:
    """What the window was given while playing: each frame with the card's own clock at that moment."""

    def __init__(self, player) -> None:
        self.player = player
        self.shown: list[tuple[int, float, float]] = []  # (frame, card clock in frames, brightness)
        player.frame_shown.connect(self._shown)

    def _shown(self, frame: int, image) -> None:
        card = self.player.audio.sink.processedUSecs() / 1e6 * FPS if self.player.audio.sink else float("nan")
        ptr = image.constBits()
        pixels = np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes())
        self.shown.append((frame, card, float(pixels.mean())))

    def flash(self, lo: int, hi: int) -> tuple[int, float]:
        """The first bright frame shown in [lo, hi] and the card's clock (frames) when it was shown."""
        for frame, card, light in self.shown:
            if lo <= frame <= hi and light > 200:
                return frame, card
        raise AssertionError(f"no white frame shown between {lo} and {hi}: {[(f, round(b)) for f, _c, b in self.shown]}")


def beep_frame(pcm: bytes, lo_s: float, hi_s: float, first: int) -> float:
    """Timeline frame where the sound sent to the card first beeps within [lo_s, hi_s] of the stream."""
    samples = np.frombuffer(bytes(pcm), dtype="<i2").reshape(-1, 2)[:, 0].astype(np.float64)
    part = np.abs(samples[int(lo_s * 48000):int(hi_s * 48000)])
    assert part.size and part.max() > 6 * np.median(part) + 200, "no beep in the sound sent to the card"
    onset = int(np.argmax(part > 0.5 * part.max())) + int(lo_s * 48000)
    return first + onset / 48000 * FPS


def _play_for(qloop, state, player, seconds: float) -> None:
    run(qloop, until(lambda: player.clock_s() >= seconds or not player.playing, 30), 40)
    assert player.playing, "playback stopped before %.1f s of the sound card's clock" % seconds


def test_sound_plays_from_zero_in_step_with_the_picture(sync_window, qloop):
    state, player = sync_window.state, sync_window.preview.player
    state.set_playhead(0)
    # the playhead rested: the decoder waits at 0:00 with its first frame (as after 0.25-0.6 s in the window)
    run(qloop, until(lambda: player.primed_frame == 0 and player.primed_ready, 20), 30)
    watch = Watch(player)
    state.play(1.0)
    run(qloop, until(lambda: player.stats.start_latency_s is not None, 10), 20)
    stats = player.stats
    assert player.sounding and stats.primed and stats.first_frame == 0
    wall0 = stats.moving_at
    _play_for(qloop, state, player, 3.0)
    card_s = player.audio.sink.processedUSecs() / 1e6
    wall = time.monotonic() - wall0
    # the player's clock is the card's: processedUSecs of this run's stream, counted from our first sample
    assert abs(player.clock_s() - card_s) < 1 / FPS
    # real time as the card counts it: the playhead covered 3 s of frames (within 5%) over 3 s of sound,
    # each move landing on the clock's frame; and the card never ran ahead of the wall clock
    moves = stats.positions
    assert moves[0][1] == 0
    for clock, frame in moves:
        assert frame == int(clock * FPS + 1e-6)
    clock, frame = moves[-1]
    assert abs(frame - clock * FPS) <= 0.05 * clock * FPS + 1 and clock >= 2.9
    assert state.playhead >= frame - 1
    assert card_s <= wall * 1.05 + 0.05, (card_s, wall)
    # each picture went up while the card played its sound: the frame the card is playing (the floor of
    # its clock in frames, read here after the window painted the picture) is the one shown or a neighbour.
    # Not every one: on a shared 2-core machine at load 10-15 the UI thread or the decoder now and then
    # is not run for a few frames (the benchmark prints the distribution)
    offsets = sorted(card - f for f, card, _b in watch.shown)
    assert len(offsets) >= 60
    within = sum(-1.0 <= o < 2.0 for o in offsets) / len(offsets)
    assert within >= 0.8 and 0.0 <= offsets[len(offsets) // 2] < 1.5, offsets
    assert offsets[0] >= -1.0, offsets[0]  # never a picture a frame before its sound
    # by content: the talk's flash went up when the card had its beep, and the beep went to the card
    # at the talk's 1.0 s; the same for the B-roll's mark at 2.5 s (a different clip, track and chunk)
    pcm = bytes(player.audio.tap)
    for mark, lo, hi in ((TALK_MARK, 0.5, 2.0), (BROLL_MARK, 2.0, 2.95)):
        assert abs(beep_frame(pcm, lo, hi, 0) - mark) <= 1.0, (mark, beep_frame(pcm, lo, hi, 0))
        shown, card = watch.flash(mark, mark + FLASH - 1)
        assert -1.0 <= card - shown < 2.0, (mark, shown, card)
    state.stop()
    assert not player.playing and player.audio.sink is None  # paused: the play stream is gone, silence now


def test_play_from_zero_starts_within_200_ms(sync_window, qloop):
    """From Space to the first picture up and the card's clock running (the card's own count says when
    it started). The card's start waits for PulseAudio's client thread in this process to be scheduled:
    at load 11 on the shared 2-core machine about one start in five took 0.25 s, so the better of two
    starts counts; the benchmark prints each."""
    state, player = sync_window.state, sync_window.preview.player
    starts = []
    for _try in range(2):
        state.set_playhead(0)
        run(qloop, until(lambda: player.primed_frame == 0 and player.primed_ready, 20), 30)
        requested = time.monotonic()
        state.play(1.0)
        run(qloop, until(lambda: player.stats.start_latency_s is not None, 10), 20)
        stats = player.stats
        assert player.sounding and stats.primed and stats.first_frame == 0
        starts.append(max(stats.started_at, stats.moving_at) - requested)
        state.stop()
        if starts[-1] < 0.2:
            break
    assert min(starts) < 0.2, starts


def test_pause_and_seek_restart_the_sound_at_the_new_place(sync_window, qloop):
    state, player = sync_window.state, sync_window.preview.player
    state.set_playhead(0)
    state.play(1.0)
    _play_for(qloop, state, player, 0.5)
    state.stop()
    assert player.audio.sink is None and not player.sounding
    state.set_playhead(BROLL_START)
    run(qloop, until(lambda: player.primed_frame == BROLL_START and player.primed_ready, 20), 30)
    watch = Watch(player)
    state.play(1.0)
    _play_for(qloop, state, player, 1.0)
    assert player.stats.first_frame == BROLL_START and watch.shown[0][0] == BROLL_START
    # the new stream starts at the seek point: its clock from zero, its sound the B-roll's beep 0.5 s in
    assert abs(player.clock_s() - player.audio.sink.processedUSecs() / 1e6) < 1 / FPS
    assert abs(beep_frame(bytes(player.audio.tap), 0.2, 0.95, BROLL_START) - BROLL_MARK) <= 1.0
    shown, card = watch.flash(BROLL_MARK, BROLL_MARK + FLASH - 1)
    assert -1.0 <= BROLL_START + card - shown < 2.0
    state.stop()


def test_shuttle_speeds_with_sound(sync_window, qloop):
    state, player = sync_window.state, sync_window.preview.player
    state.set_playhead(0)
    state.shuttle(1)  # L: 1x, heard
    run(qloop, until(lambda: player.stats.moving_at is not None, 20), 30)
    assert player.sounding and player.audio.sink is not None
    state.shuttle(1)  # L again: 2x, pictures only on the monotonic clock (no chipmunk sound)
    assert state.rate == 2.0 and "2×" in sync_window.preview.rate_label.text()
    assert not player.sounding and player.audio.sink is None
    start = state.playhead
    run(qloop, until(lambda: player.clock_s() >= 1.0 or not player.playing, 20), 30)
    moves = player.stats.positions  # the 2x clock counts timeline seconds; the playhead follows it
    assert all(frame == start + int(clock * FPS + 1e-6) for clock, frame in moves) and moves[-1][1] > start + 10
    state.shuttle(0)  # K
    assert not player.playing and player.audio.sink is None and sync_window.preview.rate_label.text() == ""
    state.shuttle(1)  # L after K: heard again
    run(qloop, until(lambda: player.stats.moving_at is not None, 20), 30)
    assert player.sounding
    state.stop()


def test_no_sound_server_is_named(tmp_path):
    """Without a sound server Qt loads but finds no output: the sentence says so (a child process,
    since Qt looks for the server once per process)."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"Qt Multimedia cannot load here ({exc})")
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from editor_app.ui.sound_out import sound_problem; print(sound_problem())")
    env = {"PATH": "/usr/bin:/bin", "PULSE_SERVER": f"unix:{tmp_path}/no-such-socket", "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    line = out.stdout.strip().splitlines()[-1]
    assert "No sound" in line and "sound server" in line, line


def test_missing_pulse_library_names_the_package():
    from editor_app.ui.sound_out import import_problem

    text = import_problem("libpulse.so.0: cannot open shared object file: No such file or directory")
    assert "libpulse.so.0" in text and "sudo apt install libpulse0" in text
    assert import_problem("libfoo.so.1: cannot open shared object file") == \
        "No sound: Qt Multimedia cannot load (libfoo.so.1)."
