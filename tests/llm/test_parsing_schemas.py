"""What models really send, read right; tool schemas clean for every server; units; routing prose."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from editor_app.agents.builtin import audio_agent, effects_agent, speech_agent, timeline_agent
from editor_app.llm.parsing import StreamFilter, arguments_text, calls_in_content, strip_think
from editor_app.llm.schemas import server_tool
from editor_app.model.operations import parse_operation
from editor_app.orchestrator.routing import parse_route
from editor_app.testing.dialects import simple_schema

NAMES = ["set_volume", "add_effect"]


def test_think_blocks_are_removed_and_kept_apart():
    text, thought = strip_think("<think>\nmaybe c2?\n</think>\n\nLowered the music.")
    assert text == "Lowered the music." and "maybe c2" in thought
    assert strip_think("reasoning without an opening tag</think>Done.")[0] == "Done."
    assert strip_think("Sure. <think>cut off mid-thought")[0] == "Sure."
    assert strip_think(None) == (None, "")


@pytest.mark.parametrize("content", [
    '<tool_call>\n{"name": "set_volume", "arguments": {"clip_id": "c3", "db": -6}}\n</tool_call>',
    'Here you go: {"name": "set_volume", "arguments": {"clip_id": "c3", "db": -6}}',
    '```json\n{"name": "set_volume", "arguments": {"clip_id": "c3", "db": -6}}\n```',
    '[{"type": "function", "function": {"name": "set_volume", "arguments": "{\\"clip_id\\": \\"c3\\", \\"db\\": -6}"}}]',
    '<tool_call>{"name": "set_volume", "parameters": {"clip_id": "c3", "db": -6}}',  # no closing tag
])
def test_calls_written_in_the_text(content):
    calls, rest = calls_in_content(content, NAMES)
    assert [c["name"] for c in calls] == ["set_volume"]
    args = json.loads(calls[0]["arguments"])
    args = json.loads(args) if isinstance(args, str) else args
    assert args == {"clip_id": "c3", "db": -6} and calls[0]["id"].startswith("call_")
    assert "set_volume" not in (rest or "")


def test_prose_with_json_or_unknown_names_is_not_a_call():
    assert calls_in_content('Use {"db": -6} for that.', NAMES)[0] == []
    assert calls_in_content('{"name": "rm_rf", "arguments": {}}', NAMES)[0] == []
    assert arguments_text({"a": 1}) == '{"a": 1}' and arguments_text(None) == "{}" and arguments_text("") == "{}"


def test_stream_filter_hides_tags_split_anywhere():
    pieces = ["Hel", "lo <thi", "nk>secret", " plan</th", "ink> wor", "ld <tool_", "call>{\"x\"", ":1}</tool_call>!", " 1 < 2"]
    f = StreamFilter()
    shown = "".join(f.feed(p) for p in pieces) + f.flush()
    assert shown == "Hello world ! 1 < 2"


def _all_tools():
    seen = {}
    for agent in (speech_agent(), timeline_agent(), effects_agent(), audio_agent()):
        for tool in agent.tools():
            seen[tool["function"]["name"]] = tool
    return list(seen.values())


BAD_KEYS = {"$ref", "$defs", "oneOf", "allOf", "discriminator", "title", "gt", "ge", "lt", "le", "x-time"}


def _walk(node, path=""):
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from _walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}/{i}")


@pytest.mark.parametrize("flavour", ["standard", "simple", "strict"])
def test_every_tool_schema_is_clean(flavour):
    for tool in _all_tools():
        shaped, _ = server_tool(tool, flavour)
        params = shaped["function"]["parameters"]
        for path, node in _walk(params):
            bad = BAD_KEYS & set(node) - ({"title"} if path.endswith("/properties") else set())
            assert not bad, f"{tool['function']['name']}{path}: {bad}"
            if "anyOf" in node:
                assert not any(o.get("type") == "null" for o in node["anyOf"]), path
            if "default" in node and node.get("type") in ("number", "integer"):
                assert isinstance(node["default"], (int, float)), f"{path}: default {node['default']!r}"
        if flavour == "simple":  # what Ollama keeps loses nothing: every property has a type, nothing nested
            for name, prop in params["properties"].items():
                kept = simple_schema(prop)
                assert "type" in kept and not prop.get("properties"), f"{tool['function']['name']}.{name}"
        if flavour == "strict" and shaped["function"].get("strict"):
            for path, node in _walk(params):
                if isinstance(node.get("properties"), dict):
                    assert node["additionalProperties"] is False and set(node["required"]) == set(node["properties"])


def test_flat_effect_maps_back_and_drops_other_kinds_fields():
    tool = next(t for t in _all_tools() if t["function"]["name"] == "add_effect")
    standard, back = server_tool(tool, "standard")
    effect = standard["function"]["parameters"]["properties"]["effect"]
    assert "oneOf" not in effect and "fade_in" in effect["properties"]["type"]["enum"]
    sent = {"clip_id": "c1", "effect": {"type": "blur", "radius": 4, "duration": None, "text": "x"}}
    assert back.apply(sent) == {"clip_id": "c1", "effect": {"type": "blur", "radius": 4}}
    simple, back = server_tool(tool, "simple")
    assert {"type", "duration", "radius"} <= set(simple["function"]["parameters"]["properties"])
    assert back.apply({"clip_id": "c1", "type": "fade_out", "duration": 2}) == {
        "clip_id": "c1", "effect": {"type": "fade_out", "duration": 2}}


def test_frame_fields_are_offered_as_seconds_named_time():
    marker = next(t for t in _all_tools() if t["function"]["name"] == "add_marker")
    shaped, back = server_tool(marker, "standard")
    props = shaped["function"]["parameters"]["properties"]
    assert "time" in props and "frame" not in props and shaped["function"]["parameters"]["required"] == ["time"]
    assert back.apply({"time": 3.5, "name": "intro"}) == {"frame": 3.5, "name": "intro"}
    env = next(t for t in _all_tools() if t["function"]["name"] == "set_volume_envelope")
    _, back = server_tool(env, "standard")
    assert back.apply({"clip_id": "c2", "points": [{"time": 1, "db": -6}]}) == {
        "clip_id": "c2", "points": [{"frame": 1, "db": -6}]}


def test_update_effect_durations_are_seconds_like_the_prompts_say():
    op = parse_operation({"op": "update_effect", "clip_id": "c1", "effect_id": "e1", "params": {"duration": 5}},
                         Fraction(30000, 1001), units="seconds")
    assert op.params == {"duration": "5s"}  # 5 s, not 5 frames
    assert parse_operation(op.to_dict(), Fraction(30000, 1001)).params == {"duration": "5s"}  # journal round trip
    frames = parse_operation({"op": "update_effect", "clip_id": "c1", "effect_id": "e1", "params": {"duration": 5}},
                             Fraction(30))
    assert frames.params == {"duration": 5}  # frames stay frames outside agent calls


class _A:
    def __init__(self, name):
        self.name = name


def test_router_prose_skips_agents_named_in_negations():
    agents = [_A("timeline"), _A("effects"), _A("audio")]
    assert parse_route([], "<think>effects? audio?</think>Timeline only - not effects, not audio.", agents) == ["timeline"]
    assert parse_route([], "No audio work needed; the effects agent should do it.", agents) == ["effects"]
    assert parse_route([], "First timeline, then audio.", agents) == ["timeline", "audio"]


def test_strict_variant_only_where_strict_mode_can_say_it():
    tools = {t["function"]["name"]: server_tool(t, "strict")[0]["function"] for t in _all_tools()}
    assert tools["set_volume"]["strict"] is True and tools["add_effect"]["strict"] is True
    assert "strict" not in tools["update_effect"]  # its params take any keys: left non-strict
    effect = tools["add_effect"]["parameters"]["properties"]["effect"]
    assert effect["properties"]["radius"]["type"] == ["number", "null"] and "radius" in effect["required"]
