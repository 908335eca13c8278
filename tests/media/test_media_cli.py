"""`editor-app analyze` and `editor-app probe` through the real CLI entry point."""

import json
from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.fixture
def project(tmp_path: Path, gaps_wav: Path, ffmpeg_make) -> Path:
    from editor_app.session import Session

    still = ffmpeg_make(tmp_path / "still.png", "-f", "lavfi", "-i", "color=green:s=32x32", "-frames:v", "1")
    session = Session.create(tmp_path / "proj", fps=30)
    batch, errors = session.import_files([gaps_wav, still])
    assert errors == [] and batch is not None
    return session.path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json_by_id_name_and_path(project: Path, gaps_wav: Path, capsys) -> None:
    code, out, err = run(capsys, "analyze", project, "m1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["media_id"] == "m1" and data["name"] == "gaps"
    assert [(round(s["start"], 1), round(s["end"], 1)) for s in data["silences"]] == [(1.0, 2.0), (3.5, 4.2), (5.0, 6.0)]
    assert len(data["speech"]) == 3 and data["speech"][0]["start"] == 0.0
    assert data["loudness"]["true_peak_db"] == pytest.approx(-6.0, abs=0.3)
    by_name = json.loads(run(capsys, "analyze", project, "GAPS", "--json")[1])
    by_path = json.loads(run(capsys, "analyze", project, gaps_wav, "--json")[1])
    assert by_name["silences"] == by_path["silences"] == data["silences"]
    assert by_path["media_id"] is None


def test_analyze_options_and_text(project: Path, capsys) -> None:
    code, out, _ = run(capsys, "analyze", project, "gaps", "--min-silence", "0.8", "--threshold", "-50")
    assert code == 0
    assert "Silences (2;" in out and "LUFS" in out and "true peak" in out


def test_analyze_errors(project: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "analyze", project, "nothing")
    assert code == 2 and "no media 'nothing'" in err and "m1 (gaps)" in err
    code, _, err = run(capsys, "analyze", project, "m2")
    assert code == 1 and err.strip() == "error: Cannot use still.png: it has no audio"
    code, _, err = run(capsys, "analyze", tmp_path / "no-project", "m1")
    assert code == 1 and "Traceback" not in err


def test_probe_command(av_file: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "probe", av_file, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["fps"] == "30000/1001" and data["kind"] == "video"
    empty = tmp_path / "empty.mov"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "probe", empty)
    assert code == 1 and err.strip() == "error: Cannot use empty.mov: the file is empty (0 bytes)"
