"""Round-8 dialogue on a project of our own (tests/planner/backpack_project.py: packing a hiking
backpack). Phrasings are our own, written before the mechanisms, the way a new user talks to
fresh footage: music laid under the whole video, the silent tail after the last word, things
named that the project does not have, and the examples and replies a user reads.

Each turn is planned, applied as ONE batch through History (as the orchestrator applies a turn)
and checked on the timeline; ambiguous or impossible ones must change nothing.
"""

from __future__ import annotations

import re

import pytest

from editor_app.model.history import History, apply_all
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.planner.examples import help_text
from editor_app.tools import TOOLS, ToolContext
from tests.planner.backpack_project import LAST_WORD_END, LENGTH, MUSIC_NAME, SEGMENTS, backpack_project


def applied(project, result):
    """The project after the plan's steps, each on the result of the ones before, as one batch."""
    scratch, ops = project.clone(), []
    for s in result.steps:
        made = TOOLS.find(s.tool).call(ToolContext(scratch, None), s.args)
        apply_all(scratch, made)
        ops.extend(made)
    history = History()
    history.apply(project, ops, "turn")
    return project


def music_clips(project):
    return [(t, c) for t in project.tracks for c in t.clips if c.media_id and project.media[c.media_id].name == MUSIC_NAME]


def sec(project, frames) -> float:
    return float(seconds(frames, project.fps))


# ---- music laid under the whole video -----------------------------------------------------------

@pytest.mark.parametrize("message", [
    "lay the campfire tune softly under the whole thing",
    "put some quiet background music under everything",
    "add the music bed quietly under everything",
    "can you run the acoustic loop under the entire video, nice and low",
    "stick the music underneath it all but keep it quiet",
])
def test_music_from_the_bin_goes_under_the_whole_video_at_a_low_level(message):
    p = backpack_project(music="bin")
    result = plan(message, p)
    assert result.steps, result.reply
    applied(p, result)
    [(track, clip)] = music_clips(p)
    assert track.role == "music" and track.kind == "audio"
    assert clip.start == 0 and sec(p, clip.end) == pytest.approx(LENGTH, abs=0.05)
    assert clip.volume_db <= -12  # a bed under speech, not full level
    assert [c.media_id for c in p.tracks[0].clips] == ["m1"]  # the talk is untouched


def test_music_under_everything_makes_a_music_track_when_there_is_none():
    p = backpack_project(music="bin", music_track=False)
    result = plan("put some quiet background music under everything", p)
    assert result.steps, result.reply
    applied(p, result)
    [(track, clip)] = music_clips(p)
    assert track.kind == "audio" and track.role == "music"
    assert clip.start == 0 and sec(p, clip.end) == pytest.approx(LENGTH, abs=0.05) and clip.volume_db <= -12


def test_music_already_under_everything_is_not_added_twice_but_made_quiet():
    p = backpack_project(music="timeline")
    result = plan("add the music bed quietly under everything", p)
    applied(p, result)
    [(_, clip)] = music_clips(p)  # still one music clip
    assert clip.volume_db < -10  # it was at -10 dB: "quietly" brings it down


# ---- a named thing the project does not have ---------------------------------------------------

@pytest.mark.parametrize("message", [
    "add the music bed quietly under everything",
    "lay some soft music under the whole video",
    "duck the music under my voice",
    "fade the soundtrack out at the end",
    "the music is too loud, bring it down",
])
def test_music_asked_for_in_a_project_without_music_says_so_and_changes_nothing(message):
    p = backpack_project(music=None)
    result = plan(message, p)
    assert result.steps == [], result.reply
    assert re.search(r"\bno music\b", result.reply, re.I), result.reply
    # never a question about a clip that is not music
    assert not re.search(r"IMG_3307|GH01087|rain cover|water bladder|gear flatlay|zip pull|C0042", result.reply), result.reply


@pytest.mark.parametrize("message", ["make the summit timelapse black and white", "put the drone footage at 0:20"])
def test_a_clip_the_project_does_not_have_is_named_back_not_swapped_for_another(message):
    p = backpack_project(broll={"m2": 8})
    result = plan(message, p)
    assert result.steps == []
    word = "summit" if "summit" in message else "drone"
    assert word in result.reply.lower(), result.reply


# ---- the silent tail after the last word ------------------------------------------------------

@pytest.mark.parametrize("message", [
    "trim off the silent bit at the end",
    "there's a few seconds of nothing at the end, chop that",
    "get rid of the dead air after I finish talking",
    "cut the quiet stretch at the very end of the video",
])
def test_the_silence_at_the_end_is_cut_after_the_last_word_only(message):
    p = backpack_project()
    result = plan(message, p)
    [s] = result.steps
    assert s.tool == "remove_silences", result.reply
    assert s.args["start"] >= LAST_WORD_END - 0.01  # nothing between the sentences is touched
    assert s.args.get("end") is None or s.args["end"] >= LENGTH - 0.05


