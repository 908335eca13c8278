"""Round 13b (refs6), tuning half, own words on the grill project: media named by the app that made
them (Teams, a browser capture), a thing inside a clip told before "remove it", a bare amount of time
after naming a clip, "the recording" when several media are recordings, and ducking said as a question,
with its return, or to "the bed"."""

from __future__ import annotations

from editor_app.orchestrator.safety import named_clips
from editor_app.planner import plan
from tests.planner.grill_cases import clips_of, turn
from tests.planner.grill_project import grill_project


def test_teams_call_named_by_the_app_gets_the_speed():
    project, _, _ = turn("speed the teams call up to 3x", {"m4": 10})
    assert [c.speed for c in clips_of(project, "m4")] == [3]
    assert [c.speed for c in clips_of(project, "m1")] == [1]  # never the talk


def test_browser_capture_named_by_the_browser_gets_the_effect():
    project, _, _ = turn("brighten the firefox recording a bit, it's murky", {"m5": 10})
    assert [e.type for c in clips_of(project, "m5") for e in c.effects] == ["color"]


def test_thing_told_then_remove_it_keeps_the_clip():
    project, before, _ = turn("there's a wasp crawling on the lid in DSC_0912, get rid of it", {"m2": 10})
    assert project.model_dump() == before


def test_bare_amount_after_naming_a_clip_trims_it_not_removes_it():
    project, _, _ = turn("the DSC_0912 clip is too long, trim 3 seconds off", {"m2": 10})
    [clip] = clips_of(project, "m2")
    assert clip.duration == 1 * project.fps  # 4 s placed, 3 s off its end


def test_teams_recording_too_long_trim_keeps_the_clip():
    project, _, _ = turn("the teams recording is too long, trim 3 seconds off", {"m4": 10})
    assert len(clips_of(project, "m4")) == 1


def test_the_recording_with_several_recordings_asks():
    project, before, result = turn("put the recording in at 0:30")
    assert project.model_dump() == before
    assert "which recording" in result.reply.lower()


def test_possibility_question_is_a_duck_request():
    r = plan("is it possible for the music to dip when i talk?", grill_project())
    assert [s.tool for s in r.steps] == ["duck_music"]


def test_duck_with_its_return_said_is_one_duck():
    r = plan("duck the music under me and bring it back up when i stop talking", grill_project())
    assert [s.tool for s in r.steps] == ["duck_music"]


def test_the_bed_names_the_music():
    ids, named = named_clips(grill_project(), "duck the bed by 10 db under my voice")
    assert "c2" in ids and named
