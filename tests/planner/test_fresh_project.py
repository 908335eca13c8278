"""A new user's first steps: media from the bin onto an empty timeline, said without "timeline".

On tests/planner/fresh_project.py (a camera talk, GX/DJI camera files, a "bed track" sound file),
phrased the way people talk. Before this, each of these asked where a "B-roll" should go, added an
empty Music track, or could not find "the talking clip".
"""

from __future__ import annotations

import pytest

from fractions import Fraction

from editor_app.model.history import apply_all
from editor_app.model.operations import ImportMedia
from editor_app.model.project import MediaAsset
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.fresh_project import LENGTH, WORDS, fresh_project
from tests.planner.test_own_words import applied


def on_track(project: Project, track_id: str) -> list[tuple[str, float, float]]:
    track = project.track(track_id)
    fps = project.fps
    return [(c.media_id, round(float(seconds(c.start, fps)), 2), round(float(seconds(c.end, fps)), 2)) for c in track.clips]


@pytest.mark.parametrize("message", [
    "add the talking clip to the timeline",
    "put cam A 0007 on the main track",
    "add cam A 0007",
    "insert m1 at the start",
    "put the interview on",
    "add the talk",
    "use cam A 0007 as the main clip",
    "put my talking head video in",
    "start with cam A 0007",
])
def test_the_talk_goes_on_the_main_track_of_an_empty_timeline(message):
    after = applied(fresh_project(), message)
    assert on_track(after, "t1") == [("m1", 0.0, round(LENGTH, 2))]
    assert [t.id for t in after.tracks] == ["t1", "t2", "t3"]  # no new track, nothing on the others
    assert not after.track("t2").clips and not after.track("t3").clips


def test_a_camera_prefix_names_the_file():
    after = applied(fresh_project(placed=True), "put the GX clip over the bit about the battery")
    (clip,) = after.track("t2").clips
    assert clip.media_id == "m2"
    start = float(seconds(clip.start, after.fps))
    assert 4.9 <= start <= 7.8  # "really small, and the battery lasts ... about two hours"
    assert applied(fresh_project(), "add the dji footage").track("t1").clips[0].media_id == "m3"


def test_two_files_with_one_camera_prefix_ask_which():
    result = plan("add the GX clip", fresh_project(second_gx=True))
    assert not result.understood and not result.steps
    assert "GX010455" in result.reply and "GX010461" in result.reply


@pytest.mark.parametrize("message, db", [
    ("add the bed track as music", 0.0),
    ("lay the bed track under the whole thing", 0.0),
    ("add the bed track as music, nice and low", -15.0),
    ("put the bed track in the background", -15.0),
    ("add the bed track underneath at -18 dB", -18.0),
])
def test_a_sound_file_as_music_goes_under_the_pictures_on_the_music_track(message, db):
    after = applied(fresh_project(placed=True), message)
    assert len(after.tracks) == 3  # the Music track that is there, not a new one
    assert on_track(after, "t3") == [("m4", 0.0, round(LENGTH, 2))]  # cut where the talk ends, not 40 s
    assert after.track("t3").clips[0].volume_db == db


def test_a_music_track_is_still_a_track_when_a_file_is_called_bed_track():
    result = plan("add a music track", fresh_project())
    assert [s.tool for s in result.steps] == ["add_track"]


def test_a_file_with_pictures_is_not_music():
    result = plan("use DJI_0107 as the background music", fresh_project(placed=True))
    assert not result.understood and not result.steps and "audio" in result.reply


def test_b_roll_over_a_placed_talk_still_goes_over_it():
    after = applied(fresh_project(placed=True), "drop the gx footage in at 0:05")
    assert on_track(after, "t1") == [("m1", 0.0, round(LENGTH, 2))]
    assert [c.media_id for c in after.track("t2").clips] == ["m2"]


def test_a_sound_file_at_a_time_goes_on_the_music_track_from_there():
    after = applied(fresh_project(placed=True), "add the bed track at 0:03, quietly")
    assert on_track(after, "t3") == [("m4", 3.0, round(LENGTH, 2))]
    assert after.track("t3").clips[0].volume_db == -15.0 and len(after.tracks) == 3


