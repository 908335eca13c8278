"""The whole path from the CLI with a person's own talking clip: new, import (transcribed with the
packaged model, no subtitle file), chat in their own words, render, undo, reopen, render again."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import run_ffmpeg_bytes
from editor_app.session import Session

from .conftest import SPEECH_DIR, cli, frame_count, make


def _talking_mov(folder: Path, seconds: float = 9.0) -> Path:
    """A talking-head .MOV: a test pattern with the real fillers speech (um, uh) as its sound."""
    return make(folder / "IMG_3107 allotment intro.MOV", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30",
                "-i", str(SPEECH_DIR / "fillers.wav"), "-t", str(seconds), "-map", "0:v", "-map", "1:a",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "pcm_s16le")


def _rms_db(media: Path) -> float:
    _, raw, _ = run_ffmpeg_bytes(["-i", str(media), "-vn", "-ac", "1", "-ar", "16000", "-f", "s16le", "-"])
    samples = np.frombuffer(raw, np.int16).astype(float) / 32768
    return 20 * np.log10(np.sqrt(np.mean(samples ** 2)) + 1e-9)


def _seconds(video: Path) -> float:
    return frame_count(video) / 30


def test_walk_import_transcribe_chat_undo_reopen_render(tmp_path: Path, capsys) -> None:
    clip = _talking_mov(tmp_path)
    project = tmp_path / "Plot 14 – Möhren & Bohnen"
    assert cli(capsys, "new", project, "--fps", "30", "--size", "160x90")[0] == 0
    code, out, err = cli(capsys, "import", project, clip, "--place")
    assert code == 0, err
    assert "transcribed m1" in out
    words = [w.text.strip(",.").lower() for w in Session.open(project).project.media["m1"].words]
    assert words[:4] == ["so", "um", "today", "i"]

    code, out, err = cli(capsys, "chat", project, "get rid of all the ums and uhs", "--yes")
    assert code == 0, out + err
    assert "applied as" in out
    cut = tmp_path / "cut.mp4"
    assert cli(capsys, "render", project, cut)[0] == 0
    # two fillers inside the first 9 s: "um" (0.35 s) and "uh" (0.25 s) go, with their breaths
    assert 7.6 <= _seconds(cut) <= 8.6
    assert _rms_db(cut) > -35  # the talk is still there

    code, out, err = cli(capsys, "undo", project)
    assert code == 0, err
    reopened = json.loads(cli(capsys, "info", project, "--json")[1])
    assert abs(reopened["duration"] - 9.0) < 0.05
    full = tmp_path / "full.mp4"
    assert cli(capsys, "render", project, full)[0] == 0
    assert frame_count(full) == 270


def test_suggested_commands_work_when_pasted_for_a_folder_with_spaces(tmp_path: Path, capsys) -> None:
    clip = _talking_mov(tmp_path, 3.5)
    project = tmp_path / "Plot 14 – Möhren & Bohnen"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, clip, "--no-transcribe")
    assert code == 0, err
    suggested = re.search(r"`(editor-app transcribe [^`]+)`", out + err)
    assert suggested, out + err
    argv = shlex.split(suggested.group(1))[1:]
    code, out, err = cli(capsys, *argv)
    assert code == 0, err
    assert Session.open(project).project.media["m1"].words


def test_sound_only_export_reports_in_plain_words(tmp_path: Path, capsys) -> None:
    clip = _talking_mov(tmp_path, 2.0)
    project = tmp_path / "voiceover"
    assert cli(capsys, "new", project, "--fps", "30", "--size", "160x90")[0] == 0
    assert cli(capsys, "import", project, clip, "--place", "--no-transcribe")[0] == 0
    code, out, err = cli(capsys, "render", project, tmp_path / "allotment voice.wav")
    assert code == 0, err
    assert "None" not in out and "re-encode" not in out
    assert "sound only" in out
    assert _rms_db(tmp_path / "allotment voice.wav") > -40
