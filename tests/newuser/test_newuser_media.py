"""Files from a phone and a camera on the way in: probed as what they are, rendered the right way up."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.media.probe import probe
from editor_app.render import render
from editor_app.session import Session

from .conftest import SPEECH_DIR, cli, frame_at, frame_count, make


def test_camera_clip_with_b_frames_is_not_called_variable_rate(tmp_path: Path, capsys) -> None:
    # A camera's H.264 has B-frames: packets come in decode order, so the first 300 of them
    # leave holes in the presentation times at the end. That is not a variable frame rate.
    clip = make(tmp_path / "bean rows 48k.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30000/1001",
                "-i", str(SPEECH_DIR / "fillers.wav"), "-t", "12", "-map", "0:v", "-map", "1:a",
                "-c:v", "libx264", "-x264-params", "bframes=3:b-adapt=0", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ar", "48000", "-ac", "2")
    info = probe(clip)
    assert info.fps == __import__("fractions").Fraction(30000, 1001)
    assert info.variable_frame_rate is False
    project = tmp_path / "plot 14"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, clip, "--no-transcribe")
    assert code == 0, err
    assert "variable frame rate" not in out + err


def test_really_variable_clip_still_flagged(tmp_path: Path) -> None:
    clip = make(tmp_path / "screen grab.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30:d=12",
                "-vf", "setpts='if(lt(N,200),N/30,200/30+(N-200)/15)/TB'", "-fps_mode", "vfr",
                "-c:v", "libx264", "-bf", "3", "-pix_fmt", "yuv420p")
    assert probe(clip).variable_frame_rate is True


def _portrait_phone_clip(folder: Path) -> Path:
    """What a phone held upright records: landscape pixels plus a 90-degree display rotation."""
    stored = make(folder / "stored.mp4", "-f", "lavfi", "-i", "smptebars=s=320x180:r=30:d=2",
                  "-f", "lavfi", "-i", "sine=f=330:d=2:sample_rate=48000",
                  "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest")
    return make(folder / "IMG_0042.MOV", "-display_rotation", "90", "-i", str(stored), "-c", "copy")


def test_portrait_phone_clip_is_upright_in_probe_and_render(tmp_path: Path, capsys) -> None:
    clip = _portrait_phone_clip(tmp_path)
    info = probe(clip)
    assert (info.width, info.height) == (180, 320)  # as shown, not as stored
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project, "--size", "320x180", "--fps", "30")[0] == 0
    code, _, err = cli(capsys, "import", project, clip, "--place", "--no-transcribe")
    assert code == 0, err
    loaded = Session.open(project).project
    for smart in ("always", False):
        out = tmp_path / f"upright-{smart}.mp4"
        render(loaded, out, "draft", smart=smart)
        assert frame_count(out) == 60
        frame = frame_at(out, 1.0).astype(float)
        # upright: a 101x180 picture between black pillars; sideways it would fill the frame
        assert frame[:, :90].mean() < 12, f"smart={smart}: no black pillar on the left"
        assert frame[:, 300:].mean() < 12, f"smart={smart}: no black pillar on the right"
        assert frame[:, 130:190].mean() > 60, f"smart={smart}: no picture in the middle"


def test_avif_still_is_a_picture_held_for_its_clip(tmp_path: Path, capsys) -> None:
    still = make(tmp_path / "beetroot close-up.avif", "-f", "lavfi", "-i", "testsrc2=s=320x180",
                 "-frames:v", "1", "-c:v", "libaom-av1", "-still-picture", "1", "-cpu-used", "8")
    info = probe(still)
    assert info.kind == "image" and info.duration is None
    assert (info.width, info.height) == (320, 180)
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project, "--size", "320x180", "--fps", "25")[0] == 0
    code, _, err = cli(capsys, "import", project, still, "--place")
    assert code == 0, err
    data = json.loads(cli(capsys, "info", project, "--json")[1])
    assert data["media"][0]["kind"] == "image"
    seconds = data["duration"]
    assert seconds >= 2  # a still is held for a few seconds, not one frame or one second
    out = tmp_path / "beetroot.mp4"
    loaded = Session.open(project).project
    render(loaded, out, "draft")
    assert frame_count(out) == round(seconds * 25)
    last = frame_at(out, seconds - 0.1).astype(float)
    assert last.mean() > 40  # the picture is still there at the end of its clip


def test_upside_down_phone_clip_does_not_turn_the_next_clip_over(tmp_path: Path, capsys) -> None:
    stored = make(tmp_path / "stored.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=2",
                  "-c:v", "libx264", "-pix_fmt", "yuv420p")
    flipped = make(tmp_path / "IMG_0043.MOV", "-display_rotation", "180", "-i", str(stored), "-c", "copy")
    project = tmp_path / "allotment"
    assert cli(capsys, "new", project, "--size", "320x180", "--fps", "30")[0] == 0
    assert cli(capsys, "import", project, flipped, stored, "--place", "--no-transcribe")[0] == 0
    out = tmp_path / "both.mp4"
    render(Session.open(project).project, out, "draft", smart="always")
    upright = frame_at(stored, 1.0).astype(float)
    second = frame_at(out, 3.0).astype(float)  # the upright clip, one second in
    assert abs(second - upright).mean() < 20
