"""The colour-look plugin against the demo project, through the app's shipped plugin fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from color_look_agent.agent import make_agent, offline_handler
from color_look_agent.looks import LOOKS
from editor_app.model.operations import InsertClip, OperationError
from editor_app.plugins import check_agent, parse_manifest

MANIFEST = parse_manifest(json.loads((Path(__file__).parents[1] / "color_look_agent" / "editor_app_plugin.json").read_text()))


def effects_of(session, clip_id):
    return {e.type: e for e in session.project.find_clip(clip_id)[1].effects}


def test_manifest_matches_agent():
    agent = make_agent()
    agent.check()
    assert check_agent(MANIFEST, agent) == []
    # The tool's schema comes from the typed function (no hand-written JSON Schema to drift).
    schema = next(t for t in agent.tools() if t["function"]["name"] == "apply_look")["function"]["parameters"]
    assert schema["required"] == ["look"] and schema["properties"]["look"]["enum"] == list(LOOKS)
    assert schema["properties"]["strength"]["maximum"] == 1


@pytest.mark.parametrize("look", list(LOOKS))
def test_each_look_applies_as_colour_effects(plugin_project, plugin_runner, look):
    main = plugin_project.project.tracks_by_role("main")[0].clips[0].id
    plugin_runner.run_custom(make_agent(), "apply_look", {"look": look}, MANIFEST)
    effects = effects_of(plugin_project, main)
    settings, mono = LOOKS[look]
    for key, value in settings.items():
        assert getattr(effects["color"], key) == pytest.approx(value)
    assert ("black_and_white" in effects) == mono
    music = plugin_project.project.tracks_by_role("music")[0].clips[0].id
    assert effects_of(plugin_project, music) == {}  # audio clips never get a look


def test_chosen_clips_and_strength(plugin_project, plugin_runner):
    project = plugin_project.project
    beach = next(m.id for m in project.media.values() if m.name == "beach")
    broll = project.tracks_by_role("broll")[0]
    plugin_project.apply([InsertClip(track_id=broll.id, media_id=beach, start=30, duration=90, name="beach")])
    clip = plugin_project.project.tracks_by_role("broll")[0].clips[0]
    plugin_runner.run_custom(make_agent(), "apply_look", {"look": "warm", "clip_ids": [clip.id], "strength": 0.5})
    assert effects_of(plugin_project, clip.id)["color"].temperature == pytest.approx(0.175)
    main = plugin_project.project.tracks_by_role("main")[0].clips[0].id
    assert effects_of(plugin_project, main) == {}


def test_bad_arguments_are_clear(plugin_project, plugin_runner):
    agent = make_agent()
    with pytest.raises(OperationError, match="invalid apply_look: look: Input should be 'warm', 'cool'"):
        plugin_runner.operations(agent, "apply_look", {"look": "sepia-ish"})
    with pytest.raises(OperationError, match="strength: Input should be less than or equal to 1"):
        plugin_runner.operations(agent, "apply_look", {"look": "cool", "strength": 3})
    music = plugin_project.project.tracks_by_role("music")[0].clips[0].id
    with pytest.raises(OperationError, match="not a video clip"):
        plugin_runner.operations(agent, "apply_look", {"look": "cool", "clip_ids": [music]})


def test_offline_handler(plugin_project, plugin_runner):
    project = plugin_project.project
    assert offline_handler("cut the silences", project) is None
    assert offline_handler("fade the music out", project) is None
    assert offline_handler("give it a warm look", project) == [{"tool": "apply_look", "args": {"look": "warm"}}]
    assert offline_handler("make c1 look vintage", project) == [
        {"tool": "apply_look", "args": {"look": "vintage", "clip_ids": ["c1"]}}]
    assert offline_handler("a slightly cooler grade on the talk", project) == [
        {"tool": "apply_look", "args": {"look": "cool", "clip_ids": ["c1"], "strength": 0.5}}]
    assert offline_handler("high contrast look please", project)[0]["args"]["look"] == "high_contrast"
    batch = plugin_runner.run_offline(make_agent(), "film noir look", MANIFEST)
    assert batch is not None and "black_and_white" in effects_of(plugin_project, "c1")
