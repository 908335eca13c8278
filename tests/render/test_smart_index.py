"""The keyframe index (``media/keyframe_index.py``) and the join's moov written up front.

Importing a video builds its packet list in the background under the project's
``cache/keyframes/``; an export with that cache folder plans from it without scanning. The index
is checked against the file's size and mtime: a stale one is rebuilt, a missing or torn one falls
back to a scan (which stores it for next time). Whatever the index's state, the export is the same
file byte for byte. The smart join reserves room for its MP4 index at the front instead of
rewriting the file for ``faststart``: moov before mdat, the output decodes to every frame.
"""

from __future__ import annotations

import json
import os
import struct
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from editor_app.media import keyframe_index as ki
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.project import Clip
from editor_app.render import render
from editor_app.render.presets import get_preset
from editor_app.render.smart import Step, moov_reserve, render_smart
from editor_app.render.smart_plan import plan_smart
from editor_app.render.smart_scan import _scan_cached, scan_source
from editor_app.session import Session

W, H, SR = 320, 180, 48000


def _throw(path: Path, seconds: int, hue: int) -> Path:
    """A pottery-wheel recording: b-pyramid B-frames, 1 s closed GOPs, stereo AAC (a camera's file)."""
    params = "bframes=2:b-pyramid=normal:b-adapt=0:keyint=30:min-keyint=30:scenecut=0"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"testsrc2=s={W}x{H}:r=30:d={seconds},hue=H=2*PI*n/{hue}",
                "-f", "lavfi", "-i", f"sine=frequency=262:sample_rate={SR}:duration={seconds}",
                "-c:v", "libx264", "-preset", "veryfast", "-x264-params", params, "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "2", "-shortest", str(path)])
    return path


@pytest.fixture()
def studio(tmp_path: Path) -> tuple[Session, Path]:
    """A project with one imported recording, cut into pieces that start and end mid-GOP."""
    src = _throw(tmp_path / "centering_the_clay.mp4", 12, 9)
    session = Session.create(tmp_path / "pottery", fps=30, width=W, height=H, sample_rate=SR)
    plan, _batch = session.import_media([src], place=True)
    assert ki.wait_for_builds(60)
    media_id = plan.media_ids[0]
    track = next(t for t in session.project.tracks if t.kind == "video")
    pieces, at = [], 0
    for i, (src_in, frames) in enumerate([(5, 70), (96, 52), (170, 80), (262, 61)]):
        pieces.append(Clip(id=f"k{i}", media_id=media_id, start=at, duration=frames, source_in=Fraction(src_in)))
        at += frames
    track.clips = pieces
    return session, src


def _atoms(path: Path) -> list[tuple[str, int]]:
    """Top-level MP4 boxes (type, size) in file order."""
    out, pos, size_all = [], 0, path.stat().st_size
    with open(path, "rb") as f:
        while pos < size_all:
            f.seek(pos)
            size, kind = struct.unpack(">I4s", f.read(8))
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0]
            out.append((kind.decode("latin-1"), size))
            pos += size
    return out


