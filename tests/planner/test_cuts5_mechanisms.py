"""Round 13 cuts/time/trim mechanisms, each in our own words on the wallpaper project
(tests/planner/wallpaper_project.py); every test here failed on the round's base (14c7a1c).

- "everything from 1:10" with no end runs to the end (it removed the whole talk clip);
  "everything from where I say X" too (it cut only the words X).
- a start point said with "in" ("from 20s in to 25s") and minutes said as "1 minute 5" are times;
  a bare number counting a noun ("after 4 rolls") is not.
- "everything after the bit about X" keeps X.
- a quote mark before a filler ("her 'um's") is no part of it.
- 'delete "X" and the Y sentence that comes right after': the quoted line and its neighbour.
- a sound-alike typed for the talk's word ("the hole job") is the talk's word.
- "the plumb line clip" is a clip (its name holds "line", which is not a line of the talk).
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.own_talk import asks, heard, length_of, talk_without
from tests.planner.test_garden_words import applied
from tests.planner.wallpaper_checks import BROLL, BROLL_SECONDS
from tests.planner.wallpaper_project import LENGTH, SCRIPT, wallpaper_project

FILLERS = ((2, "Um,"), (5, "erm,"), (10, "uh,"), (12, "um,"))


def project():
    return wallpaper_project(BROLL, BROLL_SECONDS)


@pytest.mark.parametrize("message", ["cut everything from 1:05", "delete everything from 65 seconds"])
def test_everything_from_a_time_runs_to_the_end(message):
    after = applied(project(), message)
    assert length_of(after) == pytest.approx(65.0, abs=0.1)
    assert any(c.media_id == "m1" for c in after.clips())  # the talk is cut, not removed


@pytest.mark.parametrize("message", ["cut everything from where I say wipe any paste",
                                     "get rid of everything from wipe any paste onwards"])
def test_everything_from_words_said_runs_to_the_end(message):
    assert heard(applied(project(), message)) == talk_without(SCRIPT, [18, 19, 20, 21])


@pytest.mark.parametrize("message, gone", [
    ("cut from 20s in to 25s", 5.0),
    ("remove 1 minute 5 to 1 minute 8", 3.0),
    ("take out one minute five to one minute eight", 3.0),
])
def test_spoken_time_ranges(message, gone):
    assert length_of(applied(project(), message)) == pytest.approx(LENGTH - gone, abs=0.3)


def test_a_number_counting_things_is_no_time():
    assert heard(applied(project(), "trim the end so it finishes after four rolls")) == talk_without(SCRIPT, [21])


def test_everything_after_the_bit_about_x_keeps_x():
    assert heard(applied(project(), "remove everything after the bit about leaving it forty eight hours")) == \
        talk_without(SCRIPT, [20, 21])


def test_quote_marks_round_fillers():
    assert heard(applied(project(), "can you clear out the 'um's and 'erm's")) == talk_without(SCRIPT, [], FILLERS)


def test_ums_and_uhs_are_every_hesitation():
    assert heard(applied(project(), "lose the ums and the uhs")) == talk_without(SCRIPT, [], FILLERS)


def test_a_quoted_line_and_the_sentence_right_after_it():
    assert heard(applied(project(), 'delete "my sister helped me" and the strip sentence right after')) == \
        talk_without(SCRIPT, [3, 4])


def test_a_sound_alike_is_the_word_the_talk_says():
    assert heard(applied(project(), "remove the line about the hole job")) == talk_without(SCRIPT, [20])


def test_a_clip_named_with_line_in_it_is_a_clip():
    after = applied(project(), "trim the plumb line footage by 3 seconds")
    [clip] = [c for c in after.clips() if c.media_id == "m3"]
    assert (clip.start, clip.end) == (750, 875)  # 30 s .. 35 s at 25 fps


def test_a_complaint_is_the_sentence_that_complains():
    assert heard(applied(project(), "delete my little rant about paste")) == talk_without(SCRIPT, [6])


def test_every_line_that_says_a_thing():
    assert heard(applied(project(), "delete all the lines that mention the corner")) == talk_without(SCRIPT, [7, 8])


def test_every_line_about_a_thing_never_said_asks():
    assert asks(plan("remove every sentence about the steamer", project()))


@pytest.mark.parametrize("message, kept_to", [
    ("make the video start where I talk about mixing the paste", 5),
    ("trim the beginning so the video starts at the line about the plumb line", 7),
])
def test_the_video_starts_at_a_described_sentence(message, kept_to):
    assert heard(applied(project(), message)) == talk_without(SCRIPT, range(kept_to))


def test_a_broll_clip_ends_where_a_topic_ends():
    after = applied(project(), "make the plumb clip stop when I'm done talking about the plumb line")
    [clip] = [c for c in after.clips() if c.media_id == "m3"]
    assert abs(clip.end / 25 - 33.9) < 0.05


@pytest.mark.parametrize("message", ["the DJI clip should end when I stop talking about air bubbles",
                                     "cut the brush clip off once I'm done talking about the bubbles"])
def test_a_broll_clip_ends_where_a_topic_ends_said_other_ways(message):
    after = applied(project(), message)
    [clip] = [c for c in after.clips() if c.media_id == "m4"]
    assert abs(clip.end / 25 - 54.14) < 0.05


def test_a_couple_of_seconds_is_two():
    after = applied(project(), "shave a couple of seconds off the end of the gopro clip")
    [clip] = [c for c in after.clips() if c.media_id == "m3"]
    assert clip.end == 36 * 25


def test_the_video_trimmed_so_it_ends_after_a_line():
    assert heard(applied(project(), "trim the video so it ends after the line about the whole job")) == \
        talk_without(SCRIPT, [21])


@pytest.mark.parametrize("message", ["drop a caption saying 'mind the skirting' where the playhead is",
                                     "chuck in a title that says 'day one' at 0:05"])
def test_dropping_in_a_new_caption_removes_nothing(message):
    before = project()
    after = applied(before, message)
    assert {c.id for c in before.clips()} <= {c.id for c in after.clips()}
    assert len(list(after.clips())) == len(list(before.clips())) + 1


@pytest.mark.parametrize("message", ["cut out my stammer in the butt the edges line", "tidy up the stutters"])
def test_a_stutter_loses_its_repeat_not_its_sentence(message):
    assert heard(applied(project(), message)) == talk_without(SCRIPT, [], ((14, "the,"),))


def test_a_stutter_where_there_is_none_asks():
    assert asks(plan("remove the stammer in the plumb line sentence", project()))


def test_two_lines_each_said_by_what_it_is_about():
    assert heard(applied(project(), "delete the line about the batch numbers and the one about my sister")) == \
        talk_without(SCRIPT, [2, 3])


def test_the_broll_named_as_such_is_the_one_playing_when_the_topic_ends():
    after = applied(project(), "make the b-roll end when I stop talking about the plumb line")
    [clip] = [c for c in after.clips() if c.media_id == "m3"]
    assert abs(clip.end / 25 - 33.9) < 0.05
    assert asks(plan("make the b-roll end when I stop talking about my sister", project()))


@pytest.mark.parametrize("message, gone", [
    ("cut from one oh five to one twelve", 7.0),
    ("remove one fifteen to one twenty", 5.0),
])
def test_a_clock_reading_said_in_words_is_minutes_and_seconds(message, gone):
    assert length_of(applied(project(), message)) == pytest.approx(LENGTH - gone, abs=0.3)


def test_a_described_line_and_the_quoted_line_after_it():
    assert heard(applied(project(), "cut the sister line and the 'First, strip the old paper' sentence after it")) == \
        talk_without(SCRIPT, [3, 4])


def test_the_video_chopped_off_at_a_time_ends_there():
    assert length_of(applied(project(), "chop the video off at 1:20")) == pytest.approx(80.0, abs=0.2)


def test_a_complaint_without_harsh_words_is_still_found_by_its_topic():
    assert heard(applied(project(), "take out where I moan that no wall in this house is straight")) == \
        talk_without(SCRIPT, [8])