def test_the_silence_before_the_first_word_is_cut_at_the_start_only():
    p = backpack_project()
    result = plan("lose the quiet bit before I start talking", p)
    [s] = result.steps
    assert s.tool == "remove_silences", result.reply
    assert s.args["end"] <= SEGMENTS[0].start + 0.01 and s.args.get("start", 0) == 0


def test_every_pause_is_still_every_pause():
    result = plan("cut all the silences", backpack_project())
    assert [s.tool for s in result.steps] == ["remove_silences"] and "start" not in result.steps[0].args


# ---- examples and replies say only what this project has --------------------------------------

def _all_text(result) -> str:
    return " ".join([result.reply, *result.suggestions])


def test_examples_name_only_media_the_project_has():
    p = backpack_project(music=None)
    for message in ("blorp the frobnicator", "help", "what can you do"):
        text = _all_text(plan(message, p)).lower()
        assert "beach" not in text and "summer" not in text, text
        assert "music" not in text, text  # no music here: no example about it
    assert "beach" not in help_text(p).lower() and "music" not in help_text(p).lower()


def test_examples_use_this_projects_names():
    p = backpack_project(music="timeline")
    text = _all_text(plan("blorp the frobnicator", p))
    assert re.search(r"IMG_3307|GH01087|rain cover|water bladder|gear flatlay", text), text
    assert "music" in help_text(p).lower()


def test_an_empty_project_gets_no_examples_about_clips_it_lacks():
    from editor_app.model.project import Project, Settings

    p = Project(name="empty", settings=Settings(fps=25))
    text = " ".join([help_text(p), *plan("do the thing", p).suggestions]).lower()
    assert "beach" not in text and "c1" not in text and "music" not in text, text
    assert "import" in text


def test_a_tool_hint_does_not_leak_into_the_reply():
    p = backpack_project(music=None)
    words = [w for w in p.media["m1"].words if w.text.strip(",.").lower() not in ("um", "uh")]
    p.media["m1"] = p.media["m1"].model_copy(update={"words": tuple(words)})
    result = plan("get rid of all my ums and uhs", p)
    assert not re.search(r"words or extra|\bextra\b|how_to_fix|\bargs?\b", result.reply), result.reply
    assert result.steps == [] or "um" not in result.reply.lower()


# ---- times said loosely ------------------------------------------------------------------------

@pytest.mark.parametrize("message,media,start", [
    ("GH010872 @ 0:41", "m4", 41.0),
    ("IMG_3307 at 0:40", "m2", 40.0),
    ("water bladder refill at 33.5", "m5", 33.5),
    ("the hip belt gopro clip @ 1:02", "m3", 62.0),
])
def test_a_clip_and_a_time_with_no_verb_is_a_placement(message, media, start):
    p = backpack_project()
    applied(p, plan(message, p))
    [clip] = [c for t in p.tracks for c in t.clips if c.media_id == media]
    assert sec(p, clip.start) == pytest.approx(start, abs=0.05)


@pytest.mark.parametrize("message,sentence,offset", [
    ("put the rain cover clip 2 seconds after I start talking about the rain", 10, 2.0),
    ("water bladder shot one second after the start of the bit about the bladder", 5, 1.0),
    ("IMG_3307 3 secs after i start on the sleeping bag", 2, 3.0),
])
def test_a_time_relative_to_a_topic(message, sentence, offset):
    p = backpack_project()
    result = plan(message, p)
    assert result.steps, result.reply
    [s] = [s for s in result.steps if "media_id" in s.args]
    assert s.args["start"] == pytest.approx(SEGMENTS[sentence].start + offset, abs=0.3)


@pytest.mark.parametrize("message,cut", [
    ("only keep the last 20 seconds", (0, LENGTH - 20)),
    ("just keep the first 40 seconds", (40, LENGTH)),
    ("wipe everything after 0:50", (50, LENGTH)),
    ("clear out everything past 0:45", (45, LENGTH)),
])
def test_keep_and_wipe_are_cuts_of_the_rest(message, cut):
    from editor_app.orchestrator.safety import review

    p = backpack_project()
    result = plan(message, p)
    [s] = result.steps
    assert s.tool == "cut_range", result.reply
    assert (s.args["start"], s.args["end"]) == pytest.approx(cut, abs=0.1)
    before = p.clone()
    ops = []
    scratch = p.clone()
    for st in result.steps:
        made = TOOLS.find(st.tool).call(ToolContext(scratch, None), st.args)
        apply_all(scratch, made)
        ops.extend(made)
    applied(p, result)
    assert float(seconds(p.duration, p.fps)) == pytest.approx(LENGTH - (cut[1] - cut[0]), abs=0.3)
    assert review(before, p, ops, message) is not None  # a big cut: the turn asks for a yes first


