"""The editor as a Model Context Protocol server, and MCP servers as plugin agents."""

from editor_app.mcp.bridge import ProjectBridge, Proposal, ToolCallError, ToolSpec

__all__ = ["ProjectBridge", "Proposal", "ToolCallError", "ToolSpec"]
