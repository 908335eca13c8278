"""Round 15 (lead): "the clip at 0:21" with B-roll over the talk there asks which (before: the talk; "remove the clip
at 0:21" planned removing the whole talk); "the b-roll at 0:21" and "the lid clip at 0:21" are the B-roll clip
(before: "the lid clip at 0:30" was the talk under it)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.grill_project import grill_project
from tests.planner.gutter_project import gutter_project


def _steps(message, project):
    return [(s.tool, s.args.get("clip_id")) for s in plan(message, project).steps]


def test_two_pictures_at_the_time_asks():
    result = plan("remove the clip at 0:21", grill_project({"m3": 20}))
    assert not result.steps and "c1" in result.reply and "c3" in result.reply


def test_the_track_or_the_name_said_picks_the_clip():
    assert _steps("remove the b-roll at 0:21", grill_project({"m3": 20})) == [("remove_clip", "c3")]
    assert _steps("remove the lid clip at 0:21", grill_project({"m3": 20})) == [("remove_clip", "c3")]
    assert _steps("make the frost clip at 0:17 black and white", gutter_project({"m2": 5, "m3": 15})) == [("add_effect", "c4")]


def test_only_the_talk_and_music_there_is_the_talk():
    assert _steps("make the clip at 0:10 black and white", grill_project({"m3": 20})) == [("add_effect", "c1")]
