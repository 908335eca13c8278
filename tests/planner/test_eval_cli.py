"""`editor-app eval` argument and suite errors: one clear line, exit code 2, no traceback."""

from __future__ import annotations

import json

from editor_app.cli import main


def test_missing_suite(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 2
    assert "no eval suite" in capsys.readouterr().err


def test_bad_check_name(tmp_path, capsys):
    suite = tmp_path / "bad.jsonl"
    suite.write_text(json.dumps({"id": "x", "message": "mute the music", "expect": {"track_mutted": "music"}}) + "\n")
    assert main(["eval", str(suite)]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:1" in err and "track_mutted" in err