def _packets(path: Path) -> int:
    text = run_ffmpeg(["-i", str(path), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"]).stdout
    return sum(1 for line in text.splitlines() if line and not line.startswith("#"))


def test_import_builds_the_index_and_the_plan_reads_it(studio):
    session, src = studio
    cache = session.path / "cache"
    entry = ki.entry_path(cache, src)
    assert entry.exists()  # built by the import, in the background
    sound = ki.read_sound_scan(cache, src)  # and the sound's scan (ADTS frames and packet times)
    assert sound is not None and sound[0].stat().st_size > 0 and "#codec_id 0: aac" in sound[1]
    stored = ki.read_index(cache, src)
    fresh = ki.scan_packets(src)
    assert stored is not None and stored.from_cache and not fresh.from_cache
    assert stored.packets() == fresh.packets() and len(fresh.packets()) == 360
    assert stored.header == fresh.header and stored.info == fresh.info
    _scan_cached.cache_clear()
    assert scan_source(src, cache) == scan_source(src)  # the same cut points, end points, profile, delay

    # an index that still matches the file's size and mtime is believed, not rescanned: one that
    # says no packet is a key frame leaves nothing to copy
    no_keys = ki.PacketList(stored.path, stored.size, stored.mtime_ns, stored.header, stored.info,
                            stored.dts, stored.pts, np.zeros_like(stored.key))
    ki.write_index(cache, no_keys)
    _scan_cached.cache_clear()
    preset = get_preset("draft")
    assert plan_smart(session.project, preset, W, H, always=True, cache_dir=cache).reason is not None
    assert plan_smart(session.project, preset, W, H, always=True).reason is None  # no cache folder: scanned

    # the file changes (its mtime moves): the index is stale, rebuilt by a scan and stored again
    st = src.stat()
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert ki.read_index(cache, src) is None and ki.read_sound_scan(cache, src) is None
    plan = plan_smart(session.project, preset, W, H, always=True, cache_dir=cache)
    assert plan.reason is None and plan.copied > 0
    rebuilt = ki.read_index(cache, src)
    assert rebuilt is not None and rebuilt.key.tolist() == fresh.key.tolist()
    assert rebuilt.mtime_ns == src.stat().st_mtime_ns


def test_a_missing_or_torn_index_falls_back_to_a_scan(tmp_path: Path):
    src = _throw(tmp_path / "trimming_the_foot.mp4", 4, 7)
    cache = tmp_path / "cache"
    first = ki.packet_list(src, cache)  # nothing stored yet: scanned, then stored
    assert not first.from_cache and ki.entry_path(cache, src).exists()
    second = ki.packet_list(src, cache)
    assert second.from_cache and second.packets() == first.packets()
    ki.entry_path(cache, src).write_bytes(b"not an index")  # torn by a crash, or not ours
    assert ki.read_index(cache, src) is None
    third = ki.packet_list(src, cache)
    assert not third.from_cache and third.packets() == first.packets()
    assert ki.read_index(cache, src) is not None  # written again
    # another file's entry (same cache, another path) is never taken for this one
    other = _throw(tmp_path / "pulling_a_cylinder.mp4", 3, 5)
    assert ki.read_index(cache, other) is None
    assert ki.build_index([other, src], cache) == 1  # only the missing one is scanned
    assert len(ki.read_index(cache, other).packets()) == 90
    adts, _text = ki.read_sound_scan(cache, src)  # the build scanned the sound of both
    with open(adts, "r+b") as f:  # a torn ADTS file is not believed
        f.truncate(adts.stat().st_size // 2)
    assert ki.read_sound_scan(cache, src) is None and ki.read_sound_scan(cache, other) is not None
    ki.forget(cache, other)
    assert ki.read_index(cache, other) is None and ki.read_sound_scan(cache, other) is None


def test_export_is_the_same_file_with_or_without_the_index_and_has_its_moov_first(studio, tmp_path: Path):
    session, src = studio
    cache = session.path / "cache"
    assert ki.read_index(cache, src) is not None
    outs = {}
    for name, folder in (("indexed", cache), ("scanned", None)):
        _scan_cached.cache_clear()
        outs[name] = tmp_path / f"bowl-{name}.mp4"
        result = render(session.project, outs[name], "draft", smart="always", cache_dir=folder)
        assert result.decision.startswith("smart render"), result.decision
        assert "sound copied between joins" in result.decision
    assert outs["indexed"].read_bytes() == outs["scanned"].read_bytes()
    # with the cache no ffmpeg scans the sound either (the import's ADTS frames are read in place)
    kinds = {}
    for name, folder in (("indexed", cache), ("scanned", None)):
        steps: list[Step] = []
        work = tmp_path / f"work-{name}"
        work.mkdir()
        plan = plan_smart(session.project, get_preset("draft"), W, H, always=True, cache_dir=folder)
        render_smart(session.project, plan, tmp_path / f"steps-{name}.mp4", get_preset("draft"), (W, H), work,
                     steps=steps, cache_dir=folder)
        kinds[name] = [s.kind for s in steps]
        assert (tmp_path / f"steps-{name}.mp4").read_bytes() == outs["indexed"].read_bytes()
    assert "sound scan" not in kinds["indexed"] and kinds["scanned"].count("sound scan") == 1
    boxes = _atoms(outs["indexed"])
    kinds = [k for k, _ in boxes]
    assert kinds.index("moov") < kinds.index("mdat")  # playable while downloading, as faststart made it
    moov = dict(boxes)["moov"]
    reserve = moov_reserve(session.project.duration, session.project.duration * SR // 30)
    assert moov < reserve and kinds[kinds.index("moov") + 1] == "free"
    assert _packets(outs["indexed"]) == session.project.duration
    decoded = run_ffmpeg(["-v", "error", "-i", str(outs["indexed"]), "-f", "null", "-"])
    assert decoded.stderr.strip() == ""


def test_the_moov_reserve_covers_a_packet_per_chunk_index():
    # a real 20-minute talk's moov was 1.24 MB for 36,000 frames and 56,250 AAC packets (13 bytes
    # a packet); the reserve allows the worst layout the muxer can write, every packet its own chunk
    reserve = moov_reserve(36_000, 1200 * SR)
    assert 1_235_553 < reserve < 4_000_000
    assert moov_reserve(0, 0) > 0


def test_the_cli_import_leaves_the_index_and_render_uses_its_cache(tmp_path: Path):
    import subprocess
    import sys

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "editor_app", *map(str, args)], capture_output=True, text=True,
                              timeout=300)

    src = _throw(tmp_path / "glazing_the_rim.mp4", 6, 11)
    proj = tmp_path / "glaze"
    assert cli("new", proj, "--like", src).returncode == 0
    done = cli("import", proj, src, "--place", "--no-transcribe")
    assert done.returncode == 0, done.stderr
    stored = ki.read_index(proj / "cache", src)  # the import's process waited for its background build
    assert stored is not None and len(stored.packets()) == 180
    done = cli("render", proj, tmp_path / "glaze.mp4", "--preset", "draft", "--smart", "always", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mode"].startswith("smart render"), done.stdout
    assert _packets(tmp_path / "glaze.mp4") == 180


def test_the_window_import_builds_the_index(qtbot, tmp_path: Path):
    from editor_app.media.importer import build_asset
    from editor_app.ui.media_actions import import_assets
    from editor_app.ui.state import EditorState

    src = _throw(tmp_path / "wedging_the_clay.mp4", 3, 5)
    session = Session.create(tmp_path / "wheel", fps=30, width=W, height=H, sample_rate=SR)
    state = EditorState(session)
    added, _notes, errors = import_assets(state, [build_asset(src)])
    assert added == 1 and not errors
    assert ki.wait_for_builds(60)
    stored = ki.read_index(session.path / "cache", src)
    assert stored is not None and len(stored.packets()) == 90
