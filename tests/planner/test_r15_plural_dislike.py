"""Round 15 (lead): "make both drone clips brighter" / "the drone clips" is every drone clip (before: "Which clip do you
mean?"), the singular still asks; a dislike said first ("I hate the bit about the roofer, bin it") is that edit (before:
not understood); a length said with a topic placement wins ("... when I mention the scoop, for 3 seconds")."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.gutter_project import gutter_project


def _steps(message):
    return [(s.tool, s.args.get("clip_id"), s.args.get("duration")) for s in plan(message, gutter_project({"m2": 5, "m3": 15})).steps]


def test_both_and_plural_name_every_clip_singular_asks():
    assert [c for _, c, _ in _steps("make both drone clips brighter")] == ["c3", "c4"]
    assert [c for _, c, _ in _steps("make the drone clips black and white")] == ["c3", "c4"]
    assert _steps("make the drone clip brighter") == []
    assert _steps("remove the drone clip, the clips are too long") == []


def test_a_dislike_said_first_is_the_edit():
    assert [t for t, _, _ in _steps("I hate the bit about the roofer, bin it")] == ["cut_words"]
    assert _steps("I really don't like the autumn drone clip, can you take it out") == [("remove_clip", "c3", None)]


def test_a_length_said_with_a_topic_placement_wins():
    assert _steps("put the scoop photo up when I mention the scoop, for 3 seconds") == [("place_broll", None, 3)]
