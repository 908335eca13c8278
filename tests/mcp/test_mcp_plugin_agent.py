"""An MCP server as a plugin agent: its tools are routed to, its edits validated and limited by
its manifest, and a hung server is stopped."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

from editor_app.agents.builtin import audio_agent, effects_agent, timeline_agent
from editor_app.mcp.plugin_agent import mcp_agent
from editor_app.orchestrator import Orchestrator
from editor_app.orchestrator.backends import OfflineBackend
from editor_app.planner.types import OfflinePlan, PlanStep
from editor_app.plugins import parse_manifest
from editor_app.session import Session

SERVER = [sys.executable, str(Path(__file__).parent / "fixtures" / "chapters_server.py")]


@pytest.fixture(scope="module")
def chapters():
    return mcp_agent("chapters", "Adds chapter markers to long videos from an outside chapter service.",
                     command=SERVER, operations=("add_marker",), timeout=8)


def _turn(session, agent, tool, args):
    def planner(message, project, **kw):
        return OfflinePlan(True, [PlanStep(agent.name, tool, args)], "done")

    # what the user enabled: the installed package's editor_app_plugin.json, not the plugin's code
    manifest = parse_manifest({"name": "chapters", "version": "1.0", "entry": "chapters_plugin:make_agent",
                               "description": "Adds chapter markers from an outside chapter service.",
                               "operations": ["add_marker"]})
    orchestrator = Orchestrator(session, backend=OfflineBackend(planner), manifests={"chapters": manifest},
                                agents=[timeline_agent(), effects_agent(), audio_agent(), agent])
    return asyncio.run(orchestrator.run_turn("chapters please"))


def test_server_tools_become_the_agents_tools(chapters):
    assert set(chapters.custom_tools) == {"add_chapter", "chapter_count", "remove_everything", "hang"}
    assert chapters.custom_tools["chapter_count"].edits is False
    assert chapters.custom_tools["add_chapter"].edits is True


def test_routed_call_adds_a_marker_as_one_undoable_batch(chapters, demo_dir):
    session = Session.open(demo_dir)
    result = _turn(session, chapters, "add_chapter", {"at": 12.5, "title": "The beach"})
    assert result.ok and result.applied, result.errors
    marker = session.project.markers[-1]
    assert marker.name == "The beach" and marker.frame == 375  # 12.5 s at 30 fps
    session.undo()
    assert all(m.name != "The beach" for m in session.project.markers)


def test_operation_outside_the_manifest_is_refused(chapters, demo_dir):
    session = Session.open(demo_dir)
    tracks = len(session.project.tracks)
    result = _turn(session, chapters, "remove_everything", {})
    assert not result.applied
    assert any("remove_track" in e for e in result.errors), result.errors
    assert len(session.project.tracks) == tracks


def test_hung_server_is_stopped_and_changes_nothing(demo_dir):
    agent = mcp_agent("chapters", "Adds chapter markers to long videos from an outside chapter service.",
                      command=SERVER, operations=("add_marker",), timeout=2)
    session = Session.open(demo_dir)
    before = session.project.model_dump()
    started = time.monotonic()
    result = _turn(session, agent, "hang", {})
    assert time.monotonic() - started < 30  # bounded: the 120 s hang was cut at the limit
    assert not result.applied
    assert any("did not answer" in e for e in result.errors), result.errors
    assert session.project.model_dump() == before
