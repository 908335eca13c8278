"""The edge batches' decoder fed only the packets it needs (``render/smart_feed.py``).

A non-reference picture (``nal_ref_idc`` 0) that is not shown is left out of the file the
edge decoder reads; nothing else changes. What must hold: the pictures left out are exactly
the ones ffmpeg's own parser calls non-reference, the frames kept are the source's frames,
and a whole smart render fed this way is packet for packet the render through the concat
input (x264 gets the same frames). Sources are made with the bundled ffmpeg: a workshop
recording with b-pyramid B-frames (some B-frames are references, some are not), with sound,
so the edges read the picture-only copy as in a real export.
"""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.media.probe import probe
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.render.presets import get_preset
from editor_app.render.smart import Step, render_smart
from editor_app.render.smart_decode import Piece
from editor_app.render.smart_feed import FeedError, feed_inputs, is_reference, nal_length_size, write_feed
from editor_app.render.smart_plan import plan_smart
from editor_app.render.smart_scan import scan_source

W, H, SR = 320, 180, 48000


def _workshop(path: Path, bframes: int = 3, gop: int = 24, seconds: float = 12) -> Path:
    params = f"bframes={bframes}:b-pyramid=normal:b-adapt=0:keyint={gop}:min-keyint={gop}:scenecut=0"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={W}x{H}:r=30:d={seconds},hue=H=2*PI*n/7",
                "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate={SR}:duration={seconds}",
                "-c:v", "libx264", "-preset", "veryfast", "-x264-params", params, "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "2", "-shortest", str(path)])
    return path


def _project(src: Path, cuts: list[tuple[int, int]]) -> Project:
    info = probe(src)
    media = MediaAsset(id="w", name=src.name, path=str(src), kind="video", duration=info.duration, fps=info.fps,
                       width=W, height=H, has_audio=True, has_video=True, sample_rate=SR, channels=2, codec=info.codec)
    clips, at = [], 0
    for i, (src_in, frames) in enumerate(cuts):
        clips.append(Clip(id=f"k{i}", media_id="w", start=at, duration=frames, source_in=Fraction(src_in)))
        at += frames
    return Project(name="workshop", settings=Settings(fps=30, width=W, height=H, sample_rate=SR),
                   media={"w": media}, tracks=[Track(id="v", kind="video", role="main", clips=clips)])


def _frames(cmd_inputs: list[str], chain: str) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", *cmd_inputs, "-filter_complex", f"{chain},format=rgb24[v]",
                          "-map", "[v]", "-f", "rawvideo", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)


def _source_frames(src: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(src), "-map", "0:v", "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory) -> Path:
    return _workshop(tmp_path_factory.mktemp("feed") / "workshop.mp4")


def test_non_reference_pictures_are_the_ones_ffmpeg_discards(workshop: Path):
    """``is_reference`` against ffmpeg's own H.264 parser (``filter_units=discard=nonref``)."""
    kept = run_ffmpeg(["-i", str(workshop), "-map", "0:v", "-c", "copy", "-bsf:v", "filter_units=discard=nonref",
                       "-f", "framecrc", "-"]).stdout
    by_ffmpeg = {int(line.split(",")[2]) for line in kept.splitlines() if line and not line.startswith("#")}
    with av.open(str(workshop)) as c:
        stream = c.streams.video[0]
        size = nal_length_size(bytes(stream.codec_context.extradata))
        ours = {}
        for packet in c.demux(stream):
            if packet.pts is not None:
                ours[packet.pts] = is_reference(memoryview(packet), size)
    assert {pts for pts, ref in ours.items() if ref} == by_ffmpeg
    assert 0 < sum(1 for ref in ours.values() if not ref) < len(ours)  # the source has both kinds


def test_fed_frames_are_the_source_frames(workshop: Path, tmp_path: Path):
    """Pieces mid-GOP (a shown non-reference B-frame among them), read back through the fed
    file: every kept frame is the source's, and hidden non-reference pictures were left out."""
    scan = scan_source(workshop)
    nonref = _nonref_frames(workshop, scan)
    shown_nonref = next(f for f in nonref if f > 30)
    pieces = [Piece(5, 3), Piece(shown_nonref, 4), Piece(150, 20), Piece(100, 6)]  # the last reads backwards
    ranges, left_out = write_feed(str(workshop), scan, pieces, tmp_path / "fed.nut")
    assert left_out > 0
    inputs, chain = feed_inputs(tmp_path / "fed.nut", ranges, Fraction(30))
    got = _frames(inputs, chain)
    source = _source_frames(workshop)
    want = [f for p in pieces for f in range(p.first, p.first + p.frames)]
    assert len(got) == len(want)
    for frame, n in zip(got, want):
        assert np.array_equal(frame, source[n]), n
    # the bound can fail: the kept numbers shifted by one give other frames
    wrong = feed_inputs(tmp_path / "fed.nut", [(a + 1, b + 1) for a, b in ranges], Fraction(30))
    assert not np.array_equal(_frames(*wrong)[0], source[want[0]])


def _nonref_frames(src: Path, scan) -> list[int]:
    with av.open(str(src)) as c:
        stream = c.streams.video[0]
        size = nal_length_size(bytes(stream.codec_context.extradata))
        return sorted(scan.pts.index(p.pts) for p in c.demux(stream)
                      if p.pts is not None and not is_reference(memoryview(p), size))


def test_a_file_that_is_not_the_scans_is_refused(workshop: Path, tmp_path: Path):
    """A picture file whose packets are not the scan's: FeedError, and the concat input is used."""
    other = _workshop(tmp_path / "other.mp4", bframes=1, gop=12)
    with pytest.raises(FeedError):
        write_feed(str(other), scan_source(workshop), [Piece(40, 5)], tmp_path / "bad.nut")


def test_fed_render_is_the_concat_render_packet_for_packet(workshop: Path, tmp_path: Path):
    """A cut recording rendered smart with the fed decoder and with the concat input: the same
    video packets (x264 got the same frames), and the fed one really fed its batches."""
    p = _project(workshop, [(7, 40), (61, 45), (130, 50), (200, 60), (290, 40)])
    preset = get_preset("draft")
    plan = plan_smart(p, preset, W, H, always=True)
    assert plan.reason is None and plan.encoded > 0
    sums = {}
    for feed in (True, False):
        steps: list[Step] = []
        work = tmp_path / f"work-{feed}"
        work.mkdir()
        out = tmp_path / f"out-{feed}.mp4"
        render_smart(p, plan, out, preset, (W, H), work, steps=steps, feed=feed)
        assert any(s.kind == "feed" for s in steps) is feed
        sums[feed] = run_ffmpeg(["-i", str(out), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"]).stdout
    packets = [line for line in sums[True].splitlines() if line and not line.startswith("#")]
    assert len(packets) == p.duration
    assert sums[True] == sums[False]
