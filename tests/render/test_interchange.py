"""OTIO export/import: round trip of our own timelines and import of OTIO's sample files."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import opentimelineio as otio
import pytest

from render_helpers import asset, clip, project
from editor_app.model.effects import BlackAndWhite
from editor_app.model.project import EnvelopePoint, Marker, Track, Transition
from editor_app.render import RenderError
from editor_app.render.interchange import export_timeline
from editor_app.render.otio_import import project_from_otio

DATA = Path("/work/shared/testdata/otio")
if not DATA.is_dir():
    DATA = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "otio"


def _sample(media_dir):
    red, blue = asset("m1", media_dir / "red.mp4", seconds=4), asset("m2", media_dir / "blue.mp4", seconds=4)
    p = project([red, blue], [
        Track(id="t1", kind="video", role="main", clips=[
            clip("c1", "m1", 0, 45, source_in=15), clip("c2", "m2", 45, 30, effects=(BlackAndWhite(id="e1"),)),
            clip("c3", "m1", 100, 20, speed=2, envelope=(EnvelopePoint(frame=0, db=-6),))],
              transitions=[Transition(id="x1", from_clip="c1", to_clip="c2", duration=10)]),
        Track(id="t2", kind="video", role="broll", clips=[clip("c4", "m2", 10, 20)]),
    ])
    p.settings.fps = Fraction(30000, 1001)
    p.markers.append(Marker(id="k1", frame=33, name="beat", color="red"))
    return p


def test_round_trip_is_exact(media_dir, tmp_path):
    p = _sample(media_dir)
    out = tmp_path / "edit.otio"
    warnings = export_timeline(p, out)
    assert any("black_and_white" in w for w in warnings) and any("envelope" in w for w in warnings)
    tl = otio.adapters.read_from_file(str(out))
    first = tl.tracks[0][0]
    assert first.source_range.start_time.value == 15 and abs(first.source_range.start_time.rate - 30000 / 1001) < 1e-9
    assert isinstance(tl.tracks[0][1], otio.schema.Transition) and tl.tracks[0][1].out_offset.value == 10
    assert isinstance(tl.tracks[0][3], otio.schema.Gap) and tl.tracks[0][3].duration().value == 25
    back, _ = project_from_otio(out)
    assert back.fps == p.fps and back.markers == p.markers
    for a, b in zip(p.tracks, back.tracks):
        assert a.clips == b.clips and a.transitions == b.transitions and a.role == b.role
    assert back.media == p.media


def test_plain_otio_transition_moves_cut(tmp_path):
    project_, warnings = project_from_otio(DATA / "transition.otio")
    track = project_.tracks[0]
    assert len(track.transitions) == 1
    tr = track.transitions[0]
    a, b = project_.find_clip(tr.from_clip)[1], project_.find_clip(tr.to_clip)[1]
    assert a.end == b.start and tr.duration >= 1
    assert any("not found" in w for w in warnings)
    assert project_.check_invariants() == []


@pytest.mark.parametrize("name", ["premiere_example", "multitrack", "transition", "nested_example",
                                  "simple_cut", "screening_example"])
def test_import_shared_files(name):
    proj, warnings = project_from_otio(DATA / f"{name}.otio")
    src = otio.adapters.read_from_file(str(DATA / f"{name}.otio"))
    assert len(proj.tracks) == len(src.tracks)
    n_src = sum(1 for t in src.tracks for item in t if isinstance(item, otio.schema.Clip))
    assert sum(len(t.clips) for t in proj.tracks) == n_src
    seconds = max(t.range_of_child(item).end_time_exclusive().to_seconds()
                  for t in src.tracks for item in t if isinstance(item, otio.schema.Clip))
    assert abs(float(proj.duration / proj.fps) - seconds) <= 1 / float(proj.fps) + 1e-6
    assert proj.check_invariants() == []
    assert warnings  # media is offline in every sample
    if name == "premiere_example":
        assert len(proj.markers) >= 3


def test_newer_schema_is_refused():
    with pytest.raises(RenderError, match=r"made by a newer OpenTimelineIO .*schema Marker version 3"):
        project_from_otio(DATA / "newer_schema_premiere_example.otio")


@pytest.mark.parametrize("suffix", [".xml", ".edl"])
def test_adapter_formats(media_dir, tmp_path, suffix):
    p = _sample(media_dir)
    out = tmp_path / f"edit{suffix}"
    if suffix == ".edl" and "cmx_3600" not in otio.adapters.available_adapter_names():
        with pytest.raises(RenderError, match="unavailable"):
            export_timeline(p, out)
        return
    if suffix == ".xml" and "fcp_xml" not in otio.adapters.available_adapter_names():
        with pytest.raises(RenderError, match="unavailable"):
            export_timeline(p, out)
        return
    warnings = export_timeline(p, out)
    assert out.stat().st_size > 100
    if suffix == ".edl":
        assert any("one video track" in w for w in warnings)
        assert "red.mp4" in out.read_text() or "blue.mp4" in out.read_text() or "001" in out.read_text()
