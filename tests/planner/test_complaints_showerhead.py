"""Complaints about hesitations mean removing them (round 12, lead), in our own words on the shower-head
talk (two ums and two uhs): said of all of them, every one goes; said of some ("the um after pin is
distracting"), only those; a scoped complaint naming words that have no filler asks and changes nothing."""

from __future__ import annotations

import pytest

from editor_app.model.word_cuts import timeline_words
from tests.planner.test_dialogue7_showerhead import Chat


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "shower")


def fillers(chat) -> list[str]:
    return [w.text.strip(",.").lower() for w in timeline_words(chat.project) if w.text.strip(",.").lower() in ("um", "uh")]


@pytest.mark.parametrize("message", [
    "the ums are driving me mad", "way too many ums", "i say um way too much", "so many uhs in this",
    "the ums are annoying, get rid of them", "i hate all the hesitations", "the filler words are really distracting",
])
def test_a_complaint_about_the_hesitations_removes_them(chat, message):
    assert len(fillers(chat)) == 4
    result = chat.say(message)
    assert fillers(chat) == [], result.reply


def test_a_complaint_about_one_hesitation_removes_only_that_one(chat):
    chat.say("the um after pin is distracting")
    assert fillers(chat) == ["um", "uh", "uh"]  # "limescale, um" stays; "pin, um" went


def test_a_complaint_about_the_ums_in_one_sentence_removes_only_those(chat):
    chat.say("the ums when I talk about limescale are annoying")
    assert fillers(chat) == ["uh", "um", "uh"]


def test_a_complaint_about_a_hesitation_that_is_not_there_asks_and_changes_nothing(chat):
    before = chat.project.model_dump()
    result = chat.say("the uh before pliers is really annoying, lose it")
    assert chat.same_as(before) and "pliers" in result.reply
