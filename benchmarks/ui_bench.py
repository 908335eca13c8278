"""UI benchmarks: start-up to a shown window, and timeline paint cost on a big project.

    .venv/bin/python benchmarks/ui_bench.py [--clips 1000] [--tracks 8]

Prints measured figures beside the targets (start-up < 2 s, redraw and zoom step < 16 ms).
Runs off-screen (QT_QPA_PLATFORM=offscreen) so it works headless; paint times are CPU
raster times, which is what an offscreen or software-rendered window costs.
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


def big_session(folder: Path, clips: int, tracks: int):
    """A project with ``clips`` clips over ``tracks`` tracks (half video cards, half audio)."""
    from editor_app.model.effects import ColorGenerator
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.model.project import MediaAsset
    from editor_app.session import Session

    session = Session.create(folder / "big", fps=30)
    audio = MediaAsset(id="", name="tone", path=str(folder / "missing.wav"), kind="audio",
                       duration=100000, has_audio=True, sample_rate=48000, channels=2)
    ops: list = [ImportMedia(asset=audio)]
    video_tracks = tracks // 2
    for i in range(tracks):
        kind = "video" if i < video_tracks else "audio"
        ops.append(AddTrack(kind=kind, role=("main", "broll", "titles", "overlay")[i % 4] if kind == "video"
                            else ("voice", "music", "sfx", "voice")[i % 4], name=f"{kind} {i + 1}"))
    session.apply(ops, "tracks")
    per_track = clips // tracks
    batch = []
    colours = ["#335577", "#775533", "#337755"]
    for t_index, track in enumerate(session.project.tracks):
        start = 0
        for n in range(per_track):
            length = 30 + (n * 7 + t_index * 13) % 90
            if track.kind == "video":
                batch.append(InsertClip(track_id=track.id, generator=ColorGenerator(color=colours[n % 3]),
                                        start=start, duration=length, name=f"clip {t_index}-{n}"))
            else:
                batch.append(InsertClip(track_id=track.id, media_id="m1", start=start, duration=length,
                                        source_in=start, name=f"audio {t_index}-{n}"))
            start += length + (n % 4) * 5
    session.apply(batch, "clips")
    return session


def timed_repaint(view, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_paint(clips: int, tracks: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.media_cache import MediaCache
    from editor_app.ui.state import EditorState
    from editor_app.ui.timeline import TimelineView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        session = big_session(Path(tmp), clips, tracks)
        state = EditorState(session)
        view = TimelineView(state, MediaCache(None))
        view.resize(1600, 620)
        view.show()
        app.processEvents()
        view.fit()
        app.processEvents()
        full_fit = timed_repaint(view, 20)
        view.set_ppf(2.0, 0)
        app.processEvents()
        full_zoomed = timed_repaint(view, 20)
        zoom_steps = []
        for i in range(20):
            started = time.perf_counter()
            view.zoom(1 if i % 2 == 0 else -1, 800)
            view.viewport().repaint()
            zoom_steps.append((time.perf_counter() - started) * 1000)
        rebuild = []
        for _ in range(5):
            started = time.perf_counter()
            view.rebuild()
            view.viewport().repaint()
            rebuild.append((time.perf_counter() - started) * 1000)
        total = sum(len(t.clips) for t in session.project.tracks)
        view.close()
        state.close()
    return {"clips": total, "redraw_all_visible_ms": statistics.median(full_fit),
            "redraw_zoomed_ms": statistics.median(full_zoomed), "zoom_step_ms": statistics.median(zoom_steps),
            "zoom_step_max_ms": max(zoom_steps), "rebuild_ms": statistics.median(rebuild)}


def bench_startup(demo_dir: Path | None) -> float | None:
    """Seconds from a fresh interpreter to the main window shown on the demo project."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        project = demo_dir
        if project is None:
            try:
                from editor_app.demo import create_demo_project

                project = Path(tmp) / "demo"
                create_demo_project(project)
            except Exception as exc:  # the demo media generator may not be there yet
                print(f"startup: skipped, cannot create the demo project ({exc})")
                return None
        code = ("import time,sys;t=time.perf_counter();from editor_app.ui.app import startup_probe;"
                f"print(startup_probe({str(project)!r}) + (time.perf_counter()-t))")
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        wall = time.perf_counter() - started
        if out.returncode != 0:
            print(out.stderr[-2000:])
            return None
        return wall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clips", type=int, default=1000)
    parser.add_argument("--tracks", type=int, default=8)
    parser.add_argument("--demo", type=Path, default=None, help="an existing demo project folder")
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    print(f"{'measure':34} {'value':>10}   target")
    if not args.skip_startup:
        startup = bench_startup(args.demo)
        if startup is not None:
            print(f"{'start-up to shown window (s)':34} {startup:10.2f}   < 2.00")
    figures = bench_paint(args.clips, args.tracks)
    print(f"{'clips on the timeline':34} {figures['clips']:10d}")
    print(f"{'redraw, all clips visible (ms)':34} {figures['redraw_all_visible_ms']:10.2f}   < 16")
    print(f"{'redraw, zoomed in (ms)':34} {figures['redraw_zoomed_ms']:10.2f}   < 16")
    print(f"{'zoom step + redraw (ms, median)':34} {figures['zoom_step_ms']:10.2f}   < 16")
    print(f"{'zoom step + redraw (ms, worst)':34} {figures['zoom_step_max_ms']:10.2f}   < 16")
    print(f"{'rebuild after an edit (ms)':34} {figures['rebuild_ms']:10.2f}   < 16")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
