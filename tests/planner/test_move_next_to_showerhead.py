"""Lead, round 13: "move X (to just) after Y" with a gap between the two clips moves X alone to meet Y;
Y stays where it is. Before, it swapped the pair (both moved: an edit nobody asked for). Clips that
already meet are still swapped, and a place taken by another clip asks. On the shower-head project
(tests/planner/showerhead_project.py), our own words.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.showerhead_project import showerhead_session


def _chat(tmp_path, broll):
    session = showerhead_session(tmp_path / "shower", broll)
    return session, Orchestrator(session, backend=OfflineBackend())


def _start(session, media_id: str) -> float:
    [clip] = [c for c in session.project.clips() if c.media_id == media_id]
    return float(seconds(clip.start, session.project.fps))


@pytest.mark.parametrize("message", [
    "move the unscrewing clip so it's right after the gopro bag clip",
    "can you put the unscrewing video straight after the bag one",
    "shift unscrewing.mp4 to just after GH010882",
])
def test_a_clip_moved_after_another_across_a_gap_moves_alone(tmp_path, message):
    session, orchestrator = _chat(tmp_path, {"m11": 6.0, "m4": 30.0})  # unscrewing 6-10 s, the bag 30-34 s
    asyncio.run(orchestrator.run_turn(message, auto_apply=True))
    assert _start(session, "m4") == pytest.approx(30.0, abs=0.05)
    assert _start(session, "m11") == pytest.approx(34.0, abs=0.05)


def test_a_clip_moved_before_another_across_a_gap_ends_where_it_starts(tmp_path):
    session, orchestrator = _chat(tmp_path, {"m4": 6.0, "m11": 30.0})
    asyncio.run(orchestrator.run_turn("move the bag clip to just before the unscrewing clip", auto_apply=True))
    assert _start(session, "m11") == pytest.approx(30.0, abs=0.05)
    assert _start(session, "m4") == pytest.approx(26.0, abs=0.05)


def test_clips_that_meet_are_still_swapped(tmp_path):
    session, orchestrator = _chat(tmp_path, {"m11": 6.0, "m4": 10.0})
    asyncio.run(orchestrator.run_turn("move the unscrewing clip after the bag clip", auto_apply=True))
    assert _start(session, "m4") == pytest.approx(6.0, abs=0.05)
    assert _start(session, "m11") == pytest.approx(10.0, abs=0.05)


def test_a_place_taken_by_another_clip_asks(tmp_path):
    session, orchestrator = _chat(tmp_path, {"m11": 6.0, "m4": 30.0, "m5": 34.0})  # the scrubbing clip follows the bag
    before = session.project.model_dump()
    asyncio.run(orchestrator.run_turn("move the unscrewing clip to right after the bag clip", auto_apply=True))
    assert session.project.model_dump() == before
