"""Agents: the Agent manifest, built-in agents, macro and query tools, plugin loading."""

from editor_app.agents.base import Agent, AgentInfo, CustomTool
from editor_app.agents.registry import GROUP, AgentRegistry, load_agents

__all__ = ["Agent", "AgentInfo", "AgentRegistry", "CustomTool", "GROUP", "load_agents"]
