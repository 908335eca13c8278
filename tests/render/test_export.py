"""Real renders of small timelines, checked by measuring the output."""

from __future__ import annotations

import threading
from fractions import Fraction

import numpy as np
import pytest

from render_helpers import (
    FPS, H, W, asset, audio_samples, clip, duration_s, frame_at, frame_count, lufs, project, rms_db,
)
from editor_app.model.effects import BlackAndWhite, FadeIn, Normalize, TextOverlay, TitleGenerator
from editor_app.model.project import EnvelopePoint, Track, Transition
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.render import RenderCancelled, RenderError, build_command, render, preview_frame


def _two_color(media_dir):
    red = asset("m1", media_dir / "red.mp4", seconds=4)
    blue = asset("m2", media_dir / "blue.mp4", seconds=4)
    return red, blue


def test_cuts_duration_and_gap(media_dir, tmp_path):
    red, blue = _two_color(media_dir)
    p = project([red, blue], [Track(id="t1", kind="video", role="main", clips=[
        clip("c1", "m1", 0, 30, source_in=15), clip("c2", "m2", 45, 30)])])
    out = tmp_path / "cuts.mp4"
    result = render(p, out)
    assert result.frames == 75
    assert frame_count(out) == 75
    assert abs(duration_s(out, "a") - 2.5) <= 1 / 30 + 0.01
    assert abs(duration_s(out, "v") - 2.5) <= 1 / 30 + 0.01
    assert frame_at(out, 0.5)[..., 0].mean() > 150  # red
    assert frame_at(out, 1.25).mean() < 20  # gap is black
    assert frame_at(out, 2.0)[..., 2].mean() > 150  # blue


def test_broll_overlay_and_preview(media_dir, tmp_path):
    red, blue = _two_color(media_dir)
    p = project([red, blue], [
        Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 90)]),
        Track(id="t2", kind="video", role="broll", clips=[clip("c2", "m2", 30, 30)]),
        Track(id="t3", kind="video", role="broll", hidden=True, clips=[clip("c3", "m1", 0, 90)]),
    ])
    out = tmp_path / "broll.mp4"
    render(p, out)
    before, inside, after = frame_at(out, 0.5), frame_at(out, 1.5), frame_at(out, 2.5)
    assert before[..., 0].mean() > 150 and before[..., 2].mean() < 80
    assert inside[..., 2].mean() > 150 and inside[..., 0].mean() < 80
    assert after[..., 0].mean() > 150
    img = preview_frame(p, 45, size=(160, 90), cache_dir=tmp_path / "cache")
    assert img.shape == (90, 160, 3) and img[..., 2].mean() > 150 and img[..., 0].mean() < 80
    img2 = preview_frame(p, 10, size=(160, 90), cache_dir=tmp_path / "cache")
    assert img2[..., 0].mean() > 150
    # a disabled B-roll clip is skipped
    p.tracks[1].clips[0] = p.tracks[1].clips[0].model_copy(update={"enabled": False})
    assert preview_frame(p, 45, size=(160, 90), cache_dir=tmp_path / "cache")[..., 0].mean() > 150


def test_black_and_white_fade_and_title(media_dir, tmp_path):
    red, _ = _two_color(media_dir)
    p = project([red], [
        Track(id="t1", kind="video", role="main", clips=[
            clip("c1", "m1", 0, 60, effects=(FadeIn(duration=30), BlackAndWhite()))]),
    ])
    out = tmp_path / "bw.mp4"
    render(p, out)
    first, later = frame_at(out, 0.0), frame_at(out, 1.5).astype(int)
    assert first.mean() < 25  # fade starts near black
    assert later.mean() > 40
    saturation = (later.max(axis=2) - later.min(axis=2)).mean()
    assert saturation < 8
    plain = tmp_path / "plain.mp4"
    render(project([red], [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 30)])]), plain)
    titled = tmp_path / "title.mp4"
    text = "It's 50%: a [test]\\"
    render(project([red], [
        Track(id="t1", kind="video", role="main", clips=[
            clip("c1", "m1", 0, 30, effects=(TextOverlay(text=text, size=200),))]),
        Track(id="t2", kind="video", role="titles", clips=[
            clip("c2", None, 0, 15, generator=TitleGenerator(text="Hello", size=300))]),
    ]), titled)
    diff_text = np.abs(frame_at(titled, 0.8).astype(int) - frame_at(plain, 0.8).astype(int)).mean()
    diff_title = np.abs(frame_at(titled, 0.2).astype(int) - frame_at(plain, 0.2).astype(int)).mean()
    assert diff_text > 3 and diff_title > diff_text


