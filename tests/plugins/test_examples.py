"""The example plugins, installed with pip into a temporary target: loaded once enabled, their
offline handlers and custom tools produce operations that validate and apply, through the
app's fixture and through a real orchestrator turn."""

from __future__ import annotations

import asyncio

from editor_app.agents.registry import load_agents
from editor_app.orchestrator import Orchestrator
from editor_app.orchestrator.backends import OfflineBackend
from editor_app.planner.types import OfflinePlan, PlanStep
from editor_app.plugins import enable, enabled_plugin_names, loadable_manifests


def with_plugin_handlers(registry):
    """An offline planner that asks enabled plugins' offline_handler first (how the lead can wire it)."""
    from editor_app.planner import plan as builtin_plan

    def plan(message, project, **kw):
        for agent in registry.agents.values():
            handler = getattr(agent, "offline_handler", None)
            steps = handler(message, project) if handler else None
            if steps:
                return OfflinePlan(True, [PlanStep(agent.name, s["tool"], s["args"]) for s in steps],
                                   f"{agent.name} did it.")
        return builtin_plan(message, project, **kw)

    return plan


def test_enabled_examples_work_offline_end_to_end(examples, plugin_project):
    enable("color_look")
    enable("captions")
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    assert {"color_look", "captions"} <= set(registry.agents)
    orchestrator = Orchestrator(plugin_project, backend=OfflineBackend(with_plugin_handlers(registry)), agents=registry)
    result = asyncio.run(orchestrator.run_turn("give the talk a warm look"))
    assert result.ok and result.applied, result.errors
    assert result.agents == ["color_look"]
    talk = plugin_project.project.tracks_by_role("main")[0].clips[0]
    color = next(e for e in talk.effects if e.type == "color")
    assert color.temperature > 0
    result = asyncio.run(orchestrator.run_turn("add yellow captions at the top"))
    assert result.ok and result.applied, result.errors
    captions = [c for t in plugin_project.project.tracks if t.name == "Captions" for c in t.clips]
    media = plugin_project.project.media[talk.media_id]
    assert len(captions) == len(media.transcript) and all(c.generator.color == "yellow" for c in captions)
    assert plugin_project.journal_records()[-1]["author"] == "agent:captions"
    plugin_project.undo()  # one undo takes the whole turn back
    assert not [c for t in plugin_project.project.tracks if t.name == "Captions" for c in t.clips]
    # the built-in planner still gets everything the plugins decline
    result = asyncio.run(orchestrator.run_turn("fade the music out at the end"))
    assert result.ok and result.agents == ["audio"]


def test_custom_tools_through_the_shipped_fixture(examples, plugin_project, plugin_runner):
    enable("color_look")
    enable("captions")
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    manifests = loadable_manifests()
    look = registry.agents["color_look"]
    batch = plugin_runner.run_custom(look, "apply_look", {"look": "noir", "clip_ids": ["c1"]}, manifests["color_look"])
    assert [op.op for op in batch.ops] == ["add_effect", "add_effect"]
    steps = registry.agents["captions"].offline_handler("caption the talk", plugin_project.project)
    ops = plugin_runner.plan(registry.agents["captions"], steps, manifests["captions"])
    assert ops[0].op == "add_track" and {o.op for o in ops[1:]} == {"add_title"}
    assert plugin_project.dry_run(ops).project.check_invariants() == []
