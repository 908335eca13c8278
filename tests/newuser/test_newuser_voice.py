"""A voice memo imported with --place is the talk, not music: fillers can be cut from it."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import SPEECH_DIR, cli, make


def test_placed_voice_memo_goes_on_a_voice_track_and_its_ums_can_go(tmp_path: Path, capsys) -> None:
    memo = make(tmp_path / "Voice Memo 0012.m4a", "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "5.5",
                "-c:a", "aac", "-ar", "44100")
    bed = make(tmp_path / "music bed.mp3", "-f", "lavfi", "-i", "sine=f=220:d=4", "-c:a", "libmp3lame")
    project = tmp_path / "allotment voice-over"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, memo, bed, "--place")
    assert code == 0, err
    assert "to the Voice track" in out
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    roles = {t["role"]: [(c["id"], c["start"]) for c in t["clips"]] for t in info["tracks"]}
    assert roles["voice"] == [("c1", 0)]
    assert roles["music"] == [("c2", 0)]  # the bed lies under the memo, not after it
    code, out, err = cli(capsys, "chat", project, "cut out the ums", "--yes")
    assert code == 0, out + err
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    voice = next(t for t in info["tracks"] if t["role"] == "voice")
    talk = voice["clips"][-1]["end"]
    assert 4.5 < talk < 5.2  # "um" (0.35 s) and "uh" (0.25 s) gone from 5.5 s
    undone = cli(capsys, "undo", project)
    assert undone[0] == 0, undone
    assert cli(capsys, "undo", project)[0] == 0  # the move to the Voice track is its own step
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    roles = {t["role"]: [(c["id"], c["start"]) for c in t["clips"]] for t in info["tracks"]}
    assert [c for c, _ in roles["music"]] == ["c1", "c2"]


def test_voice_memo_with_its_subtitles_lands_on_voice_in_one_step(tmp_path: Path, capsys) -> None:
    memo = make(tmp_path / "Voice Memo 0013.m4a", "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "3.1",
                "-c:a", "aac")
    (tmp_path / "Voice Memo 0013.srt").write_text(
        "1\n00:00:00,000 --> 00:00:03,067\nSo um today I want to show you my new camera.\n", encoding="utf-8")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, memo, "--place", "--no-transcribe")
    assert code == 0, err
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    roles = {t["role"]: [c["id"] for c in t["clips"]] for t in info["tracks"]}
    assert roles["voice"] == ["c1"] and roles["music"] == []
    assert cli(capsys, "undo", project)[0] == 0  # one step takes the import and the Voice track back
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    assert not info["media"] and "voice" not in {t["role"] for t in info["tracks"]}


def test_memo_placed_untranscribed_moves_to_voice_when_transcribed_later(tmp_path: Path, capsys) -> None:
    """`import --place --no-transcribe` then `transcribe`: the memo was on Music only until its words came."""
    memo = make(tmp_path / "belay check memo.m4a", "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "5.5", "-c:a", "aac")
    project = tmp_path / "gym session"
    assert cli(capsys, "new", project)[0] == 0
    assert cli(capsys, "import", project, memo, "--place", "--no-transcribe")[0] == 0
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    assert {t["role"]: [c["id"] for c in t["clips"]] for t in info["tracks"]}["music"] == ["c1"]
    code, out, err = cli(capsys, "transcribe", project)
    assert code == 0, out + err
    assert "moved c1 (belay check memo) to the Voice track" in out
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    roles = {t["role"]: [(c["id"], c["start"]) for c in t["clips"]] for t in info["tracks"]}
    assert roles["voice"] == [("c1", 0)] and roles["music"] == []
    assert cli(capsys, "undo", project)[0] == 0  # the move alone: back on Music, the words kept
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    roles = {t["role"]: [c["id"] for c in t["clips"]] for t in info["tracks"]}
    assert roles["music"] == ["c1"] and not roles.get("voice")
    assert info["media"][0]["transcript"]
