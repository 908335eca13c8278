"""The packaged app has no pip: it installs pure-Python plugin wheels into the user's plugin folder,
with the same rules (new plugins start disabled; the manifest decides what they may do)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor_app.agents.registry import load_agents
from editor_app.plugins import enable, enabled_plugin_names, list_plugins
from editor_app.plugins.host import install, uninstall
from tests.plugins.conftest import PIP_OFFLINE, _forget_plugin_modules, copy_source


@pytest.fixture
def folder_mode(tmp_path, monkeypatch):
    folder = tmp_path / "user-data" / "plugins"
    monkeypatch.setenv("EDITOR_APP_PLUGIN_INSTALL", "folder")  # what a frozen build does
    monkeypatch.setenv("EDITOR_APP_PLUGIN_DIR", str(folder))
    before = list(sys.path)
    _forget_plugin_modules()
    yield folder
    sys.path[:] = before
    _forget_plugin_modules()


@pytest.fixture(scope="module")
def captions_wheel(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    source = copy_source("captions", root)
    subprocess.run([sys.executable, "-m", "pip", "wheel", *PIP_OFFLINE, "-w", str(root / "dist"), str(source)],
                   check=True, capture_output=True, text=True)
    return next((root / "dist").glob("*.whl"))


def test_wheel_installs_disabled_then_enables_loads_and_uninstalls(folder_mode, captions_wheel):
    result = install(str(captions_wheel))
    assert result.ok, result.message
    assert result.new_plugins == ["captions"] and "start disabled" in result.message
    assert any(p.name.endswith(".dist-info") for p in folder_mode.iterdir())
    info = {p.name: p for p in list_plugins()}["captions"]
    assert not info.enabled
    assert "captions" not in load_agents().agents  # disabled plugins are never imported
    enable("captions")
    assert "captions" in load_agents(enabled_plugins=enabled_plugin_names()).agents
    gone = uninstall("captions")
    assert gone.ok, gone.message
    assert not any(p.name.startswith("editor_app_captions") or p.name == "captions_agent" for p in folder_mode.iterdir())


def test_folders_names_and_damaged_or_compiled_wheels_are_refused_plainly(folder_mode, tmp_path, captions_wheel):
    assert "not folders" in install(str(tmp_path)).message
    assert "cannot download" in install("some-plugin-on-pypi").message
    damaged = tmp_path / "broken-1.0-py3-none-any.whl"
    damaged.write_bytes(b"not a zip")
    assert "damaged" in install(str(damaged)).message
    compiled = tmp_path / "fast-1.0-cp311-cp311-linux_x86_64.whl"
    with zipfile.ZipFile(compiled, "w") as z:
        z.writestr("fast-1.0.dist-info/METADATA", "Name: fast\nVersion: 1.0\n")
        z.writestr("fast/_speed.so", b"\0")
    assert "compiled code" in install(str(compiled)).message
    assert not folder_mode.exists() or not any(folder_mode.iterdir())
