"""A project made for the person's footage: `new --like CLIP`, and a note when the first clip does not fit."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from .conftest import cli, frame_count, make


def _clip(folder: Path, name: str, size: str, rate: str, rotate: int = 0) -> Path:
    clip = make(folder / f"stored {name}", "-f", "lavfi", "-i", f"testsrc2=s={size}:r={rate}:d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")
    if not rotate:
        return clip.rename(folder / name)
    return make(folder / name, "-display_rotation", str(rotate), "-i", str(clip), "-c", "copy")


def test_new_like_a_25fps_camera_clip_then_render_keeps_every_frame(tmp_path: Path, capsys) -> None:
    clip = _clip(tmp_path, "MVI_0815 leeks.mp4", "192x108", "25")
    project = tmp_path / "leeks"
    code, out, err = cli(capsys, "new", project, "--like", clip)
    assert code == 0, err
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    assert (info["width"], info["height"], info["fps"]) == (192, 108, 25)
    code, out, err = cli(capsys, "import", project, clip, "--place", "--no-transcribe")
    assert code == 0, err
    assert "does not match" not in out + err
    out_file = tmp_path / "leeks.mp4"
    assert cli(capsys, "render", project, out_file)[0] == 0
    assert frame_count(out_file) == 50


def test_new_like_a_portrait_phone_clip_is_portrait(tmp_path: Path, capsys) -> None:
    clip = _clip(tmp_path, "IMG_0042.MOV", "320x180", "30", rotate=90)
    project = tmp_path / "phone"
    assert cli(capsys, "new", project, "--like", clip)[0] == 0
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    assert (info["width"], info["height"]) == (180, 320)


def test_first_clip_that_does_not_fit_gets_a_note_with_a_working_command(tmp_path: Path, capsys) -> None:
    clip = _clip(tmp_path, "MVI_0815 leeks.mp4", "192x108", "25")
    project = tmp_path / "default project"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, clip, "--no-transcribe")
    assert code == 0, err
    assert "repeated or dropped" in err
    suggested = re.search(r"`(editor-app new [^`]+)`", err).group(1).replace("NEW_FOLDER", shlex.quote(str(tmp_path / "n")))
    code, _, err = cli(capsys, *shlex.split(suggested)[1:])
    assert code == 0, err
    assert json.loads(cli(capsys, "info", tmp_path / "n", "--json")[1])["fps"] == 25
    # said once: a second clip into the same project says nothing more
    other = _clip(tmp_path, "MVI_0816.mp4", "192x108", "25")
    assert "does not match" not in "".join(cli(capsys, "import", project, other, "--no-transcribe")[1:])


def test_new_like_refuses_a_sound_file_in_plain_words(tmp_path: Path, capsys) -> None:
    memo = make(tmp_path / "Voice Memo 0012.m4a", "-f", "lavfi", "-i", "sine=f=300:d=1", "-c:a", "aac")
    code, _, err = cli(capsys, "new", tmp_path / "p", "--like", memo)
    assert code == 1
    assert "not a video" in err
    assert not (tmp_path / "p").exists()


def test_import_a_folder_takes_its_media_files_in_name_order(tmp_path: Path, capsys) -> None:
    card = tmp_path / "DCIM allotment"
    card.mkdir()
    _clip(card, "MVI_0816 beans.mp4", "192x108", "25")
    _clip(card, "MVI_0815 leeks.mp4", "192x108", "25")
    make(card / "courgette.png", "-f", "lavfi", "-i", "testsrc2=s=192x108", "-frames:v", "1")
    (card / "planting notes.txt").write_text("sow beans in May", encoding="utf-8")
    (card / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project, "--fps", "25", "--size", "192x108")[0] == 0
    code, out, err = cli(capsys, "import", project, card, "--place", "--no-transcribe")
    assert code == 0, err
    assert "skipped 1 file that is not media: planting notes.txt" in out
    info = json.loads(cli(capsys, "info", project, "--json")[1])
    assert [m["name"] for m in info["media"]] == ["courgette", "MVI_0815 leeks", "MVI_0816 beans"]
    empty = tmp_path / "empty card"
    empty.mkdir()
    code, _, err = cli(capsys, "import", project, empty)
    assert code == 1 and "no media files" in err
