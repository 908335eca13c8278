"""Round 15 (lead): "swap them" after two placements (in one turn or two) swaps those two clips, and "and the burner
clip right after it" after a placement puts it where that clip ends (before: both "Sorry, I didn't understand")."""

from __future__ import annotations

import asyncio
import tempfile

from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.grill_project import grill_session


def _talk():
    session = grill_session(tempfile.mkdtemp(prefix="grill-"))
    orch = Orchestrator(session, backend=OfflineBackend())
    return session, lambda message: asyncio.run(orch.run_turn(message, auto_apply=True))


def _start(session, media_id):
    [clip] = [c for c in session.project.clips() if c.media_id == media_id]
    return clip.start / session.project.fps


def test_swap_them_after_two_placements_in_one_turn():
    session, say = _talk()
    say("put the grates before photo at 0:10 and the after photo at 0:50")
    say("swap them")
    assert (_start(session, "m8"), _start(session, "m9")) == (50, 10)


def test_swap_them_after_two_turns():
    session, say = _talk()
    say("put the grates before photo at 0:10")
    say("put the after photo at 0:50")
    held = say("swap them")  # "them" spans two turns, so the review holds it for a yes (c3 was not in the last turn)
    if held.confirm:
        assert "c3" in held.reply and "c4" in held.reply
        say("yes")
    assert (_start(session, "m8"), _start(session, "m9")) == (50, 10)


def test_the_next_clip_right_after_it():
    session, say = _talk()
    say("put the lid clip at 0:25")
    say("and the burner clip right after it")
    [lid] = [c for c in session.project.clips() if c.media_id == "m3"]
    assert _start(session, "m7") == lid.end / session.project.fps