@pytest.mark.parametrize("message", [
    "get rid of everything before I talk about the hip belt",
    "lose everything before I buckle the hip belt",
])
def test_everything_before_a_described_moment_is_one_cut_never_the_whole_talk(message):
    p = backpack_project()
    result = plan(message, p)
    assert [s.tool for s in result.steps] == ["cut_range"], result.reply
    assert result.steps[0].args["start"] == 0
    assert result.steps[0].args["end"] == pytest.approx(SEGMENTS[8].start, abs=0.3)


def test_a_placement_and_a_look_in_one_breath_without_a_comma():
    p = backpack_project()
    result = plan("rain cover at 0:40 in black and white", p)
    applied(p, result)
    [clip] = [c for t in p.tracks for c in t.clips if c.media_id == "m6"]
    assert sec(p, clip.start) == pytest.approx(40) and clip.effects[0].type == "black_and_white"


def test_a_placement_and_a_caption_in_one_sentence_are_both_done():
    p = backpack_project()
    result = plan('put the rain cover at 0:20 and a title "Pack It Right" at 0:20 too', p)
    applied(p, result)
    [clip] = [c for t in p.tracks for c in t.clips if c.media_id == "m6"]
    assert sec(p, clip.start) == pytest.approx(20)
    [title] = [c for t in p.tracks for c in t.clips if c.generator is not None]
    assert title.generator.text == "Pack It Right" and sec(p, title.start) == pytest.approx(20)


# ---- sound said loosely ------------------------------------------------------------------------

@pytest.mark.parametrize("message,db", [("music to -22", -22), ("campfire loop to -20db", -20),
                                        ("bring the music to -18", -18), ("set the music to -24db", -24)])
def test_a_bare_negative_number_for_a_sound_is_decibels(message, db):
    p = backpack_project(music="timeline")
    applied(p, plan(message, p))
    [(_, clip)] = music_clips(p)
    assert clip.volume_db == db and clip.start == 0


@pytest.mark.parametrize("message,direction", [("ease the music in at the beginning", "in"),
                                               ("ease the campfire loop out at the end", "out")])
def test_easing_music_in_or_out_is_a_fade(message, direction):
    p = backpack_project(music="timeline")
    result = plan(message, p)
    assert [(s.tool, s.args["direction"]) for s in result.steps] == [("fade", direction)], result.reply


# ---- a conversation ----------------------------------------------------------------------------

def _talk(project):
    from tests.planner.test_dialogue_knife import Talk

    return Talk(project)


@pytest.mark.parametrize("follow,lower", [("bit lower", True), ("little quieter", True), ("bit louder", False),
                                          ("a touch higher", False)])
def test_a_bare_bit_lower_after_a_volume_change_goes_on_from_there(follow, lower):
    talk = _talk(backpack_project(music="timeline"))
    talk.say("music to -18 dB")
    talk.say(follow)
    [(_, clip)] = music_clips(talk.project)
    assert (clip.volume_db < -18) if lower else (-18 < clip.volume_db < -10), clip.volume_db


@pytest.mark.parametrize("follow", ["do the music as well", "do the music too", "and the music"])
def test_do_the_music_as_well_repeats_the_last_edit_on_the_music(follow):
    talk = _talk(backpack_project(music="timeline"))
    talk.say("fade the talk out over 3 seconds")
    result = talk.say(follow)
    assert result.steps, result.reply
    [(_, clip)] = music_clips(talk.project)
    assert [e.type for e in clip.effects] == ["fade_out"]


@pytest.mark.parametrize("follow", ['change the text to "Hip belt goes first"', 'make it say "Hip belt goes first"',
                                    'reword that caption to "Hip belt goes first"'])
def test_changing_the_words_of_the_caption_just_added(follow):
    talk = _talk(backpack_project())
    talk.say('add a caption "Hip belt first" at 0:30')
    talk.say(follow)
    [title] = [c for t in talk.project.tracks for c in t.clips if c.generator is not None]
    assert title.generator.text == "Hip belt goes first" and sec(talk.project, title.start) == pytest.approx(30)


# ---- questions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("message,has", [("what frame rate is this", "25"), ("what fps is the project", "25"),
                                         ("how loud is the music", "-10"), ("what's the music at volume-wise", "-10"),
                                         ("what level is the music sitting at", "-10")])