def test_speed_two_halves_duration(media_dir, tmp_path):
    red, _ = _two_color(media_dir)
    p = project([red], [Track(id="t1", kind="video", role="main", clips=[
        clip("c1", "m1", 0, 60, speed=2), clip("c2", "m1", 60, 30, speed=Fraction(1, 4))])])
    out = tmp_path / "speed.mp4"
    render(p, out)
    assert frame_count(out) == 90
    assert abs(duration_s(out, "a") - 3.0) <= 0.04
    # the 2x clip plays 4 s of 440 Hz tone in 2 s: tempo changes keep the pitch
    x = audio_samples(out)[: 48000 * 2]
    spectrum = np.abs(np.fft.rfft(x[4800:43200]))
    peak = np.argmax(spectrum) * 48000 / len(x[4800:43200])
    assert abs(peak - 440) < 15


def test_ducked_music_and_transition(media_dir, tmp_path):
    music = asset("m3", media_dir / "music.wav", kind="audio", seconds=4)
    speech = asset("m4", media_dir / "speech.wav", kind="audio", seconds=4)
    red, blue = _two_color(media_dir)
    env = (EnvelopePoint(frame=0, db=0), EnvelopePoint(frame=25, db=0), EnvelopePoint(frame=30, db=-12),
           EnvelopePoint(frame=60, db=-12), EnvelopePoint(frame=65, db=0))
    p = project([music, speech, red, blue], [
        Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 45), clip("c2", "m2", 45, 45)],
              transitions=[Transition(id="x1", from_clip="c1", to_clip="c2", duration=15)], muted=True),
        Track(id="t2", kind="audio", role="voice", clips=[clip("c3", "m4", 30, 30)], muted=True),
        Track(id="t3", kind="audio", role="music", clips=[clip("c4", "m3", 0, 90, envelope=env)]),
    ])
    out = tmp_path / "duck.wav"
    render(p, out, preset="wav")
    x = audio_samples(out)
    assert abs(len(x) / 48000 - 3.0) < 1 / 30
    gap, ducked = rms_db(x[4800:38400]), rms_db(x[52800:91200])
    assert gap - ducked >= 12.0 - 0.05, (gap, ducked)
    video = tmp_path / "xfade.mp4"
    render(p, video)
    mid = frame_at(video, 1.75).astype(int)  # halfway through the crossfade: both colours
    assert mid[..., 0].mean() > 50 and mid[..., 2].mean() > 50
    assert frame_count(video) == 90


def test_normalize_hits_target(media_dir, tmp_path):
    speech = asset("m4", media_dir / "speech.wav", kind="audio", seconds=4)
    p = project([speech], [Track(id="t1", kind="audio", role="voice", clips=[
        clip("c1", "m4", 0, 90, effects=(Normalize(target_lufs=-20),))])])
    out = tmp_path / "norm.wav"
    render(p, out, preset="wav")
    measured = lufs(out)
    assert abs(measured - (-20)) <= 1.0, measured


