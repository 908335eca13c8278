"""The headless CLI: demo, new, import, info --json keys, op + undo/redo round trip, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from editor_app.cli import main

INFO_KEYS = {"fps", "width", "height", "duration", "media", "tracks"}
MEDIA_KEYS = {"id", "name", "path", "kind", "duration", "description", "transcript"}
TRACK_KEYS = {"id", "kind", "role", "name", "muted", "clips"}
CLIP_KEYS = {"id", "media", "name", "start", "end", "source_in", "source_out", "speed", "volume_db", "enabled", "effects", "envelope"}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def info(capsys, path) -> dict:
    code, out, _ = run(capsys, "info", path, "--json")
    assert code == 0
    return json.loads(out)


def test_demo_project_matches_the_brief(demo_dir, capsys):
    data = info(capsys, demo_dir)
    assert INFO_KEYS <= set(data)
    names = {m["name"]: m for m in data["media"]}
    assert {"talk", "beach", "food", "mountains", "music"} <= set(names)
    for m in data["media"]:
        assert MEDIA_KEYS <= set(m)
    talk = names["talk"]
    assert 55 <= talk["duration"] <= 65
    assert len(talk["transcript"]) >= 6
    text = " ".join(s["text"].lower() for s in talk["transcript"])
    assert "beach" in text and "food" in text and "hiking" in text
    for broll in ("beach", "food", "mountains"):
        assert 5 <= names[broll]["duration"] <= 10 and names[broll]["description"]
    assert names["music"]["duration"] >= 60
    roles = {t["role"]: t for t in data["tracks"]}
    for t in data["tracks"]:
        assert TRACK_KEYS <= set(t)
        for c in t["clips"]:
            assert CLIP_KEYS <= set(c)
    assert [c["media"] for c in roles["main"]["clips"]] == [talk["id"]]
    assert [c["media"] for c in roles["music"]["clips"]] == [names["music"]["id"]]
    assert roles["broll"]["clips"] == []
    assert abs(data["duration"] - talk["duration"]) < 0.1


def test_demo_talk_has_three_silent_gaps(demo_template):
    from editor_app.media.analysis import detect_silences

    gaps = [g for g in detect_silences(demo_template / "media" / "talk.mp4", threshold_db=-35, min_silence=1.0)]
    assert len([g for g in gaps if g[1] - g[0] >= 1.0]) >= 3


def test_op_undo_redo_round_trip(demo_dir, capsys):
    before = info(capsys, demo_dir)
    main_clip = next(t for t in before["tracks"] if t["role"] == "main")["clips"][0]["id"]
    code, out, err = run(capsys, "op", demo_dir, json.dumps({"op": "split_clip", "clip_id": main_clip, "at": "12.5s"}))
    assert code == 0, err
    assert "Split" in out
    after = info(capsys, demo_dir)
    clips = next(t for t in after["tracks"] if t["role"] == "main")["clips"]
    assert [(c["start"], c["end"]) for c in clips][0] == (0.0, 12.5)
    assert clips[1]["source_in"] == 12.5
    assert run(capsys, "undo", demo_dir)[0] == 0
    assert info(capsys, demo_dir)["tracks"] == before["tracks"]
    assert run(capsys, "redo", demo_dir)[0] == 0
    assert info(capsys, demo_dir)["tracks"] == after["tracks"]
    code, out, _ = run(capsys, "history", demo_dir, "--json")
    rows = json.loads(out)
    assert [r["type"] for r in rows][-3:] == ["batch", "undo", "redo"]


def test_op_batch_and_dry_run(demo_dir, capsys):
    ops = [{"op": "add_marker", "frame": "5s", "name": "beach"}, {"op": "add_title", "text": "Summer", "duration": "3s"}]
    code, out, _ = run(capsys, "op", demo_dir, json.dumps(ops), "--dry-run")
    assert code == 0 and "Summer" in out
    assert info(capsys, demo_dir)["markers"] == []
    code, out, _ = run(capsys, "op", demo_dir, json.dumps(ops), "--json")
    assert json.loads(out)["applied"] is True
    data = info(capsys, demo_dir)
    assert data["markers"][0]["time"] == 5.0
    assert any(t["role"] == "titles" and t["clips"][0]["generator"]["text"] == "Summer" for t in data["tracks"])
    assert run(capsys, "undo", demo_dir)[0] == 0
    assert info(capsys, demo_dir)["markers"] == []


@pytest.mark.parametrize("operation,message", [
    ('{"op": "split_clip", "clip_id": "c99", "at": 5}', "no clip 'c99'"),
    ('{"op": "split_clip"', "not valid JSON"),
    ('{"op": "explode"}', "unknown operation"),
    ('{"op": "move_clip", "clip_id": "c1", "start": "soon"}', "cannot read 'soon' as a time"),
])
def test_op_errors_are_one_clear_line(demo_dir, capsys, operation, message):
    before = (demo_dir / "project.json").read_bytes()
    code, out, err = run(capsys, "op", demo_dir, operation)
    assert code != 0 and message in err and "Traceback" not in err
    assert (demo_dir / "project.json").read_bytes() == before


def test_new_and_import(tmp_path, capsys, demo_template):
    project = tmp_path / "p"
    assert run(capsys, "new", project, "--fps", "29.97", "--size", "1280x720")[0] == 0
    data = info(capsys, project)
    assert data["fps_exact"] == "30000/1001" and data["width"] == 1280
    bad = tmp_path / "notes.mp4"
    bad.write_text("this is not a video")
    code, out, err = run(capsys, "import", project, demo_template / "media" / "beach.mp4", bad, tmp_path / "missing.mov", "--json")
    result = json.loads(out)
    assert code == 1
    assert [m["name"] for m in result["imported"]] == ["beach"]
    assert len(result["errors"]) == 2 and any("notes.mp4" in e for e in result["errors"])
    assert [m["name"] for m in info(capsys, project)["media"]] == ["beach"]


def test_import_picks_up_sidecar_transcript(tmp_path, capsys, demo_template):
    project = tmp_path / "p"
    run(capsys, "new", project)
    code, out, err = run(capsys, "import", project, demo_template / "media" / "talk.mp4")
    assert code == 0, err
    media = info(capsys, project)["media"][0]
    assert len(media["transcript"]) >= 6 and media["transcript"][1]["start"] == pytest.approx(10.0)


def test_user_errors_for_missing_or_damaged_projects(tmp_path, capsys):
    code, _, err = run(capsys, "info", tmp_path / "nope")
    assert code == 1 and "no project folder" in err
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "project.json").write_text("{broken")
    code, _, err = run(capsys, "undo", tmp_path / "bad")
    assert code == 1 and "damaged" in err and (tmp_path / "bad" / "project.json").read_text() == "{broken"


def test_module_entry_point_and_ops_listing():
    result = subprocess.run([sys.executable, "-m", "editor_app", "ops", "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    names = {row["name"] for row in json.loads(result.stdout)}
    assert {"insert_clip", "cut_range", "set_volume_envelope", "add_transition", "add_title"} <= names
