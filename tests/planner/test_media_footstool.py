"""Round-12 media references on a project of our own (tests/planner/footstool_project.py: reupholstering a
footstool), planned and applied with the real tools, then read on the timeline. Phrasings are our own, written
before the mechanisms; none is copied from an eval suite.

What they pin down: a misspelt description word anywhere in a naming phrase is read as the word it misspells
(typo correction knows the project's description words, not only its file names), while a real English word
is never "corrected" to a description word one letter away; a camera naming two bin files asks which, for any
edit ("the iphone footage at 50%"); a media the project lacks asks, naming it, even said with no verb or when a
file name shares one of its words ("the glue gun clip" beside "staple gun.wav"); "remover" is no "remove"; two
media named around one noun ("the ripping and velvet shots") get the transition, "a half-second" is 0.5 s; a new
start said with "instead" or the old time moves the clip; "cutting" in "the foam cutting video" is no cut.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner.text import normalize
from tests.planner.footstool_project import footstool_project
from tests.planner.own_talk import asks
from tests.planner.test_garden_words import applied
from editor_app.planner import plan


def broll_starts(project: Project) -> list[tuple[str, float]]:
    """(media id, start s) of every clip on the B-roll track."""
    return [(c.media_id, float(seconds(c.start, project.fps))) for c in project.find_track("t2").clips]


@pytest.mark.parametrize("message, media_id, start", [
    ("the velvt stapling clip at 0:58", "m4", 58.0),        # "stapling the new velvet fabric ..."
    ("the vinly ripping clip at 0:22", "m3", 22.0),         # "ripping the old cracked vinyl ..."
    ("the crackd vinyl clip at 0:22", "m3", 22.0),
    ("the strippd frame clip at 0:16", "m2", 16.0),         # "the stripped wooden frame ..."
    ("the carvng knife clip at 0:30", "m5", 30.0),          # "... electric carving knife"
    ("the srolling website clip at 0:45", "m7", 45.0),      # "scrolling the fabric shop website"
])
def test_a_misspelt_description_word_anywhere_is_the_word_it_misspells(message, media_id, start):
    after = applied(footstool_project(), message)
    assert broll_starts(after) == [(media_id, start)]


def test_a_real_word_is_not_corrected_to_a_description_word_one_letter_away():
    # a clip described as "dripping" glue must not turn "ripping" into "dripping"
    assert normalize("the ripping clip at 0:22", {"dripping", "glue"}) == "the ripping clip at 0:22"
    assert normalize("the drippng clip at 0:22", {"dripping", "glue"}) == "the dripping clip at 0:22"


@pytest.mark.parametrize("message", [
    "the iphone footage at 50%",
    "play the iphone clip at 75% speed",
    "slow the iphone clip down to 50%",
    "iphone vid to 80%",
])
def test_a_camera_with_two_files_in_the_bin_asks_which_for_any_edit(message):
    project = footstool_project()
    result = plan(message, project)
    assert asks(result), result.reply
    assert "IMG_4410.MOV" in result.reply and "IMG_4415.MOV" in result.reply, result.reply


def test_a_camera_with_one_of_its_files_on_the_timeline_changes_that_one():
    after = applied(footstool_project({"m3": 22.0}), "the iphone footage at 50%")
    clip = after.find_track("t2").clips[0]
    assert clip.media_id == "m3" and float(clip.speed) == 0.5


@pytest.mark.parametrize("message, missing", [
    # nothing here is any of these; said with no verb, a naming phrase and a time
    ("the piping cord close up at 0:52", "piping cord"),
    ("the tape measure clip at 0:40", "tape measure"),
    ("the dust sheet shot at 0:12", "dust sheet"),
    # a file name shares one word ("staple gun.wav", "stapling ..."): the phrase still names another thing
    ("put the glue gun footage at 0:12", "glue gun"),
    ("stick the staple remover shot at 0:18", "staple remover"),
    ("the staple remover clip over where I flip it over", "staple remover"),
])
def test_a_media_the_project_lacks_asks_naming_what_is_missing(message, missing):
    project = footstool_project()
    result = plan(message, project)
    assert asks(result), result.reply
    assert missing in result.reply and "didn't understand" not in result.reply, result.reply


def test_a_sound_named_by_its_own_words_is_still_placed():
    after = applied(footstool_project(), "put the staple gun noise at 0:58")
    assert any(c.media_id == "m11" for t in after.tracks for c in t.clips)


@pytest.mark.parametrize("message, kind, length", [
    ("dissolve between the ripping and velvet shots", "crossfade", 1.0),          # one noun for two media
    ("crossfade between the vinyl clip and the stapling one", "crossfade", 1.0),  # "one" stands for "clip"
    ("a half-second dip to black between the ripping and stapling clips", "dip_to_black", 0.5),
    ("wipe between the vinyl video and the velvet one, half second", "wipe", 0.5),
])
def test_two_media_named_around_one_noun_get_the_transition(message, kind, length):
    after = applied(footstool_project({"m3": 22.0, "m4": 26.0}), message)
    (fade,) = after.find_track("t2").transitions
    clips = {c.id: c.media_id for c in after.find_track("t2").clips}
    assert (clips[fade.from_clip], clips[fade.to_clip]) == ("m3", "m4")
    assert fade.kind == kind and float(seconds(fade.duration, after.fps)) == pytest.approx(length, abs=0.05)


def test_a_half_second_said_with_and_stays_one_and_a_half():
    assert normalize("a one and a half second fade") == "a 1.5 second fade"
    assert normalize("a half second fade") == "0.5 second fade"


@pytest.mark.parametrize("message", [
    "the foam clip should start at 0:33 instead",
    "the foam clip needs to start at 0:33, not 0:30",
    "make the foam clip start at 0:33 instead",
])
def test_a_new_start_said_with_the_old_one_or_instead_moves_the_clip(message):
    after = applied(footstool_project({"m5": 30.0}), message)
    assert broll_starts(after) == [("m5", 33.0)]


@pytest.mark.parametrize("message", [
    "put the foam cutting video when I talk about the electric carving knife",  # "cutting" is the clip's own word
    "foam cutting footage while I'm talking about the carving knife",
])
def test_an_edit_word_that_describes_the_media_is_no_edit(message):
    after = applied(footstool_project(), message)
    (media_id, start), = broll_starts(after)
    assert media_id == "m5" and 29.0 <= start <= 35.75


def test_a_real_word_stays_itself_beside_a_keyword_the_project_also_describes():
    # "white" is an edit word (black and white) and could be a description's word: "while" is still "while"
    assert normalize("the swatch photo while i talk about velvet", {"white", "velvet"}) == \
        "the swatch photo while i talk about velvet"


def test_a_way_of_showing_a_thing_is_not_another_thing():
    # "comparison" is no physical thing: "the swatch comparison pic" is the swatches photo, not a lack
    after = applied(footstool_project(), "the swatch comparison pic at 0:44")
    assert broll_starts(after) == [("m9", 44.0)]
