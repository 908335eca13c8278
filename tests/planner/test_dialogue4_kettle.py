"""Round-10 dialogue on a project of our own (tests/planner/kettle_project.py: descaling a kettle).
Phrasings are our own, written before the mechanisms.

Shapes: what the speaker says about how they look or sound ("I look a bit green in this") means an
effect or a level on the talk; a follow-up that repeats the last action on another thing ("and
the second rinse one at 0:40"); a reaction plus a nudge after a level change ("too soft now, a
little louder"); one clip of a kind on the timeline named by its camera ("the gopro"); questions
asked without a question mark or with a typo, which never edit.

Each turn is planned with the conversation so far, applied as one batch and remembered as the
orchestrator does (tests/planner/test_dialogue3_smokealarm.Talk), then checked on the timeline.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from editor_app.planner.intents import clock
from tests.planner.kettle_project import MUSIC_DB, kettle_project, sentence_span
from tests.planner.test_dialogue3_smokealarm import Talk, clip_of, effect_types, start_s, unchanged


def talk_clip(project):
    return clip_of(project, "m1")


def music_clip(project):
    return clip_of(project, "m9")


def colour(clip):
    return next(e for e in clip.effects if e.type == "color")


# ---- how I look: a colour change on the talk, nothing else -------------------------------------

@pytest.mark.parametrize("message", [
    "I look a bit green in this shot, can you warm me up",
    "I look kind of grey in this one, warm up the colours on me please",
    "I come across a bit cold on camera here, fix the colour on me",
    "I look really pale in this",
    "my face looks a bit blue in this video",
])
def test_saying_i_look_cold_warms_the_talk_and_nothing_else(message):
    talk = Talk(kettle_project(broll={"m2": 8}))
    result = talk.say(message)
    assert result.steps, result.reply
    assert effect_types(talk_clip(talk.project)) == ["color"], result.reply
    assert colour(talk_clip(talk.project)).temperature > 0
    assert effect_types(clip_of(talk.project, "m2")) == []
    assert talk.held is None, talk.held


@pytest.mark.parametrize("message", ["I look washed out in this", "I look a bit washed out on camera, can you fix the colour on me"])
def test_washed_out_gives_the_talk_more_colour(message):
    talk = Talk(kettle_project(broll={"m2": 8}))
    result = talk.say(message)
    assert effect_types(talk_clip(talk.project)) == ["color"], result.reply
    assert colour(talk_clip(talk.project)).saturation > 1
    assert effect_types(clip_of(talk.project, "m2")) == []


@pytest.mark.parametrize("message", ["my skin looks a bit orange in this, cool it down on me",
                                     "I look way too orange here, can you cool the colour down on me"])
def test_saying_i_look_orange_cools_the_talk(message):
    talk = Talk(kettle_project(broll={"m2": 8}))
    result = talk.say(message)
    assert effect_types(talk_clip(talk.project)) == ["color"], result.reply
    assert colour(talk_clip(talk.project)).temperature < 0


@pytest.mark.parametrize("message, brighter", [("I look too dark in this", True), ("I'm way too bright here", False),
                                               ("I look a bit dim on camera", True)])
def test_saying_i_look_dark_or_bright_fixes_it_never_the_opposite(message, brighter):
    talk = Talk(kettle_project(broll={"m2": 8}))
    result = talk.say(message)
    assert effect_types(talk_clip(talk.project)) == ["color"], result.reply
    assert (colour(talk_clip(talk.project)).brightness > 0) == brighter
    assert effect_types(clip_of(talk.project, "m2")) == []


@pytest.mark.parametrize("message, brighter", [("i'm really dark in the pxl clip", True),
                                               ("I look a bit blue in the pxl clip", None)])
def test_i_look_dark_in_a_named_clip_changes_that_clip_not_the_talk(message, brighter):
    talk = Talk(kettle_project(broll={"m2": 8}))
    result = talk.say(message)
    assert effect_types(clip_of(talk.project, "m2")) == ["color"], result.reply
    assert effect_types(talk_clip(talk.project)) == []
    effect = colour(clip_of(talk.project, "m2"))
    assert effect.brightness > 0 if brighter else effect.temperature > 0


def test_hard_to_hear_over_the_music_plans_ducking():
    result = plan("I'm kind of hard to hear over the music", kettle_project())
    assert [s.tool for s in result.steps] == ["duck_music"], result.reply


# ---- how I sound: a level on the talk ----------------------------------------------------------

@pytest.mark.parametrize("message, db", [
    ("I'm way too loud, drop me 2 dB", -2.0),
    ("I'm a little loud here, bring me down 2.5 dB", -2.5),
    ("I sound a bit loud, take my voice down by 3 dB", -3.0),
    ("I'm a bit quiet, lift me 2 dB", 2.0),
    ("I'm a touch loud, knock me down half a dB", -0.5),
])
def test_a_level_said_about_me_sets_the_talk_level(message, db):
    talk = Talk(kettle_project())
    result = talk.say(message)
    assert talk_clip(talk.project).volume_db == pytest.approx(db), result.reply
    assert music_clip(talk.project).volume_db == pytest.approx(MUSIC_DB)


@pytest.mark.parametrize("message", ["I'm too loud in this", "I sound a bit loud", "my voice is way too loud"])
def test_saying_i_am_loud_turns_the_talk_down(message):
    talk = Talk(kettle_project())
    result = talk.say(message)
    assert talk_clip(talk.project).volume_db < 0, result.reply
    assert music_clip(talk.project).volume_db == pytest.approx(MUSIC_DB)


@pytest.mark.parametrize("message", ["my voice is too boomy", "I sound a bit tinny in this", "I sound muffled"])
def test_a_tone_complaint_says_what_it_cannot_do_and_changes_nothing(message):
    talk = Talk(kettle_project())
    start = talk.project.clone()
    result = talk.say(message)
    assert unchanged(talk, start, result), result.reply
    assert "tone" in result.reply.lower() or "eq" in result.reply.lower(), result.reply


# ---- one clip of a camera on the timeline ------------------------------------------------------

@pytest.mark.parametrize("message, speed", [("the gopro at 80% speed", 0.8), ("gopro footage at half speed please", 0.5),
                                            ("play the gopro shot at 1.5x", 1.5), ("gopro to 70% speed", 0.7)])
def test_the_one_gopro_clip_on_the_timeline_is_the_gopro(message, speed):
    talk = Talk(kettle_project(broll={"m3": 17}))
    result = talk.say(message)
    assert clip_of(talk.project, "m3").speed == pytest.approx(speed), result.reply
    assert talk_clip(talk.project).speed == 1


def test_a_percent_speed_after_at_is_a_rate_not_a_time():
    talk = Talk(kettle_project(broll={"m3": 17, "m7": 30}))
    result = talk.say("the spout filter clip at 60% speed")
    assert clip_of(talk.project, "m7").speed == pytest.approx(0.6), result.reply
    assert clip_of(talk.project, "m3").speed == 1


@pytest.mark.parametrize("message", ["IMG_7711 at half speed, i want to see the water swirling round",
                                     "IMG_7711 at half speed, so people can see the water swirl"])
def test_a_reason_after_an_edit_is_not_another_edit(message):
    talk = Talk(kettle_project(broll={"m4": 20, "m5": 30}))
    result = talk.say(message)
    assert clip_of(talk.project, "m5").speed == 0.5, result.reply
    assert clip_of(talk.project, "m4").speed == 1 and len(list(talk.project.clips())) == 4


# ---- a reaction and a nudge after a level change -------------------------------------------------

@pytest.mark.parametrize("react", ["hmm, too soft now, a little louder", "too quiet now, nudge it up a touch",
                                   "bit quiet now, a tad louder please"])
def test_too_quiet_now_a_bit_louder_raises_the_clip_just_changed(react):
    talk = Talk(kettle_project())
    talk.say("put the music at -26 dB")
    result = talk.say(react)
    level = music_clip(talk.project).volume_db
    assert -26 < level <= -20, result.reply
    assert talk_clip(talk.project).volume_db == 0


@pytest.mark.parametrize("react", ["too loud now, a touch quieter", "hmm bit loud now, a little softer"])
def test_too_loud_now_a_bit_quieter_lowers_the_clip_just_changed(react):
    talk = Talk(kettle_project())
    talk.say("turn the music up to -6 dB")
    result = talk.say(react)
    level = music_clip(talk.project).volume_db
    assert -12 <= level < -6, result.reply
    assert talk_clip(talk.project).volume_db == 0


# ---- the same action on another thing ----------------------------------------------------------

@pytest.mark.parametrize("follow, media, at", [("and the second rinse one at 0:40", "m5", 40.0),
                                               ("and the toothbrush one at 0:50", "m8", 50.0),
                                               ("now the spout filter clip at 0:45", "m7", 45.0)])
def test_and_another_one_at_a_time_places_it_the_same_way(follow, media, at):
    talk = Talk(kettle_project())
    talk.say("put IMG_7710 at 0:20")
    result = talk.say(follow)
    assert start_s(talk.project, clip_of(talk.project, media)) == pytest.approx(at), result.reply
    assert start_s(talk.project, clip_of(talk.project, "m4")) == pytest.approx(20.0)
    track = talk.project.find_clip(clip_of(talk.project, media).id)[0]
    assert track.role == "broll"


def test_and_another_one_at_the_end_goes_at_the_end_not_where_the_last_one_went():
    talk = Talk(kettle_project())
    talk.say("put IMG_7710 at 0:20")
    result = talk.say("and the clean element photo at the end")
    assert start_s(talk.project, clip_of(talk.project, "m6")) > 55, result.reply


def test_and_the_other_clip_gets_the_same_effect():
    talk = Talk(kettle_project(broll={"m7": 38, "m8": 50}))
    talk.say("make the spout filter clip black and white")
    result = talk.say("and the toothbrush one")
    assert effect_types(clip_of(talk.project, "m8")) == ["black_and_white"], result.reply
    assert effect_types(talk_clip(talk.project)) == []


@pytest.mark.parametrize("follow", ["now the toothbrush one", "the toothbrush one", "plus the toothbrush clip"])
def test_a_bare_other_clip_after_an_effect_gets_the_same_effect(follow):
    talk = Talk(kettle_project(broll={"m3": 17, "m7": 30, "m8": 50}))
    talk.say("blur the spout filter clip")
    result = talk.say(follow)
    assert effect_types(clip_of(talk.project, "m8")) == ["blur"], result.reply
    assert effect_types(clip_of(talk.project, "m3")) == [] and effect_types(talk_clip(talk.project)) == []


def test_a_picture_effect_repeated_on_the_music_asks_and_changes_nothing():
    talk = Talk(kettle_project(broll={"m7": 30}))
    talk.say("blur the spout filter clip")
    start = talk.project.clone()
    result = talk.say("and the music")
    assert unchanged(talk, start, result), result.reply


@pytest.mark.parametrize("follow", ["and the long pauses too", "plus the long gaps", "and the big silences as well"])
def test_and_the_pauses_too_after_removing_fillers_plans_the_pauses_cut(follow):
    talk = Talk(kettle_project())
    talk.say("take the ums and uhs out")
    # the silence cut reads the talk's audio, which this project has not got: check the plan on the cut timeline
    result = plan(follow, talk.project, memory=talk.memory)
    assert result.understood, result.reply
    assert [s.tool for s in result.steps] == ["remove_silences"], result.steps


def test_and_the_thing_too_with_no_earlier_cut_is_not_a_cut():
    talk = Talk(kettle_project())
    talk.say("put IMG_7710 at 0:20")
    result = plan("and the long pauses too", talk.project, memory=talk.memory)
    assert not any(s.tool in ("remove_silences", "cut_range") for s in result.steps), result.steps


# ---- questions without a question mark, or with a typo -----------------------------------------

@pytest.mark.parametrize("question, sentence", [
    ("at what point do i start on the scrubbing", 6),
    ("wheres the bit about the spout filter", 7),
    ("at which point do i get onto rinsing it", 8),
    ("whens the part about citric acid", 9),
    ("where abouts do i talk about hard water", 10),
])
def test_a_loose_question_answers_with_the_time_and_never_edits(question, sentence):
    talk = Talk(kettle_project(broll={"m2": 8}))
    start = talk.project.clone()
    result = talk.say(question)
    assert unchanged(talk, start, result), result.reply
    assert result.special == "answer", result.reply
    assert clock(sentence_span(sentence)[0]) in result.reply, result.reply
