"""Timeline update after a one-clip edit on a 1,000-clip project: following Change.touched vs a full rebuild.

Run:  .venv/bin/python benchmarks/timeline_follow_bench.py [--clips 1000] [--tracks 4] [--edits 40]
Measures the view's handler and the repaint it causes (off-screen), per edit; not the model's apply.
Baseline: TimelineView.rebuild() then a full repaint, what every change cost before.
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

from editor_app.model.effects import ColorGenerator  # noqa: E402
from editor_app.model.operations import AddTrack, InsertClip, SetVolume  # noqa: E402
from editor_app.session import Session  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clips", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--tracks", type=int, default=4)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    from editor_app.ui.media_cache import MediaCache
    from editor_app.ui.state import EditorState
    from editor_app.ui.timeline import TimelineView

    folder = Path(tempfile.mkdtemp())
    s = Session.create(folder / "proj", name="bench", fps=30, width=320, height=180)
    s.apply([AddTrack(kind="video", role="main", name=f"Cards {n}") for n in range(args.tracks)], "tracks")
    per = args.clips // args.tracks
    s.apply([InsertClip(track_id=t.id, generator=ColorGenerator(color="#446688"), start=i * 60, duration=60)
             for t in s.project.tracks for i in range(per)], "cards")
    state = EditorState(s)
    view = TimelineView(state, MediaCache(folder / "cache"))
    view.resize(1400, 300)
    view.show()
    view.set_ppf(0.5, 0)
    app.processEvents()

    def timed(handler) -> tuple[list[float], list[float]]:
        """(view handler ms, repaint ms) per edit; the model's own apply time is left out."""
        handled: list[float] = []
        painted: list[float] = []

        def measured(change) -> None:
            t = time.perf_counter()
            handler(change)
            handled.append((time.perf_counter() - t) * 1000)

        state.project_changed.disconnect()
        state.project_changed.connect(measured)
        for i in range(args.edits):
            clip = s.project.tracks[0].clips[i % 20]
            s.apply([SetVolume(clip_id=clip.id, db=-float(i % 7))], "volume")  # emits project_changed
            t = time.perf_counter()
            app.processEvents()  # the paint of what the handler invalidated
            painted.append((time.perf_counter() - t) * 1000)
        return handled, painted

    follow = timed(view.follow)
    rebuild = timed(lambda _c: view.rebuild())
    print(f"one-clip edit on {args.clips} clips in {args.tracks} tracks, {args.edits} edits, ms per edit (median / p90)")
    print(f"{'':24}{'view handler':>18}{'repaint':>18}")
    for name, (handled, painted) in (("follow Change.touched", follow), ("baseline: full rebuild", rebuild)):
        h, p = sorted(handled), sorted(painted)
        print(f"{name:24}{statistics.median(h):9.2f} / {h[int(len(h) * 0.9)]:6.2f}"
              f"{statistics.median(p):9.2f} / {p[int(len(p) * 0.9)]:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
