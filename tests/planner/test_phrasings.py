"""How people say time ranges, removals, length questions and kinds of shot, on a project of our
own (an allotment tour): each phrasing is planned to the same tool call, and requests that name
nothing, ask about the inside of a clip, or are questions change nothing."""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, OverwriteClip
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment
from editor_app.planner import plan
from editor_app.planner.quantities import time_ranges
from editor_app.planner.text import normalize

SPEECH = [
    (0.0, 4.0, "Hello and welcome to my allotment, where I grow vegetables all year round."),
    (5.0, 9.0, "These tomato plants need a lot of water and a sunny spot by the fence."),
    (10.0, 14.0, "Over here the strawberries are finally ripe, so we can pick a few for dessert."),
    (15.0, 19.5, "That is all for this week, thanks for watching and see you next time."),
]


def _asset(name, kind="video", seconds=5.0, description="", transcript=()):
    return MediaAsset(id="", name=name, path=f"/nonexistent/{name}", kind=kind, duration=Fraction(seconds),
                      has_audio=kind == "audio" or bool(transcript), has_video=kind == "video",
                      description=description, transcript=transcript)


@pytest.fixture(scope="module")
def garden() -> Project:
    """m1 talk (c1 on main, 0-20 s), m3 strawberries (c3 B-roll 10-14 s), m4 MAVIC flyover (c4 B-roll 15-18 s),
    m2 trowel close-up and m6 watering can in the bin, m5 music (c2)."""
    p = Project(name="garden", settings=Settings(fps=30))
    talk = _asset("allotment_tour_final.mp4", seconds=20,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    apply_all(p, [ImportMedia(asset=talk), ImportMedia(asset=_asset("trowelDiggingCloseup.mp4")),
                  ImportMedia(asset=_asset("strawberry-picking-hands.mp4")),
                  ImportMedia(asset=_asset("MAVIC_0107.mp4", description="Quadcopter flyover of the allotments at sunset")),
                  ImportMedia(asset=_asset("banjo_stroll.mp3", kind="audio", seconds=40)),
                  ImportMedia(asset=_asset("IMG_5521_watering_can.MOV", description="the old can by the shed")),
                  AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll"),
                  AddTrack(kind="audio", role="music")])
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0),
                  InsertClip(track_id="t3", media_id="m5", start=0, duration=600),
                  OverwriteClip(track_id="t2", media_id="m3", start=300, duration=120),
                  OverwriteClip(track_id="t2", media_id="m4", start=450, duration=90)])
    return p


def calls(result):
    assert result.understood, result.reply
    return [(s.tool, s.args) for s in result.steps]


@pytest.mark.parametrize("message", [
    "cut 0:06 to 0:08", "remove 6-8s", "delete 6 – 8 seconds", "cut out 0:06 through 0:08",
    "get rid of the bit from six to eight seconds", "drop seconds 6 to 8", "take 0:06 to 0:08 out",
    "lose everything between 0:06 and 0:08", "cut from 6 s until 8 s", "snip 0:06-0:08 out",
])
def test_every_way_of_saying_a_range_cuts_it(garden, message):
    assert calls(plan(message, garden)) == [("cut_range", {"start": 6, "end": 8, "words": "exact"})]  # cut as typed (round 24)


def test_open_ranges_and_several_ranges(garden):
    assert calls(plan("cut everything after 0:17", garden)) == [("cut_range", {"start": 17, "end": 20, "words": "exact"})]
    assert calls(plan("trim from 0:17 onwards", garden)) == [("cut_range", {"start": 17, "end": 20, "words": "exact"})]
    assert calls(plan("remove everything before 0:02", garden)) == [("cut_range", {"start": 0, "end": 2, "words": "exact"})]
    # the later range first, so the earlier one still means what was said
    assert calls(plan("cut 0:01 to 0:02 and 0:06 to 0:07", garden)) == [
        ("cut_range", {"start": 6, "end": 7, "words": "exact"}), ("cut_range", {"start": 1, "end": 2, "words": "exact"})]


