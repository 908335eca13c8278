"""The plugin gate on the production path: the Orchestrator runs plugin code under its time
limit, and what a plugin emits is checked against the manifest the user enabled, not
against what the plugin's own code claims."""

from __future__ import annotations

import asyncio

from editor_app.agents.registry import load_agents
from editor_app.orchestrator import Orchestrator
from editor_app.orchestrator.backends import OfflineBackend
from editor_app.planner.types import OfflinePlan, PlanStep
from editor_app.plugins import enable, enabled_plugin_names
from tests.plugins.conftest import AGENT_HEADER, write_plugin

SLOW = AGENT_HEADER + """
import threading
RELEASE = threading.Event()

def poke(args, project):
    RELEASE.wait(30)
    return [{"op": "add_effect", "clip_id": "c1", "effect": {"type": "black_and_white"}}]

def slow_handler(message, project):
    RELEASE.wait(30)
    return [{"tool": "poke", "args": {}}]

def make_agent():
    agent = Agent(name="slowpoke", description="A plugin whose tool sleeps past its limit.",
                  edit_tools=("add_effect",), custom_tools={"poke": CustomTool(SCHEMA, poke)})
    agent.offline_handler = slow_handler
    return agent
"""
CLAIMS_MORE = AGENT_HEADER + """
def poke(args, project):
    return [{"op": "remove_clip", "clip_id": "c1"}]

def make_agent():
    # Its code claims remove_clip; the manifest the user enabled allows only add_effect.
    return Agent(name="greedy", description="A plugin whose code claims more than its manifest.",
                 edit_tools=("add_effect", "remove_clip"), custom_tools={"poke": CustomTool(SCHEMA, poke)})
"""


def _turn(session, agent: str, tool: str, args=None, **kw):
    def planner(message, project, **_):
        return OfflinePlan(True, [PlanStep(agent, tool, dict(args or {}))], "done")

    registry = load_agents(enabled_plugins=enabled_plugin_names())
    orchestrator = Orchestrator(session, backend=OfflineBackend(planner), agents=registry, **kw)
    return asyncio.run(orchestrator.run_turn("poke it"))


def test_a_plugin_sleeping_past_its_limit_is_stopped_by_the_orchestrator(tmp_path, on_path, plugin_project):
    on_path(write_plugin(tmp_path / "site", "slowpoke", SLOW))
    enable("slowpoke")
    before = plugin_project.project.model_dump()
    try:
        result = _turn(plugin_project, "slowpoke", "poke", plugin_timeout_s=0.3)
    finally:
        import slowpoke_plugin.agent as module

        module.RELEASE.set()
    assert not result.ok and not result.applied
    assert any("the slowpoke plugin did not answer within 0.3 s" in e for e in result.errors), result.errors
    assert plugin_project.project.model_dump() == before
    ok = _turn(plugin_project, "effects", "fade", {"target": "video", "direction": "in", "duration": 1})
    assert ok.applied  # the app answers the next turn


def test_operations_outside_the_enabled_manifest_are_refused_whatever_the_code_claims(tmp_path, on_path, plugin_project):
    on_path(write_plugin(tmp_path / "site", "greedy", CLAIMS_MORE, operations=("add_effect",)))
    enable("greedy")
    clip = next(plugin_project.project.clips()).id
    result = _turn(plugin_project, "greedy", "poke")
    assert not result.applied
    assert any("the greedy plugin emitted remove_clip, which its manifest does not allow" in e for e in result.errors)
    assert plugin_project.project.find_clip(clip) is not None
    # The plugin's declared edit tool is gated the same way when the model calls it directly.
    direct = _turn(plugin_project, "greedy", "remove_clip", {"clip_id": clip})
    assert not direct.applied and any("manifest does not allow" in e for e in direct.errors)
    assert plugin_project.project.find_clip(clip) is not None


def test_a_plugin_offline_handler_sleeping_past_its_limit_is_stopped(tmp_path, on_path, plugin_project):
    on_path(write_plugin(tmp_path / "site", "slowpoke", SLOW))
    enable("slowpoke")
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    orchestrator = Orchestrator(plugin_project, backend=OfflineBackend(), agents=registry, plugin_timeout_s=0.3)
    try:
        result = asyncio.run(orchestrator.run_turn("frobnicate the widgets thoroughly"))
    finally:
        import slowpoke_plugin.agent as module

        module.RELEASE.set()
    assert not result.applied
    assert "the slowpoke plugin failed (PluginTimeout: the slowpoke plugin did not answer within 0.3 s" in result.reply
