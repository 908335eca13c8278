"""Round-16 (helper r) media-reference commands on the cat-claws project (tests/planner/catclaws_project.py):
B-roll over a spoken part, media named by what it shows, by part of its file name, by camera or app, two
look-alike clips, things that do not exist, effects, audio, speed, moves and titles, typed the way different
people type, each with its expected outcome (editor_app/eval/checks.py's checks on the project summary).

Written in one go before any was run. This file holds the TUNING half and runs both;
tests/planner/catclaws_heldout.py is the HELD-OUT half (only run and reported, never tuned on).

Start of round 16: tuning 22/32, held-out 24/34; end: tuning 31/32, held-out 26/34.

Every case starts from the same project: the GoPro clipping clip (m4) at 52.1 s (sentence 9) and the OBS
screen recording (m6) at 19.9 s (sentence 3) on the B-roll track, each 4 s; everything else in the bin.

Run:  PYTHONPATH=. python -m tests.planner.catclaws_commands [tune|heldout|all]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from tests.planner.catclaws_project import sentence_span

SETUP = {"m4": 52.1, "m6": 19.9}
PAWLONG, PAWSHORT = "PXL_20261203_091204567.mp4", "PXL_20261203_092741118.mp4"
GOCLIP, GOBRUSH, OBS = "GX010231.MP4", "GX010232.MP4", "2026-12-03 09-41-17.mkv"
KNEAD, KIT, RESCUE, STYPTIC = ("biscuit kneading blanket.mov", "PXL_20261203_093012890.jpg", "biscuit rescue day.jpg",
                               "styptic powder.png")
PURR = "cat purr loop.wav"
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


def fx(media: str, kind: str) -> dict:
    return {"effect": {"media": media, "type": kind}}


def title(text: str, **more) -> dict:
    return {"title": {"text": text, "exact": True, **more}}


TUNE: list[tuple[str, str, dict]] = [
    ("broll-knead-vet", "get the kneading clip in where I talk about the vet", over(KNEAD, 2)),
    ("broll-lookalike-ask", "put the paw close-up over the bit about the quick", ASK),
    ("broll-partial-name", "put the 092741 one over where I say he's earned it", over(PAWSHORT, 11)),
    ("broll-other-gopro", "put the other gopro clip at 1:15", at(GOBRUSH, 75.0)),
    ("broll-kit-photo", "put the photo of the clippers and brush over where I say get everything ready", over(KIT, 5)),
    ("broll-styptic-file", "put styptic powder.png over the styptic powder line", over(STYPTIC, 10)),
    ("broll-drone-missing", "put the drone shot over the intro", ASK),
    ("move-obs-vet", "move the screen recording to where I talk about the vet", over(OBS, 2, count=1)),
    ("broll-second-gopro", "the second gopro shot over the brushing bit pls", over(GOBRUSH, 12)),
    ("audio-purr-listen", "put the purring sound where i say listen to that", at(PURR, 86.3, role=None)),
    ("audio-barely-audible", "make the music barely audible", {"clip_volume": {"role": "music", "db": -35.0, "tol": 7.0}}),
    ("audio-touch-louder", "can the music be a touch louder", {"clip_volume": {"role": "music", "db": -13.0, "tol": 2.5}}),
    ("audio-fade-out-5", "fade out the music over the last 5 seconds", {"effect": {"role": "music", "type": "fade_out"}}),
    ("audio-mute-gopro", "mute the gopro", {"clip_volume": {"media": GOCLIP, "db": -200.0, "tol": 150.0}}),
    ("speed-booking-2x", "speed up the booking site recording 2x", {"speed": {"media": OBS, "value": 2.0}}),
    ("fx-blur-booking", "blur the booking page, it shows the clinic's phone number", fx(OBS, "blur")),
    ("title-start", "add a title 'Trim Your Cat's Claws at Home' at the start", title("Trim Your Cat's Claws at Home", start=0.0)),
    ("title-lower-third", "lower third: Priya Shah, RVN", title("Priya Shah, RVN")),
    ("move-gopro-press", "move the gopro clip so it starts when I say press gently", at(GOCLIP, 41.9)),
    ("move-obs-end", "move the screen recording to the end",
     {"clip_on_track": {"role": "broll", "media": OBS, "overlaps": [99.0, 103.0]}}),
    ("broll-long-claws", "put the one with the long claws over when he came to me", over(PAWLONG, 1)),
    ("broll-first-pixel", "use the first pixel video over the bit about his claws curling", over(PAWLONG, 1)),
    ("broll-pixel-photo", "put the pixel photo at the start of the prep part", over(KIT, 5)),
    ("broll-cat-clip-ask", "get the cat clip in where i talk about the vet", ASK),
    ("broll-rescue-photo", "add the rescue photo when i say when he came to me", over(RESCUE, 1)),
    ("broll-treats-photo", "put the treats photo over 'give him a treat'", over(KIT, 11)),
    ("remove-drone-ask", "remove the drone clip", ASK),
    ("remove-knead-not-placed", "take the kneading clip off the timeline", ASK),
    ("title-purrfect", "add a title at 1:26 saying Purr-fect", title("Purr-fect", start=86.0)),
    ("fx-pip-obs", "put the screen rec in the bottom right corner, small", fx(OBS, "pip")),
    ("broll-gx-full", "put GX010232 where i talk about the belly", over(GOBRUSH, 14)),
    ("broll-pxl-partial", "stick pxl_0927 over the treat bit", over(PAWSHORT, 11)),
]


def session_with_setup(folder: Path):
    from editor_app.model.operations import parse_operation
    from tests.planner.catclaws_project import catclaws_session

    session = catclaws_session(folder)
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
        from tests.planner.catclaws_heldout import HELDOUT
        run(HELDOUT)
