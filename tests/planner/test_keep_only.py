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


def _talk_words(project) -> list[str]:
    from editor_app.model.word_cuts import timeline_words

    return [w.strip(",.") for w in timeline_words(project).texts]


@pytest.mark.parametrize("message, kept, cut", [
    ("remove all the ums except the first one", "um", "uh"),
    ("cut the fillers but keep the last one", "uh", "um"),
    ("remove all the ums and uhs, but leave the one at 0:40", "uh", "um"),
])
def test_the_filler_said_to_be_kept_stays_and_the_others_go(message, kept, cut):
    """Before: the reply said "keeping the first one" and both fillers were removed."""
    project, _, _ = turn(message)
    words = _talk_words(project)
    assert kept in words and cut not in words