def test_questions_about_settings_and_levels_are_answered(message, has):
    result = plan(message, backpack_project(music="timeline"))
    assert result.special == "answer" and has in result.reply, result.reply


# ---- complaints about how I look ---------------------------------------------------------------

@pytest.mark.parametrize("message,warmer", [("I look kinda blue on camera, warm up the color on me", True),
                                            ("my skin looks way too orange, cool me down a bit", False),
                                            ("I look a bit cold and blue, can you warm it up", True)])
def test_a_colour_complaint_about_me_changes_the_talk(message, warmer):
    p = backpack_project(broll={"m2": 8})
    result = plan(message, p)
    applied(p, result)
    [effect] = p.tracks[0].clips[0].effects
    assert effect.type == "color" and (effect.temperature > 0) == warmer


def test_an_offset_from_words_said_once_counts_from_those_words_not_a_look_alike_sentence():
    # "the hip belt" is said once; "the shoulder straps" sentence is about straps too
    p = backpack_project()
    result = plan("put GH010871 2 seconds after the start of the hip belt bit", p)
    [s] = [s for s in result.steps if "media_id" in s.args]
    assert s.args["start"] == pytest.approx(SEGMENTS[8].start + 2, abs=0.3)  # the sentence that says it, + 2 s


@pytest.mark.parametrize("message", ["duck the music under my voice", "fade the music out at the end",
                                     "turn the music down a bit"])
def test_music_still_in_the_bin_is_named_and_placing_it_offered(message):
    result = plan(message, backpack_project(music="bin"))
    assert result.steps == [] and MUSIC_NAME in result.reply and "under everything" in result.reply, result.reply


@pytest.mark.parametrize("message", ["remove the clip", "speed the clip up 2x", "delete the selected clip"])
def test_which_clip_questions_give_an_example_from_this_project(message):
    result = plan(message, backpack_project(broll={"m6": 10}))
    assert result.steps == [] and "beach" not in result.reply, result.reply
    assert "c2" in result.reply or "rain cover" in result.reply, result.reply


def test_help_and_a_failed_turn_through_the_orchestrator_name_only_this_projects_media(tmp_path):
    """The whole turn path (Session + Orchestrator + offline backend), as the window and CLI run it."""
    import asyncio

    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session

    session = Session.create(tmp_path / "daypack", fps=25)
    p = backpack_project(music=None)
    talk = p.media["m1"]
    words = tuple(w for w in talk.words if w.text.strip(",.").lower() not in ("um", "uh"))
    session.apply([ImportMedia(asset=talk.model_copy(update={"id": "", "words": words})),
                   AddTrack(kind="video", role="main", name="Main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place the talk")
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    helped = asyncio.run(orchestrator.propose("help"))
    assert helped.special == "help" and "beach" not in helped.reply and "music" not in helped.reply, helped.reply
    failed = asyncio.run(orchestrator.run_turn("take out all my ums and uhs"))
    assert not failed.applied and not re.search(r"words or extra|how_to_fix", failed.reply), failed.reply
    both = asyncio.run(orchestrator.run_turn("remove the ums, then cut the first 2 seconds"))
    assert not both.applied and "remove_fillers" not in both.reply and "words or extra" not in both.reply, both.reply
    no_music = asyncio.run(orchestrator.run_turn("add the music bed quietly under everything"))
    assert not no_music.applied and "no music" in no_music.reply, no_music.reply


@pytest.mark.parametrize("message", ["clear all the effects", "wipe all the effects off the talk"])
def test_wipe_or_clear_without_a_time_is_never_a_cut(message):
    result = plan(message, backpack_project(broll={"m2": 8}))
    assert not any(s.tool in ("cut_range", "remove_clip", "remove_silences") for s in result.steps), result.steps


def test_everything_before_i_start_talking_is_only_the_lead_in():
    result = plan("cut everything before I start talking", backpack_project())
    [s] = result.steps
    assert s.tool == "remove_silences" and s.args["end"] <= SEGMENTS[0].start + 0.01


def test_an_offset_from_a_numbered_step_said_in_words():
    # the chat text has digits ("step two" arrives as "step 2"); the talk says the words
    from tests.planner.own_talk import timed

    script = [("Step one, lay everything out.", 0.4), ("Step two, the sleeping bag goes in first.", 0.4),
              ("Step three, the heavy things go in the middle.", 0.4)]
    words, segments, length = timed(script, 0.3)
    p = backpack_project()
    p.media["m1"] = p.media["m1"].model_copy(update={"words": tuple(words), "transcript": tuple(segments)})
    result = plan("put the rain cover clip 1 second after the start of the step two bit", p)
    [s] = [s for s in result.steps if "media_id" in s.args]
    assert s.args["start"] == pytest.approx(segments[1].start + 1, abs=0.3)
