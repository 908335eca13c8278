"""The plugin host: list, install, uninstall, enable and disable plugin agents.

Listing reads entry points and manifests without importing disabled plugins. Installing
happens only when the user asks, by running pip with an argument list (no shell) in the
app's own interpreter; what pip says on failure is passed on in plain words.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from difflib import get_close_matches
from importlib.metadata import EntryPoint, entry_points
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from editor_app import __version__
from editor_app.agents.plugin_path import activate_plugin_dir
from editor_app.plugins.manifest import ManifestError, PluginManifest, read_manifest
from editor_app.plugins.safety import check_agent
from editor_app.plugins.state import enabled_plugin_names, env_enabled, set_enabled, stored_enabled

GROUP = "editor_app.agents"
PIP_TIMEOUT_S = 600


class PluginError(Exception):
    """A user-facing failure (unknown plugin, pip failed): one plain sentence."""


@dataclass
class PluginInfo:
    """One row of `editor-app plugins list` and the Plugin Manager."""

    name: str
    version: str = ""
    description: str = ""
    enabled: bool = False
    builtin: bool = False
    broken: str | None = None
    operations: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    distribution: str = ""
    entry_point: str = ""
    needs_network: bool = False
    min_app_version: str = ""
    enabled_by_env: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PipResult:
    ok: bool
    message: str
    output: str = ""
    new_plugins: list[str] = field(default_factory=list)
    command: list[str] = field(default_factory=list)


def is_builtin(ep: EntryPoint) -> bool:
    return ep.value.startswith("editor_app.")


def plugin_entry_points() -> dict[str, EntryPoint]:
    activate_plugin_dir()
    """Third-party entry points by name (first on sys.path wins), none of them imported."""
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=GROUP):
        if not is_builtin(ep):
            found.setdefault(ep.name, ep)
    return found


def _dist_label(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return ""
    return f"{dist.metadata['Name']} {dist.version}"


def _info_from_manifest(ep: EntryPoint, enabled: set[str], from_env: set[str]) -> PluginInfo:
    all_on = "all" in enabled
    info = PluginInfo(ep.name, distribution=_dist_label(ep), entry_point=ep.value,
                      enabled=all_on or ep.name in enabled, enabled_by_env=ep.name in from_env or "all" in from_env)
    try:
        manifest = read_manifest(ep)
    except ManifestError as exc:
        info.broken = str(exc)
        return info
    info.version, info.description = manifest.version, manifest.description
    info.operations, info.tools = list(manifest.operations), list(manifest.tools)
    info.needs_network, info.min_app_version = manifest.needs_network, manifest.min_app_version
    top = ep.value.split(":", 1)[0].split(".", 1)[0]
    try:
        located = find_spec(top) is not None
    except (ImportError, ValueError):
        located = False
    info.broken = manifest.app_too_old() or (None if located else f"its package {top!r} is not importable")
    return info


def list_plugins(*, load_enabled: bool = True, env: Mapping[str, str] | None = None) -> list[PluginInfo]:
    """Built-ins first, then plugins; with ``load_enabled`` the enabled ones are loaded to find import failures."""
    from editor_app.agents.registry import load_agents

    enabled = set(enabled_plugin_names(env))
    from_env = set(env_enabled(env))
    plugins = [_info_from_manifest(ep, enabled, from_env) for ep in plugin_entry_points().values()]
    to_load = [p.name for p in plugins if p.enabled and not p.broken] if load_enabled else []
    registry = load_agents(enabled_plugins=to_load)  # with [] only the built-ins are imported
    rows: list[PluginInfo] = []
    for info in registry.infos:
        if info.source == "builtin":
            agent = registry.agents.get(info.name)
            rows.append(PluginInfo(info.name, __version__, info.description, True, True, info.broken,
                                   list(agent.edit_tools) if agent else [], list(agent.macro_tools) if agent else [],
                                   f"editor-app {__version__}", info.entry_point))
    for plugin in plugins:
        if plugin.name in to_load:
            loaded = next((i for i in registry.infos if i.name == plugin.name and i.source == "plugin"), None)
            if loaded is not None and loaded.broken:
                plugin.broken = loaded.broken
            elif plugin.name in registry.agents:
                manifest = read_manifest(plugin_entry_points()[plugin.name])
                problems = check_agent(manifest, registry.agents[plugin.name])
                plugin.broken = "; ".join(problems) or None
        rows.append(plugin)
    return rows


def loadable_manifests(env: Mapping[str, str] | None = None) -> dict[str, PluginManifest]:
    """Manifests of the enabled plugins that are not broken: what the orchestrator checks emitted ops against."""
    out = {}
    enabled = set(enabled_plugin_names(env))
    for name, ep in plugin_entry_points().items():
        if "all" in enabled or name in enabled:
            try:
                out[name] = read_manifest(ep)
            except ManifestError:
                continue
    return out


def _find(name: str) -> EntryPoint:
    eps = plugin_entry_points()
    if name in eps:
        return eps[name]
    builtins = {ep.name for ep in entry_points(group=GROUP) if is_builtin(ep)}
    if name in builtins:
        raise PluginError(f"{name} is a built-in agent; it is always on and cannot be changed")
    close = get_close_matches(name, list(eps), n=1)
    hint = f" Did you mean {close[0]}?" if close else (f" Installed plugins: {', '.join(sorted(eps))}." if eps else
                                                       " No plugins are installed.")
    raise PluginError(f"no plugin named {name!r} is installed.{hint}")


def enable(name: str, env: Mapping[str, str] | None = None) -> str:
    """Enable a plugin by name (its manifest must be valid); returns what to tell the user."""
    ep = _find(name)
    try:
        manifest = read_manifest(ep)
    except ManifestError as exc:
        raise PluginError(f"cannot enable {name}: {exc}") from None
    too_old = manifest.app_too_old()
    if too_old:
        raise PluginError(f"cannot enable {name}: it {too_old}")
    changed = set_enabled(name, True, env)
    note = " It uses the network." if manifest.needs_network else ""
    return (f"Enabled {name} {manifest.version}." if changed else f"{name} was already enabled.") + note + \
        " It takes part from the next chat turn (restart the app if it is open)."


def disable(name: str, env: Mapping[str, str] | None = None) -> str:
    _find(name)
    changed = set_enabled(name, False, env)
    extra = " (it stays on for this run: EDITOR_APP_PLUGINS names it)" if name in env_enabled(env) else ""
    return (f"Disabled {name}." if changed else f"{name} was already disabled.") + extra


# ---- pip --------------------------------------------------------------------

_NETWORK = re.compile(r"(Temporary failure in name resolution|NewConnectionError|Failed to establish a new connection|"
                      r"Network is unreachable|ConnectTimeout|ReadTimeout|No route to host|Could not fetch URL)", re.I)


def plain_pip_error(output: str, spec: str) -> str:
    """pip's own error lines, with one sentence saying what they mean when we know."""
    errors = [line.removeprefix("ERROR: ").strip() for line in output.splitlines() if line.startswith("ERROR:")]
    detail = errors[0] if errors else (output.strip().splitlines() or ["pip failed without a message"])[-1]
    if _NETWORK.search(output) or "No matching distribution found" in output:
        reason = "pip could not download it (no network, or no such package on the index)"
    elif "does not appear to be a Python project" in output or "is not a valid editable requirement" in output:
        reason = "that folder is not a Python package (no pyproject.toml or setup.py)"
    else:
        reason = "pip failed"
    return f"Could not install {spec}: {reason}. pip said: {detail}"


