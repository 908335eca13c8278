"""An MCP server as a plugin agent: its tools join the agent's tool list like a plugin's own.

A plugin package that wraps an MCP server needs two lines of Python and its manifest:

    from editor_app.mcp.plugin_agent import mcp_agent
    def make_agent():
        return mcp_agent("chapters", "Adds chapter markers ...", command=["chapters-mcp"], operations=("add_marker",))

Why a factory rather than a new kind of plugin: the agent then goes through the one plugin
path (disabled until enabled, the manifest's operations enforced, a time limit on every
call), and the orchestrator cannot tell it from any other plugin. Each call opens a short
MCP session (stdio: the server process lives for that call; URL: one HTTP session) under
a hard time limit, so a hung server is killed and ends only its part of the turn.

Contract for the server's tools: a tool whose result carries ``{"operations": [...]}``
(structured content, or JSON text) proposes edits, which are validated like any agent's;
a tool annotated ``readOnlyHint`` is a query whose result goes back to the model as data.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import threading
from collections.abc import Sequence
from typing import Any

from editor_app.agents.base import Agent, CustomTool
from editor_app.model.operations import OperationError

DEFAULT_CALL_TIMEOUT_S = 10.0


class McpPluginError(RuntimeError):
    """The plugin's MCP server could not be reached, failed, or took too long."""


def _client(command: Sequence[str] | None, url: str | None, env: dict[str, str] | None):
    from mcp import Client, StdioServerParameters

    if url:
        return Client(url)
    if not command:
        raise McpPluginError("an MCP plugin needs a command or a url")
    return Client(StdioServerParameters(command=command[0], args=list(command[1:]), env=env))


class McpConnection:
    """One long-lived MCP client session on a background event loop, usable from sync code.

    Why: starting a stdio server per call costs seconds (the SDK import alone); keeping one
    session open makes a call cost a round trip. A call that overruns its limit closes the
    session, which ends a stdio server's process; the next call opens a fresh one.
    """

    def __init__(self, command: Sequence[str] | None = None, url: str | None = None, *,
                 env: dict[str, str] | None = None, open_timeout: float = 60.0) -> None:
        self.command, self.url, self.env, self.open_timeout = command, url, env, open_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client = None
        self._closing: asyncio.Event | None = None
        self._lock = threading.Lock()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="mcp-plugin", daemon=True)
            self._thread.start()
        return self._loop

    async def _open(self) -> None:
        ready: asyncio.Future = asyncio.get_running_loop().create_future()
        self._closing = asyncio.Event()

        async def hold() -> None:  # enter and exit the client in one task, as anyio requires
            try:
                async with _client(self.command, self.url, self.env) as client:
                    self._client = client
                    ready.set_result(None)
                    await self._closing.wait()
            except BaseException as exc:  # noqa: BLE001 - reported to the caller that opened it
                if not ready.done():
                    ready.set_exception(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
            finally:
                self._client = None

        self._holder = asyncio.get_running_loop().create_task(hold())
        await asyncio.wait_for(ready, self.open_timeout)

    def _submit(self, coro, timeout: float) -> Any:
        loop = self._ensure_loop()
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            self.close()
            raise McpPluginError(f"the MCP server did not answer within {timeout:g} s") from None
        except McpPluginError:
            raise
        except Exception as exc:  # noqa: BLE001 - connection failures become one sentence
            self.close()
            raise McpPluginError(f"the MCP server failed: {type(exc).__name__}: {exc}") from None

    def request(self, make_call, timeout: float) -> Any:
        """Run ``make_call(client)`` (a coroutine function) with a hard time limit."""
        with self._lock:
            if self._client is None:
                self._submit(self._open(), self.open_timeout)
            client = self._client
            return self._submit(make_call(client), timeout)

    def close(self) -> None:
        if self._loop is not None and self._closing is not None:
            self._loop.call_soon_threadsafe(self._closing.set)
            holder = getattr(self, "_holder", None)
            if holder is not None:
                done = asyncio.run_coroutine_threadsafe(asyncio.wait([holder], timeout=10), self._loop)
                try:
                    done.result(12)
                except Exception:  # noqa: BLE001 - best effort; the process is a daemon's child
                    pass
        self._client = None


def list_server_tools(connection: McpConnection, timeout: float = DEFAULT_CALL_TIMEOUT_S) -> list[Any]:
    async def work(client):
        return (await client.list_tools()).tools

    return connection.request(work, timeout)


def call_server_tool(connection: McpConnection, name: str, args: dict[str, Any],
                     timeout: float = DEFAULT_CALL_TIMEOUT_S) -> Any:
    """The tool's result as data (structured content, else the JSON or plain text of its content)."""

    async def work(client):
        return await client.call_tool(name, args)

    result = connection.request(work, timeout)
    text = "".join(getattr(block, "text", "") for block in result.content)
    if result.is_error:
        raise OperationError(f"the plugin's tool {name} failed: {text[:300] or 'no message'}")
    if result.structured_content is not None:
        return result.structured_content
    try:
        return json.loads(text)
    except ValueError:
        return text


def mcp_agent(name: str, description: str, *, command: Sequence[str] | None = None, url: str | None = None,
              operations: Sequence[str] = (), env: dict[str, str] | None = None,
              timeout: float = DEFAULT_CALL_TIMEOUT_S, version: str = "1.0") -> Agent:
    """An Agent whose custom tools are the MCP server's tools (listed once, at load)."""
    connection = McpConnection(command, url, env=env)
    tools = list_server_tools(connection, timeout=max(timeout, 30.0))
    custom: dict[str, CustomTool] = {}
    for tool in tools:
        schema = {"type": "function", "function": {
            "name": tool.name, "description": (tool.description or tool.name)[:500],
            "parameters": tool.input_schema or {"type": "object", "properties": {}}}}
        read_only = bool(tool.annotations and tool.annotations.read_only_hint)
        custom[tool.name] = CustomTool(schema, _caller(tool.name, connection, timeout, edits=not read_only),
                                       edits=not read_only)
    return Agent(name=name, description=description, edit_tools=tuple(operations), custom_tools=custom,
                 version=version, source="plugin",
                 prompt=(f"You are the {name} agent of a video editor. {description} "
                         "Use your tools; times are seconds; use ids from the project state."))


def _caller(tool: str, connection: McpConnection, timeout: float, *, edits: bool):
    def run(args: dict[str, Any], project) -> Any:
        try:
            data = call_server_tool(connection, tool, args, timeout)
        except McpPluginError as exc:  # a dead or hung server ends this agent's part of the turn
            from editor_app.orchestrator.types import AgentStop

            raise AgentStop(f"the plugin's MCP tool {tool}: {exc}") from None
        if not edits:
            return data
        ops = data.get("operations") if isinstance(data, dict) else data
        if not isinstance(ops, list):
            raise OperationError(f"the plugin's tool {tool} returned no operations list")
        return ops

    return run
