"""Transcribing a person's own files from the CLI, named the way they know them."""

from __future__ import annotations

from pathlib import Path

from editor_app.session import Session

from .conftest import SPEECH_DIR, cli, make


def test_transcribe_by_file_name_and_plain_words_for_no_speech(tmp_path: Path, capsys) -> None:
    memo = make(tmp_path / "Voice Memo 0012.m4a", "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "3.2",
                "-c:a", "aac", "-ar", "44100")
    hum = make(tmp_path / "greenhouse fan.m4a", "-f", "lavfi", "-i", "sine=f=120:d=2", "-c:a", "aac")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project)[0] == 0
    assert cli(capsys, "import", project, memo, hum, "--no-transcribe")[0] == 0
    code, out, err = cli(capsys, "transcribe", project, "Voice Memo 0012.m4a")  # the file's name, not m1
    assert code == 0, err
    words = [w.text.strip(",.").lower() for w in Session.open(project).project.media["m1"].words]
    assert words[:3] == ["so", "um", "today"]
    code, out, err = cli(capsys, "transcribe", project, memo)  # the path works too
    assert code == 0, err
    assert "already transcribed" in out
    code, out, err = cli(capsys, "transcribe", project)  # what is left: the fan's hum
    assert code == 0, err
    assert "m2 greenhouse fan: no speech found" in out
    assert "?" not in out