def uses_plugin_folder(python: str | None = None) -> bool:
    """The packaged app (no pip) installs wheels into the user's plugin folder instead."""
    return python is None and (getattr(sys, "frozen", False) or os.environ.get("EDITOR_APP_PLUGIN_INSTALL") == "folder")


def _pip(args: list[str], python: str | None, timeout: float) -> tuple[int, str, list[str]]:
    exe = python or sys.executable
    command = [exe, "-m", "pip", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PluginError(f"pip did not finish within {timeout:g} s") from None
    except OSError as exc:
        raise PluginError(f"could not run pip ({exc})") from None
    return done.returncode, (done.stdout or "") + (done.stderr or ""), command


def install(path_or_name: str, *, python: str | None = None, extra_args: Sequence[str] = (),
            timeout: float = PIP_TIMEOUT_S, env: Mapping[str, str] | None = None) -> PipResult:
    """`pip install PATH-OR-NAME` (only ever on the user's request); new plugins start disabled."""
    spec = path_or_name.strip()
    if not spec or spec.startswith("-"):
        raise PluginError("give a plugin folder, a wheel file or a package name")
    if Path(spec).expanduser().exists():
        spec = str(Path(spec).expanduser().resolve())
    before = set(plugin_entry_points())
    if uses_plugin_folder(python):
        from editor_app.plugins.wheel_install import install_wheel

        code, output, command = install_wheel(spec)
    else:
        code, output, command = _pip(["install", *extra_args, spec], python, timeout)
    if code != 0:
        return PipResult(False, plain_pip_error(output, path_or_name), output, [], command)
    importlib.invalidate_caches()
    new = sorted(set(plugin_entry_points()) - before)
    for name in new:  # a name enabled long ago must not switch a new package on silently
        set_enabled(name, False, env)
    if new:
        message = (f"Installed {', '.join(new)}. New plugins start disabled: enable "
                   + " / ".join(f"`editor-app plugins enable {n}`" for n in new) + " when you trust them.")
    else:
        message = f"pip installed {path_or_name}, but no new editor_app.agents plugin appeared in this environment."
    return PipResult(True, message, output, new, command)


def uninstall(name: str, *, python: str | None = None, extra_args: Sequence[str] = (),
              timeout: float = PIP_TIMEOUT_S, env: Mapping[str, str] | None = None) -> PipResult:
    """`pip uninstall -y DIST` for the distribution that provides plugin ``name``; it is disabled too."""
    ep = _find(name)
    dist = getattr(ep, "dist", None)
    if uses_plugin_folder(python):  # the copy in the user's plugin folder, even if another is on the path
        from editor_app.plugins.wheel_install import dist_in_plugin_folder

        dist = dist_in_plugin_folder(name) or dist
    if dist is None:
        raise PluginError(f"cannot tell which package provides {name}")
    dist_name = dist.metadata["Name"]
    if uses_plugin_folder(python):
        from editor_app.plugins.wheel_install import uninstall_dist

        code, output, command = uninstall_dist(dist)
    else:
        code, output, command = _pip(["uninstall", "-y", *extra_args, dist_name], python, timeout)
    if code != 0:
        errors = [line for line in output.splitlines() if line.startswith(("ERROR:", "WARNING:"))] or [output.strip()]
        return PipResult(False, f"Could not uninstall {dist_name}: pip said: {errors[0]}", output, [], command)
    importlib.invalidate_caches()
    set_enabled(name, False, env)
    still = name in plugin_entry_points()
    message = f"Uninstalled {dist_name} ({name})." + (" Another copy is still installed elsewhere." if still else "")
    return PipResult(True, message, output, [], command)


def enabled_list(env: Mapping[str, str] | None = None) -> list[str]:
    """Names stored as enabled (without the environment's), for the UI."""
    return stored_enabled(env)
