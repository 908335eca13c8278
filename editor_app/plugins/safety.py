"""Guards the orchestrator puts around plugin agents (pure functions, no app state).

Python cannot sandbox plugin code, so the guards are about keeping the *app* in charge:
every operation a plugin emits must be one its manifest declares, and its code runs with
a time limit so a hang ends that plugin's part of the turn with a message, not the app.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from editor_app.tools.base import PLUGIN_TIMEOUT_S as DEFAULT_TIMEOUT_S  # noqa: E402


class _Declares(Protocol):
    name: str
    operations: Sequence[str]


class PluginTimeout(TimeoutError):
    """Plugin code did not return in time; the message names the plugin and the limit."""


def check_emitted(manifest: _Declares, tool_name: str) -> str | None:
    """None when the manifest allows ``tool_name`` (an operation name), else the error to report."""
    if tool_name in set(manifest.operations):
        return None
    allowed = ", ".join(manifest.operations) or "none"
    return (f"the {manifest.name} plugin emitted {tool_name}, which its manifest does not allow "
            f"(allowed operations: {allowed}); its part of the turn was dropped")


def check_all_emitted(manifest: _Declares, op_names: Iterable[str]) -> list[str]:
    """One error per distinct forbidden operation, in order."""
    errors = [check_emitted(manifest, name) for name in dict.fromkeys(op_names)]
    return [e for e in errors if e]


def check_agent(manifest: Any, agent: Any) -> list[str]:
    """Problems between a loaded Agent and its manifest (the agent must not claim more than declared)."""
    problems = []
    if getattr(agent, "name", None) != manifest.name:
        problems.append(f"the entry object is named {getattr(agent, 'name', None)!r}, the manifest {manifest.name!r}")
    extra = [t for t in getattr(agent, "edit_tools", ()) if t not in manifest.operations]
    if extra:
        problems.append(f"the agent declares operations its manifest does not: {', '.join(extra)}")
    custom = [t for t in getattr(agent, "custom_tools", {}) if t not in manifest.tools]
    if custom:
        problems.append(f"the agent has tools its manifest does not list: {', '.join(custom)}")
    return problems


def run_with_timeout(func: Callable[..., Any], args: Sequence[Any] = (), seconds: float = DEFAULT_TIMEOUT_S,
                     *, plugin: str = "plugin") -> Any:
    """``func(*args)`` in a worker thread; its result, its exception, or PluginTimeout after ``seconds``.

    A thread cannot be killed: a hung plugin keeps its (daemon) thread until it returns or
    the app exits, but the turn goes on without it and the app never waits for it again.
    """
    box: dict[str, Any] = {}
    context = contextvars.copy_context()  # the caller's origin/turn context vars stay visible

    def target() -> None:
        try:
            box["result"] = context.run(func, *args)
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name=f"plugin-{plugin}", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise PluginTimeout(f"the {plugin} plugin did not answer within {seconds:g} s; "
                            "its part of the turn was stopped")
    if "error" in box:
        raise box["error"]
    return box.get("result")