def test_range_parser_leaves_non_ranges_alone():
    assert time_ranges(normalize("trim clip 2 to 3 seconds"), 20) == []
    assert time_ranges(normalize("move c3 to 0:12"), 20) == []
    assert time_ranges(normalize("fade in for 2 seconds and out for 3 seconds"), 20) == []
    assert time_ranges(normalize("cut 1 minute to 1 minute 30"), 200) == [(60.0, 90.0)]
    assert normalize("between ten and twelve seconds") == "between 10 and 12 seconds"


@pytest.mark.parametrize("message", [
    "take the strawberry clip out", "get the strawberry shot out of the video", "scrap the strawberry clip",
    "I don't want the strawberry clip anymore", "the strawberry clip can go", "chuck the strawberry footage",
    "pull the strawberry clip out",
])
def test_ways_of_saying_remove_a_clip(garden, message):
    assert calls(plan(message, garden)) == [("remove_clip", {"clip_id": "c3", "ripple": False})]


@pytest.mark.parametrize("message", [
    "what's the total running time?", "how many minutes is the video?", "when does the video end?",
    "what's the playtime", "how long does the timeline run?",
])
def test_length_questions_are_answered_without_an_edit(garden, message):
    result = plan(message, garden)
    assert result.understood and result.special == "answer" and result.steps == []
    assert "0:20" in result.reply


def test_length_of_a_named_clip_or_media(garden):
    assert "0:04" in plan("how long is the strawberry clip?", garden).reply
    assert "IMG_5521_watering_can.MOV is 0:05" in plan("how long is the watering can footage?", garden).reply


@pytest.mark.parametrize("message, media", [
    ("put the aerial footage over the part where I talk about strawberries", "m4"),
    ("put the drone shot over the part where I talk about tomatoes", "m4"),
    ("put the bird's-eye view over the part about tomatoes", "m4"),
])
def test_kind_of_shot_finds_the_described_media(garden, message, media):
    [(tool, args)] = calls(plan(message, garden))
    assert tool == "place_broll" and args["media_id"] == media


@pytest.mark.parametrize("message", [
    "take the waffle clip out",                       # nothing called that
    "cut 0:02 to 0:04 of the strawberry clip",       # the clip's own time, or the timeline's? ask
    "cut 0:25 to 0:30",                               # past the end of a 20 s timeline
    "cut 0:00 to 0:20",                               # all of it
    "remove the time-lapse",                          # no such kind of shot here
    "how long is the waffle clip?",
    "should I take the strawberry clip out?",        # a question, not a request
    "make the slow-mo black and white",               # no slow-motion file in this project
])
def test_must_not_edit(garden, message):
    result = plan(message, garden)
    assert result.steps == [], calls(result)


@pytest.mark.parametrize("message", [
    "clean up the audio from 0:10 to 0:12",   # not a cut of time
    "edit the part from 0:05 to 0:08",
    "remove the noise from 0:10 to 0:12",     # names something other than the stretch of time
    "make 0:05 to 0:08 black and white",      # an effect on part of a clip: split first
])
def test_ranges_that_are_not_cuts_of_the_whole_timeline_ask(garden, message):
    result = plan(message, garden)
    assert not result.understood and result.steps == [], calls(result)


def test_a_volume_change_for_a_range_is_an_envelope_over_it(garden):
    """Round 16: the music lowered from 0:05 to 0:09 only (it asked to split the clip before)."""
    result = plan("lower the music from 0:05 to 0:09", garden)
    assert [s.tool for s in result.steps] == ["set_volume_envelope"], calls(result)
    points = result.steps[0].args["points"]
    assert min(p["db"] for p in points) < 0 and points[0]["frame"] >= 4.5 and points[-1]["frame"] <= 9.5


