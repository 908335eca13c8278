"""CLI slips found by a new user: EDL round trip, output format from the file name, `new` on a file,
"did you mean", a closed pipe, and `op --dry-run` saying nothing changed."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import opentimelineio as otio
import pytest

from render_helpers import asset, audio_samples, clip, project
from editor_app.cli import main
from editor_app.model.project import Track
from editor_app.render.interchange import export_timeline
from editor_app.render.otio_import import project_from_otio

RATES = [Fraction(24), Fraction(25), Fraction(30000, 1001), Fraction(30)]


@pytest.mark.skipif("cmx_3600" not in otio.adapters.available_adapter_names(), reason="EDL adapter not installed")
@pytest.mark.parametrize("fps", RATES, ids=lambda f: f"{float(f):g}")
def test_edl_round_trip_keeps_every_frame(media_dir, tmp_path, fps):
    red, blue = asset("m1", media_dir / "red.mp4", seconds=4), asset("m2", media_dir / "blue.mp4", seconds=4)
    # frame numbers 23..29 inside a second are the ones a 24 fps reader refuses
    p = project([red, blue], [Track(id="t1", kind="video", role="main", clips=[
        clip("c1", "m1", 0, 29, source_in=7), clip("c2", "m2", 29, 53, source_in=23), clip("c3", "m1", 100, 22)])],
        fps=fps)
    out = tmp_path / "cut.edl"
    export_timeline(p, out)
    back, _ = project_from_otio(out)
    assert back.fps == fps
    got = [(c.start, c.duration, c.source_in) for c in back.tracks[0].clips]
    assert got == [(0, 29, 7), (29, 53, 23), (100, 22, 0)]


def test_edl_from_elsewhere_reads_at_a_given_rate(tmp_path):
    edl = tmp_path / "other.edl"
    edl.write_text("TITLE: other\n\n001  AX       V     C        00:00:00:00 00:00:01:27 00:00:00:00 00:00:01:27\n"
                   "* FROM CLIP NAME:  shot.mov\n")
    back, _ = project_from_otio(edl)  # no rate line: guessed from frame 27 -> 30 fps
    assert back.fps == 30 and back.tracks[0].clips[0].duration == 57
    at60, _ = project_from_otio(edl, fps=Fraction(60))  # the user's --fps wins over the guess
    assert at60.fps == 60 and at60.tracks[0].clips[0].duration == 87


@pytest.fixture
def proj_dir(tmp_path, media_dir) -> Path:
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session

    s = Session.create(tmp_path / "proj", name="slips", fps=30, width=160, height=90)
    s.apply([ImportMedia(asset=build_asset(media_dir / "red.mp4"))], "import")
    s.apply([AddTrack(kind="video", role="main", name="Main")], "track")
    s.apply([InsertClip(track_id=s.project.tracks[0].id, media_id="m1", start=0, duration=30, name="red")], "clip")
    return s.path


def test_render_format_follows_the_file_name(proj_dir, tmp_path, capsys):
    wav = tmp_path / "out.wav"
    assert main(["render", str(proj_dir), str(wav)]) == 0
    assert wav.read_bytes()[:4] == b"RIFF"
    level = float(abs(audio_samples(wav)).max())
    assert level > 0.05  # the 440 Hz tone of the clip, not silence
    mp4 = tmp_path / "out.mp4"
    assert main(["render", str(proj_dir), str(mp4), "--preset", "wav"]) == 1
    err = capsys.readouterr().err
    assert "--preset wav writes a .wav file" in err and "out.mp4" in err
    assert not mp4.exists()
    assert main(["render", str(proj_dir), str(tmp_path / "out.avi")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err


def test_new_on_an_existing_file_says_so(tmp_path, capsys):
    f = tmp_path / "notes.txt"
    f.write_text("mine")
    assert main(["new", str(f)]) == 1
    err = capsys.readouterr().err
    assert "already exists and is a file" in err and "Traceback" not in err
    assert f.read_text() == "mine"


def test_unknown_subcommand_gets_did_you_mean(tmp_path, capsys):
    assert main(["rendr", str(tmp_path), "x.mp4"]) == 2
    assert "did you mean 'render'" in capsys.readouterr().err
    assert main(["frobnicate", str(tmp_path)]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_output_into_a_closed_pipe_ends_quietly(proj_dir):
    proc = subprocess.Popen([sys.executable, "-m", "editor_app", "info", str(proj_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2])
    proc.stdout.close()  # the reader is gone before anything is written, like `| head -0`
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode == 141


def test_op_dry_run_says_nothing_changed(proj_dir, capsys):
    before = (proj_dir / "project.json").read_text()
    op = '{"op": "split_clip", "clip_id": "c1", "at": 15}'
    assert main(["op", str(proj_dir), op, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "nothing was changed" in out
    assert (proj_dir / "project.json").read_text() == before
