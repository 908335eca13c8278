"""The plugin host: manifests, enabled state, listing without importing, CLI, pip install/uninstall."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from editor_app.cli import main as cli_main
from editor_app.plugins import (
    ManifestError,
    PluginError,
    disable,
    enable,
    enabled_plugin_names,
    install,
    list_plugins,
    parse_manifest,
    state_path,
    uninstall,
)
from editor_app.plugins.manifest import version_tuple

from tests.plugins.conftest import PIP_OFFLINE, copy_source


def cli_json(capsys, *argv: str):
    capsys.readouterr()
    code = cli_main(list(argv))
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip().startswith(("[", "{")) else out.out), out.err


def by_name(rows):
    return {r["name"] if isinstance(r, dict) else r.name: r for r in rows}


def test_manifest_validation():
    good = {"name": "looks", "version": "1.2.0", "description": "Colour looks for clips, a test.",
            "entry": "looks.agent:make", "operations": ["add_effect"]}
    assert parse_manifest(good).needs_network is False
    for bad, words in (({"operations": ["explode_clip"]}, "unknown operations: explode_clip"),
                       ({"name": "Bad Name"}, "name"), ({"entry": "no-colon"}, "entry"),
                       ({"version": "one"}, "version"), ({"extra": 1}, "extra")):
        with pytest.raises(ManifestError, match=words):
            parse_manifest(good | bad)
    assert parse_manifest(good | {"min_app_version": "99.0"}).app_too_old() == "needs editor-app 99.0 or newer (this is 0.1.0)"
    assert version_tuple("1.2.0rc1") == (1, 2) and version_tuple("0.10") > version_tuple("0.9")


def test_examples_listed_disabled_and_not_imported(examples, capsys):
    code, rows, _ = cli_json(capsys, "plugins", "list", "--json")
    assert code == 0
    rows = by_name(rows)
    look = rows["color_look"]
    assert (look["enabled"], look["broken"], look["builtin"]) == (False, None, False)
    assert look["operations"] == ["add_effect"] and look["tools"] == ["apply_look"]
    assert look["distribution"] == "editor-app-color-look-agent 0.1.0"
    assert rows["captions"]["operations"] == ["add_track", "add_title"]
    assert rows["timeline"]["builtin"] and rows["timeline"]["enabled"]
    assert "color_look_agent" not in sys.modules and "captions_agent" not in sys.modules  # disabled: never imported


def test_enable_disable_persist_and_load(examples, capsys):
    from editor_app.agents.registry import load_agents

    assert enabled_plugin_names() == []
    code, reply, _ = cli_json(capsys, "plugins", "enable", "color_look", "--json")
    assert code == 0 and reply["enabled"] is True
    assert json.loads(state_path().read_text())["enabled"] == ["color_look"]
    registry = load_agents(enabled_plugins=enabled_plugin_names())
    assert "color_look" in registry.agents and "captions" not in registry.agents
    row = by_name(list_plugins())["color_look"]
    assert row.enabled and row.broken is None
    assert "already enabled" in enable("color_look")
    code, _, _ = cli_json(capsys, "plugins", "disable", "color_look")
    assert code == 0 and enabled_plugin_names() == []
    assert "color_look" not in load_agents(enabled_plugins=enabled_plugin_names()).agents


def test_environment_enables_for_one_run(examples, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_PLUGINS", "captions")
    assert enabled_plugin_names() == ["captions"]
    row = by_name(list_plugins())["captions"]
    assert row.enabled and row.enabled_by_env and row.broken is None
    assert "stays on for this run" in disable("captions")


def test_unknown_and_builtin_names_are_plain_errors(examples, capsys):
    with pytest.raises(PluginError, match="Did you mean color_look"):
        enable("color_lok")
    code, _, err = cli_json(capsys, "plugins", "disable", "timeline")
    assert code == 1 and err.strip() == "error: timeline is a built-in agent; it is always on and cannot be changed"


def test_offline_install_of_a_name_passes_pips_error_on(capsys):
    result = install("editor-app-no-such-plugin-xyz", extra_args=["--no-index", "--disable-pip-version-check"])
    assert not result.ok
    assert result.message.startswith("Could not install editor-app-no-such-plugin-xyz: pip could not download it")
    assert "pip said: Could not find a version that satisfies the requirement" in result.message
    assert result.command[1:4] == ["-m", "pip", "install"]


def _scratch_venv(root: Path) -> Path:
    """A venv without its own pip that sees .venv's packages through a .pth file (fast, offline)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  check=True, capture_output=True, text=True).stdout.strip())
    (purelib / "host_packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def test_install_then_uninstall_through_pip(tmp_path, on_path):
    """install()/uninstall() run pip for real; the new plugin starts disabled even if its name was enabled."""
    from editor_app.plugins import set_enabled

    python = _scratch_venv(tmp_path / "venv")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    on_path(Path(purelib))
    set_enabled("color_look", True)  # enabled long ago: a fresh install must not inherit it
    source = copy_source("color_look", tmp_path)
    result = install(str(source), python=str(python), extra_args=PIP_OFFLINE)
    assert result.ok, result.output
    assert result.new_plugins == ["color_look"] and "start disabled" in result.message
    assert enabled_plugin_names() == []
    assert by_name(list_plugins(load_enabled=False))["color_look"].distribution == "editor-app-color-look-agent 0.1.0"
    done = uninstall("color_look", python=str(python), extra_args=["--disable-pip-version-check"])
    assert done.ok, done.output
    assert "color_look" not in by_name(list_plugins(load_enabled=False))
    with pytest.raises(PluginError, match="no plugin named 'color_look'"):
        uninstall("color_look", python=str(python))
