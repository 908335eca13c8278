"""Round 15 (lead): "cut everything except the part about X" asks; before, it deleted X itself (the one part the
user wanted to keep). Fillers, pauses and times said with "except"/"only" keep their own meaning."""

from __future__ import annotations

import pytest

from tests.planner.grill_cases import clips_of, turn


@pytest.mark.parametrize("message", [
    "cut everything except the part about the grease tray",
    "remove everything but the sentence about sausages",
    "delete all of it apart from the bit where I scrape the lid",
    "keep only the bit about the burner tubes",
    "I only want the part about soaking the grates, cut the rest",
])
def test_keeping_one_part_asks_and_cuts_nothing(message):
    project, before, result = turn(message)
    assert project.model_dump() == before
    assert "Keeping only" in result.reply


def test_keeping_a_time_still_plans_the_cut_to_confirm():
    project, before, result = turn("keep only the first 30 seconds")
    assert project.model_dump() == before  # more than 20 %: confirm first
    assert "0:30" in result.reply and "confirm" in result.reply


def test_fillers_with_except_are_not_a_keep_only():
    project, before, result = turn("remove all the ums except the first one")
    assert "Keeping only" not in result.reply
    assert [c.duration for c in clips_of(project, "m1")] != [c["duration"] for t in before["tracks"] for c in t["clips"]
                                                              if c["media_id"] == "m1"]
