"""The render/export/import-otio subcommands, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from render_helpers import asset, clip, duration_s, project
from editor_app.model.project import Track
from editor_app.model.project_io import ProjectStore


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "editor_app", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_render_export_import(media_dir, tmp_path):
    red = asset("m1", media_dir / "red.mp4", seconds=4)
    p = project([red], [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 45)])])
    ProjectStore.create(tmp_path / "proj", p)
    done = _cli("render", tmp_path / "proj", tmp_path / "out.mp4")
    assert done.returncode == 0, done.stderr
    assert "100.0%" in done.stderr and abs(duration_s(tmp_path / "out.mp4", "v") - 1.5) < 0.04
    done = _cli("render", tmp_path / "proj", tmp_path / "out.wav", "--preset", "wav", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["frames"] == 45
    assert _cli("export", tmp_path / "proj", tmp_path / "e.otio").returncode == 0
    done = _cli("import-otio", tmp_path / "e.otio", tmp_path / "back", "--json")
    assert done.returncode == 0, done.stderr and json.loads(done.stdout)["clips"] == 1
    bad = _cli("render", tmp_path / "proj", tmp_path / "missing" / "x.mp4")
    assert bad.returncode == 1 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr
