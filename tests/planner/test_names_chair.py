"""Media whose file names hold command words, on a project of our own (tests/planner/chair_project.py:
re-upholstering a dining chair). Each request is planned and applied with the real tools, then the
timeline is checked. Phrasings are our own, written before the mechanism (planner/said_names.py).

What they pin down: a request that starts with (or names) "staple swap.mov", "fade check.mp4", "cut
fabric.jpg", "split seat take.mov", "title card.png", ... means that media: the verb inside the name is
not a swap, a fade, a cut or a title; "@" before a time means "at"; an edit said about such a clip
touches that clip only; and a command word said on its own ("cut the last 3 s", "fade out X") is the
command, not the media whose name holds it. Title text that happens to be a media name stays text.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.chair_project import LENGTH, chair_project, sentence_span
from tests.planner.test_garden_words import applied


def spans(project: Project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks for c in t.clips if c.media_id == media_id]


def covers(span: tuple[float, float], sentence: int) -> bool:
    a, b = sentence_span(sentence)
    return span[0] < (a + b) / 2 < span[1] and span[0] >= a - 0.5


@pytest.mark.parametrize("message, media, sentence", [
    ("staple swap over pulling the old staples out with the pliers", "m2", 3),
    ("staple swap clip where I talk about the electric staple gun", "m2", 11),
    ("staple swap.mov over where I mention swapping my staple gun", "m2", 11),
    ("cut fabric.jpg over where I trace around the old cover", "m4", 5),
    ("cut fabric over the chalk tracing bit", "m4", 5),
    ("split seat take over where I glue the foam to the board", "m5", 7),
    ("crop corner.mp4 over where I fold the corners like a present", "m9", 10),
    ("put zoom on webbing over the part about the wadding", "m8", 8),
])
def test_a_name_with_a_command_word_goes_over_the_place(message, media, sentence):
    after = applied(chair_project(), message)
    placed = spans(after, media)
    assert len(placed) == 1 and covers(placed[0], sentence), placed
    assert len(after.find_track("t1").clips) == 1  # the talk is neither cut nor split


@pytest.mark.parametrize("message, media, start", [
    ("staple swap.mov @ 20.5s", "m2", 20.5),
    ("staple swap somewhere around 0:31 ish", "m2", 31.0),
    ("fade check.mp4 at 40s", "m3", 40.0),
    ("put fade check at 40 secs", "m3", 40.0),
    ("speed sanding.mp4 @ 15s", "m6", 15.0),
    ("add staple swap.mov at 12s", "m2", 12.0),
])
def test_a_name_with_a_command_word_goes_at_a_time(message, media, start):
    after = applied(chair_project(), message)
    placed = spans(after, media)
    assert len(placed) == 1 and placed[0][0] == pytest.approx(start, abs=0.04), placed
    talk = after.find_clip("c1")[1]
    assert spans(after, "m1") == spans(chair_project(), "m1") and talk.speed == 1 and not talk.effects  # talk untouched


def test_title_card_is_a_picture_not_a_title():
    after = applied(chair_project(), "title card.png at 5s for 3 seconds")
    assert spans(after, "m7") == [(5.0, 8.0)]
    assert not any(c.kind == "title" for t in after.tracks for c in t.clips if hasattr(c, "kind"))


ON = {"m2": 10.0, "m3": 30.0, "m6": 50.0}  # c3 staple swap, c4 fade check, c5 speed sanding


def test_edits_said_of_such_clips_touch_that_clip_only():
    p = chair_project(ON)
    after = applied(p, "delete fade check.mp4")
    assert spans(after, "m3") == [] and spans(after, "m2") == spans(p, "m2") and spans(after, "m6") == spans(p, "m6")
    after = applied(p, "move fade check to 40s")
    assert spans(after, "m3") == [(40.0, 44.0)] and spans(after, "m2") == [(10.0, 14.0)]
    after = applied(p, "speed sanding.mp4 at double speed")
    assert after.find_clip("c5")[1].speed == 2 and after.find_clip("c1")[1].speed == 1


@pytest.mark.parametrize("message", ["staple swap.mov fade in", "fade out staple swap.mov over 1 second"])
def test_a_fade_of_one_named_clip_is_not_also_the_fade_check_clip(message):
    result = plan(message, chair_project(ON))
    assert result.understood and [s.args.get("target") for s in result.steps] == ["c3"], result.steps


def test_a_command_word_alone_is_the_command_not_the_media():
    after = applied(chair_project(ON), "cut the last 3 seconds")
    assert float(seconds(after.find_clip("c1")[1].end, after.fps)) == pytest.approx(LENGTH - 3, abs=0.05)


def test_title_text_that_is_a_media_name_stays_text():
    result = plan("add a title saying fade check", chair_project())
    assert result.understood and result.steps[0].tool == "add_title"
    assert result.steps[0].args["text"] == "fade check"


def test_a_reply_that_quotes_the_request_says_the_name_not_an_id():
    result = plan("fade check.mp4 wibble wobble", chair_project())
    assert not result.understood and not result.steps
    assert '"fade check.mp4 wibble wobble"' in result.reply and "m3" not in result.reply


def test_a_name_that_opens_with_a_plain_word_is_still_that_media():
    """Only a command verb opening the request is read as the command: "sanding" is no verb."""
    after = applied(chair_project({"m6": 50.0}), "sanding clip 2x")
    assert after.find_clip("c3")[1].speed == 2


def test_an_at_sign_inside_a_quoted_title_stays_an_at_sign():
    # "@" before a time means "at", but text the user quotes keeps its punctuation (lead, round 11)
    result = plan('add a title "Sanded & Oiled @ Home" at 0:05', chair_project())
    assert result.understood and result.steps[0].tool == "add_title"
    assert result.steps[0].args["text"] == "Sanded & Oiled @ Home"
    placed = plan('title "Done" @ 0:07', chair_project())
    assert placed.understood and placed.steps[0].tool == "add_title"