def test_a_second_sound_at_a_time_where_the_music_plays_gets_its_own_track():
    project = applied(fresh_project(placed=True), "add the bed track as music")
    apply_all(project, [ImportMedia(asset=MediaAsset(id="", name="door creak.wav", path="/nonexistent/door creak.wav",
                                                     kind="audio", duration=Fraction(3), has_audio=True, has_video=False))])
    after = applied(project, "add the door creak at 0:02")  # the music track is taken there
    assert len(after.tracks) == 4 and after.tracks[3].kind == "audio" and after.tracks[3].role == "sfx"
    assert on_track(after, after.tracks[3].id) == [("m6", 2.0, 5.0)]
    assert on_track(after, "t3") == on_track(project, "t3")


def test_a_fade_on_a_file_called_bed_track_adds_no_track():
    result = plan("add a fade out to the bed track", fresh_project(placed=True))
    assert not any(s.tool == "add_track" for s in result.steps)


def test_a_manner_word_after_a_comma_is_not_another_instruction():
    after = applied(fresh_project(placed=True), "lay the bed track underneath, quiet")
    assert on_track(after, "t3") == [("m4", 0.0, round(LENGTH, 2))] and after.track("t3").clips[0].volume_db == -15.0


def test_b_roll_over_a_sentence_with_a_cut_inside_covers_the_whole_sentence():
    project = applied(fresh_project(placed=True), "cut 11.5s to 12s")
    assert len(project.track("t1").clips) == 2
    after = applied(project, "put the GX clip over the part about the screen")
    (clip,) = after.track("t2").clips
    # "is the screen, which flips all the way around." (11.28-14.08 s) now plays in two clips;
    # B-roll over it runs to the end of the sentence (14.08 - 0.5 s cut), not to the cut at 11.5 s
    assert float(seconds(clip.start, after.fps)) == pytest.approx(11.28, abs=0.1)
    talk_end = max(c.end for c in after.track("t1").clips)  # the sentence is the last one
    assert float(seconds(clip.end, after.fps)) == pytest.approx(float(seconds(talk_end, after.fps)), abs=0.1)
    assert float(seconds(clip.end, after.fps)) < 13.9  # the cut took time out of it


@pytest.mark.parametrize("message, order", [
    ("start with the DJI shot, then the talk", ["m3", "m1"]),
    ("put the talk on, then the GX clip after it", ["m1", "m2"]),
    ("add everything", ["m1", "m3", "m2", "m5"]),  # the talk first, then the rest by name
    ("add the photo of the unboxing first", ["m5"]),
])
def test_several_media_onto_an_empty_timeline_in_the_order_said(message, order):
    after = applied(fresh_project(), message)
    main = sorted(after.track("t1").clips, key=lambda c: c.start)
    assert [c.media_id for c in main] == order
    assert all(a.end == b.start for a, b in zip(main, main[1:]))  # back to back, no gaps
    assert not after.track("t2").clips


@pytest.mark.parametrize("message, order", [
    ("add the GX clip after the talk", ["m1", "m2"]),
    ("put the DJI shot at the very end, after the talk", ["m1", "m3"]),
    ("open with the drone shot before the talk", ["m3", "m1"]),
    ("add unboxing.jpg before the talk starts", ["m5", "m1"]),
])
def test_before_or_after_the_talk_is_on_the_main_track_not_b_roll(message, order):
    after = applied(fresh_project(placed=True), message)
    assert [c.media_id for c in sorted(after.track("t1").clips, key=lambda c: c.start)] == order
    assert not after.track("t2").clips
    talk = next(c for c in after.track("t1").clips if c.media_id == "m1")
    assert talk.duration == fresh_project(placed=True).track("t1").clips[0].duration  # the talk is not cut


def test_what_an_empty_project_suggests_is_understood():
    project = fresh_project()
    suggested = plan("make it pop", project).suggestions
    assert suggested[0] == "add cam A 0007" and "add everything" in suggested
    for message in suggested:
        assert plan(message, project).understood, message


@pytest.mark.parametrize("message", ["delete the lake reflection in the DJI clip",  # shares "lake" with its description
                                     "get rid of the boat on the lake in the dji footage"])
def test_a_thing_inside_a_clip_that_shares_a_word_with_it_asks(message):
    project = applied(fresh_project(placed=True), "drop the dji footage in at 0:02")
    result = plan(message, project)
    assert not result.steps and not result.understood, result.reply


def test_the_dead_air_after_a_line_named_by_its_topic_is_one_pause():
    result = plan("remove the dead air after the new camera line", fresh_project(placed=True))
    (only,) = result.steps
    assert only.tool == "remove_silences"
    assert only.args["start"] == pytest.approx(3.05, abs=0.1) and only.args["end"] == pytest.approx(3.99, abs=0.1)


