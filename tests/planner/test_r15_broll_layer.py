"""Round 15 (lead): placing B-roll where another B-roll clip already is never deletes or cuts short that clip.
Before, "put the mirror clip at 0:30" on the beanie project silently deleted the GoPro clip at 0:30 (an overwrite
on the B-roll track), a clip the request never named; now the new clip goes on a free B-roll track above it."""

from __future__ import annotations

import asyncio
import tempfile

from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.beanie_project import beanie_session


def _turn(message: str, broll: dict[str, float]):
    session = beanie_session(tempfile.mkdtemp(prefix="beanie-"), broll)
    before = {c.id: (c.media_id, c.start, c.duration) for c in session.project.clips()}
    asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, before


def _track_of(project, clip):
    return next(t for t in project.tracks if clip in t.clips)


def test_placing_over_a_clip_keeps_it_and_layers_the_new_one():
    project, before = _turn("put the mirror clip at 0:30", {"m2": 12, "m4": 30})
    after = {c.id: (c.media_id, c.start, c.duration) for c in project.clips()}
    assert all(after[k] == v for k, v in before.items())  # GoPro c4 untouched
    [mirror] = [c for c in project.clips() if c.media_id == "m11"]
    assert mirror.start == 30 * project.fps
    gopro = next(c for c in project.clips() if c.media_id == "m4")
    assert _track_of(project, mirror).id != _track_of(project, gopro).id
    assert _track_of(project, mirror).role == "broll"


def test_a_partial_overlap_does_not_cut_the_other_clip_short():
    project, before = _turn("put the mirror clip at 0:32", {"m4": 30})
    gopro = next(c for c in project.clips() if c.media_id == "m4")
    assert (gopro.start, gopro.duration) == before[gopro.id][1:]


def test_a_free_spot_uses_the_existing_broll_track():
    project, _ = _turn("put the mirror clip at 0:20", {"m4": 30})
    mirror = next(c for c in project.clips() if c.media_id == "m11")
    gopro = next(c for c in project.clips() if c.media_id == "m4")
    assert _track_of(project, mirror).id == _track_of(project, gopro).id
    assert len([t for t in project.tracks if t.role == "broll"]) == 1


def test_a_stretch_of_a_track_never_removes_the_whole_track():
    """Before: "remove 0:10-0:15 but only on the b-roll track" removed the B-roll track and its 3 clips."""
    project, before = _turn("remove 0:10-0:15 but only on the b-roll track", {"m2": 12, "m4": 30, "m5": 40})
    assert {c.id: (c.media_id, c.start, c.duration) for c in project.clips()} == before
    assert any(t.role == "broll" for t in project.tracks)


def test_the_whole_track_named_alone_is_still_removed():
    project, _ = _turn("remove the b-roll track", {"m2": 12})
    assert not any(t.role == "broll" for t in project.tracks)
