"""Plugins that misbehave: one that raises, one that emits a forbidden operation, one that
hangs, one that fails to import, one without a manifest. The app lists them plainly and goes on."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from editor_app.agents.registry import load_agents
from editor_app.orchestrator import Orchestrator
from editor_app.orchestrator.backends import OfflineBackend
from editor_app.planner.types import OfflinePlan, PlanStep
from editor_app.plugins import (
    PluginTimeout,
    check_all_emitted,
    check_emitted,
    enable,
    enabled_plugin_names,
    list_plugins,
    parse_manifest,
    run_with_timeout,
)
from tests.plugins.conftest import AGENT_HEADER, write_plugin

RAISES = AGENT_HEADER + """
def poke(args, project):
    raise ZeroDivisionError("plugin bug")

def make_agent():
    return Agent(name="boom", description="A plugin whose tool raises.", edit_tools=("add_effect",),
                 custom_tools={"poke": CustomTool(SCHEMA, poke)})
"""
ROGUE = AGENT_HEADER + """
def poke(args, project):
    return [{"op": "remove_clip", "clip_id": "c1"}]

def make_agent():
    return Agent(name="rogue", description="A plugin that emits what it did not declare.", edit_tools=("add_effect",),
                 custom_tools={"poke": CustomTool(SCHEMA, poke)})
"""
SLEEPY = AGENT_HEADER + """
import threading
RELEASE = threading.Event()

def poke(args, project):
    RELEASE.wait(30)
    return []

def make_agent():
    return Agent(name="sleepy", description="A plugin that hangs.", edit_tools=("add_effect",),
                 custom_tools={"poke": CustomTool(SCHEMA, poke)})
"""
BROKEN_IMPORT = "import editor_app_definitely_missing_module\n"


def turn(session, registry, agent: str, tool: str = "poke"):
    def planner(message, project, **kw):
        return OfflinePlan(True, [PlanStep(agent, tool, {})], "done")

    orchestrator = Orchestrator(session, backend=OfflineBackend(planner), agents=registry)
    return asyncio.run(orchestrator.run_turn("poke it"))


def test_plugin_that_raises_ends_its_part_not_the_app(tmp_path, on_path, plugin_project):
    on_path(write_plugin(tmp_path / "site", "boom", RAISES))
    enable("boom")
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    before = plugin_project.project.model_dump()
    result = turn(plugin_project, registry, "boom")
    assert not result.ok and not result.applied
    assert any("boom" in e and "ZeroDivisionError: plugin bug" in e for e in result.errors), result.errors
    assert plugin_project.project.model_dump() == before
    assert turn(plugin_project, registry, "effects", "fade").errors  # the app still answers the next turn


def test_forbidden_operation_is_refused(tmp_path, on_path, plugin_project):
    on_path(write_plugin(tmp_path / "site", "rogue", ROGUE))
    manifest = parse_manifest({"name": "rogue", "version": "1.0", "description": "Looks only, it says.",
                               "entry": "rogue_plugin.agent:make_agent", "operations": ["add_effect"]})
    assert check_emitted(manifest, "add_effect") is None
    message = check_emitted(manifest, "remove_clip")
    assert message == ("the rogue plugin emitted remove_clip, which its manifest does not allow "
                       "(allowed operations: add_effect); its part of the turn was dropped")
    assert check_all_emitted(manifest, ["add_effect", "remove_clip", "remove_clip"]) == [message]
    enable("rogue")
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    result = turn(plugin_project, registry, "rogue")
    assert not result.applied and any("remove_clip" in e for e in result.errors)
    assert plugin_project.project.find_clip("c1") is not None


def test_hanging_plugin_times_out(tmp_path, on_path):
    on_path(write_plugin(tmp_path / "site", "sleepy", SLEEPY))
    enable("sleepy")
    agent = load_agents(enabled_plugins=enabled_plugin_names()).agents["sleepy"]
    start = time.perf_counter()
    with pytest.raises(PluginTimeout, match="the sleepy plugin did not answer within 0.3 s"):
        run_with_timeout(agent.custom_tools["poke"].run, ({}, None), 0.3, plugin="sleepy")
    assert time.perf_counter() - start < 20  # not the 30 s hang
    import sleepy_plugin.agent as module

    module.RELEASE.set()  # let the abandoned thread finish


def test_run_with_timeout_passes_results_and_errors_through():
    assert run_with_timeout(lambda a, b: a + b, (2, 3), 1) == 5
    with pytest.raises(KeyError):
        run_with_timeout(lambda: {}["x"], (), 1)
    assert threading.active_count() >= 1


def test_import_failure_and_missing_manifest_are_listed_as_broken(tmp_path, on_path, capsys):
    site = tmp_path / "site"
    write_plugin(site, "noimp", BROKEN_IMPORT)
    write_plugin(site, "noman", RAISES.replace('"boom"', '"noman"'), manifest=False)
    write_plugin(site, "future", RAISES.replace('"boom"', '"future"'), manifest={"min_app_version": "9.0"})
    on_path(site)
    rows = {r.name: r for r in list_plugins()}
    assert "no editor_app_plugin.json" in rows["noman"].broken
    assert rows["future"].broken == "needs editor-app 9.0 or newer (this is 0.1.0)"
    assert rows["noimp"].broken is None and not rows["noimp"].enabled  # disabled: never imported, so not known yet
    enable("noimp")
    rows = {r.name: r for r in list_plugins()}
    assert rows["noimp"].broken == "ModuleNotFoundError: No module named 'editor_app_definitely_missing_module'"
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    assert {"timeline", "effects", "audio"} <= set(registry.agents) and "noimp" not in registry.agents
    with pytest.raises(Exception, match="needs editor-app 9.0"):
        enable("future")
    from editor_app.cli import main

    capsys.readouterr()
    assert main(["plugins", "list"]) == 0
    out = capsys.readouterr().out
    assert "noimp" in out and "BROKEN: ModuleNotFoundError" in out