def test_the_dead_air_after_a_line_nobody_says_asks_and_cuts_nothing():
    result = plan("remove the dead air after the tripod line", fresh_project(placed=True))
    assert not result.steps and not result.understood


def test_quoted_words_at_the_end_of_a_sentence_are_cut_not_the_sentence():
    after = applied(fresh_project(placed=True), "trim off 'all the way around' at the end of the screen sentence")
    heard = " ".join(w.text for w in WORDS)
    assert "all the way around" in heard
    cut = fresh_project(placed=True).duration - after.duration
    assert 0.8 * 30 <= cut <= 1.6 * 30  # four words (~1.1 s), not the 2.8 s sentence


@pytest.mark.parametrize("message", ["drop GX010999 in at 0:05", "can you add gx_010999.mp4 at 0:03", "add DJI_0200"])
def test_a_camera_file_number_that_is_not_here_asks_and_never_picks_another_file(message):
    result = plan(message, fresh_project(placed=True))
    assert not result.steps and not result.understood, result.reply


@pytest.mark.parametrize("message", ["Could you tidy up my ums and uhs?", "cleaning up the filler words would be great",
                                     "get rid of the uhms and ahs"])
def test_fillers_asked_for_in_other_words_are_removed(message):
    after = applied(fresh_project(placed=True), message)
    heard = [w.text.strip(",.").lower() for c in after.track("t1").clips
             for w in WORDS if c.source_in / after.fps <= w.start < (c.source_in + c.duration) / after.fps]
    assert "um" not in heard and "uh" not in heard
    assert after.duration < fresh_project(placed=True).duration


def test_a_gerund_naming_a_clip_is_not_a_removal():
    project = fresh_project(placed=True)
    apply_all(project, [ImportMedia(asset=MediaAsset(id="", name="lens cleaning.mp4", path="/nonexistent/lens cleaning.mp4",
                                                     kind="video", duration=Fraction(4), has_video=True))])
    result = plan("use the cleaning footage where I say the battery lasts", project)
    assert [s.tool for s in result.steps] == ["place_broll"], result.reply


@pytest.mark.parametrize("message", ["erase the lake from the DJI shot",  # every word of the thing is the clip's own
                                     "remove the lake off the horizon in the dji clip",
                                     "paint out the lake in DJI_0107"])
def test_a_pixel_request_about_what_a_clip_shows_asks_and_keeps_the_clip(message):
    """A file named after what it shows still holds the thing: erasing it from the picture is not
    removing the clip (blind suite I: "erase the X off the Y in the photo" removed the photo)."""
    project = applied(fresh_project(placed=True), "drop the dji footage in at 0:02")
    result = plan(message, project)
    assert not result.steps and not result.understood, result.reply


def test_removing_the_clip_a_thing_names_still_removes_it():
    project = applied(fresh_project(placed=True), "drop the dji footage in at 0:02")
    after = applied(project, "remove the lake shot from the b-roll")
    assert not any(c.media_id == "m3" for c in after.clips())


def test_a_transcribed_voice_take_added_at_the_end_lands_at_the_end_of_the_video():
    """Spoken audio goes on a new Voice track; "at the end" is the video's end, not that empty track's 0:00."""
    project = fresh_project(placed=True)
    take = MediaAsset(id="", name="sign-off take 3", path="/nonexistent/sign-off take 3.m4a", kind="audio",
                      duration=Fraction(3), has_audio=True, has_video=False, words=tuple(WORDS[:4]))
    apply_all(project, [ImportMedia(asset=take)])
    end = project.duration
    after = applied(project, "add the sign-off take at the end")
    placed = [c for c in after.clips() if c.media_id == "m6"]
    assert len(placed) == 1 and placed[0].start == end


def test_a_near_match_of_what_was_said_never_takes_a_word_of_the_sentence_before():
    """Blind suite I: "delete where I say to hold the tap body steady" cut 'down. Hold the tap body
    steady': the run was matched as one string and 'down' (the last word before) stood in for 'to'."""
    from editor_app.planner.intents.words import _closest

    texts = ["screw", "down", "hold", "the", "tap", "body", "steady", "with"]
    assert _closest(texts, "to hold the tap body steady") == (2, 6)
    assert _closest(texts, "hold the tap bdy steady") == (2, 6)  # a typo inside still matches

