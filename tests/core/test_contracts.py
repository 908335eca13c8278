"""The architecture contracts (pyproject [tool.importlinter]) hold, cover every top-level
module, and really fail on an upward import, a model -> planner import and Qt outside ui."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _config() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]


def _top_level() -> set[str]:
    pkg = REPO / "editor_app"
    return {p.stem for p in pkg.iterdir() if (p.suffix == ".py" and p.stem != "__init__")
            or (p.is_dir() and (p / "__init__.py").exists())}


def test_every_top_level_module_is_in_the_layers_and_the_qt_ban():
    contracts = {c["name"]: c for c in _config()["contracts"]}
    layers = next(c for c in contracts.values() if c["type"] == "layers")
    qt = next(c for c in contracts.values() if "PySide6" in c.get("forbidden_modules", []) and c["source_modules"]
              and "editor_app.tools" in c["source_modules"])
    listed = set(layers["layers"]) | set(layers.get("exhaustive_ignores", []))
    assert _top_level() == listed, _top_level() ^ listed
    assert {m.removeprefix("editor_app.") for m in qt["source_modules"]} == _top_level() - {"ui"}


def _lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def test_probe_imports_break_the_contracts(tmp_path):
    shutil.copytree(REPO / "editor_app", tmp_path / "editor_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    clean = _lint(tmp_path)
    assert clean.returncode == 0, clean.stdout[-2000:]
    (tmp_path / "editor_app" / "agents" / "probe_up.py").write_text("import editor_app.orchestrator.core\n")
    (tmp_path / "editor_app" / "model" / "probe_planner.py").write_text("import editor_app.planner\n")
    (tmp_path / "editor_app" / "tools" / "probe_qt.py").write_text("import PySide6.QtCore\n")
    broken = _lint(tmp_path)
    assert broken.returncode != 0
    out = broken.stdout
    assert "Layers: imports point down only BROKEN" in out
    assert "editor_app.agents.probe_up -> editor_app.orchestrator.core" in out
    assert "editor_app.model.probe_planner -> editor_app.planner" in out
    assert "Qt lives only in editor_app.ui BROKEN" in out and "editor_app.tools.probe_qt -> PySide6" in out
