"""The tool registry: one Tool per tool, and everything that lists tools reads it."""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated

import pytest
from pydantic import Field

from editor_app import tools
from editor_app.agents.builtin import audio_agent, effects_agent, speech_agent, timeline_agent
from editor_app.model.operations import REGISTRY, OperationError
from editor_app.model.types import ClipId, Frames
from editor_app.orchestrator.routing import KEYWORDS, keyword_route
from editor_app.planner.vocab import TOOL_AGENT
from editor_app.tools import TOOLS, ToolContext, function_tool, json_schema


def test_every_public_operation_is_an_edit_tool_whose_args_are_the_operation_class():
    public = {name: cls for name, cls in REGISTRY.items() if not cls.internal}
    assert set(TOOLS.names("edit")) == set(public)
    for name, cls in public.items():
        assert tools.get(name).args is cls


def test_agents_planner_map_and_routing_derive_from_the_registry():
    for agent in (speech_agent(), timeline_agent(), effects_agent(), audio_agent()):
        for name in agent.tool_names():
            assert agent.name in tools.get(name).agents, (agent.name, name)
        owned = {t.name for t in TOOLS if agent.name in t.agents}
        assert set(agent.tool_names()) == owned
    assert TOOL_AGENT == TOOLS.agent_map()
    assert TOOL_AGENT["fade"] == "effects" and TOOL_AGENT["duck_music"] == "audio"
    assert TOOL_AGENT["remove_fillers"] == "speech" and TOOL_AGENT["place_broll"] == "timeline"
    assert set(KEYWORDS) == {"speech", "timeline", "effects", "audio"}
    agents = [speech_agent(), timeline_agent(), effects_agent(), audio_agent()]
    assert keyword_route("please trim the second clip", agents) == ["timeline"]
    assert keyword_route("lower the volume a bit", agents) == ["audio"]


def test_schema_hides_created_ids_by_type_not_by_description():
    insert = json_schema(tools.get("insert_clip"))
    assert "clip_id" not in insert["properties"] and "op" not in insert["properties"]
    assert insert["properties"]["track_id"] == {"description": "Track to put the clip on, e.g. t2.", "type": "string"}
    assert insert["properties"]["start"]["type"] == "number"  # seconds for models
    assert json_schema(tools.get("insert_clip"), seconds=False)["properties"]["start"]["type"] == "integer"
    split = json_schema(tools.get("split_clip"))
    assert "new_clip_id" not in split["properties"] and split["required"] == ["clip_id", "at"]
    effect_defs = json_schema(tools.get("add_effect"))["$defs"]
    assert all("id" not in d.get("properties", {}) for d in effect_defs.values())
    text = repr(json_schema(tools.get("add_effect")))
    assert "x-" not in text and "'title'" not in text
    assert tools.get("split_clip").creates == {"new_clip_id": "clip"}
    assert tools.get("add_marker").creates == {"marker_id": "marker"}


def test_a_typed_function_becomes_a_tool_from_its_signature_and_docstring(audio_session):
    def nudge(ctx: ToolContext, clip_id: ClipId, by: Frames, gain: Annotated[float, Field(ge=-10, le=10)] = 0) -> list:
        """Move a clip later by a little.

        Args:
            clip_id: The clip to move.
            by: How far.
            gain: Ignored here.
        """
        from editor_app.model.operations import MoveClip

        clip = ctx.project.find_clip(clip_id)[1]
        return [MoveClip(clip_id=clip_id, start=clip.start + by)]

    tool = function_tool(nudge, "macro", agents=("timeline",))
    schema = json_schema(tool)
    assert tool.description == "Move a clip later by a little."
    assert schema["required"] == ["clip_id", "by"]
    assert schema["properties"]["by"]["type"] == "number" and "In seconds" in schema["properties"]["by"]["description"]
    assert schema["properties"]["clip_id"]["description"] == "The clip to move."
    assert schema["properties"]["gain"]["maximum"] == 10
    project = audio_session.project
    clip = next(project.clips())
    ops = tool.call(ToolContext(project), {"clip_id": clip.id, "by": 2})
    assert ops[0].start == clip.start + 2 * project.fps  # 2 seconds, as frames
    with pytest.raises(OperationError, match="gain"):
        tool.call(ToolContext(project), {"clip_id": clip.id, "by": 1, "gain": 50})
    with pytest.raises(OperationError, match="unknown field"):
        tool.call(ToolContext(project), {"clip_id": clip.id, "by": 1, "speed": 2})


def test_macro_times_use_the_models_time_type(audio_session):
    project = audio_session.project
    ops = tools.expand("place_broll", {"media_id": "m3", "start": "0:01.5", "duration": 1}, project)
    assert ops[-1].start == int(Fraction(3, 2) * project.fps) and ops[-1].duration == int(project.fps)


def test_created_ids_are_pinned_from_the_new_id_marks_also_nested(session):
    from editor_app.model.effects import BlackAndWhite
    from editor_app.model.history import apply_all
    from editor_app.model.operations import AddEffect, AddTrack
    from editor_app.tools.ids import find_placeholder, pin_ids

    project = session.project
    for op in (AddTrack(kind="video", role="overlay"), AddEffect(clip_id="c1", effect=BlackAndWhite())):
        before = dict(project.id_counters)
        apply_all(project, [op])
        pinned = pin_ids(op, before, project.id_counters)
        if isinstance(op, AddTrack):
            assert pinned.track_id == project.tracks[-1].id
        else:
            assert pinned.effect.id == project.find_clip("c1")[1].effects[-1].id != ""
    assert find_placeholder(tools.get("remove_clip").args, {"clip_id": "<clip_id>"}) == "clip_id='<clip_id>'"
    assert find_placeholder(tools.get("cut_range").args, {"start": 1, "end": 2, "track_ids": ["t1", "TODO"]})
    assert find_placeholder(tools.get("fade").args, {"target": "music", "direction": "in", "duration": 1}) is None
