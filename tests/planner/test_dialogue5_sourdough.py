"""Round-11 dialogue on a project of our own (tests/planner/sourdough_project.py: a first sourdough loaf).
Phrasings are our own, written before the mechanisms.

Shapes: a speed change on the whole talk, which uses its camera file to the very end (a faster clip
needs less timeline, never more media); a clip named like a note, without "the" ("shaping clip twice
as fast"), alone or with a second edit; the reason said after the edit ("..., I talk so slowly"),
which is no second edit; a gentle nudge said without "a" ("bit quieter"); "that" after a placement;
a colour complaint blamed on the light ("green under the kitchen lights"); a slow zoom on a named
still. A named clip that is not on the timeline is said so, and nothing else changes.

Each turn is planned with the conversation so far, applied as one batch and remembered as the
orchestrator does (tests/planner/test_dialogue3_smokealarm.Talk), then checked on the timeline.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import parse_operation
from editor_app.planner.reason_after import says_why
from tests.planner.sourdough_project import LENGTH, MUSIC_DB, sourdough_project
from tests.planner.test_dialogue3_smokealarm import Talk, clip_of, effect_types, unchanged


def talk_clip(project):
    return clip_of(project, "m1")


def music_clip(project):
    return clip_of(project, "m10")


def colour(clip):
    return next(e for e in clip.effects if e.type == "color")


# A camera file a fraction of a frame longer than the whole frames the talk clip uses (57.601 s at 25 fps).
ODD_LENGTH = LENGTH + 0.001


# ---- a faster clip needs less timeline, not more media ----------------------------------------

@pytest.mark.parametrize("speed", [1.1, 1.3, 1.7, 2.3, 0.9, 0.6])
def test_a_speed_change_on_a_clip_that_uses_its_whole_file_is_never_refused(speed):
    project = sourdough_project(talk_seconds=ODD_LENGTH)
    apply_all(project, [parse_operation({"op": "set_speed", "clip_id": "c1", "speed": speed}, project.fps, units="seconds")])
    clip = talk_clip(project)
    media_frames = project.media["m1"].length_frames(project.fps)
    assert clip.source_in + clip.duration * Fraction(clip.speed) <= media_frames  # never past the end of the file
    assert abs(clip.duration - 1440 / speed) <= 1  # the same source, played in 1/speed of the time


@pytest.mark.parametrize("message, speed", [
    ("speed me up by 30 percent, I talk so slowly", 1.3),
    ("speed my talking up 30%, I drone on a bit", 1.3),
    ("speed me up by 30 percent", 1.3),
])
def test_speeding_up_the_whole_talk_shortens_it_and_the_broll_keeps_to_its_words(message, speed):
    talk = Talk(sourdough_project(broll={"m2": 20}, talk_seconds=ODD_LENGTH))
    result = talk.say(message)
    assert [s.tool for s in result.steps] == ["set_speed"], result.reply
    clip = talk_clip(talk.project)
    assert float(clip.speed) == pytest.approx(speed)
    assert clip.duration < 1440  # shorter on the timeline: the talk plays faster
    assert clip_of(talk.project, "m2").start == round(500 * clip.duration / 1440)  # over the same words, said sooner
    assert float(clip_of(talk.project, "m2").speed) == 1.0


# ---- a clip named like a note: no "the" --------------------------------------------------------

@pytest.mark.parametrize("message, speed", [
    ("razor clip twice as fast", 2.0),  # named by what it shows (its description), not its file name
    ("razor blade clip at 2x", 2.0),
    ("razor clip at half speed", 0.5),
    ("razor clip at 1.5x, it drags", 1.5),
    ("shaping clip twice as fast", 2.0),
])
def test_a_clip_named_without_the_gets_the_speed(message, speed):
    talk = Talk(sourdough_project(broll={"m2": 20, "m3": 30}))
    result = talk.say(message)
    assert [s.tool for s in result.steps] == ["set_speed"], result.reply
    media = "m2" if "shaping" in message else "m3"
    other = "m3" if media == "m2" else "m2"
    assert float(clip_of(talk.project, media).speed) == speed
    assert float(clip_of(talk.project, other).speed) == 1.0  # never another clip
    assert float(talk_clip(talk.project).speed) == 1.0
    assert talk.held is None, talk.held  # the safety review reads the clip as named too


def test_a_clip_named_without_the_then_a_second_edit():
    talk = Talk(sourdough_project(broll={"m3": 30}))
    result = talk.say("razor blade clip at 2x and mute the music")
    assert float(clip_of(talk.project, "m3").speed) == 2.0, result.reply
    assert next(t for t in talk.project.tracks if t.id == "t3").muted
    assert float(talk_clip(talk.project).speed) == 1.0
    assert talk.held is None, talk.held


def test_a_still_named_without_the_gets_the_look():
    talk = Talk(sourdough_project(broll={"m7": 30}))
    result = talk.say("crumb shot photo in black and white")
    assert effect_types(clip_of(talk.project, "m7")) == ["black_and_white"], result.reply
    assert effect_types(talk_clip(talk.project)) == []


@pytest.mark.parametrize("message", ["razor clip twice as fast", "razor blade clip at 2x and mute the music"])
def test_a_clip_named_without_the_that_is_not_on_the_timeline_is_said_so(message):
    talk = Talk(sourdough_project(broll={"m2": 20}))
    start = talk.project.clone()
    result = talk.say(message)
    assert unchanged(talk, start, result), result.reply
    assert "scoring.mov" in result.reply and "not on the timeline" in result.reply


# ---- the reason after the edit is not a second edit -------------------------------------------

@pytest.mark.parametrize("message, tool", [
    ("play my talking at 1.2x, I talk way too slowly", "set_speed"),
    ("IMG_2202 at half speed, it's way too quick", "set_speed"),
    ("turn me up 3 dB, I'm way too quiet", "set_volume"),
    ("brighten me a bit, I look too dark", "add_effect"),
])
def test_a_complaint_after_the_edit_is_its_reason_not_a_second_edit(message, tool):
    talk = Talk(sourdough_project(broll={"m5": 20}))
    result = talk.say(message)
    assert [s.tool for s in result.steps] == [tool], result.reply  # the edit once, not its fix again


@pytest.mark.parametrize("clause, tools", [
    ("the music is way too loud", ["set_speed"]),  # another thing: its own fix
    ("it's too dark", ["set_speed"]),  # another kind of change than the one just planned
    ("it's too slow, make it 3x", ["set_speed"]),  # a request of its own
    ("I'm too quiet", ["add_effect"]),
])
def test_a_complaint_about_another_thing_or_kind_is_not_the_reason(clause, tools):
    assert not says_why(clause, tools)


@pytest.mark.parametrize("clause, tools", [
    ("I talk so slowly", ["set_speed"]), ("it's dragging", ["set_speed"]), ("cos I'm way too quiet", ["set_volume"]),
    ("it looks really dark", ["add_effect"]),
])
def test_a_complaint_in_the_terms_of_the_edit_just_planned_is_the_reason(clause, tools):
    assert says_why(clause, tools)


# ---- follow-ups that lean on the last turn ----------------------------------------------------

def test_that_after_a_placement_is_the_clip_just_placed():
    talk = Talk(sourdough_project())
    talk.say("put IMG_2201 at 0:12")
    result = talk.say("slow that down to half speed")
    assert float(clip_of(talk.project, "m4").speed) == 0.5, result.reply
    assert float(talk_clip(talk.project).speed) == 1.0


@pytest.mark.parametrize("nudge, change", [
    ("too loud now, bit quieter", -3), ("hmm too quiet, bit louder", 3), ("little louder", 3), ("bit quieter please", -3),
])
def test_a_gentle_nudge_said_without_a_is_a_small_step(nudge, change):
    talk = Talk(sourdough_project())
    talk.say("set the music to -24 dB")
    result = talk.say(nudge)
    assert music_clip(talk.project).volume_db == pytest.approx(-24 + change), result.reply


def test_bit_faster_is_a_small_step():
    talk = Talk(sourdough_project(broll={"m2": 20}))
    talk.say("play the shaping clip at 1.5x")
    result = talk.say("bit faster")
    assert 1.5 < float(clip_of(talk.project, "m2").speed) <= 1.7, result.reply


# ---- how I look, blamed on the light ----------------------------------------------------------

@pytest.mark.parametrize("message", [
    "my skin looks kind of green under the kitchen lights, can you fix the colour on me",
    "I look a bit green under this lamp",
    "my face looks weirdly green in the window light, sort the colour out",
])
def test_looking_green_under_a_light_corrects_the_talk_colour(message):
    talk = Talk(sourdough_project(broll={"m2": 20}))
    result = talk.say(message)
    assert effect_types(talk_clip(talk.project)) == ["color"], result.reply
    assert colour(talk_clip(talk.project)).tint > 0  # towards magenta: the green cast taken out
    assert colour(talk_clip(talk.project)).temperature == 0  # not warmer: warmth does not take green out
    assert effect_types(clip_of(talk.project, "m2")) == []


def test_looking_orange_under_a_light_cools_the_talk():
    talk = Talk(sourdough_project())
    result = talk.say("I look way too orange under the ring light")
    assert colour(talk_clip(talk.project)).temperature < 0, result.reply


# ---- a slow zoom on a named still -------------------------------------------------------------

@pytest.mark.parametrize("message", ["slow zoom in on the crumb shot photo", "slow push in on the crumb shot pic",
                                     "ken burns the crumb shot photo"])
def test_a_slow_zoom_goes_on_the_named_still(message):
    talk = Talk(sourdough_project(broll={"m2": 20, "m7": 30}))
    result = talk.say(message)
    assert effect_types(clip_of(talk.project, "m7")) == ["zoom"], result.reply
    assert effect_types(clip_of(talk.project, "m2")) == [] and effect_types(talk_clip(talk.project)) == []


def test_a_slow_zoom_on_a_still_not_on_the_timeline_changes_nothing():
    talk = Talk(sourdough_project(broll={"m7": 30}))
    start = talk.project.clone()
    result = talk.say("slow zoom in on the starter jar photo")
    assert unchanged(talk, start, result), result.reply
    assert "DSC_0419.JPG" in result.reply


def _with_recorder_file(project):
    """The project plus a backup audio file named after its recorder (a Zoom recorder names them ZOOMnnnn)."""
    from editor_app.model.operations import ImportMedia
    from tests.planner.own_talk import asset

    apply_all(project, [ImportMedia(asset=asset("ZOOM0031.WAV", "audio", 57.0, "backup audio from the recorder"))])
    return project


@pytest.mark.parametrize("message", ["slow zoom in on the crumb shot photo", "zoom in slowly on the crumb shot pic",
                                     "ken burns on the crumb shot photo", "give the crumb shot photo a slow zoom"])
def test_the_word_zoom_is_the_effect_not_a_file_named_after_its_recorder(message):
    talk = Talk(_with_recorder_file(sourdough_project(broll={"m7": 30})))
    result = talk.say(message)
    assert effect_types(clip_of(talk.project, "m7")) == ["zoom"], result.reply
    assert effect_types(talk_clip(talk.project)) == []
    assert talk.held is None, talk.held


@pytest.mark.parametrize("message, speed", [("speed the whole talk up 15%, I'm too slow", 1.15),
                                            ("speed up the entire talk by 15%", 1.15), ("make me 20% faster", 1.2)])
def test_the_whole_talk_and_make_me_name_the_talk(message, speed):
    talk = Talk(sourdough_project(broll={"m2": 20}))
    result = talk.say(message)
    assert float(talk_clip(talk.project).speed) == pytest.approx(speed), result.reply
    assert float(clip_of(talk.project, "m2").speed) == 1.0


@pytest.mark.parametrize("message", ["starter jar pic slow zoom", "starter jar photo with a slow zoom"])
def test_a_bare_named_still_not_on_the_timeline_is_never_zoomed_as_the_talk(message):
    talk = Talk(sourdough_project(broll={"m7": 30}))
    start = talk.project.clone()
    result = talk.say(message)
    assert unchanged(talk, start, result), result.reply
    assert "DSC_0419.JPG" in result.reply


@pytest.mark.parametrize("message", ["I look a bit sickly and green in this", "the lighting makes me look green",
                                     "my face has a green cast", "there's a green tint on me, fix it",
                                     "there's a weird green cast on my face under this lamp"])
def test_a_green_cast_said_other_ways_is_taken_out(message):
    talk = Talk(sourdough_project())
    result = talk.say(message)
    assert colour(talk_clip(talk.project)).tint > 0, result.reply


@pytest.mark.parametrize("nudge", ["too fast now, bit slower", "a little slower", "hmm a touch slower please"])
def test_a_little_slower_after_a_speed_change_is_a_small_step_on_that_clip(nudge):
    talk = Talk(sourdough_project(broll={"m2": 20}))
    talk.say("play the shaping clip at 1.5x")
    result = talk.say(nudge)
    assert 1.0 < float(clip_of(talk.project, "m2").speed) < 1.5, result.reply  # "slower" was read as "lower"
    assert music_clip(talk.project).volume_db == MUSIC_DB and talk_clip(talk.project).volume_db == 0
