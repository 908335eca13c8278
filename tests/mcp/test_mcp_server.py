"""The editor as an MCP server, driven by the SDK's own client (in-process and over stdio)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters

from editor_app.mcp.bridge import ProjectBridge
from editor_app.mcp.server import build_server
from editor_app.session import Session


def _data(result) -> dict:
    return json.loads(result.content[0].text)


def _clips(session: Session, role: str) -> list:
    return [c for t in session.project.tracks if t.role == role for c in t.clips]


def test_lists_tools_and_resources_then_proposes_applies_and_undoes_broll(demo_dir: Path):
    session = Session.open(demo_dir)
    before = json.dumps(session.project.model_dump(mode="json"), sort_keys=True)
    broll_before = len(_clips(session, "broll"))
    beach = next(m.id for m in session.project.media.values() if "beach" in m.name)
    bridge = ProjectBridge(session, client_name="pytest-client")

    async def main():
        async with Client(build_server(bridge)) as client:
            tools = {t.name: t for t in (await client.list_tools()).tools}
            for name in ("insert_clip", "remove_silences", "place_broll_for_topic", "search_transcript",
                         "apply_plan", "discard_plan", "undo", "render", "search"):
                assert name in tools, name
            assert tools["search_transcript"].annotations.read_only_hint is True
            resources = {str(r.uri) for r in (await client.list_resources()).resources}
            assert "editor://project/summary" in resources
            summary = await client.read_resource("editor://project/summary")
            assert "Tracks:" in summary.contents[0].text

            proposed = await client.call_tool("place_broll_for_topic", {"media_id": beach, "topic": "swimming in the sea"})
            assert not proposed.is_error, proposed.content[0].text
            data = _data(proposed)
            assert data["proposal"]["changes"], data
            # a proposal changes nothing until applied
            assert len(_clips(session, "broll")) == broll_before
            applied = await client.call_tool("apply_plan", {"plan_id": data["proposal"]["plan_id"]})
            assert not applied.is_error, applied.content[0].text
            assert len(_clips(session, "broll")) == broll_before + 1
            history = json.loads((await client.read_resource("editor://project/history")).contents[0].text)
            assert history["applied"][-1]["author"] == "mcp:pytest-client" or history["applied"][-1]["author"].startswith("mcp:")
            undone = await client.call_tool("undo", {})
            assert not undone.is_error

    anyio.run(main)
    assert json.dumps(session.project.model_dump(mode="json"), sort_keys=True) == before


def test_invalid_calls_are_tool_errors_and_change_nothing(demo_dir: Path):
    session = Session.open(demo_dir)
    before = json.dumps(session.project.model_dump(mode="json"), sort_keys=True)
    bridge = ProjectBridge(session, client_name="pytest")

    async def main():
        async with Client(build_server(bridge)) as client:
            bad_id = await client.call_tool("remove_clip", {"clip_id": "c999"})
            assert bad_id.is_error and "c999" in _data(bad_id)["error"]
            typo = await client.call_tool("remov_clip", {"clip_id": "c1"})
            assert typo.is_error and "remove_clip" in _data(typo)["how_to_fix"]
            wrong_type = await client.call_tool("set_volume", {"clip_id": "c1", "db": "loud"})
            assert wrong_type.is_error
            nothing = await client.call_tool("apply_plan", {})
            assert nothing.is_error and "no pending proposal" in _data(nothing)["error"]

    anyio.run(main)
    assert json.dumps(session.project.model_dump(mode="json"), sort_keys=True) == before
    assert not session.history.undo_stack or session.history.undo_stack[-1].author != "mcp:pytest"


def test_stale_proposal_is_revalidated_against_edits_made_meanwhile(demo_dir: Path):
    """The window (or CLI) edits while a proposal waits: applying re-checks it on the new project."""
    session = Session.open(demo_dir)
    bridge = ProjectBridge(session, client_name="pytest")
    clip = _clips(session, "main")[0].id

    async def main():
        r = await bridge.call("add_effect", {"clip_id": clip, "effect": {"type": "fade_in", "duration": 1}})
        assert r["proposal"]["changes"]
        session.apply([{"op": "remove_clip", "clip_id": clip}], "user removed the clip")  # the window's edit
        with pytest.raises(Exception) as info:
            await bridge.call("apply_plan", {})
        assert clip in str(info.value) or "no longer" in str(info.value)

    anyio.run(main)
    assert all(c.id != clip for c in _clips(session, "main"))


def test_auto_apply_and_stdio_transport(demo_dir: Path):
    """`editor-app mcp DIR --auto-apply` over stdio: each edit call is one undoable batch."""
    params = StdioServerParameters(command=sys.executable, args=["-m", "editor_app", "mcp", str(demo_dir), "--auto-apply"],
                                   cwd=str(Path(__file__).resolve().parents[2]))
    clip = _clips(Session.open(demo_dir), "main")[0].id

    async def main():
        async with Client(params) as client:
            tools = [t.name for t in (await client.list_tools()).tools]
            assert "split_clip" in tools
            r = await client.call_tool("set_volume", {"clip_id": clip, "db": -6})
            assert not r.is_error, r.content[0].text
            assert "applied_batch" in _data(r)

    anyio.run(main)
    reopened = Session.open(demo_dir)
    volume = next(c for t in reopened.project.tracks for c in t.clips if c.id == clip).volume_db
    assert volume == -6
    assert reopened.history.undo_stack[-1].author.startswith("mcp:")
