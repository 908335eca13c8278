"""Fixtures for plugin authors: a demo-like project and a runner that applies an agent's output.

In a plugin's ``tests/conftest.py``::

    from editor_app.testing.plugin_fixtures import plugin_demo_template, plugin_project, plugin_runner  # noqa: F401

``plugin_project`` is a Session on a private copy of the demo project (talk with a
transcript on the main track, music, B-roll media; generated once per test session with
the bundled ffmpeg). ``plugin_runner`` runs a custom tool or the offline handler the way
the app does: under a time limit, every emitted operation checked against the agent's
declared operations (and the manifest when given), dry-run on a copy, then applied
through ``Session.apply`` as one undoable batch.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import Operation, OperationError, parse_operation
from editor_app.plugins.safety import DEFAULT_TIMEOUT_S, check_emitted, run_with_timeout


class PluginRunner:
    """Runs a plugin agent's tools against a session and applies what they emit."""

    def __init__(self, session: Any, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.session = session
        self.timeout = timeout

    def operations(self, agent: Any, tool: str, args: dict[str, Any], manifest: Any = None) -> list[Operation]:
        """The validated operations a custom tool emits (nothing applied yet)."""
        custom = agent.custom_tools.get(tool)
        if custom is None:
            raise AssertionError(f"{agent.name} has no custom tool {tool!r} (has: {', '.join(agent.custom_tools)})")
        project = self.session.project
        raw = run_with_timeout(custom.run, (args, project.clone()), self.timeout, plugin=agent.name)
        if not custom.edits:
            raise AssertionError(f"{tool} is a query tool; call it directly to get its data")
        return [self._check(agent, parse_operation(o, project.fps, units="seconds"), manifest) for o in raw or []]

    def _check(self, agent: Any, op: Operation, manifest: Any) -> Operation:
        if op.op not in agent.edit_tools:
            raise OperationError(f"the {agent.name} agent emitted {op.op}, which it does not declare")
        if manifest is not None:
            error = check_emitted(manifest, op.op)
            if error:
                raise OperationError(error)
        return op

    def plan(self, agent: Any, steps: list[dict[str, Any]], manifest: Any = None) -> list[Operation]:
        """Operations for a list of {"tool", "args"} steps (custom tools run, edit tools parsed), dry-run checked."""
        scratch_session = _Scratch(self.session.project.clone())
        ops: list[Operation] = []
        for step in steps:
            tool, args = step["tool"], dict(step.get("args") or {})
            if tool in agent.custom_tools:
                step_ops = PluginRunner(scratch_session, self.timeout).operations(agent, tool, args, manifest)
            elif tool in agent.edit_tools:
                step_ops = [self._check(agent, parse_operation(args | {"op": tool}, self.session.project.fps,
                                                               units="seconds"), manifest)]
            else:
                raise OperationError(f"the {agent.name} agent has no tool {tool!r}")
            apply_all(scratch_session.project, step_ops)  # later steps see earlier results, as in a turn
            ops += step_ops
        return ops

    def run_custom(self, agent: Any, tool: str, args: dict[str, Any] | None = None, manifest: Any = None):
        """Run one custom tool and apply its operations as one batch; returns the Batch."""
        return self.apply(agent, [{"tool": tool, "args": args or {}}], manifest)

    def run_offline(self, agent: Any, message: str, manifest: Any = None):
        """The agent's offline_handler on ``message``, applied; None when the handler declines."""
        handler = getattr(agent, "offline_handler", None)
        if handler is None:
            raise AssertionError(f"{agent.name} has no offline_handler")
        steps = handler(message, self.session.project)
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


class _Scratch:
    def __init__(self, project: Any) -> None:
        self.project = project


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
