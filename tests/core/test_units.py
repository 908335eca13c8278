"""A record says the unit of its times, so the same JSON never means frames in one place and seconds in another."""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.model.operations import CutRange, OperationError, SetVolume, parse_operation

FPS = Fraction(30000, 1001)


def test_records_with_times_carry_their_unit_and_are_read_in_it_everywhere():
    record = CutRange(start=10, end=20).to_dict()
    assert record["units"] == "frames"
    for default in ("frames", "seconds"):  # the CLI reads frames, agents and plugins seconds
        op = parse_operation(record, FPS, units=default)
        assert (op.start, op.end) == (10, 20)
    seconds = parse_operation({"op": "cut_range", "start": 10, "end": 20, "units": "seconds"}, FPS, units="frames")
    assert (seconds.start, seconds.end) == (300, 599)  # 10 s and 20 s at 29.97 fps, nearest frame
    assert "units" not in SetVolume(clip_id="c1", db=-3).to_dict()  # nothing to say for a record without times


def test_a_unit_that_is_not_one_is_refused():
    with pytest.raises(OperationError, match="units must be"):
        parse_operation({"op": "cut_range", "start": 1, "end": 2, "units": "minutes"}, FPS)
    with pytest.raises(OperationError, match="needs the project frame rate"):
        parse_operation({"op": "cut_range", "start": 1, "end": 2, "units": "seconds"})


def test_a_float_speed_with_many_digits_saves_reopens_and_undoes(tmp_path):
    """Found by the registry property test: such a speed made the undo data unreadable."""
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session
    from tests.core.conftest import asset

    session = Session.create(tmp_path / "p", fps=30)
    session.apply([ImportMedia(asset=asset("talk", 20)), AddTrack(kind="video", role="main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0, duration=300)], "place")
    session.apply([{"op": "set_speed", "clip_id": "c1", "speed": 0.6229473902377052}], "speed")
    speed = session.project.find_clip("c1")[1].speed
    assert abs(float(speed) - 0.6229473902377052) < 1e-11 and speed.denominator <= 10**6
    session.close()
    reopened = Session.open(tmp_path / "p")
    assert reopened.project.find_clip("c1")[1].speed == speed
    reopened.undo()
    assert reopened.project.find_clip("c1")[1].speed == 1
