"""Round 13 (refs) titles in our own words on the dryer-vent project: a title's quoted words name no media, "drop
a caption" adds one, and "where the playhead is" / "here" place it at the playhead and are not its text."""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.dryervent_commands import session_with_setup


@pytest.fixture
def session(tmp_path):
    return session_with_setup(tmp_path / "vent")


def say(session, message: str, playhead_s: float | None = None):
    playhead = None if playhead_s is None else int(playhead_s * session.project.fps)
    return asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True, playhead=playhead))


def titles(session) -> list[tuple[str, float]]:
    return [(c.generator.text, float(seconds(c.start, session.project.fps)))
            for c in session.project.clips() if c.generator is not None]


@pytest.mark.parametrize("message, text", [
    ("add a caption that says 'Lint = fire risk' at the playhead for 4 seconds", "Lint = fire risk"),
    ('put a lower third reading "Check the flap yearly" here', "Check the flap yearly"),
])
def test_a_titles_quoted_words_name_no_media(session, message, text):
    talk = [(c.id, c.start, c.duration) for c in session.project.clips() if c.media_id == "m1"]
    say(session, message, playhead_s=30.0)
    assert titles(session) == [(text, pytest.approx(30.0, abs=0.05))]
    assert [(c.id, c.start, c.duration) for c in session.project.clips() if c.media_id == "m1"] == talk  # nothing pushed
    assert not [c for c in session.project.clips() if c.media_id in ("m8", "m10")]


@pytest.mark.parametrize("message, text", [
    ('drop a caption saying "Rinse the mesh" where the playhead is', "Rinse the mesh"),
    ("drop in a title that says Step 3 here", "Step 3"),
    ("add a caption saying clean every load where the playhead is", "clean every load"),
])
def test_a_caption_dropped_in_at_the_playhead(session, message, text):
    say(session, message, playhead_s=30.0)
    assert titles(session) == [(text, pytest.approx(30.0, abs=0.05))]


def test_drop_the_caption_is_still_not_a_new_title(session):
    say(session, "drop the caption")
    assert titles(session) == []
