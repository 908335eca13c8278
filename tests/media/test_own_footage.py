"""A person's own project from the CLI: new (starter tracks), import --place, duplicates, sidecar
transcripts, relative media paths (move / copy the folder), missing media and relink."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.render import RenderError, render
from editor_app.session import Session

SPEECH = Path(__file__).resolve().parents[2] / ".." / "shared" / "testdata" / "speech" / "pancakes.wav"
SPEECH = SPEECH if SPEECH.exists() else Path("/work/shared/testdata/speech/pancakes.wav")

SRT = """1
00:00:00,500 --> 00:00:03,000
First you whisk the eggs.

2
00:00:03,500 --> 00:00:06,000
Then you heat the pan.
"""


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def talking_clip(out: Path, seconds: float | None = None) -> Path:
    """A talking-head stand-in: a test pattern with the real pancakes speech as its sound."""
    limit = ["-t", str(seconds)] if seconds else []
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30", "-i", str(SPEECH), *limit, "-shortest",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", str(out)], timeout=120)
    return out


def still(out: Path) -> Path:
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "color=c=orange:s=160x90", "-frames:v", "1", str(out)], timeout=60)
    return out


def tone(out: Path, seconds: float = 3.0) -> Path:
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=f=330:d={seconds}", str(out)], timeout=60)
    return out


@pytest.mark.skipif(not SPEECH.exists(), reason="shared speech test data missing")
def test_new_project_import_place_info(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")  # the next test transcribes
    footage = tmp_path / "footage"
    footage.mkdir()
    vlog = talking_clip(footage / "my vlog.mp4")
    photo = still(footage / "cover.png")
    song = tone(footage / "tune.wav")
    project = tmp_path / "trip"
    code, out, _ = cli(capsys, "new", project, "--size", "320x180")
    assert code == 0 and "Main, B-roll, Music" in out
    code, out, err = cli(capsys, "import", project, vlog, photo, song, "--place")
    assert code == 0, err
    assert "placed c1 (my vlog) on Main at 0:00.00" in out
    code, out, _ = cli(capsys, "info", project, "--json")
    data = json.loads(out)
    tracks = {t["name"]: t for t in data["tracks"]}
    assert [t["name"] for t in data["tracks"]] == ["Main", "B-roll", "Music"]
    main_clips = tracks["Main"]["clips"]
    assert [c["name"] for c in main_clips] == ["my vlog", "cover"]
    vlog_media = next(m for m in data["media"] if m["name"] == "my vlog")
    assert vlog_media["duration"] > 25  # the speech's length, not a default
    assert abs(main_clips[0]["end"] - vlog_media["duration"]) < 1 / 30  # the whole clip, from the start
    assert abs(main_clips[1]["end"] - main_clips[1]["start"] - 5) < 0.01  # a picture gets the default 5 s
    assert main_clips[1]["start"] == main_clips[0]["end"]
    assert [c["name"] for c in tracks["Music"]["clips"]] == ["tune"]
    assert tracks["B-roll"]["clips"] == []
    code, out, _ = cli(capsys, "info", project)
    assert "my vlog" in out and "missing media" not in out


@pytest.mark.skipif(not SPEECH.exists(), reason="shared speech test data missing")
def test_own_clip_transcribed_on_import_and_broll_by_spoken_topic(tmp_path, capsys):
    """No subtitle file anywhere: import transcribes offline, and chat finds a topic that is only spoken."""
    vlog = talking_clip(tmp_path / "sunday.mp4")
    picture = still(tmp_path / "berries.png")
    project = tmp_path / "sunday project"
    assert cli(capsys, "new", project, "--size", "320x180")[0] == 0
    code, out, err = cli(capsys, "import", project, vlog, "--place")
    assert code == 0, err
    assert "transcribed m1 sunday" in out and "faster-whisper" in out
    assert cli(capsys, "import", project, picture)[0] == 0
    code, out, err = cli(capsys, "chat", project, "put the berries over the part where I talk about the eggs and milk",
                         "--offline", "--yes")
    assert code == 0, out + err
    data = json.loads(cli(capsys, "info", project, "--json")[1])
    broll = next(t for t in data["tracks"] if t["role"] == "broll")
    (clip,) = broll["clips"]
    truth = json.loads(SPEECH.with_suffix(".json").read_text())
    eggs = next(c for c in truth["chunks"] if "eggs" in c.get("text", ""))
    assert abs(clip["start"] - eggs["start"]) < 0.3 and clip["end"] <= eggs["end"] + 0.3


def test_second_import_is_noticed_and_a_later_sidecar_updates_the_transcript(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")
    clip = talking_clip(tmp_path / "talk.mp4", seconds=4) if SPEECH.exists() else tone(tmp_path / "talk.wav")
    project = tmp_path / "p"
    Session.create(project, starter_tracks=True)
    assert cli(capsys, "import", project, clip)[0] == 0
    code, out, _ = cli(capsys, "import", project, clip)
    assert code == 0 and "already in the project as m1" in out and "imported m" not in out
    session = Session.open(project)
    assert list(session.project.media) == ["m1"] and session.project.media["m1"].transcript == ()
    clip.with_suffix(".srt").write_text(SRT)
    code, out, _ = cli(capsys, "import", project, clip)
    assert "updated the transcript of m1" in out
    session = Session.open(project)
    assert list(session.project.media) == ["m1"]
    asset = session.project.media["m1"]
    assert [s.text for s in asset.transcript] == ["First you whisk the eggs.", "Then you heat the pan."]
    assert asset.transcript_model == "sidecar"
    if asset.has_audio:  # the lines' words get times from the audio (no model), inside their lines
        assert [w.text.strip(".,") for w in asset.words] == "First you whisk the eggs Then you heat the pan".split()
        starts = [w.start for w in asset.words]
        assert starts == sorted(starts) and all(0 <= w.start <= w.end <= float(asset.duration) for w in asset.words)
    # the subtitle file itself, given on the command line, updates the same media
    clip.with_suffix(".srt").write_text(SRT.replace("heat the pan", "flip it"))
    code, out, _ = cli(capsys, "import", project, clip.with_suffix(".srt"), "--json")
    data = json.loads(out)
    assert data["imported"] == [] and data["notes"] and code == 0
    assert Session.open(project).project.media["m1"].transcript[1].text == "Then you flip it."
    # a copy of the file elsewhere (same name, size and length) is noticed too
    (tmp_path / "copy").mkdir()
    copy = Path(shutil.copy(clip, tmp_path / "copy" / clip.name))
    code, out, _ = cli(capsys, "import", project, copy)
    assert "already in the project as m1" in out and "same name, size and length" in out
    code, out, _ = cli(capsys, "import", project, copy, "--allow-duplicates", "--json")
    assert [m["id"] for m in json.loads(out)["imported"]] == ["m2"]


def _project_with_media_inside(tmp_path: Path, capsys, monkeypatch) -> tuple[Path, Path]:
    """A project whose media sit in its own media/ folder plus one picture from outside."""
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")
    project = tmp_path / "proj"
    cli(capsys, "new", project, "--size", "160x90")
    (project / "media").mkdir()
    clip = talking_clip(project / "media" / "take1.mp4", seconds=2) if SPEECH.exists() else tone(project / "media" / "take1.wav", 2)
    outside = still(tmp_path / "logo.png")
    code, _, err = cli(capsys, "import", project, clip, outside, "--place")
    assert code == 0, err
    return project, outside


def test_media_paths_are_relative_inside_the_folder_and_survive_move_and_copy(tmp_path, capsys, monkeypatch):
    project, outside = _project_with_media_inside(tmp_path, capsys, monkeypatch)
    stored = json.loads((project / "project.json").read_text())
    paths = {m["name"]: m["path"] for m in stored["media"].values()}
    assert paths["take1"] in ("media/take1.mp4", "media/take1.wav")
    assert paths["logo"] == str(outside.resolve())
    journal = (project / "journal.jsonl").read_text()
    assert str(project.resolve() / "media") not in journal  # the journal holds relative paths too
    moved = tmp_path / "elsewhere" / "moved"
    moved.parent.mkdir()
    shutil.move(str(project), moved)
    copied = tmp_path / "copied"
    shutil.copytree(moved, copied)
    shutil.rmtree(moved / "cache", ignore_errors=True)
    for folder in (moved, copied):
        session = Session.open(folder)
        take = next(m for m in session.project.media.values() if m.name == "take1")
        assert Path(take.path).parent == folder.resolve() / "media"
        result = render(session.project, tmp_path / f"{folder.name}.mp4")
        assert result.frames == session.project.duration
        # undo in the new place still points inside it (the journal's media are relative)
        session.undo()
        session.redo()
        assert Path(session.project.media[take.id].path).parent == folder.resolve() / "media"
    # the copy is independent: deleting the original's media does not touch it
    (moved / "media" / Path(take.path).name).unlink()
    assert Path(Session.open(copied).project.media[take.id].path).is_file()


def test_missing_media_project_opens_render_names_clip_relink_restores(tmp_path, capsys, monkeypatch):
    project, _ = _project_with_media_inside(tmp_path, capsys, monkeypatch)
    before = Session.open(project).project
    take = next(m for m in before.media.values() if m.name == "take1")
    elsewhere = tmp_path / "backup" / "deep"
    elsewhere.mkdir(parents=True)
    shutil.copy(take.path, elsewhere / Path(take.path).name)
    shutil.copy(take.path, tmp_path / "backup" / "decoy")  # other name, same content: not preferred
    Path(take.path).unlink()
    session = Session.open(project)  # opens with the file gone
    assert session.project.media[take.id].path == take.path
    code, out, _ = cli(capsys, "info", project)
    assert code == 0 and "missing media (1" in out and take.path in out
    with pytest.raises(RenderError, match=r"clip c1 is missing"):
        render(session.project, tmp_path / "out.mp4")
    code, _, err = cli(capsys, "relink", project)
    assert code == 1 and "still missing" in err
    code, out, err = cli(capsys, "relink", project, "--search", tmp_path / "backup", "--json")
    data = json.loads(out)
    assert code == 0, err
    assert data["relinked"] == {take.id: str(elsewhere / Path(take.path).name)}
    after = Session.open(project).project
    assert after.media[take.id].path == str(elsewhere / Path(take.path).name)
    # nothing else changed: same media fields but the path, same timeline
    assert after.media[take.id].model_copy(update={"path": take.path}) == take
    assert after.tracks == before.tracks and set(after.media) == set(before.media)
    render(after, tmp_path / "out.mp4")
    code, out, _ = cli(capsys, "relink", project)
    assert code == 0 and "no media is missing" in out


def test_relink_refuses_a_same_named_file_with_other_content(tmp_path, capsys, monkeypatch):
    project, _ = _project_with_media_inside(tmp_path, capsys, monkeypatch)
    take = next(m for m in Session.open(project).project.media.values() if m.name == "take1")
    Path(take.path).unlink()
    other = tmp_path / "other"
    other.mkdir()
    tone(other / Path(take.path).name, 7)  # same name, different size and length
    code, _, err = cli(capsys, "relink", project, "--search", other)
    assert code == 1 and "size differs" in err
    assert Session.open(project).project.media[take.id].path == take.path
