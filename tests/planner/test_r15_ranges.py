"""Round 15 (lead): two stretches with one verb ("cut everything before 'A' and everything after 'B'", "the first 5
seconds and the last 3 seconds") are both cut (before: the second silently dropped, or not understood); words between
two quotes are cut from the first up to, not including, the second (before: "between" took a quote for a file name,
"to just before 'B'" cut B's whole sentence too)."""

from __future__ import annotations

from editor_app.model.history import apply_all
from editor_app.model.word_cuts import timeline_words
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner import grill_project as grill
from tests.planner import gutter_project as gutter


def _heard(message, project):
    result = plan(message, project)
    assert result.understood, result.reply
    for s in result.steps:
        apply_all(project, TOOLS.find(s.tool).call(ToolContext(project, None), s.args))
    return " ".join(timeline_words(project).texts)


def test_before_one_quote_and_after_another():
    heard = _heard('cut everything before "Lift the grates" and everything after "not the sink"', grill.grill_project())
    assert heard.startswith("Lift the grates") and heard.rstrip(".").endswith("not the sink")


def test_first_and_last_seconds():
    result = plan("cut the first 5 seconds and the last 3 seconds", grill.grill_project())
    assert [s.tool for s in result.steps] == ["cut_range", "cut_range"]


def test_clock_times_stay_one_range_plan():
    result = plan("cut everything before 0:10 and everything after 0:50", grill.grill_project())
    assert sorted((s.args["start"], s.args["end"]) for s in result.steps)[0] == (0, 10)
    assert sorted((s.args["start"], s.args["end"]) for s in result.steps)[1][0] == 50


def test_between_two_quotes_keeps_the_second():
    heard = _heard('cut everything between "Now scrape" and "Pull the burner"', grill.grill_project())
    assert "Now scrape" not in heard and "Pull the burner tubes" in heard and "Lift the grates" in heard


def test_to_just_before_keeps_the_quote_and_its_sentence():
    heard = _heard('cut from "Every autumn" to just before "Last winter"', gutter.gutter_project())
    assert "Every autumn" not in heard and gutter.SCRIPT[2][0].rstrip(".") in heard


def test_a_quote_not_said_asks():
    result = plan('cut between "grates" and "zebra"', grill.grill_project())
    assert not result.steps and "zebra" in result.reply


def test_the_bit_after_words_asks_how_far():
    """Before: "take out the bit after I say 'another year'" cut the words "another year" themselves."""
    for message in ('take out the bit after I say "another year"', 'remove the bit before I say "So I bought"'):
        result = plan(message, gutter.gutter_project())
        assert not result.steps and "How much" in result.reply
    assert [s.tool for s in plan("cut everything after I say clear gutters", gutter.gutter_project()).steps] == ["cut_range"]
