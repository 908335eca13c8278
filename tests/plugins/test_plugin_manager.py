"""The Plugin Manager dialog: lists plugins, enables/disables them, and installs in a worker
while the UI keeps running (a 20 ms timer keeps ticking during pip)."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import editor_app.ui  # noqa: E402,F401  - the PySide6 None guard before Qt work
import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402

from editor_app.plugins import enabled_plugin_names  # noqa: E402
from editor_app.ui.plugin_manager import PluginManagerDialog  # noqa: E402


def test_list_enable_disable(examples, qtbot):
    dialog = PluginManagerDialog(pip_options={"extra_args": ["--no-index", "--disable-pip-version-check"]})
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.rows), timeout=20000)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {"timeline", "color_look", "captions"} <= set(names)
    assert dialog.select("timeline") and not dialog.enable_button.isEnabled()  # built-ins cannot be toggled
    assert dialog.select("color_look") and dialog.enable_button.isEnabled()
    with qtbot.waitSignal(dialog.plugins_changed, timeout=5000):
        dialog.enable_button.click()
    assert enabled_plugin_names() == ["color_look"]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    row = dialog.table.currentRow()
    assert dialog.table.item(row, 2).text() == "enabled" and dialog.disable_button.isEnabled()
    dialog.disable_button.click()
    assert enabled_plugin_names() == []
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def test_install_runs_off_the_ui_thread(qtbot):
    dialog = PluginManagerDialog(pip_options={"extra_args": ["--no-index", "--disable-pip-version-check"]})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    dialog.install("editor-app-no-such-plugin-xyz")
    assert dialog.busy and not dialog.install_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    timer.stop()
    assert dialog.status.text().startswith("Error: Could not install editor-app-no-such-plugin-xyz: pip could not")
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 10 and max(gaps) < 0.5, f"UI stalled for {max(gaps):.2f} s"
