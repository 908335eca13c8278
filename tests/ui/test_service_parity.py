"""The CLI and the window go through one AppService wiring: the same message on the same
project resolves to the same plan (both with the project's context index; the CLI opens it when
its turn searches, commands/index_on_demand.py)."""

from __future__ import annotations

import json

import pytest

from editor_app.cli import main
from editor_app.session import Session
from tests.ui.conftest import run, until

MESSAGES = [("put the beach clip over the part about the seaside", True), ("fade out the music over 2 seconds", False)]


@pytest.mark.parametrize(("message", "searches"), MESSAGES)
def test_cli_and_window_resolve_a_message_to_the_same_plan(demo_dir, qtbot, qloop, capsys, message, searches):
    capsys.readouterr()
    assert not (demo_dir / "index").exists()
    assert main(["chat", str(demo_dir), message, "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli["ok"] and cli["operations"] and not cli["applied"]
    # the CLI's turn, like the window's, had the project's context index: opened when the turn searched it
    assert (demo_dir / "index").is_dir() == searches

    from editor_app.ui.main_window import MainWindow

    window = MainWindow(Session.open(demo_dir))
    qtbot.addWidget(window)
    try:
        run(qloop, until(lambda: window.service.index is not None, timeout=60), timeout=90)
        assert window.chat.orchestrator() is window.service.orchestrator()
        assert window.service.orchestrator().index is window.service.index
        result = run(qloop, window.chat.orchestrator().propose(message), timeout=60)
    finally:
        window.close()
    assert result.ok
    assert result.operations == cli["operations"]
    assert result.agents == cli["agents"]
