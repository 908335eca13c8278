"""Round 15 (lead): the music off as a whole, said loosely, mutes the music track (nothing lost). Before, "no music
please" read as "music" (its "no" stripped as a filler) and "can we drop the music entirely" as a B-roll placement."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.hosereel_project import hosereel_project
from tests.planner.gutter_project import gutter_project


@pytest.mark.parametrize("message", ["turn the music off completely", "can we drop the music entirely", "no music please",
                                     "I don't want any music", "just kill the soundtrack altogether"])
@pytest.mark.parametrize("make", [hosereel_project, gutter_project])
def test_no_music_mutes_the_music_track(message, make):
    project = make()
    music = next(t for t in project.tracks if t.role == "music")
    result = plan(message, project)
    assert [(s.tool, s.args) for s in result.steps] == [("update_track", {"track_id": music.id, "muted": True})]


def test_no_said_as_a_correction_is_not_music_off():
    result = plan("no, the other one", hosereel_project())
    assert all(s.tool != "update_track" for s in result.steps)


@pytest.mark.parametrize("message, at", [("no music for the first 10 seconds", 10), ("no music until 0:12", 12),
                                         ("I don't want music in the first 5 seconds", 5),
                                         ("keep the music out of the first 8 seconds", 8)])
def test_no_music_at_the_start_starts_the_music_later(message, at):
    """Before: not understood, or ("keep the music out of the first 8 seconds") the music trimmed to END at 0:08."""
    steps = [(s.tool, s.args) for s in plan(message, hosereel_project()).steps]
    assert steps[0] == ("move_clip", {"clip_id": "c2", "start": at})
    assert all(tool != "trim_clip" or args["end"] > at for tool, args in steps)
