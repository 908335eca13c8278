"""With the window open, an MCP client's edit appears there as a proposal, and the window's own
edits are what the client reads next (one session, one writer)."""

from __future__ import annotations

import json

from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from tests.ui.conftest import run, until


async def _client_session(url: str, token: str, work):
    async with create_mcp_http_client(headers={"Authorization": f"Bearer {token}"}) as http:
        async with Client(streamable_http_client(url, http_client=http)) as client:
            return await work(client)


def test_mcp_edit_shows_as_a_card_applies_and_window_edits_are_seen(window, qloop):
    window.toggle_mcp(True)
    host = window.mcp_host
    url = f"http://127.0.0.1:{host.port}/mcp"
    clip = window.state.project.tracks[0].clips[0]

    async def propose(client):
        result = await client.call_tool("set_volume", {"clip_id": clip.id, "db": -9})
        return json.loads(result.content[0].text)

    async def scenario():
        await until(lambda: host.running, 20)
        await __import__("asyncio").sleep(0.3)  # uvicorn binds its socket
        data = await _client_session(url, host.token, propose)
        assert data["ok"] and data["proposal"]["changes"], data
        await until(lambda: host.card is not None, 10)
        assert "Proposal from" in host.card.findChildren(type(host.card.status))[0].text()
        assert window.state.ghost is not None  # dashed ghost clips on the timeline
        # nothing applied yet
        assert window.state.project.tracks[0].clips[0].volume_db == clip.volume_db
        host.card.apply_button.click()
        assert window.state.project.tracks[0].clips[0].volume_db == -9
        assert window.state.session.history.undo_stack[-1].author.startswith("mcp:")
        # the window's own edit is what the client reads next
        window.state.session.apply([{"op": "update_clip", "clip_id": clip.id, "name": "edited in window"}], "rename")

        async def read(client):
            return json.loads((await client.read_resource("editor://project/state")).contents[0].text)

        state = await _client_session(url, host.token, read)
        names = [c["name"] for t in state["tracks"] for c in t["clips"]]
        assert "edited in window" in names

    run(qloop, scenario(), 90)
    window.toggle_mcp(False)
