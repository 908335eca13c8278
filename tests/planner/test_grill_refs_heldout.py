"""Round 13b (refs6), held-out half (never tuned on): the same kinds as test_grill_refs.py in other words."""

from __future__ import annotations

from editor_app.orchestrator.safety import named_clips
from editor_app.planner import plan
from tests.planner.grill_cases import clips_of, turn
from tests.planner.grill_project import grill_project


def test_teams_video_four_times_faster():
    project, _, _ = turn("make the teams video 4 times faster", {"m4": 10})
    assert [c.speed for c in clips_of(project, "m4")] == [4]


def test_chop_off_the_end_of_the_teams_clip():
    project, _, _ = turn("chop 2 seconds off the end of the teams clip", {"m4": 10})
    [clip] = clips_of(project, "m4")
    assert clip.duration == 2 * project.fps


def test_thumb_over_the_lens_remove_it_keeps_the_clip():
    project, before, _ = turn("i can see my thumb over the lens in DSC_0918, please remove it", {"m3": 10})
    assert project.model_dump() == before


def test_drop_the_recording_asks():
    project, before, _ = turn("drop the recording at 0:50")
    assert project.model_dump() == before


def test_would_it_be_possible_music_lower_itself():
    r = plan("would it be possible to have the music lower itself when I talk?", grill_project())
    assert [s.tool for s in r.steps] == ["duck_music"]


def test_is_there_a_way_for_the_music_to_dip():
    r = plan("is there a way for the music to dip when i speak?", grill_project())
    assert [s.tool for s in r.steps] == ["duck_music"]


def test_soundtrack_names_the_music():
    ids, _ = named_clips(grill_project(), "duck the soundtrack 12 db under the talking")
    assert "c2" in ids


def test_washed_out_firefox_clip_brighter():
    project, _, _ = turn("the firefox clip is washed out, make it brighter", {"m5": 10})
    assert [e.type for c in clips_of(project, "m5") for e in c.effects] == ["color"]
