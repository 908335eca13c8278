"""The Model Context Protocol server over a ProjectBridge (official `mcp` SDK, low-level Server).

Why the low-level Server and not MCPServer's decorators: the tool list is generated at run
time from the agents' tool registry (plugins included), with schemas we already have, so
there is nothing to decorate. Stdio for desktop agents (Claude Desktop, Cursor); streamable
HTTP bound to 127.0.0.1 with a bearer token for the window to host.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from typing import Any

import mcp_types as types
from mcp.server.lowlevel import Server

from editor_app import __version__
from editor_app.mcp.bridge import ProjectBridge, ToolCallError

log = logging.getLogger(__name__)

INSTRUCTIONS = (
    "A video editor's project. Read editor://project/summary first. Edit tools do not change the project at once: "
    "they build one proposal; show its diff to the user, then call apply_plan (one undoable step) or discard_plan. "
    "Times are seconds. Use ids from the project state (c1, t1, m1)."
)


def _client_name(ctx: Any, fallback: str) -> str:
    try:
        params = ctx.session.client_params
        if params is not None and params.client_info and params.client_info.name:
            return str(params.client_info.name)[:40]
    except Exception:  # noqa: BLE001 - the name is only provenance
        pass
    return fallback


def build_server(bridge: ProjectBridge) -> Server:
    """A Server whose handlers all go through ``bridge``."""
    fallback_name = bridge.client_name

    async def list_tools(ctx, params) -> types.ListToolsResult:
        tools = [types.Tool(name=t.name, description=t.description, input_schema=t.input_schema,
                            annotations=types.ToolAnnotations(read_only_hint=t.read_only,
                                                              destructive_hint=t.destructive))
                 for t in bridge.tools()]
        return types.ListToolsResult(tools=tools)

    async def call_tool(ctx, params: types.CallToolRequestParams) -> types.CallToolResult:
        bridge.client_name = _client_name(ctx, fallback_name)
        try:
            data = await bridge.call(params.name, params.arguments)
        except ToolCallError as exc:
            payload = {"ok": False, "error": str(exc)}
            if exc.hint:
                payload["how_to_fix"] = exc.hint
            return types.CallToolResult(content=[types.TextContent(text=json.dumps(payload, ensure_ascii=False))],
                                        structured_content=payload, is_error=True)
        except Exception as exc:  # noqa: BLE001 - never take the server down for one call
            log.exception("MCP tool %s failed", params.name)
            payload = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            return types.CallToolResult(content=[types.TextContent(text=json.dumps(payload))],
                                        structured_content=payload, is_error=True)
        payload = {"ok": True, **data}
        return types.CallToolResult(content=[types.TextContent(text=json.dumps(payload, ensure_ascii=False, default=str))],
                                    structured_content=json.loads(json.dumps(payload, default=str)))

    async def list_resources(ctx, params) -> types.ListResourcesResult:
        return types.ListResourcesResult(resources=[
            types.Resource(uri=r["uri"], name=r["name"], description=r["description"], mime_type=r["mime"])
            for r in bridge.resources()])

    async def read_resource(ctx, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        try:
            mime, text = bridge.read_resource(str(params.uri))
        except ToolCallError as exc:
            raise ValueError(str(exc)) from None
        return types.ReadResourceResult(contents=[types.TextResourceContents(uri=str(params.uri), mime_type=mime,
                                                                             text=text)])

    return Server("editor-app", version=__version__, instructions=INSTRUCTIONS,
                  on_list_tools=list_tools, on_call_tool=call_tool,
                  on_list_resources=list_resources, on_read_resource=read_resource)


async def serve_stdio(bridge: ProjectBridge) -> None:
    """Serve over stdin/stdout until the client closes them."""
    from mcp.server.stdio import stdio_server

    server = build_server(bridge)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def new_token() -> str:
    return secrets.token_urlsafe(24)


class BearerTokenMiddleware:
    """ASGI middleware: every request needs ``Authorization: Bearer <token>`` (constant-time check)."""

    def __init__(self, app, token: str) -> None:
        self.app = app
        self.token = token.encode()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            auth = headers.get(b"authorization", b"")
            given = auth[7:] if auth.lower().startswith(b"bearer ") else b""
            if not hmac.compare_digest(given, self.token):
                body = b'{"error": "missing or wrong token: send Authorization: Bearer <token>"}'
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def http_app(bridge: ProjectBridge, token: str):
    """The streamable-HTTP ASGI app at /mcp, behind the token."""
    server = build_server(bridge)
    app = server.streamable_http_app(host="127.0.0.1")
    return BearerTokenMiddleware(app, token)


def uvicorn_server(bridge: ProjectBridge, port: int, token: str):
    """A uvicorn Server on 127.0.0.1 (call ``await s.serve()``; set ``s.should_exit`` to stop)."""
    import uvicorn

    config = uvicorn.Config(http_app(bridge, token), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    return uvicorn.Server(config)
