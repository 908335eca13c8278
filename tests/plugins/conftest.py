"""Plugin tests: the example plugins pip-installed into a temporary target (never into .venv),
and hand-made broken plugins (a dist-info folder plus a package) on a temporary sys.path entry."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor_app.testing.plugin_fixtures import plugin_demo_template, plugin_project, plugin_runner  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
PLUGIN_DIRS = {"color_look": REPO / "plugins" / "color_look_agent", "captions": REPO / "plugins" / "captions_agent"}
PIP_OFFLINE = ["--no-deps", "--no-build-isolation", "--no-index", "--disable-pip-version-check", "--quiet"]
PLUGIN_MODULES = ("color_look_agent", "captions_agent", "boom_plugin", "rogue_plugin", "sleepy_plugin", "noman_plugin",
                  "slowpoke_plugin", "greedy_plugin")


def copy_source(name: str, dest: Path) -> Path:
    """A copy of a plugin's source: pip builds in-tree, and the checkout must stay clean."""
    target = dest / PLUGIN_DIRS[name].name
    shutil.copytree(PLUGIN_DIRS[name], target, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    return target


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """Both example plugins installed with `pip install --no-deps --target TMP` (offline, one pip run)."""
    root = tmp_path_factory.mktemp("example-plugins")
    sources = [str(copy_source(n, root)) for n in PLUGIN_DIRS]
    site = root / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", *PIP_OFFLINE, "--target", str(site), *sources],
                   check=True, capture_output=True, text=True)
    return site


def _forget_plugin_modules() -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in PLUGIN_MODULES:
            del sys.modules[name]
    importlib.invalidate_caches()


@pytest.fixture
def on_path(monkeypatch):
    """Put folders on sys.path for one test; plugin modules are forgotten afterwards."""
    def add(path: Path) -> Path:
        monkeypatch.syspath_prepend(str(path))
        importlib.invalidate_caches()
        return path

    _forget_plugin_modules()
    yield add
    _forget_plugin_modules()


@pytest.fixture
def examples(example_site, on_path) -> Path:
    return on_path(example_site)


def write_plugin(site: Path, name: str, module_source: str, *, operations=("add_effect",), tools=("poke",),
                 manifest: dict | None | bool = True, entry: str | None = None) -> Path:
    """A hand-made installed plugin: <site>/<name>_plugin/ plus a dist-info with its entry point."""
    package = f"{name}_plugin"
    entry = entry or f"{package}.agent:make_agent"
    pkg = site / package
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "agent.py").write_text(textwrap.dedent(module_source))
    if manifest:
        data = {"name": name, "version": "0.0.1", "description": f"A test plugin called {name} for the tests.",
                "entry": entry, "operations": list(operations), "tools": list(tools)}
        if isinstance(manifest, dict):
            data.update(manifest)
        (pkg / "editor_app_plugin.json").write_text(json.dumps(data))
    info = site / f"{package}-0.0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 0.0.1\n")
    (info / "entry_points.txt").write_text(f"[editor_app.agents]\n{name} = {entry}\n")
    return site


AGENT_HEADER = """
from editor_app.agents.base import Agent, CustomTool

SCHEMA = {"type": "function", "function": {"name": "poke", "description": "poke",
          "parameters": {"type": "object", "properties": {}}}}
"""
