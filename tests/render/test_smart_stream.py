"""The join started while the edges encode (``render/smart_stream.py``): the same file as the serial join.

A cut recording with sound (so the picture copy, the sound copy and several edge batches all
run) is smart-rendered twice: with ``overlap`` (the join reads each edge piece through a named
pipe as it is finished, the feeds are written ahead from the source, the picture copy runs beside
the edges) and without (every step after the one before, as before). The two files must be
equal byte for byte, and so packet for packet. The pipe writer must not hang when the join is
gone, and must stop the join when a piece cannot be written.
"""

from __future__ import annotations

import os
import threading
import time
from fractions import Fraction
from pathlib import Path

import pytest

from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.media.probe import probe
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.render.presets import get_preset
from editor_app.render.smart import Step, render_smart
from editor_app.render.smart_plan import plan_smart
from editor_app.render.smart_stream import PieceWriter, can_stream

W, H, SR = 320, 180, 48000

pytestmark = pytest.mark.skipif(not can_stream(), reason="named pipes are POSIX only")


@pytest.fixture(scope="module")
def bakery(tmp_path_factory) -> Path:
    """A 14 s recording: b-pyramid B-frames, 1 s GOPs, stereo AAC (a camera's file)."""
    path = tmp_path_factory.mktemp("stream") / "sourdough_shaping.mp4"
    params = "bframes=2:b-pyramid=normal:b-adapt=0:keyint=30:min-keyint=30:scenecut=0"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={W}x{H}:r=30:d=14,hue=H=2*PI*n/11",
                "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate={SR}:duration=14",
                "-c:v", "libx264", "-preset", "veryfast", "-x264-params", params, "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "2", "-shortest", str(path)])
    return path


def _cut(src: Path, cuts: list[tuple[int, int]]) -> Project:
    info = probe(src)
    media = MediaAsset(id="s", name=src.name, path=str(src), kind="video", duration=info.duration, fps=info.fps,
                       width=W, height=H, has_audio=True, has_video=True, sample_rate=SR, channels=2, codec=info.codec)
    clips, at = [], 0
    for i, (src_in, frames) in enumerate(cuts):
        clips.append(Clip(id=f"c{i}", media_id="s", start=at, duration=frames, source_in=Fraction(src_in)))
        at += frames
    return Project(name="bakery", settings=Settings(fps=30, width=W, height=H, sample_rate=SR),
                   media={"s": media}, tracks=[Track(id="v", kind="video", role="main", clips=clips)])


def test_overlapped_export_is_the_serial_one_byte_for_byte(bakery: Path, tmp_path: Path):
    # cuts mid-GOP, one right after a key frame, one a frame before the next: several edges per batch
    p = _cut(bakery, [(4, 50), (77, 41), (121, 62), (212, 38), (271, 58), (331, 44), (390, 20)])
    preset = get_preset("draft")
    plan = plan_smart(p, preset, W, H, always=True)
    assert plan.reason is None and plan.encoded > 0 and plan.copied > 0
    outs, kinds = {}, {}
    for overlap in (True, False):
        steps: list[Step] = []
        work = tmp_path / f"work-{overlap}"
        work.mkdir()
        outs[overlap] = tmp_path / f"bakery-{overlap}.mp4"
        note = render_smart(p, plan, outs[overlap], preset, (W, H), work, steps=steps, workers=2, overlap=overlap)
        assert note == "sound copied between joins"
        kinds[overlap] = [s.kind for s in steps]
        listing = (work / "video.txt").read_text()
        assert ("/pipes/" in listing) is overlap  # the overlapped join read its edges through pipes
    assert kinds[True].count("edges") == kinds[False].count("edges") >= 2
    assert outs[True].read_bytes() == outs[False].read_bytes()
    packets = run_ffmpeg(["-i", str(outs[True]), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"]).stdout
    assert sum(1 for line in packets.splitlines() if line and not line.startswith("#")) == p.duration


def test_the_bound_can_fail(bakery: Path, tmp_path: Path):
    """The byte comparison above is not vacuous: a different cut gives a different file."""
    preset = get_preset("draft")
    files = []
    for n, first in enumerate((4, 5)):
        p = _cut(bakery, [(first, 50), (77, 41), (121, 62)])
        work = tmp_path / f"w{n}"
        work.mkdir()
        files.append(tmp_path / f"o{n}.mp4")
        render_smart(p, plan_smart(p, preset, W, H, always=True), files[-1], preset, (W, H), work, workers=2)
    assert files[0].read_bytes() != files[1].read_bytes()


def test_writer_released_when_the_join_never_comes(tmp_path: Path):
    """A piece ready but no join reading its pipe (it failed or was cancelled): release() returns."""
    piece = tmp_path / "piece.mp4"
    piece.write_bytes(b"x" * 300_000)  # more than a pipe holds
    stop = threading.Event()
    writer = PieceWriter([(tmp_path / "p0.mp4", piece, 0, None), (tmp_path / "p1.mp4", piece, 1, None)],
                         lambda _b, _next: True, stop)
    writer.start()
    time.sleep(0.1)  # the writer now waits in open() for a reader that never comes
    stop.set()
    writer.release()  # returns only once the writer's thread has ended
    assert not writer.thread.is_alive() and writer.error is None


def test_writer_failure_stops_the_join(tmp_path: Path):
    """A piece that cannot be read: the writer records why, sets stop and calls ``failed`` (which
    kills the join waiting in its pipe)."""
    stop, called = threading.Event(), []
    pipe = tmp_path / "p0.mp4"
    writer = PieceWriter([(pipe, tmp_path / "missing.mp4", 0, None)], lambda _b, _next: True, stop,
                         failed=lambda: called.append(1))
    writer.start()
    fd = os.open(pipe, os.O_RDONLY)  # the join's side: its open returns once the writer opens
    try:
        writer.thread.join(5)
    finally:
        os.close(fd)
    assert isinstance(writer.error, FileNotFoundError) and stop.is_set() and called == [1]
