"""Lead, round 16: a particle or preposition in a media's description never relates it to a thing asked for by an
odd dictionary sense ("dog": to go after; "cat" ~ "round"). Before, "add the dog video" placed a file described
"... after school" and "the cat video" a shot of something going round. And an action said in its a- form ("asleep",
"afloat") is the action asked ("a photo of her sleeping"). Bike-puncture project, our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.own_talk import asset, talk_asset, talk_project
from tests.planner.test_still_said_bike import LENGTH, OTHERS, SEGMENTS, WORDS

EXTRA = [asset("IMG_7720.JPG", "image", None, "my daughter asleep in the car on the way back"),  # m8
         asset("wheel spin.mp4", "video", 4.0, "the wheel spinning round after the fix")]  # m9


def _turn(tmp_path: Path, message: str):
    project = talk_project("puncture", talk_asset("C0301.MP4", LENGTH, WORDS, SEGMENTS), list(OTHERS) + EXTRA,
                           music_id="m7", music_db=-14.0)
    session = Session(ProjectStore.create(tmp_path / "bike", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


@pytest.mark.parametrize("message", [
    "add the dog video at 10 seconds",
    "put the cat clip at 0:12",
    "stick the dog photo in at the end",
])
def test_a_thing_no_media_shows_asks(tmp_path, message):
    project, result = _turn(tmp_path, message)
    assert [c for t in project.tracks if t.role == "broll" for c in t.clips] == [], result.reply


def test_an_action_said_as_its_a_form_is_found(tmp_path):
    _, result = _turn(tmp_path, "do i have a photo of her sleeping?")
    assert "IMG_7720.JPG" in result.reply and "can't find" not in result.reply, result.reply
