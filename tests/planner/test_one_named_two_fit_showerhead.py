"""Lead, round 13: a request that names one thing ("the blanket video") but fits two media equally asks which
one, instead of putting both on the timeline. Before, "add the blanket video to the timeline" inserted both
iPhone spray clips (each related to "blanket" through some sense of a word in its description). A request
that names several things still places them all, and a file holding the word itself is found. Shower-head
project, our own words.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.showerhead_project import showerhead_session


def _turn(tmp_path, message: str):
    session = showerhead_session(tmp_path / "shower")
    before = session.project.model_dump()
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session, before, result


@pytest.mark.parametrize("message", [
    "add the blanket video to the timeline",
    "could you stick the blanket clip on the timeline at the end",
])
def test_one_thing_named_that_fits_two_files_equally_asks(tmp_path, message):
    session, before, result = _turn(tmp_path, message)
    assert session.project.model_dump() == before
    assert "IMG_5530.MOV" in result.reply and "IMG_5544.MOV" in result.reply


def test_a_file_holding_the_word_itself_is_still_found(tmp_path):
    session, before, _ = _turn(tmp_path, "add the toothbrush clip to the timeline at the end")
    assert [c.media_id for c in session.project.clips() if c.media_id == "m5"]


def test_two_things_named_are_both_placed(tmp_path):
    session, before, _ = _turn(tmp_path, "add the citric acid tub photo and the limescale close up to the timeline at the end")
    placed = {c.media_id for c in session.project.clips()}
    assert {"m8", "m9"} <= placed