@pytest.mark.parametrize("message", [
    "cut everything from 0:10 to 0:12", "remove the section between 0:10 and 0:12",
    "get rid of the stretch from 0:10 to 0:12", "cut the talk from 0:10 to 0:12",
])
def test_words_for_a_stretch_of_time_still_cut(garden, message):
    assert calls(plan(message, garden)) == [("cut_range", {"start": 10, "end": 12, "words": "exact"})]


@pytest.mark.parametrize("message, says", [
    ("what's at 0:12?", "c3 (strawberry-picking-hands.mp4) on"),
    ("what do I say at 0:06?", "These tomato plants"),
    ("do I have a drone shot?", "Yes: MAVIC_0107.mp4 is on the timeline: c4 at 0:15-0:18"),
    ("is there any waffle footage?", "No, nothing in this project is called that"),
    ("is the watering can footage in the video?", "in the media bin, not on the timeline"),
    ("where's the flyover?", "c4 at 0:15-0:18"),
    ("when does the strawberry clip start?", "c3 at 0:10-0:14"),
    ("is c3 on the timeline?", "at 0:10-0:14"),
    ("where's the bit about tomatoes?", "At 0:05-0:09"),
    ("what's playing at 0:30?", "ends at 0:20"),
])
def test_where_and_whether_questions_are_answered_without_an_edit(garden, message, says):
    result = plan(message, garden)
    assert result.special == "answer" and result.steps == [], result.reply
    assert says in result.reply


@pytest.mark.parametrize("message", ["cut from 0:06 for 2 seconds", "remove 2 seconds starting at 0:06",
                                     "trim 0:06 \u2192 0:08", "nuke 0:06-0:08", "snip out 00:06 to 00:08"])
def test_a_start_and_a_length_or_an_arrow_is_a_range(garden, message):
    assert calls(plan(message, garden)) == [("cut_range", {"start": 6, "end": 8, "words": "exact"})]


def test_close_the_gap_is_not_a_misspelt_file_name(garden):
    # "close" must not be corrected to the "Closeup" of trowelDiggingCloseup.mp4
    assert calls(plan("remove the strawberry clip and close the gap", garden)) == [
        ("remove_clip", {"clip_id": "c3", "ripple": True})]


def test_the_part_where_i_do_something(garden):
    [(tool, args)] = calls(plan("put the watering can footage over the part where I water the tomato plants", garden))
    assert tool == "place_broll" and args["media_id"] == "m6" and args["start"] == 5.0
    assert "0:20" in plan("give me the total length", garden).reply


@pytest.mark.parametrize("message", [
    "cut the part of the strawberry clip where my hand shakes",
    "speed up the bit of the flyover where it turns",
    "trim the end of the strawberry clip where it goes blurry",   # "blurry" must not add a blur
    "make the end of the flyover black and white",
])
def test_requests_about_the_inside_of_a_clip_ask(garden, message):
    result = plan(message, garden)
    assert not result.understood and result.steps == [], calls(result)
    assert "part of a clip" in result.reply


def test_whole_clip_requests_still_work(garden):
    assert calls(plan("remove the strawberry clip from the timeline", garden)) == [
        ("remove_clip", {"clip_id": "c3", "ripple": False})]
    assert calls(plan("make the flyover black and white", garden))[0][1]["clip_id"] == "c4"


def test_music_muted_for_a_range_is_an_envelope_there(garden):
    # round 16: was a question (a part of a clip could not be muted); now the music is silenced there only
    result = plan("mute the music between 0:05 and 0:09", garden)
    (step,) = result.steps
    assert step.tool == "set_volume_envelope", calls(result)
    silent = [p["frame"] for p in step.args["points"] if p["db"] <= -60]
    assert min(silent) == 5 and max(silent) == 9


def test_music_removed_from_the_intro_is_silenced_there(garden):
    # round 16: was "part of a clip, split it first"; the music is silenced over the intro, nothing removed
    result = plan("remove the music from the intro", garden)
    assert [s.tool for s in result.steps] == ["set_volume_envelope"], calls(result)
