"""Round 16 (helper v2): titles said tersely on our bonsai project: the length as ", first N seconds" after the text,
and a name shown under the speaker called a "name tag" / "name strap" (a lower third, low on the picture)."""

from __future__ import annotations

from editor_app.planner.core import plan
from tests.planner.bonsai_project import bonsai_project


def _title(message: str) -> dict:
    result = plan(message, bonsai_project())
    assert [s.tool for s in result.steps] == ["add_title"], result.reply
    return result.steps[0].args


def test_title_then_first_n_seconds_after_a_comma():
    args = _title('intro title "Ron Repots a Juniper", first 6 seconds')
    assert (args["start"], args["duration"]) == (0, 6)


def test_title_then_last_n_seconds_after_a_comma():
    args = _title('title "Cheers all", last 4 seconds')
    assert args["duration"] == 4 and args["start"] > 90


def test_name_tag_with_a_time_and_a_length():
    args = _title("name tag 'Ron - 31 years on the 38' at 0:03, 5 secs")
    assert (args["text"], args["start"], args["duration"], args.get("position")) == ("Ron - 31 years on the 38", 3, 5, "bottom")


def test_when_do_i_say_how_long_is_where_it_is_said_not_the_length():
    result = plan("when do i say how long not to feed it", bonsai_project())
    assert result.special == "answer" and "feed it for a month" in result.reply, result.reply
    assert not result.steps
