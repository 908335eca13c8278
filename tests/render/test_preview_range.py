"""Preview frames compile only what lies under the frame, and still equal the full render's frame.

Reference: the whole timeline's graph run to raw frames (no encoder, so exact), and the real
exported file (within encoder noise). Sources are moving test patterns, so a frame taken from
the wrong source position or blended at the wrong progress shows.
"""

from __future__ import annotations

import subprocess
from fractions import Fraction

import numpy as np
import pytest
from render_helpers import FPS, H, SR, W

from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.model.effects import FadeIn
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track, Transition
from editor_app.render import render
from editor_app.render.compile import compile_timeline
from editor_app.render.preview import clear_memory_cache, preview_frame


def _source(path, pattern: str, seconds: float) -> MediaAsset:
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"{pattern}=s={W}x{H}:r=30:d={seconds}", "-f", "lavfi", "-i",
                f"sine=frequency=330:sample_rate={SR}:duration={seconds}", "-c:v", "libx264", "-preset", "ultrafast",
                "-g", "12", "-bf", "2", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)])
    return MediaAsset(id=path.stem, name=path.name, path=str(path), kind="video", duration=Fraction(str(seconds)),
                      fps=FPS, width=W, height=H, has_audio=True, has_video=True, sample_rate=SR)


@pytest.fixture(scope="module")
def joined(tmp_path_factory) -> Project:
    """Three clips joined by a crossfade and a wipe, then a dip to black into a clip whose
    outgoing neighbour runs out of source inside the transition (its last frame is held)."""
    d = tmp_path_factory.mktemp("joined")
    a = _source(d / "pat-a.mp4", "testsrc2", 5)
    b = _source(d / "pat-b.mp4", "testsrc", 5)
    clips = [Clip(id="k1", media_id=a.id, start=0, duration=40, source_in=10),
             Clip(id="k2", media_id=b.id, start=40, duration=40, source_in=20, effects=(FadeIn(duration=8),)),
             Clip(id="k3", media_id=a.id, start=80, duration=30, source_in=50),
             Clip(id="k4", media_id=b.id, start=110, duration=30, source_in=0)]
    # k3's source (a, 150 frames) ends at 50 + 30 + 4: the dip's last 8 frames hold its last frame
    clips[2] = clips[2].model_copy(update={"source_in": 150 - 30 - 4})
    joins = [Transition(id="x1", from_clip="k1", to_clip="k2", duration=12),
             Transition(id="x2", kind="wipe", from_clip="k2", to_clip="k3", duration=10),
             Transition(id="x3", kind="dip_to_black", from_clip="k3", to_clip="k4", duration=12)]
    return Project(name="joined", settings=Settings(fps=FPS, width=W, height=H, sample_rate=SR),
                   media={a.id: a, b.id: b},
                   tracks=[Track(id="v1", kind="video", role="main", clips=clips, transitions=joins)])


@pytest.fixture(scope="module")
def full_frames(joined) -> np.ndarray:
    """Every frame of the whole timeline's graph, decoded to RGB without encoding."""
    comp = compile_timeline(joined, W, H, audio=False)
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", *comp.graph.input_args(), "-filter_complex", comp.graph.text(),
                          "-map", f"[{comp.video}]", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)
    assert len(frames) == joined.duration
    return frames


def _diff(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.abs(x.astype(np.int16) - y.astype(np.int16)).mean())


def _preview(p: Project, frame: int, tmp_path) -> np.ndarray:
    clear_memory_cache()
    return preview_frame(p, frame, size=(W, H), cache_dir=tmp_path / "cache", use_disk=False)


@pytest.mark.parametrize("frame", [40, 41, 46, 51, 80, 84, 89, 110, 111, 120, 121])
def test_frame_inside_a_transition_equals_the_full_graph(joined, full_frames, tmp_path, frame):
    img = _preview(joined, frame, tmp_path)
    assert _diff(img, full_frames[frame]) <= 0.5
    # the check can fail: a neighbouring frame of the same transition differs visibly
    assert _diff(full_frames[frame - 1], full_frames[frame]) > 2 * _diff(img, full_frames[frame]) + 0.5


