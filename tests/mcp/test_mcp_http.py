"""Streamable HTTP on 127.0.0.1 behind a bearer token."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from editor_app.mcp.bridge import ProjectBridge
from editor_app.mcp.server import new_token, uvicorn_server
from editor_app.session import Session


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def http_server(demo_dir: Path):
    session = Session.open(demo_dir)
    bridge = ProjectBridge(session, client_name="http-test", auto_apply=True)
    port, token = _free_port(), new_token()
    server = uvicorn_server(bridge, port, token)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the MCP HTTP server did not start"
    yield session, f"http://127.0.0.1:{port}/mcp", token
    server.should_exit = True
    thread.join(10)


def test_requests_without_the_token_are_refused(http_server):
    _session, url, _token = http_server
    request = urllib.request.Request(url, data=b"{}", method="POST", headers={"Content-Type": "application/json",
                                                                               "Authorization": "Bearer wrong"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 401


def test_client_with_the_token_edits_the_project(http_server):
    session, url, token = http_server
    clip = next(c for t in session.project.tracks if t.role == "main" for c in t.clips).id

    async def main():
        async with create_mcp_http_client(headers={"Authorization": f"Bearer {token}"}) as http:
            async with Client(streamable_http_client(url, http_client=http)) as client:
                names = [t.name for t in (await client.list_tools()).tools]
                assert "split_clip" in names
                result = await client.call_tool("split_clip", {"clip_id": clip, "at": 3})
                assert not result.is_error, result.content[0].text
                return json.loads(result.content[0].text)

    data = anyio.run(main)
    assert data["applied_batch"]["batch_id"] == session.history.undo_stack[-1].id
    assert sum(1 for t in session.project.tracks if t.role == "main" for _ in t.clips) >= 2
