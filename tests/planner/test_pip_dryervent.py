"""Picture-in-picture asked in our own words on the dryer-vent project (round 13): a clip on the timeline
shown small in a corner; a clip only in the bin asks; a caption's corner stays a title's; "full screen
again" takes it off. Every turn goes through the orchestrator as in the app."""

from __future__ import annotations

import asyncio

import pytest

from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.dryervent_commands import session_with_setup


class Chat:
    def __init__(self, folder) -> None:
        self.session = session_with_setup(folder)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    def pip(self, media_id: str):
        found = [e for c in self.session.project.clips() if c.media_id == media_id for e in c.effects if e.type == "pip"]
        return found[0] if found else None


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "vent")


@pytest.mark.parametrize("message, media, position, scale", [
    ("put the screen recording small in the top right corner", "m5", "top-right", 0.35),
    ("can you make the gopro footage picture in picture, bottom left pls", "m4", "bottom-left", 0.35),
    ("pip the screen recording at 30%", "m5", "top-right", 0.30),
    ("shrink GX010455 down to a quarter size in the lower right hand corner", "m4", "bottom-right", 0.25),
    ("make the screen rec tiny, upper left", "m5", "top-left", 0.25),
])
def test_a_placed_clip_is_shown_small_in_the_corner_asked(chat, message, media, position, scale):
    chat.say(message)
    effect = chat.pip(media)
    assert effect is not None and effect.position == position and effect.scale == pytest.approx(scale)
    assert not [c for c in chat.session.project.clips() if c.media_id != media and any(e.type == "pip" for e in c.effects)]


@pytest.mark.parametrize("message", [
    "put the drone shot small in the corner",  # only in the bin: no picture there to shrink
    "make the thermal camera clip picture in picture",  # no such clip
])
def test_a_clip_not_on_the_timeline_asks_and_changes_nothing(chat, message):
    before = chat.session.project.model_dump()
    chat.say(message)
    assert chat.session.project.model_dump() == before


def test_a_caption_in_the_corner_is_still_a_title(chat):
    chat.say("add a caption 'Unplug first!' in the top right corner")
    assert chat.pip("m4") is None and chat.pip("m5") is None and chat.pip("m1") is None


def test_full_screen_again_takes_the_small_picture_off(chat):
    chat.say("put the screen recording small in the top right corner")
    assert chat.pip("m5") is not None
    chat.say("actually make the screen recording full screen again")
    assert chat.pip("m5") is None
