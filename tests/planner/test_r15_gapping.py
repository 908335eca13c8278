"""Round 15 (lead): one verb for two edits ("make the ice clip black and white and the autumn one brighter",
"turn the talk up and the music down") plans both edits; before, the second clip's edit was silently dropped
(and "turn the talk up" alone was not read as a volume change)."""

from __future__ import annotations

from editor_app.planner import plan
from tests.planner.gutter_project import gutter_project
from tests.planner.beanie_project import beanie_project


def _steps(message, project):
    result = plan(message, project)
    return [(s.tool, s.args.get("clip_id"), s.args.get("effect", {}).get("type") if s.tool == "add_effect" else s.args.get("db"))
            for s in result.steps]


def test_two_looks_with_one_verb_make_two_edits():
    assert _steps("make the ice clip black and white and the autumn one brighter", gutter_project({"m2": 5, "m3": 15})) == [
        ("add_effect", "c4", "black_and_white"), ("add_effect", "c3", "color")]


def test_two_levels_with_one_verb_make_two_edits():
    assert _steps("make my voice louder and the music quieter", beanie_project()) == [
        ("set_volume", "c1", 6), ("set_volume", "c2", -24)]


def test_turn_up_and_down_with_one_verb():
    assert _steps("turn the talk up and the music down a bit", gutter_project()) == [
        ("set_volume", "c1", 3), ("set_volume", "c2", -21)]


def test_a_list_with_one_look_stays_one_instruction():
    steps = _steps("make the frost clip black and white", gutter_project({"m3": 15}))
    assert steps == [("add_effect", "c3", "black_and_white")]  # "black and white" is one look, not two edits


def test_turned_upside_down_is_a_rotation_not_volume():
    result = plan("turn the drone clip upside down", gutter_project({"m2": 5}))
    assert [s.tool for s in result.steps] == ["add_effect"]
