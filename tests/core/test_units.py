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
