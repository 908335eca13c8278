"""Playback with sound beside playback with pictures only: fps, dropped frames, start times, A/V offset.

Run:  .venv/bin/python benchmarks/playback_bench.py [--seconds 5] [--demo DIR] [--no-gc-guard]
The demo project with B-roll (one clip black-and-white), fades and a ducked music envelope,
played at preview size (the proxy, 180 p) off-screen. Sound goes to the default output through
Qt Multimedia (in CI and on the shared machine: PulseAudio with a null sink, see .ci/sound.sh);
without a sound server the sound column says why and is left out. Figures come from the
player's own clock and counters: with sound the clock is the card's (QAudioSink.processedUSecs),
without it a monotonic clock. Baseline: the picture-only path, and the old frame stepping.
Targets: the project's frame rate, under 1% dropped, start under 300 ms after an edit.

A/V offset: at each UI tick, the clock's position minus the frame on screen, in frames (what the
viewer saw until that tick; 0-1 is in step; -1 to 2 means the frame being heard is the one shown
or a neighbour: "within one frame"). "card / wall" is how fast the sound card's clock
ran against the wall clock: below 1 where the machine did not run PulseAudio's client thread in
time (a gap in the sound; the picture waits for the sound, so the two stay together).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor_app.model.effects import BlackAndWhite, FadeIn, FadeOut  # noqa: E402
from editor_app.model.operations import AddEffect, MoveClip, OverwriteClip, SetVolumeEnvelope  # noqa: E402
from editor_app.model.project import EnvelopePoint  # noqa: E402
from editor_app.render.proxy import make_media_proxies, plan_chunks, proxy_size, render_chunk, with_media_proxies  # noqa: E402
from editor_app.session import Session  # noqa: E402
from editor_app.ui.playback import Player  # noqa: E402


def build(folder: Path) -> Session:
    from editor_app.demo import create_demo_project

    s = create_demo_project(folder)
    ids = {m.name: m.id for m in s.project.media.values()}
    _main, broll, music = s.project.tracks
    s.apply([OverwriteClip(track_id=broll.id, media_id=ids["beach"], start=60, duration=150, name="beach"),
             OverwriteClip(track_id=broll.id, media_id=ids["food"], start=330, duration=120, name="food")], "B-roll")
    beach, food = s.project.track(broll.id).clips
    mc = s.project.track(music.id).clips[0]
    s.apply([AddEffect(clip_id=beach.id, effect=FadeIn(duration=15)), AddEffect(clip_id=beach.id, effect=FadeOut(duration=15)),
             AddEffect(clip_id=food.id, effect=BlackAndWhite()),
             SetVolumeEnvelope(clip_id=mc.id, points=[EnvelopePoint(frame=0, db=0), EnvelopePoint(frame=20, db=-12),
                                                      EnvelopePoint(frame=500, db=-12), EnvelopePoint(frame=530, db=0)])],
            "fades and ducking")
    return s


def spin(app: QApplication, seconds: float, until=lambda: False) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.002)


def play(app: QApplication, player: Player, session: Session, start: int, seconds: float, *, prime: bool = False) -> dict:
    if prime:
        player.prime(session.project, start)
        spin(app, 3.0, lambda: player._primed is not None and player._primed.frames.full())
    player.play(session.project, start, 1)
    deadline = time.monotonic() + seconds + 30
    while time.monotonic() < deadline and player.playing and player.clock_s() < seconds:
        app.processEvents()
        time.sleep(0.001)
    stats = player.stats
    clock = player.clock_s()
    wall = time.monotonic() - (stats.moving_at or time.monotonic())
    sounding = player.sounding
    player.stop()
    due = stats.frames_shown + stats.frames_dropped
    offsets = sorted(stats.offsets) or [float("nan")]
    return {"start_ms": (stats.start_latency_s or float("nan")) * 1000, "fps": stats.frames_shown / clock if clock else 0.0,
            "dropped_pct": 100.0 * stats.frames_dropped / due if due else 0.0,
            "late_pct": 100.0 * stats.dropped_late_tick / due if due else 0.0, "late_ticks": stats.late_ticks,
            "off50": offsets[len(offsets) // 2], "off95": offsets[int(len(offsets) * 0.95)], "offmax": offsets[-1],
            "within1": 100.0 * sum(-1 <= o < 2 for o in offsets) / len(offsets),
            "ratio": clock / wall if wall > 0 else float("nan"), "sounding": sounding, "primed": stats.primed}


def nudge(session: Session) -> int:
    beach = session.project.tracks[1].clips[0]
    session.apply([MoveClip(clip_id=beach.id, start=beach.start + 15)], "nudge the beach clip")
    return session.project.tracks[1].clips[0].start


def measure(app: QApplication, player: Player, session: Session, seconds: float) -> dict:
    warms = [play(app, player, session, 0, seconds) for _ in range(2)]
    primed = play(app, player, session, 0, seconds, prime=True)
    at = nudge(session)
    edited = play(app, player, session, at, 2.0)                  # at once: the edited chunk is rendered first
    at = nudge(session)
    snapshot = with_media_proxies(session.project, player.cache_dir)   # what the window's keeper does after 0.6 s
    for chunk in plan_chunks(snapshot, player.cache_dir, proxy_size(snapshot)):
        render_chunk(snapshot, chunk, proxy_size(snapshot))
    rested = play(app, player, session, at, 2.0, prime=True)    # the playhead rested after the edit: primed
    return {"warm": warms[-1], "warms": warms, "primed": primed, "edited": edited, "rested": rested}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--demo", help="use this demo folder (made if missing)")
    ap.add_argument("--no-gc-guard", action="store_true", help="let Python collect on any thread (before the guard)")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    from editor_app.ui import gc_guard

    if not args.no_gc_guard:
        gc_guard.install(app)  # as the app does: cycles collected on the UI thread, between frames
    tmp = Path(args.demo) if args.demo else Path(tempfile.mkdtemp()) / "demo"
    session = Session.open(tmp) if (tmp / "project.json").exists() else build(tmp)
    fps = float(session.project.fps)
    cache = Path(tempfile.mkdtemp()) / "proxy"
    t = time.monotonic()
    make_media_proxies(session.project, cache)
    snapshot = with_media_proxies(session.project, cache)
    for chunk in plan_chunks(snapshot, cache, proxy_size(snapshot)):   # what the window does in the background
        render_chunk(snapshot, chunk, proxy_size(snapshot))
    warm_s = time.monotonic() - t

    load0 = os.getloadavg()[0]
    quiet = Player(cache, sound=False)
    picture = measure(app, quiet, session, args.seconds)
    quiet.close()
    heard = Player(cache, sound=True)
    problem = heard.sound_problem
    if heard.audio is not None:
        spin(app, 5.0, lambda: heard.audio.ready)
        sound = measure(app, heard, session, args.seconds)
    else:
        sound = None
    heard.close()

    from editor_app.render.preview import clear_memory_cache, preview_frame

    clear_memory_cache()
    t = time.monotonic()
    for frame in range(90, 96):
        preview_frame(session.project, frame, (320, 180), use_disk=False)
    step_fps = 6 / (time.monotonic() - t)
    load1 = os.getloadavg()[0]

    print(f"demo with B-roll, fades, ducking at {fps:g} fps, preview {'x'.join(map(str, proxy_size(snapshot)))}, "
          f"{args.seconds:g} s a run; load average {load0:.1f} -> {load1:.1f} on {os.cpu_count()} cores")
    print(f"(proxy: small media copies and all chunks made first in {warm_s:.1f} s, as the window does in the background)")
    if sound is None:
        print(f"sound path not measured: {problem}")
    cols = [("pictures only", picture)] + ([("with sound", sound)] if sound else [])
    print(f"{'':38}" + "".join(f"{name:>16}" for name, _ in cols) + f"{'target':>12}")

    def row(label: str, key: str, fmt: str, target: str = "", run: str = "warm") -> None:
        print(f"{label:38}" + "".join(f"{format(r[run][key], fmt):>16}" for _, r in cols) + f"{target:>12}")

    row("frames shown per second (warm)", "fps", ".1f", f"{fps:g}")
    row("dropped frames (warm, %)", "dropped_pct", ".2f", "< 1%")
    row("  of which the UI tick was late (%)", "late_pct", ".2f")
    print(f"{'  dropped, mean of 3 runs (%)':38}" + "".join(
        f"{statistics.mean([*r['warms'], r['primed']][i]['dropped_pct'] for i in range(3)):>16.2f}" for _, r in cols))
    row("start from 0:00, decoder cold (ms)", "start_ms", ".0f", "< 300")
    row("start from 0:00, primed (ms)", "start_ms", ".0f", "< 200", run="primed")
    row("start right after an edit (ms)", "start_ms", ".0f", "< 300", run="edited")
    row("start after an edit, rested (ms)", "start_ms", ".0f", "< 300", run="rested")
    row("A/V offset median (frames)", "off50", ".2f", "0-1")
    row("A/V offset 95th percentile (frames)", "off95", ".2f", "<= 1")
    row("A/V offset max (frames)", "offmax", ".2f")
    row("ticks with the frames within one (%)", "within1", ".1f", "100")
    row("clock / wall clock", "ratio", ".3f", "1.000")
    print(f"{'baseline: frame stepping (fps)':38}{step_fps:>16.1f}")
    guard = gc_guard._GUARD
    if guard is not None:
        print(f"{'longest UI-thread collection (ms)':38}{guard.longest_ms:>16.0f}   ({guard.collections} passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
