"""Transcribing a person's own files from the CLI, named the way they know them."""

from __future__ import annotations

from pathlib import Path

from editor_app.session import Session

from .conftest import SPEECH_DIR, cli, make


def test_transcribe_names_a_media_by_its_file_name(tmp_path: Path, capsys) -> None:
    memo = make(tmp_path / "Voice Memo 0012.m4a", "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "3.2",
                "-c:a", "aac", "-ar", "44100")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project)[0] == 0
    assert cli(capsys, "import", project, memo, "--no-transcribe")[0] == 0
    code, out, err = cli(capsys, "transcribe", project, "Voice Memo 0012.m4a")
    assert code == 0, err
    words = [w.text.strip(",.").lower() for w in Session.open(project).project.media["m1"].words]
    assert words[:3] == ["so", "um", "today"]
    code, out, err = cli(capsys, "transcribe", project, memo)  # the path works too
    assert code == 0, err
    assert "already transcribed" in out


def test_a_clip_with_no_speech_says_so_plainly(tmp_path: Path, capsys) -> None:
    hum = make(tmp_path / "greenhouse fan.m4a", "-f", "lavfi", "-i", "sine=f=120:d=3", "-c:a", "aac")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project)[0] == 0
    assert cli(capsys, "import", project, hum, "--no-transcribe")[0] == 0
    code, out, err = cli(capsys, "transcribe", project)
    assert code == 0, err
    assert "no speech found" in out
    assert "?" not in out
