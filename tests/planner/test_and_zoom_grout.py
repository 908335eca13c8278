"""Lead, round 16: "and zoom in on it" after a placement is a second edit. Before, "put the bucket photo where I'm
mixing the powder and zoom in on it slowly" placed the photo and silently dropped the zoom ("zoom" did not start an
instruction). "The GoPro clip and zoom recording" stays one list of things. Grout project, our own words.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from editor_app.planner.core import split_instructions
from tests.planner.grout_project import grout_project


@pytest.mark.parametrize("message", [
    "put the bucket photo where i'm mixing the powder and zoom in on it slowly",
    "put the bucket photo at 0:30 and zoom in on it slowly",
])
def test_the_zoom_after_a_placement_is_planned_on_that_clip(message):
    result = plan(message, grout_project())
    tools = [(s.tool, s.args.get("effect", {}).get("type")) for s in result.steps]
    assert tools == [("place_broll", None), ("add_effect", "zoom")], result.reply
    assert result.steps[1].args["clip_id"] == "c3"


def test_a_file_named_after_an_app_is_no_verb():
    assert split_instructions("put the gopro clip and zoom recording at the end") == \
        ["put the gopro clip and zoom recording at the end"]


def test_crop_after_a_placement_is_a_second_instruction():
    assert split_instructions("put the drone shot at 0:10 and crop it tighter") == ["put the drone shot at 0:10", "crop it tighter"]
