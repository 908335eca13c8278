"""Our own round-13 B-roll, placement, title, effect and audio commands on the dryer-vent project
(tests/planner/dryervent_project.py), typed the way different people type, with the outcome each
should have (editor_app/eval/checks.py's checks on the project summary).

Written in one go before any was run and before reading the planner for them. This file is the
TUNING half; tests/planner/dryervent_heldout.py is the HELD-OUT half (only run and reported, never
looked at to fix a miss).

Every case starts from the same project: the GoPro clip (m4) at 41.5 s and the screen recording
(m5) at 17.5 s on the B-roll track, each 4 s; everything else in the bin.

Run:  PYTHONPATH=. python -m tests.planner.dryervent_commands [tune|heldout|all]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from tests.planner.dryervent_project import sentence_span

SETUP = {"m4": 41.5, "m5": 17.5}
GOPRO, SCREEN, DRONE = "GX010455.MP4", "Screen Recording 2026-12-02 at 10.41.07.mov", "DJI_0042.MP4"
DIRTY, CLEAN = "PXL_20261202_101500.mp4", "PXL_20261202_101812.mp4"
VACUUM, FLAP, LINTBALL, STATS = "vacuum attachment.mov", "outside flap.jpg", "IMG_7702.JPG", "fire stats.png"
WHOOSH = "whoosh_sfx.wav"
ASK = {"unchanged": True}


def over(media: str, i: int, j: int | None = None, **more) -> dict:
    """Placed on the B-roll track overlapping sentence i (to j)."""
    return {"clip_on_track": {"role": "broll", "media": media,
                              "overlaps": [sentence_span(i)[0], sentence_span(j if j is not None else i)[1]], **more}}


def at(media: str, start: float, duration: float | None = None, role: str | None = "broll") -> dict:
    spec = {"media": media, "start": start, **({"role": role} if role else {})}
    if duration is not None:
        spec["within"] = [start, start + duration]
        spec["overlaps"] = [start + duration - 0.2, start + duration - 0.1]
    return {"clip_on_track": spec}


TUNE: list[tuple[str, str, dict]] = [
    ("broll-dirty-trap", "pop the pixel clip of the dirty lint trap over where i pull the lint trap out", over(DIRTY, 4)),
    ("broll-drone-go-outside", "can u stick the drone shot over when i say go outside", over(DRONE, 10)),
    ("broll-pixel-ambiguous", "put the pixel clip at 0:24", ASK),
    ("broll-fire-stats", "put the fire stats image over the fire risk line", over(STATS, 2)),
    ("broll-second-pixel-quote", "put the second pixel clip over 'my towels now dry in one cycle'", over(CLEAN, 15)),
    ("broll-fluff-ball", "put the fluff ball pic where i say the size of my fist", over(LINTBALL, 9)),
    ("broll-iphone-missing", "add the iphone video at 0:30", ASK),
    ("pos-drone-120-3s", "put the drone clip at 1:20 for 3 seconds", at(DRONE, 80.0, 3.0)),
    ("pos-flap-very-end", "stick the flap photo at the very end",
     {"clip_on_track": {"role": "broll", "media": FLAP, "overlaps": [96.0, 97.5]}}),
    ("pos-lintball-052-4s", "put the lint ball photo at 0:52 and keep it up for 4 secs", at(LINTBALL, 52.0, 4.0)),
    ("title-first-4", "add a title saying 'Dryer Vent Cleaning 101' for the first 4 seconds",
     {"title": {"text": "Dryer Vent Cleaning 101", "exact": True, "start": 0.0, "duration": 4.0}}),
    ("title-over-gopro", "caption over the gopro clip: 'Clamp loosened'",
     {"title": {"text": "Clamp loosened", "exact": True, "start": 41.5, "duration": 4.0}}),
    ("title-end", "add a caption 'check yours today!' at the very end",
     {"title": {"text": "check yours today!", "exact": True}}),
    ("effect-gopro-bw", "make the gopro clip black and white", {"effect": {"media": GOPRO, "type": "black_and_white"}}),
    ("effect-brighten-hose", "brighten up the hose footage, its really dark", {"effect": {"media": GOPRO, "type": "color"}}),
    ("effect-pip-top-right", "put the screen recording small in the top right corner",
     {"effect": {"media": SCREEN, "type": "pip"}}),
    ("effect-drone-not-placed", "make the drone shot black and white", ASK),
    ("effect-warm-talk", "warm up my face a bit, the talk looks cold", {"effect": {"media": "P1000231.MP4", "type": "color"}}),
    ("audio-too-loud", "the music is way too loud", {"clip_volume": {"role": "music", "db": -24.0, "tol": 7.0}}),
    ("audio-duck", "duck the music when i'm talking", {"music_envelope_dips_during_speech": -20.0}),
    ("audio-mute-gopro", "mute the gopro clip", {"clip_volume": {"media": GOPRO, "db": -200.0, "tol": 150.0}}),
    ("audio-whoosh-058", "put the whoosh sfx at 0:58", at(WHOOSH, 58.0, role=None)),
    ("audio-rain-missing", "can you add some rain sounds under the outro", ASK),
]


def session_with_setup(folder: Path):
    from editor_app.model.operations import parse_operation
    from tests.planner.dryervent_project import dryervent_session

    session = dryervent_session(folder)
    ops = [parse_operation({"op": "overwrite_clip", "track_id": "t2", "media_id": m, "start": s, "duration": 4.0},
                           session.project.fps, units="seconds") for m, s in SETUP.items()]
    session.apply(ops, "setup")
    return session


def run_case(folder: Path, message: str, expect: dict) -> tuple[bool, str]:
    """One message through the orchestrator on a fresh project; (passed, what failed and the reply)."""
    from editor_app.eval.checks import CheckContext, run_checks
    from editor_app.model.summary import project_summary
    from editor_app.orchestrator import OfflineBackend, Orchestrator

    session = session_with_setup(folder)
    before = project_summary(session.project)
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    after = project_summary(session.project)
    checks = run_checks(expect, CheckContext(after, before, before, result))
    failed = [f"{n}: {d}" for n, ok, d in checks if not ok]
    return not failed, "; ".join(failed) + f" | reply: {(getattr(result, 'reply', '') or '')[:200]}"


def run(cases) -> int:
    passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, (case_id, message, expect) in enumerate(cases):
            ok, detail = run_case(Path(tmp) / f"c{n}", message, expect)
            passed += ok
            print(("PASS " if ok else "FAIL ") + f"{case_id}: {message}" + ("" if ok else f"\n     {detail}"))
    print(f"{passed}/{len(cases)}")
    return passed


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "tune"
    if which in ("tune", "all"):
        run(TUNE)
    if which in ("heldout", "all"):
        from tests.planner.dryervent_heldout import HELDOUT
        run(HELDOUT)