def test_cancel_leaves_nothing(media_dir, tmp_path):
    red, blue = _two_color(media_dir)
    clips = [clip(f"c{i}", "m1" if i % 2 else "m2", i * 90, 90) for i in range(12)]
    p = project([red, blue], [Track(id="t1", kind="video", role="main", clips=clips)])
    p.settings.width, p.settings.height = 1280, 720
    cancel = threading.Event()
    seen = []

    def on_progress(pr):
        seen.append(pr.fraction)
        cancel.set()

    out = tmp_path / "cancel.mp4"
    with pytest.raises(RenderCancelled):
        render(p, out, preset="720p", progress=on_progress, cancel=cancel)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_give_clear_errors(media_dir, tmp_path):
    red, _ = _two_color(media_dir)
    ok = [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 30)])]
    with pytest.raises(RenderError, match="does not exist"):
        render(project([red], ok), tmp_path / "nope" / "x.mp4")
    gone = red.model_copy(update={"path": str(tmp_path / "deleted.mp4")})
    with pytest.raises(RenderError, match="missing"):
        render(project([gone], ok), tmp_path / "a.mp4")
    long = [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 60, source_in=90)])]
    with pytest.raises(RenderError, match="longer than its source"):
        render(project([red], long), tmp_path / "b.mp4")
    fast = [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 5, speed=20)])]
    with pytest.raises(RenderError, match="0.1x to 10x"):
        render(project([red], fast), tmp_path / "c.mp4")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match="not a folder"):
        render(project([red], ok), blocker / "d.mp4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_disk_full_message():
    from editor_app.render.errors import explain_ffmpeg_failure

    msg = explain_ffmpeg_failure("av_interleaved_write_frame(): No space left on device\nError", 1)
    assert msg.startswith("The disk is full")


def test_build_command_is_argument_list(media_dir, tmp_path):
    red, _ = _two_color(media_dir)
    p = project([red], [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 30)])])
    p.settings.fps = Fraction(30000, 1001)
    cmd = build_command(p, tmp_path / "o.mp4", "1080p")
    assert isinstance(cmd, list) and all(isinstance(a, str) for a in cmd)
    assert "30000/1001" in cmd and "+faststart" in cmd and "scale=1920:1080" in cmd[cmd.index("-filter_complex") + 1]


def _half_and_half(path, size=(W, H)):
    """Red left half, blue right half, green top strip: which way the picture faces is measurable."""
    w, h = size
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"color=c=blue:s={w}x{h}:r=30:d=2",
                "-vf", f"drawbox=x=0:y=0:w={w // 2}:h={h}:color=red:t=fill,drawbox=x=0:y=0:w={w}:h={h // 6}:color=green:t=fill",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv444p", "-g", "15", str(path)])
    return path


def _sides(frame):
    """(left, right, top, bottom) mean colour of the frame's quarters, as RGB."""
    h, w = frame.shape[:2]
    return (frame[h // 3: 2 * h // 3, : w // 4].mean(axis=(0, 1)), frame[h // 3: 2 * h // 3, -w // 4:].mean(axis=(0, 1)),
            frame[: h // 12].mean(axis=(0, 1)), frame[-h // 12:].mean(axis=(0, 1)))


def test_flip_mirrors_and_rotate_turns_the_picture(media_dir, tmp_path):
    from editor_app.model.effects import Flip, Rotate

    src = _half_and_half(media_dir / "halves.mp4")
    m = asset("m1", src, seconds=2, has_audio=False)

    def rendered(*effects):
        out = tmp_path / f"fx{len(list(tmp_path.iterdir()))}.mp4"
        render(project([m], [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 30, effects=effects)])]), out)
        return _sides(frame_at(out, 0.5))

    left, right, top, _ = rendered()
    assert left[0] > 150 and right[2] > 150 and top[1] > 100  # red left, blue right, green on top
    left, right, top, _ = rendered(Flip())
    assert left[2] > 150 and right[0] > 150 and top[1] > 100  # mirrored: blue left, red right, green still on top
    left, right, top, bottom = rendered(Flip(horizontal=False, vertical=True))
    assert left[0] > 150 and bottom[1] > 100 and top[1] < 100  # upside down: the green strip at the bottom
    left, right, top, bottom = rendered(Rotate(degrees=180))
    assert left[2] > 150 and right[0] > 150 and bottom[1] > 100
    # a quarter turn clockwise: the green top goes to the right side; the picture is fitted in with bars
    out = tmp_path / "quarter.mp4"
    render(project([m], [Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 30, effects=(Rotate(degrees=90),))])]), out)
    frame = frame_at(out, 0.5).astype(int)
    assert frame[:, : W // 8].mean() < 20 and frame[:, -W // 8:].mean() < 20  # bars either side of the upright picture
    middle = frame[:, W // 2 - H // 4: W // 2 + H // 4]
    assert middle[:, -middle.shape[1] // 8:, 1].mean() > 100  # green now on the right of the turned picture
