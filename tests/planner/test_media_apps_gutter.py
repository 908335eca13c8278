"""Round-12b media references on a project of our own (tests/planner/gutter_project.py: clearing rain gutters),
planned and applied with the real tools, then read on the timeline. Phrasings are our own.

What they pin down: a file is named by the app that made it ("the zoom call" is the Zoom meeting's
GMT..._Recording file, not the Zoom recorder's ZOOM0031 take and not a zoom effect; "the OBS recording" is the
date-and-time named capture; "the 360 footage" is the Insta360 VID_..._00_NNN export), for placing and for
edits of a clip already on the timeline; two such files leave the request to be asked about; two drone clips
are told apart by a describing word said in another form ("frosty" for frost, "fall" for autumn).
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.gutter_project import gutter_project
from tests.planner.own_talk import asks
from tests.planner.test_garden_words import applied


def broll(project) -> list[tuple[str, float]]:
    """(media id, start s) of every clip on the B-roll track."""
    return [(c.media_id, float(seconds(c.start, project.fps))) for c in project.find_track("t2").clips]


@pytest.mark.parametrize("message, media_id, start", [
    ("the zoom call at 0:20", "m4", 20.0),
    ("put the zoom meeting recording at 0:21", "m4", 21.0),
    ("the OBS recording at 0:30", "m6", 30.0),
    ("obs capture at 0:31 please", "m6", 31.0),
    ("the 360 footage at 0:12", "m7", 12.0),
    ("put the insta360 clip at 0:13", "m7", 13.0),
])
def test_a_file_is_named_by_the_app_that_made_it(message, media_id, start):
    assert broll(applied(gutter_project(), message)) == [(media_id, start)]


def test_an_edit_of_the_zoom_call_is_the_meeting_clip_not_a_zoom_effect():
    after = applied(gutter_project({"m4": 20.0}), "blur the zoom call, the roofer didn't want to be in it")
    clip = after.find_clip("c3")[1]
    assert clip.media_id == "m4" and [e.type for e in clip.effects] == ["blur"]


def test_a_transition_between_clips_named_by_their_apps():
    project = gutter_project({"m7": 10.0, "m6": 15.0})
    result = plan("wipe from the 360 clip to the obs one", project)
    assert result.understood, result.reply
    (step,) = result.steps
    assert step.tool == "add_transition" and step.args["from_clip"] == "c3" and step.args["to_clip"] == "c4"


def test_two_meeting_recordings_are_not_guessed():
    project = gutter_project()
    second = project.media["m4"].model_copy(update={"id": "m10", "name": "GMT20261019-180000_Recording_1280x720.mp4"})
    project.media["m10"] = second
    result = plan("the zoom call at 0:20", project)
    assert asks(result) and "GMT20261019" in result.reply and "ZOOM0031" not in result.reply


def test_rotating_by_360_is_no_camera():
    from editor_app.planner.media_apps import app_names_as_media

    assert app_names_as_media("rotate it 360 degrees", gutter_project()) == "rotate it 360 degrees"


@pytest.mark.parametrize("message, media_id", [
    ("the frosty drone clip at 0:05", "m3"),
    ("fall drone footage at 0:05", "m2"),
    ("the fall drone shot at 0:05", "m2"),
])
def test_drone_twins_told_apart_by_a_word_in_another_form(message, media_id):
    assert broll(applied(gutter_project(), message)) == [(media_id, 5.0)]


@pytest.mark.parametrize("message", ["put the roof rake clip at 0:10", "put the maple syrup clip at 0:10"])
def test_a_thing_no_media_shows_asks_though_a_word_before_it_is_held(message):
    # "roof" and "maple" are in the drone clips' descriptions, a rake and syrup are in none: nothing is placed
    result = plan(message, gutter_project())
    assert asks(result) and "can't find" in result.reply


def test_a_kind_of_thing_still_names_the_media_that_shows_it():
    # a maple is a tree: "the maple tree clip" is the autumn drone clip (its description says "maple")
    assert broll(applied(gutter_project(), "put the maple tree clip at 0:10")) == [("m2", 10.0)]


def test_a_second_and_a_half_is_one_and_a_half_seconds():
    project = gutter_project({"m7": 10.0, "m6": 15.0})
    after = applied(project, "a second and a half dissolve between c3 and c4")
    (transition,) = after.find_track("t2").transitions
    assert abs(float(seconds(transition.duration, after.fps)) - 1.5) <= 0.04  # to the nearest frame


def test_the_very_first_shot_said_as_a_wish_is_the_start():
    assert broll(applied(gutter_project(), "i want the very first shot to be the gutter scoop photo")) == [("m8", 0.0)]


def test_seconds_into_the_sentence_about_something():
    from tests.planner.gutter_project import SEGMENTS

    after = applied(gutter_project(), "the gutter scoop photo 2 seconds into the sentence about the plumber's snake")
    ((media_id, start),) = broll(after)
    assert media_id == "m8" and abs(start - (SEGMENTS[7].start + 2.0)) <= 0.04


def test_seconds_before_the_video_ends():
    from tests.planner.gutter_project import LENGTH

    after = applied(gutter_project(), "gutter scoop photo 6 secs before the video ends")
    ((media_id, start),) = broll(after)
    assert media_id == "m8" and abs(start - (LENGTH - 6.0)) <= 0.04


def test_give_or_take_after_a_time_is_a_hedge_not_an_instruction():
    assert broll(applied(gutter_project(), "the gutter scoop photo round about 0:21, give or take")) == [("m8", 21.0)]


def test_wrong_way_round_with_which_one_leads_swaps_them():
    after = applied(gutter_project({"m3": 5.0, "m2": 10.0}),
                    "the drone shots are the wrong way round, the fall one should come first")
    assert broll(after) == [("m2", 5.0), ("m3", 10.0)]


def test_wrong_way_round_when_the_one_said_to_lead_already_does_asks():
    result = plan("the drone shots are back to front, the fall one should come first", gutter_project({"m2": 5.0, "m3": 10.0}))
    assert asks(result)  # never swapped back the wrong way


@pytest.mark.parametrize("message", ["scoop photo here", "the gutter scoop photo here"])
def test_a_media_then_here_is_placed_at_the_playhead(message):
    project = gutter_project()
    assert broll(applied(project, message, playhead=int(12 * project.fps))) == [("m8", 12.0)]


def test_cut_here_still_splits():
    project = gutter_project()
    result = plan("cut here", project, playhead=int(12 * project.fps))
    assert [s.tool for s in result.steps] == ["split_clip"]


def test_the_app_said_as_what_the_talk_is_about_is_no_media():
    from tests.planner.gutter_project import SEGMENTS

    ((media_id, start),) = broll(applied(gutter_project(), "put the gutter scoop photo over where i talk about the zoom call"))
    assert media_id == "m8" and abs(start - SEGMENTS[3].start) <= 0.04


def test_the_app_said_in_a_sentence_to_cut_is_no_media():
    from tests.planner.gutter_project import SCRIPT
    from tests.planner.own_talk import heard, talk_without

    after = applied(gutter_project(), "cut from 'Last winter' to the end of the zoom call sentence")
    assert heard(after) == talk_without(SCRIPT, [2, 3])


def test_an_effect_on_the_app_named_clip_names_the_media():
    # "on" is no "about": "slow-mo on the 360 footage" is that clip at a quarter speed
    after = applied(gutter_project({"m7": 10.0}), "slow-mo on the 360 footage, quarter speed")
    assert after.find_clip("c3")[1].speed == 0.25
