"""The window hosts the project's MCP server, so outside agents edit the project the user sees.

Why the window hosts it (rather than a second process): one writer per project. The server
runs on the window's own asyncio loop (qasync), so an MCP edit is applied on the UI thread
through the same Session as a drag or a chat turn, and the views update from the same change
events. A client's proposal appears as a plan card with dashed ghost clips; Apply makes it one
undoable step whose origin names the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor_app.mcp.bridge import ProjectBridge, ToolCallError

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def client_config(port: int, token: str) -> str:
    """The snippet a user pastes into an MCP client's config (Claude Desktop, Cursor, ...)."""
    return json.dumps({"mcpServers": {"editor-app": {
        "type": "http", "url": f"http://127.0.0.1:{port}/mcp",
        "headers": {"Authorization": f"Bearer {token}"}}}}, indent=2)


class McpHost(QObject):
    """Starts/stops the HTTP MCP server on the window's loop and turns proposals into plan cards."""

    started = Signal(int, str)   # port, token
    stopped = Signal()
    proposal = Signal(dict)      # the bridge's proposal JSON
    applied = Signal(dict)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.bridge: ProjectBridge | None = None
        self._server = None
        self._task: asyncio.Task | None = None
        self.port: int | None = None
        self.token: str | None = None
        self.card = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, port: int | None = None) -> None:
        from editor_app.mcp.server import new_token, uvicorn_server

        if self.running:
            return
        session = self.window.state.session
        self.bridge = ProjectBridge(session, client_name="mcp client", on_change=self._bridge_changed)
        self.port, self.token = port or free_port(), new_token()
        self._server = uvicorn_server(self.bridge, self.port, self.token)
        self._server.install_signal_handlers = lambda: None  # the window owns Ctrl+C / close
        with contextlib.suppress(AttributeError):
            self._server.capture_signals = contextlib.nullcontext  # uvicorn >= 0.29
        self._task = asyncio.ensure_future(self._server.serve())
        self._task.add_done_callback(lambda _t: self.stopped.emit())
        self.started.emit(self.port, self.token)
        self.window.statusBar().showMessage(f"AI agents can connect at http://127.0.0.1:{self.port}/mcp", 8000)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        self._server = None

    # ---- proposals ---------------------------------------------------------
    def _bridge_changed(self, what: str, data: dict[str, Any]) -> None:
        if what == "proposal":
            self._show_proposal(data)
            self.proposal.emit(data)
        elif what == "applied":
            self.window.state.set_ghost(None)
            self.applied.emit(data)
            if self.card is not None and data.get("batch_id"):
                self.card.batch_id = data["batch_id"]
                self.card.set_state("applied", f"Applied by {self.bridge.client_name if self.bridge else 'the client'}")
                self.card = None
        elif what == "discarded":
            self.window.state.set_ghost(None)
            if self.card is not None:
                self.card.set_state("discarded", "Discarded: nothing was changed.")
                self.card = None

    def _show_proposal(self, data: dict[str, Any]) -> None:
        from editor_app.ui.chat import ghost_for

        chat = self.window.chat
        name = self.bridge.client_name if self.bridge else "an MCP client"
        lines = list(data.get("changes") or data.get("diff") or ["(no visible change)"])
        if self.card is not None:
            self.card.setVisible(False)
        card = chat.add_card(f"Proposal from {name}", lines, f"{data.get('operations', 0)} operations · via MCP",
                             on_apply=self._apply, on_discard=self._discard, redo=False)
        card.batch_id = None
        card.set_state("proposed", "Review the dashed clips on the timeline, then Apply or Discard.")
        self.card = card
        if self.bridge and self.bridge.proposal:
            with contextlib.suppress(Exception):  # a preview that no longer fits still gets its card
                self.window.state.set_ghost(ghost_for(self.window.state.project, self.bridge.proposal.ops))

    def _apply(self, card) -> None:
        if self.bridge is None:
            return
        try:
            self.bridge.apply_pending()
        except ToolCallError as exc:
            card.set_state("failed", f"Not applied: {exc}")

    def _discard(self, card) -> None:
        if self.bridge is None:
            return
        self.bridge.discard_pending()  # the "discarded" notice updates the card and the ghost
