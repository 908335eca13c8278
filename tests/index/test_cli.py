"""`editor-app index` and `editor-app search` on a real project folder."""

from __future__ import annotations

import json

from editor_app.cli import main


def test_index_then_search(edited_session, capsys) -> None:
    folder = str(edited_session.path)
    assert main(["index", folder]) == 0
    out, err = capsys.readouterr()
    assert "indexed 6 transcript" in out and "indexing [" in err and "edits" in out

    assert main(["search", folder, "our seaside trip", "--kind", "transcript", "--k", "2", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and hits[0]["start"] == 10.0 and hits[0]["end"] == 19.0
    assert hits[0]["media_id"] == "m1" and hits[0]["kind"] == "transcript"

    assert main(["search", folder, "what did we do to the intro?", "--kind", "edits"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[1]
    assert first.startswith("edit") and "turn 2" in first and "agent:effects" in first

    assert main(["search", folder, "the hike"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["kind", "media"] and "31.50" in lines[1]


def test_search_errors_are_one_line(edited_session, tmp_path, capsys) -> None:
    folder = str(edited_session.path)
    assert main(["search", folder, "   "]) == 2
    assert capsys.readouterr().err.strip() == "error: empty query: say what to look for"
    assert main(["search", str(tmp_path / "nope"), "beach"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and len(err.strip().splitlines()) == 1


def test_search_rebuilds_a_deleted_index(edited_session, capsys) -> None:
    import shutil

    folder = str(edited_session.path)
    assert main(["index", folder]) == 0
    shutil.rmtree(edited_session.path / "index")
    capsys.readouterr()
    assert main(["search", folder, "music", "--kind", "media", "--json"]) == 0
    captured = capsys.readouterr()
    assert "rebuilding the context index" in captured.err
    assert json.loads(captured.out)[0]["media_id"] == "m5"
