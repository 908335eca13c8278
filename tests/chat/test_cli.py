"""`editor-app chat` against the scripted server (configured through the environment, as a user would)."""

from __future__ import annotations

import json

from editor_app.cli import main
from editor_app.testing.replies import text, tool_calls

from tests.chat.conftest import Script, snapshot


def _configure(monkeypatch, server):
    monkeypatch.setenv("EDITOR_APP_PROVIDER", "custom")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("EDITOR_APP_MODEL", "test-model")


def test_chat_proposes_then_applies_with_yes(session, openai_server, monkeypatch, capsys):
    _configure(monkeypatch, openai_server)
    path = str(session.path)
    before = snapshot(session)
    script = Script(openai_server, ["audio"])
    script.add(tool_calls([("set_volume", {"clip_id": "c3", "db": -9})]))
    assert main(["chat", path, "make the music quieter", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and not out["applied"] and out["agents"] == ["audio"]
    assert out["operations"] == [{"op": "set_volume", "clip_id": "c3", "db": -9.0}]
    assert any("volume +0.0 -> -9.0 dB" in line for line in out["diff"]) and out["tokens"]["total"] > 0
    from editor_app.session import Session

    assert snapshot(Session.open(path)) == before  # nothing applied without --yes

    script.add(tool_calls([("set_volume", {"clip_id": "c3", "db": -9})]))
    assert main(["chat", path, "make the music quieter", "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "Changes applied:" in printed and "applied as b3" in printed
    reopened = Session.open(path)
    assert reopened.project.find_clip("c3")[1].volume_db == -9
    assert reopened.journal_records()[-1]["author"] == "agent:audio"

    assert main(["chat", path, "undo the last change", "--yes", "--json"]) == 0
    undo = json.loads(capsys.readouterr().out)
    assert undo["special"] == "undo" and undo["applied"]
    assert Session.open(path).project.find_clip("c3")[1].volume_db == 0


def test_chat_failure_exit_code_and_message(session, openai_server, monkeypatch, capsys):
    _configure(monkeypatch, openai_server)
    Script(openai_server, ["timeline"], default=tool_calls([("remove_clip", {"clip_id": "c77"})]))
    assert main(["chat", str(session.path), "remove the intro", "--yes"]) == 1
    captured = capsys.readouterr()
    assert "Nothing was changed" in captured.out and "error:" in captured.err and "c77" in captured.err
