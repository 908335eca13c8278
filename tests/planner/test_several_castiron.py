"""A cut request naming two things never does only one of them: "<verb> A and B" where B is not a kind
of cut the list reader knows ("the restart", "the do-over", "the flubbed line right after it") is planned
part by part in one plan, or asks naming the part it cannot do; a scope on the last part ("in the
intro") or a description that may continue ("the bit about X and the Y") still reads whole.
Own words on the cast-iron project (tests/planner/castiron_project.py)."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.castiron_project import castiron_project


def tools(message: str) -> tuple[list[str], str]:
    result = plan(message, castiron_project())
    return [s.tool for s in result.steps], result.reply


@pytest.mark.parametrize("message", ["cut the uhs and the restart", "scrap the uhs and the botched take", "remove the ums and the outtake"])
def test_both_parts_are_planned(message):
    planned, reply = tools(message)
    assert "remove_fillers" in planned and "cut_words" in planned, reply


@pytest.mark.parametrize("message", ["get rid of the ums and the do-over", "remove the pauses and the egg joke"])
def test_a_part_it_cannot_do_asks_and_cuts_nothing(message):
    planned, reply = tools(message)
    assert planned == [] and "Nothing is cut yet" in reply, reply


def test_a_scope_on_the_last_part_is_not_split_off():
    planned, reply = tools("remove the ums and the uhs in the intro")
    assert "remove_fillers" not in planned, reply  # never every um in the talk
