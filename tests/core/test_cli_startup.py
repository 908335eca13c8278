"""Start-up stays light: each command imports only its own module, and the window's first frame
does not wait for Chroma, speech to text or OTIO (checked in sys.modules, not with a clock)."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

from editor_app.commands import COMMAND_MODULES, COMMANDS

REPO = Path(__file__).resolve().parents[2]
HEAVY = ["chromadb", "faster_whisper", "ctranslate2", "opentimelineio", "wordllama", "openai", "mcp", "moviepy"]


def test_command_table_matches_what_the_modules_register():
    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(name).register(sub)
        registered |= dict.fromkeys(sub.choices, name)
    assert registered == COMMANDS


def _modules_after(code: str) -> list[str]:
    probe = "import sys, io, contextlib\n" + code + f"\nprint(sorted(m for m in {HEAVY + ['PySide6']!r} if m in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own probe's list literal


def test_version_and_info_import_no_heavy_part(tmp_path):
    subprocess.run([sys.executable, "-m", "editor_app", "new", str(tmp_path / "p")], cwd=REPO, check=True,
                   capture_output=True)
    assert _modules_after("from editor_app.cli import main\nmain(['--version'])") == []
    code = f"from editor_app.cli import main\nwith contextlib.redirect_stdout(io.StringIO()): main(['info', {str(tmp_path / 'p')!r}])"
    assert _modules_after(code) == []


def test_window_first_frame_loads_no_chroma_speech_or_otio(tmp_path):
    subprocess.run([sys.executable, "-m", "editor_app", "new", str(tmp_path / "p")], cwd=REPO, check=True,
                   capture_output=True)
    code = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from editor_app.session import Session
        from editor_app.ui.main_window import MainWindow
        window = MainWindow(Session.open({str(tmp_path / 'p')!r}))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.grab()
    """)
    loaded = _modules_after(code)
    assert not set(loaded) & {"chromadb", "faster_whisper", "ctranslate2", "opentimelineio", "wordllama",
                              "openai"}, loaded
