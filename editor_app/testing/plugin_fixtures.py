"""Fixtures for plugin authors: a demo-like project and a runner that applies an agent's output.

In a plugin's ``tests/conftest.py``::

    from editor_app.testing.plugin_fixtures import plugin_demo_template, plugin_project, plugin_runner  # noqa: F401

``plugin_project`` is a Session on a private copy of the demo project (talk with a
transcript on the main track, music, B-roll media; generated once per test session with
the bundled ffmpeg). ``plugin_runner`` runs a custom tool or the offline handler through
the app's own tool runner (editor_app.orchestrator.tools.ToolRunner): under the time limit,
every emitted operation checked against the manifest (or the agent's declared operations),
dry-run on a copy, then applied through ``Session.apply`` as one undoable batch.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from editor_app.model.operations import Operation, OperationError
from editor_app.plugins.safety import DEFAULT_TIMEOUT_S, run_with_timeout


class PluginRunner:
    """Runs a plugin agent's tools against a session through the app's own tool runner."""

    def __init__(self, session: Any, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.session = session
        self.timeout = timeout

    def operations(self, agent: Any, tool: str, args: dict[str, Any], manifest: Any = None) -> list[Operation]:
        """The validated operations a custom tool emits (nothing applied to the session)."""
        custom = agent.custom_tools.get(tool)
        if custom is None:
            raise AssertionError(f"{agent.name} has no custom tool {tool!r} (has: {', '.join(agent.custom_tools)})")
        if not getattr(custom, "edits", True):
            raise AssertionError(f"{tool} is a query tool; call it directly to get its data")
        return self.plan(agent, [{"tool": tool, "args": args}], manifest)

    def plan(self, agent: Any, steps: list[dict[str, Any]], manifest: Any = None) -> list[Operation]:
        """Operations for a list of {"tool", "args"} steps, run as a chat turn runs them: on a scratch
        copy, plugin code under its time limit, every emitted operation checked against ``manifest``
        (the agent's declared edit tools when none is given) and validated; later steps see earlier ones."""
        from editor_app.orchestrator.tools import ToolRunner
        from editor_app.orchestrator.types import AgentStop

        allowed = manifest if manifest is not None else SimpleNamespace(name=agent.name, operations=tuple(agent.edit_tools))
        runner = ToolRunner(agent, self.session.project.clone(), origin=f"agent:{agent.name}/test", manifest=allowed,
                            plugin_timeout_s=self.timeout, max_failures=len(steps) + 1)
        for n, step in enumerate(steps):
            call = {"id": f"test-{n}", "name": step["tool"], "arguments": json.dumps(dict(step.get("args") or {}))}
            try:
                content, ok = runner.execute(call)
            except AgentStop as exc:
                raise OperationError(str(exc)) from exc
            if not ok:
                reply = json.loads(content)
                raise OperationError(reply["error"], reply.get("how_to_fix"))
        return list(runner.ops)

    def run_custom(self, agent: Any, tool: str, args: dict[str, Any] | None = None, manifest: Any = None):
        """Run one custom tool and apply its operations as one batch; returns the Batch."""
        return self.apply(agent, [{"tool": tool, "args": args or {}}], manifest)

    def run_offline(self, agent: Any, message: str, manifest: Any = None):
        """The agent's offline_handler on ``message``, applied; None when the handler declines."""
        handler = getattr(agent, "offline_handler", None)
        if handler is None:
            raise AssertionError(f"{agent.name} has no offline_handler")
        steps = run_with_timeout(handler, (message, self.session.project.clone()), self.timeout, plugin=agent.name)
        if steps is None:
            return None
        return self.apply(agent, steps, manifest)

    def apply(self, agent: Any, steps: list[dict[str, Any]], manifest: Any = None):
        ops = self.plan(agent, steps, manifest)
        if not ops:
            raise OperationError("the plugin emitted no operations")
        batch = self.session.apply(ops, f"{agent.name}: test", author=f"agent:{agent.name}")
        problems = self.session.project.check_invariants()
        assert not problems, problems
        return batch


@pytest.fixture(scope="session")
def plugin_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, generated once per test session."""
    from editor_app.demo import create_demo_project

    path = tmp_path_factory.mktemp("plugin-demo") / "demo"
    create_demo_project(path)
    return path


@pytest.fixture
def plugin_project(plugin_demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    """A Session on a private copy of the demo project (media files shared, read-only)."""
    from editor_app.session import Session

    target = tmp_path / "project"
    shutil.copytree(plugin_demo_template, target, ignore=shutil.ignore_patterns("media", "index", "cache"))
    yield Session.open(target)


@pytest.fixture
def plugin_runner(plugin_project: Any) -> PluginRunner:
    """A PluginRunner on ``plugin_project``."""
    return PluginRunner(plugin_project)