@pytest.mark.parametrize("frame", [0, 20, 39, 52, 60, 79, 95, 109, 130, 139])
def test_frame_outside_transitions_equals_the_full_graph(joined, full_frames, tmp_path, frame):
    assert _diff(_preview(joined, frame, tmp_path), full_frames[frame]) <= 0.5


def test_only_the_clips_under_the_frame_are_opened(joined):
    def inputs(frame: int) -> list[str]:
        comp = compile_timeline(joined, W, H, start=frame, end=frame + 1, audio=False)
        return [args[args.index("-i") + 1] for args in comp.graph.inputs]

    a, b = joined.media["pat-a"].path, joined.media["pat-b"].path
    assert inputs(60) == [b]           # middle of k2: one clip, no transition
    assert inputs(45) == [a, b]        # inside the crossfade: both sides
    assert inputs(100) == [a]          # middle of k3, past the wipe
    # whole ranges keep the whole run (export and segments are unchanged)
    assert len(compile_timeline(joined, W, H, audio=False).graph.inputs) == 4


def test_transition_frame_matches_the_exported_file(joined, tmp_path):
    """Against the real export (draft: x264 crf 30, so noisy): the preview matches its own frame
    better than either neighbour, and within the encoder's noise (PSNR)."""
    out = render(joined, tmp_path / "joined.mp4", "draft", workers=1).path
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(out), "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    exported = np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3).astype(np.float64)
    assert len(exported) == joined.duration

    def psnr(img, frame: int) -> float:
        mse = np.mean((img.astype(np.float64) - exported[frame]) ** 2)
        return 10 * np.log10(255 ** 2 / max(mse, 1e-9))

    for frame in (44, 86, 115):
        img = _preview(joined, frame, tmp_path)
        same = psnr(img, frame)
        assert same > 22, (frame, same)
        assert same > max(psnr(img, frame - 1), psnr(img, frame + 1)) + 1, frame


@pytest.mark.parametrize("frame", [35, 52, 57, 70])
def test_overlay_run_with_a_fade_and_a_crossfade_matches_the_full_graph(joined, tmp_path, frame):
    """An overlay track's joined run (alpha: its first clip fades in) over the base track."""
    a, b = joined.media["pat-a"].id, joined.media["pat-b"].id
    over = [Clip(id="o1", media_id=b, start=30, duration=20, source_in=5, effects=(FadeIn(duration=6),)),
            Clip(id="o2", media_id=a, start=50, duration=30, source_in=70)]
    p = joined.model_copy(deep=True)
    p.tracks.append(Track(id="v2", kind="video", role="broll", clips=over,
                          transitions=[Transition(id="ox", from_clip="o1", to_clip="o2", duration=10)]))
    comp = compile_timeline(p, W, H, audio=False)
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", *comp.graph.input_args(), "-filter_complex", comp.graph.text(),
                          "-map", f"[{comp.video}]", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    full = np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)
    assert _diff(_preview(p, frame, tmp_path), full[frame]) <= 0.5


def test_speed_changed_clips_in_a_joined_run_match_the_full_graph(joined, tmp_path):
    """Seeking lands on whole source frames where fps resampling from the clip's start may pick
    the neighbour, so a joined run with a speed change is compiled whole (still exact)."""
    p = joined.model_copy(deep=True)
    clips = p.tracks[0].clips
    clips[0] = clips[0].model_copy(update={"speed": Fraction(3, 2)})
    clips[1] = clips[1].model_copy(update={"speed": Fraction(2, 3)})
    comp = compile_timeline(p, W, H, audio=False)
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", *comp.graph.input_args(), "-filter_complex", comp.graph.text(),
                          "-map", f"[{comp.video}]", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    full = np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)
    for frame in (25, 45, 51, 54, 60, 65):
        assert _diff(_preview(p, frame, tmp_path), full[frame]) <= 0.5, frame
