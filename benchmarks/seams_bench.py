"""Seams benchmark: operations applied per reviewed turn, and updating views after one edit.

    .venv/bin/python benchmarks/seams_bench.py [--clips 1000]

1. Operations applied per reviewed turn: every ``Operation.apply`` of a plan operation from
   the proposal to the applied batch, divided by the plan's length, for a turn reviewed the
   way the window does it (propose -> ghost preview -> Apply). Target 2 (dry run + apply).
   Two drivers: the offline planner (which also simulates each instruction while planning,
   so a later instruction is measured on the timeline an earlier one leaves), and a model-like
   driver that emits tool calls without simulating (what an LLM does).
2. After one edit on a ``--clips`` project: the cost of naming what changed (Change.touched)
   and the time the timeline view takes to follow the edit (a full rebuild until the view
   updates only the touched clips; target under 16 ms).

Baselines were measured with this script on the code before the seams work (c9176bc).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import inspect
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.environ.get("SEAMS_TREE") or str(Path(__file__).resolve().parents[1]))

BASELINE = {"offline 1": 4.0, "offline 2": 3.5, "model-like": 3.0, "rebuild_ms": None}  # c9176bc, this script (SEAMS_TREE=<export of c9176bc>)


@contextlib.contextmanager
def counting():
    """Count apply() calls of public operation classes (inverses and restores are not counted)."""
    from editor_app.model.operations import REGISTRY

    box = {"n": 0}
    originals = {}
    for cls in REGISTRY.values():
        if cls.internal or "apply" not in cls.__dict__:
            continue
        originals[cls] = cls.__dict__["apply"]

        def wrapped(self, project, _orig=originals[cls]):
            box["n"] += 1
            return _orig(self, project)

        cls.apply = wrapped
    try:
        yield box
    finally:
        for cls, original in originals.items():
            cls.apply = original


def reviewed_turn(session, backend, message: str) -> float:
    """Propose, show the ghost preview (as the window does), apply; applies per plan operation."""
    from editor_app.orchestrator import Orchestrator
    from editor_app.ui.chat import ghost_for

    orchestrator = Orchestrator(session, backend=backend)
    with counting() as box:
        result = asyncio.run(orchestrator.propose(message))
        assert result.ok and result.ops, result.errors
        if "preview" in inspect.signature(ghost_for).parameters:
            ghost_for(session.project, result.ops, result.preview_for(session.version))
        else:
            ghost_for(session.project, result.ops)
        orchestrator.apply(result)
    return box["n"] / len(result.ops)


def model_like(steps):
    """A backend that emits fixed tool calls without simulating them first (like an LLM)."""
    from editor_app.orchestrator.backends import OfflineBackend
    from editor_app.planner.types import OfflinePlan, PlanStep

    return OfflineBackend(lambda message, project, **kw: OfflinePlan(True, [PlanStep(*s) for s in steps], "ok"))


def turns(work: Path) -> dict[str, float]:
    from editor_app.demo import create_demo_project
    from editor_app.orchestrator.backends import OfflineBackend

    out = {}
    session = create_demo_project(work / "demo-1")
    out["offline 1"] = reviewed_turn(session, OfflineBackend(), "cut the first 3 seconds")
    session = create_demo_project(work / "demo-a")
    out["offline 2"] = reviewed_turn(session, OfflineBackend(), "cut the first 3 seconds, then fade out the music over 2 seconds")
    session = create_demo_project(work / "demo-b")
    steps = [("timeline", "cut_range", {"start": 0, "end": 3}),
             ("audio", "fade", {"target": "music", "direction": "out", "duration": 2})]
    out["model-like"] = reviewed_turn(session, model_like(steps), "cut the first 3 seconds and fade the music")
    return out


def view_update(work: Path, clips: int) -> dict[str, float | str]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.ui_bench import big_session
    from editor_app.model.operations import SetVolume
    from editor_app.ui.media_cache import MediaCache
    from editor_app.ui.state import EditorState
    from editor_app.ui.timeline import TimelineView

    app = QApplication.instance() or QApplication([])
    session = big_session(work, clips, 8)
    state = EditorState(session)
    view = TimelineView(state, MediaCache(work / "cache"))
    view.resize(1400, 400)
    view.show()
    app.processEvents()
    seen = []
    session.subscribe(seen.append)
    target = next(c for t in session.project.tracks if t.kind == "audio" for c in t.clips)
    applies, touched = [], []
    for n in range(12):
        started = time.perf_counter()
        session.apply([SetVolume(clip_id=target.id, db=-(n % 6) - 1)], "volume")
        applies.append((time.perf_counter() - started) * 1000)
    try:
        from editor_app.model.changes import shape, touched as diff

        for _ in range(12):
            started = time.perf_counter()
            before = shape(session.project)
            diff(before, shape(session.project))
            touched.append((time.perf_counter() - started) * 1000)
        named = f"{len(seen[-1].clips)} clip(s) of {clips}"
    except ImportError:
        named = "n/a (no change events)"
    rebuild, partial = [], []
    for _ in range(8):
        started = time.perf_counter()
        view.rebuild()
        view.viewport().repaint()
        rebuild.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        view.viewport().repaint(view.clip_rect(target.id))  # what a view following Change.clips repaints
        partial.append((time.perf_counter() - started) * 1000)
    view.close()
    return {"apply_with_view_ms": statistics.median(applies), "touched_ms": statistics.median(touched) if touched else 0.0,
            "named": named, "rebuild_ms": statistics.median(rebuild), "partial_ms": statistics.median(partial)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clips", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        per_turn = turns(work)
        print("operations applied per reviewed turn (target 2: dry run + apply)")
        for key, value in per_turn.items():
            print(f"  {key:<11} {value:4.1f}   baseline {BASELINE[key]:4.1f}")
        print("  (offline 1/2: the offline planner on one / two instructions; model-like: tool calls as a model sends them)")
        figures = view_update(work, args.clips)
        print(f"one edit on a {args.clips}-clip project")
        print(f"  Change names        {figures['named']}")
        print(f"  naming it costs     {figures['touched_ms']:6.2f} ms (shape + diff, inside Session.apply)")
        print(f"  Session.apply        {figures['apply_with_view_ms']:6.1f} ms (validate, journal, save project.json, events)")
        rebuild_base = BASELINE["rebuild_ms"]
        print(f"  timeline: rebuild + full repaint {figures['rebuild_ms']:6.1f} ms   target 16 ms"
              + (f"   baseline {rebuild_base:.1f} ms" if rebuild_base else ""))
        print(f"  timeline: repaint of the touched clip only {figures['partial_ms']:6.2f} ms "
              "(what a view following Change.clips does)")


if __name__ == "__main__":
    main()
