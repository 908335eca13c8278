"""The frozen entry script, from source: its helper-process dispatch matches what the app starts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _entry():
    spec = importlib.util.spec_from_file_location("editor_app_frozen_entry", REPO / "packaging" / "entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_die_with_parent_snippet_is_the_one_render_uses():
    from editor_app.render import child

    assert _entry().DIE_WITH_PARENT == child._DIE_WITH_PARENT


def test_die_with_parent_dispatch_execs_the_command(tmp_path):
    """Run entry.py the way a frozen render starts ffmpeg: it must exec the command, not the CLI."""
    marker = tmp_path / "ran.txt"
    entry = _entry()
    code = f"open({str(marker)!r}, 'w').write('ok')"
    # the parent of the entry process is this test process: its pid is what the snippet checks
    import os

    cmd = [sys.executable, str(REPO / "packaging" / "entry.py"), "-S", "-I", "-c", entry.DIE_WITH_PARENT,
           str(os.getpid()), sys.executable, "-c", code]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "ok"


def test_other_c_code_goes_to_the_cli_not_exec(tmp_path):
    marker = tmp_path / "ran.txt"
    cmd = [sys.executable, str(REPO / "packaging" / "entry.py"), "-S", "-I", "-c",
           f"open({str(marker)!r}, 'w').write('bad')"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode != 0
    assert not marker.exists()
