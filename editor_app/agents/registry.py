"""Agent discovery through the `editor_app.agents` entry-point group.

Lazy and forgiving, as napari/npe2 and OTIO do: entry points are listed without importing
them; built-ins and enabled plugins are imported when first needed; one that fails to
import (or returns something that is not a valid Agent) is listed as broken with the
reason and the app goes on. Third-party plugins stay disabled until the user enables them
(EDITOR_APP_PLUGINS="name,name" or "all"): Python cannot sandbox a plugin.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points

from editor_app.agents.base import Agent, AgentInfo
from editor_app.agents.plugin_path import activate_plugin_dir

log = logging.getLogger(__name__)
GROUP = "editor_app.agents"
ENV_ENABLED = "EDITOR_APP_PLUGINS"


@dataclass
class AgentRegistry:
    agents: dict[str, Agent] = field(default_factory=dict)
    infos: list[AgentInfo] = field(default_factory=list)

    def add(self, agent: Agent, entry_point: str = "") -> AgentInfo:
        """Register an agent object (tests, embedding apps); a bad manifest is listed as broken."""
        try:
            agent.check()
            if agent.name in self.agents:
                raise ValueError(f"an agent named {agent.name!r} is already registered")
        except Exception as exc:  # noqa: BLE001 - a bad plugin must not stop the app
            info = AgentInfo(getattr(agent, "name", "?"), getattr(agent, "description", ""), [],
                             getattr(agent, "source", "plugin"), entry_point=entry_point, broken=str(exc))
            self.infos.append(info)
            return info
        self.agents[agent.name] = agent
        info = AgentInfo(agent.name, agent.description, agent.tool_names(), agent.source, agent.version, entry_point)
        self.infos.append(info)
        return info

    def broken(self) -> list[AgentInfo]:
        return [i for i in self.infos if i.broken]


def _is_builtin(ep: EntryPoint) -> bool:
    return ep.value.startswith("editor_app.")


def _enabled_names(enabled: Iterable[str] | None) -> set[str] | None:
    """None means all plugins; otherwise the set of enabled plugin names."""
    if enabled is not None:
        names = {n.strip() for n in enabled if n.strip()}
    else:
        names = {n.strip() for n in os.environ.get(ENV_ENABLED, "").split(",") if n.strip()}
    return None if "all" in names else names


def load_entry_point(ep: EntryPoint) -> Agent:
    """Import the entry point; it may be an Agent or a zero-argument factory returning one."""
    obj = ep.load()
    agent = obj() if callable(obj) and not isinstance(obj, Agent) else obj
    if not isinstance(agent, Agent):
        raise TypeError(f"{ep.value} gave a {type(agent).__name__}, not an editor_app.agents.Agent")
    return agent


def load_agents(enabled_plugins: Iterable[str] | None = None) -> AgentRegistry:
    """Built-ins plus enabled plugins from the entry points; failures become broken entries."""
    registry = AgentRegistry()
    enabled = _enabled_names(enabled_plugins)
    order = {"speech": 0, "timeline": 1, "effects": 2, "audio": 3}  # cutting by words, arranging, looks, sound
    activate_plugin_dir()  # wheels the packaged app installed into the user's plugin folder
    eps = sorted(entry_points(group=GROUP), key=lambda e: (not _is_builtin(e), order.get(e.name, 9), e.name))
    for ep in eps:
        builtin = _is_builtin(ep)
        source = "builtin" if builtin else "plugin"
        if not builtin and enabled is not None and ep.name not in enabled:
            registry.infos.append(AgentInfo(ep.name, "(disabled plugin; enable it in EDITOR_APP_PLUGINS)", [], source,
                                            entry_point=ep.value, enabled=False))
            continue
        try:
            agent = load_entry_point(ep)
        except Exception as exc:  # noqa: BLE001 - ImportError, SyntaxError, anything a plugin raises
            log.warning("agent plugin %s failed to load: %s", ep.name, exc)
            registry.infos.append(AgentInfo(ep.name, "", [], source, entry_point=ep.value,
                                            broken=f"{type(exc).__name__}: {exc}"))
            continue
        agent.source = source
        registry.add(agent, ep.value)
    # A built-in missing from the entry points (a source tree with no install, or an install whose
    # metadata predates that built-in) is still given: built-ins cannot be disabled.
    from editor_app.agents import builtin

    listed = {i.name for i in registry.infos}
    for factory in (builtin.speech_agent, builtin.timeline_agent, builtin.effects_agent, builtin.audio_agent):
        agent = factory()
        if agent.name not in listed:
            registry.add(agent, f"editor_app.agents.builtin:{factory.__name__}")
    rank = {name: (registry.agents[name].source != "builtin", order.get(name, 9)) for name in registry.agents}
    registry.agents = dict(sorted(registry.agents.items(), key=lambda kv: rank[kv[0]]))
    registry.infos.sort(key=lambda i: (i.source != "builtin", order.get(i.name, 9)))
    return registry
