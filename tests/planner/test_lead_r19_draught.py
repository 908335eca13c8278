"""Round 19 (lead): mechanisms the round's review of blind suites R and S still lacked, tested in our own words on
the draught-excluder project (tests/planner/draught_project.py), through the orchestrator and the offline planner.

- Quoted words cut every time they are said ("cut every 'innit'"), or after a complaint about how often they are
  said ("he keeps saying 'innit' at the end of sentences, take all of those out"); quoted words never said ask.
- A retake named in the third person ("where he starts the line over", "the first time he explains X he messes it
  up, remove that attempt"), as whoever edits for the speaker says it.
- Which clip leads, said on its own ("the door gap clip should go first", "door gap one first, then the hacksaw one").
- "line up X with the start of 'Y'" and "when he says 'Y'": the clip moved to start where those words start.
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from tests.planner.draught_project import SCRIPT, WORDS, draught_session
from tests.planner.own_talk import Chat, heard, talk_without

UNCUT = talk_without(SCRIPT, [])


# Chat: tests/planner/own_talk.py


@pytest.fixture
def door(tmp_path):
    return Chat(draught_session(tmp_path / "draught"))


@pytest.fixture
def door_broll(tmp_path):
    """The hacksaw clip (m7) at 20 s and the door-gap close-up (m10) at 24 s on the B-roll track."""
    return Chat(draught_session(tmp_path / "draught", broll={"m7": 20.0, "m10": 24.0}))


def _word_start(sentence: int, token: str) -> float:
    """Where ``token`` (its first letters) starts in sentence ``sentence``, seconds on the uncut timeline."""
    from tests.planner.draught_project import SEGMENTS

    seg = SEGMENTS[sentence]
    return next(w.start for w in WORDS if seg.start - 1e-6 <= w.start <= seg.end and w.text.lower().startswith(token))


# ---- quoted words, every time ---------------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["cut every 'innit'", 'remove all the "innit"s', "take 'innit' out everywhere"])
def test_quoted_words_are_cut_every_time_they_are_said(door, message):
    door.say(message)
    assert heard(door.project) == talk_without(SCRIPT, [], [(4, "innit."), (9, "innit.")])


@pytest.mark.parametrize("message", [
    "he keeps saying 'innit' at the end of sentences, take all of those out",
    "she says 'basically' way too often, bin them",
])
def test_words_said_too_often_then_them_removed_goes_everywhere(door, message):
    door.say(message)
    if "innit" in message:
        assert heard(door.project) == talk_without(SCRIPT, [], [(4, "innit."), (9, "innit.")])
    else:
        assert heard(door.project) == talk_without(SCRIPT, [], [(0, "basically"), (8, "basically."), (12, "basically")])


def test_quoted_words_never_said_ask_and_change_nothing(door):
    reply = door.say("cut every 'to be honest'").reply
    assert "to be honest" in reply and "which clip" not in reply.lower()
    assert heard(door.project) == UNCUT


def test_every_quoted_filler_is_still_the_filler_tool():
    from tests.planner.draught_project import draught_project
    from editor_app.planner.core import plan

    result = plan('remove every "so"', draught_project())
    assert [(s.tool, s.args) for s in result.steps] == [("remove_fillers", {"words": ["so"]})]


# ---- a retake said in the third person ----------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "cut where he starts the line over",
    "he starts the sentence again at one point, cut that",
    "the first time he explains holding the strip against the door he messes it up, remove that attempt",
])
def test_a_retake_said_in_the_third_person_is_the_false_start(door, message):
    door.say(message)
    assert heard(door.project) == talk_without(SCRIPT, [6])


# ---- which clip leads -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "the door gap clip should go first",
    "door gap one first, then the hacksaw one",
    "hacksaw clip and door gap clip, the door gap one has to come first",
])
def test_the_clip_said_to_come_first_swaps_with_the_one_before_it(door_broll, message):
    door_broll.say(message)
    assert door_broll.starts("m10") == [20.0]
    assert door_broll.starts("m7") == [24.0]


def test_the_clip_already_first_changes_nothing(door_broll):
    reply = door_broll.say("the hacksaw clip should go first").reply
    assert "already" in reply
    assert door_broll.starts("m7") == [20.0] and door_broll.starts("m10") == [24.0]


@pytest.mark.parametrize("message", ["take out both innits first, then cut the last 2 seconds",
                                     "cut the last 2 seconds first, then take out both innits"])
def test_cut_this_first_then_that_is_still_two_steps(door, message):
    from tests.planner.own_talk import length_of
    from tests.planner.draught_project import LENGTH

    door.say(message)
    assert "innit" not in heard(door.project)
    assert heard(door.project).startswith("Right, today I'm fitting")  # the last 2 s went, never the first
    assert length_of(door.project) < LENGTH - 2.5


# ---- lined up with words ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "line up the hacksaw clip with the start of 'Mark the strip with the pencil'",
    "line the hacksaw vid up with where he starts saying 'mark the strip'",
    "make the hacksaw clip start when she says 'mark the strip'",
])
def test_a_clip_lined_up_with_words_starts_where_they_start(tmp_path, message):
    chat = Chat(draught_session(tmp_path / "draught", broll={"m7": 10.0}))
    chat.say(message)
    at = _word_start(5, "mark")
    assert chat.starts("m7") == [pytest.approx(at, abs=0.05)]


# ---- a word placed by the sentence it is in ---------------------------------------------------------------------

@pytest.mark.parametrize("message, dropped", [
    ("cut the innit at the end of the Gareth sentence", (9, "innit.")),
    ("take 'basically' out of the screw holes line", (8, "basically.")),
    ("remove the innit after 'measure the door'", (4, "innit.")),
    ("cut 'basically' out of 'mark the screw holes, drill tiny pilot holes'", (8, "basically.")),
])
def test_a_word_placed_by_its_sentence_goes_alone(door, message, dropped):
    """Before: the sentence named after the word was read as the thing to cut, and the whole of it went."""
    door.say(message)
    assert heard(door.project) == talk_without(SCRIPT, [], [dropped])


def test_a_word_not_in_the_line_named_changes_nothing(door):
    door.say("cut 'basically' out of 'measure the width of the door'")
    assert heard(door.project) == UNCUT


# ---- every pause, said as people say it; one pause by its time ---------------------------------------------------

@pytest.mark.parametrize("message", [
    "there are some long gaps where she's thinking, could you close them up",
    "pull up the dead air between lines throughout",
    "too much dead air, close the gaps",
])
def test_every_long_pause_is_tightened_however_it_is_asked(door, message):
    from tests.planner.draught_project import LENGTH
    from tests.planner.own_talk import length_of

    door.say(message)
    assert heard(door.project) == UNCUT  # no word lost
    saved = sum(p - 0.5 for _, p in SCRIPT[:-1] if p > 0.5)
    assert length_of(door.project) == pytest.approx(LENGTH - saved, abs=0.3)


def test_the_silence_at_a_time_is_that_pause_only():
    """Before: "cut the silence at T" cut every silence in the talk (remove_silences over the whole timeline)."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    at = SEGMENTS[5].end + 0.5  # inside the 1.6 s pause after sentence 5
    result = plan(f"cut the silence at {int(at // 60)}:{at % 60:05.2f}", draught_project())
    assert [s.tool for s in result.steps] == ["remove_silences"]
    args = result.steps[0].args
    assert args["start"] == pytest.approx(SEGMENTS[5].end, abs=0.05)
    assert args["end"] == pytest.approx(SEGMENTS[6].start, abs=0.05)


def test_no_pause_at_the_time_said_asks():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    result = plan("cut the silence at 0:01", draught_project())
    assert not result.steps and "pause at 0:01" in result.reply


# ---- which fillers (on the birdhouse project: two ums, one uh, one er) -----------------------------------------------

def _filler_words(message: str) -> list[str] | None:
    from editor_app.planner.core import plan
    from tests.planner.birdhouse_project import birdhouse_project

    result = plan(message, birdhouse_project())
    steps = [s for s in result.steps if s.tool == "remove_fillers"]
    return sorted(steps[0].args.get("words", [])) if len(steps) == 1 else None


@pytest.mark.parametrize("message", ["only the ums, leave the uhs alone", "just the ums please, keep the uhs in"])
def test_only_these_fillers_not_those(message):
    words = _filler_words(message)
    assert words and "um" in words and not {"uh", "uhh"} & set(words)


@pytest.mark.parametrize("message", ["take out all the um s and ah s", "he hesitates loads, cut the um and uh noises"])
def test_fillers_dictated_apart_or_named_as_noises_are_both_kinds(message):
    words = _filler_words(message)
    assert words and "um" in words and "uh" in words


# ---- a title placed where words are said, or at the playhead ------------------------------------------------------

@pytest.mark.parametrize("message", [
    "title 'Step 2: Cut it' right when he says 'Mark the strip with the pencil'",
    "caption 'Step 2: Cut it' just as I start 'Mark the strip with the pencil'",
    "title 'Step 2: Cut it' over 'Mark the strip with the pencil'",
])
def test_a_title_goes_where_the_words_are_said(message):
    """Before: the place was not read and the title went to 0:00."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan(message, draught_project())
    assert [s.tool for s in result.steps] == ["add_title"]
    assert result.steps[0].args["text"] == "Step 2: Cut it"
    assert result.steps[0].args["start"] == pytest.approx(SEGMENTS[5].start, abs=0.1)


def test_a_title_at_playhead_without_the_is_at_the_playhead():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    project = draught_project()
    result = plan('text "DONE." at playhead', project, playhead=30 * project.fps)
    assert [(s.args["text"], s.args["start"]) for s in result.steps] == [("DONE.", 30)]


def test_a_title_placed_by_words_never_said_asks_instead_of_going_to_the_start():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    result = plan("caption 'Step 9' right when she starts talking about the wallpaper paste", draught_project())
    assert not result.steps


# ---- twin file names: a copy, a duplicate's counter, a verb that is also a name ------------------------------------

def _twins_project(broll=None):
    from tests.planner.draught_project import LENGTH, SEGMENTS, TALK, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    others = [asset("hinge close.mov", "video", 5.0), asset("hinge close copy.mov", "video", 5.0),
              asset("screwing the strip (1).mp4", "video", 6.0), asset("door knock.wav", "audio", 1.0),
              asset("warm acoustic loop.m4a", "audio", 240.0)]
    return talk_project("twins", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m6", music_db=-20.0,
                        broll=broll)


def _placed(message: str, broll=None) -> list[str]:
    from editor_app.planner.core import plan

    project = _twins_project(broll)
    result = plan(message, project)
    return [project.media[s.args["media_id"]].name for s in result.steps if s.tool == "place_broll"]


def test_a_whole_name_said_is_that_file_not_its_shorter_twin():
    """Before: "hinge close copy" asked whether "hinge close.mov" or "hinge close copy.mov" was meant."""
    assert _placed("hinge close copy at 0:20") == ["hinge close copy.mov"]
    assert _placed("hinge close at 0:20") == ["hinge close.mov"]
    assert _placed("the copy one at 0:20") == ["hinge close copy.mov"]


def test_a_duplicate_counter_the_project_lacks_asks():
    """Before: "screwing the strip (2).mp4" placed "screwing the strip (1).mp4"."""
    from editor_app.planner.core import plan

    result = plan("screwing the strip (2).mp4 at 0:30", _twins_project())
    assert not result.steps and "screwing the strip (1).mp4" in result.reply
    assert _placed("screwing the strip (1).mp4 at 0:30") == ["screwing the strip (1).mp4"]


def test_a_verb_that_is_also_in_a_file_name_is_the_verb():
    """Before: "knock 2 seconds off the hinge close copy clip" named "door knock.wav"."""
    from editor_app.planner.core import plan

    project = _twins_project({"m3": 10.0})
    result = plan("knock 2 seconds off the hinge close copy clip", project)
    assert [(s.tool, s.args.get("clip_id")) for s in result.steps] == [("trim_clip", "c3")]


# ---- a jump said as what the video does; the voice and the music said loosely -----------------------------------

def _steps(message: str, broll=None, memory_first: str | None = None):
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    return plan(message, draught_project(broll)).steps


def test_a_sudden_jump_made_softer_is_a_crossfade_not_a_volume():
    """Before: "could it be softer" set both clips' volume down 6 dB."""
    steps = _steps("it jumps so suddenly from the hacksaw clip to the door gap one, could it be a bit softer",
                   broll={"m7": 20.0, "m10": 24.0})
    assert [s.tool for s in steps] == ["add_transition"]


def test_how_my_voice_comes_across_then_the_fix_is_the_fix():
    steps = _steps("I'm a bit loud in places, could you bring my voice down 2 dB")
    assert [(s.tool, s.args.get("clip_id"), s.args.get("db")) for s in steps] == [("set_volume", "c1", -2)]


def test_the_music_under_the_voice_is_ducked():
    assert "duck_music" in [s.tool for s in _steps("normalise my voice and make the music dip under it")]


@pytest.mark.parametrize("message", ["the music is far too loud, I can hardly hear myself over it",
                                     "the music is so loud nobody can hear me talking"])
def test_music_too_loud_to_hear_the_voice_is_turned_down(message):
    """Two blind writers meant the bed's level here, not a dip under the speech."""
    steps = _steps(message)
    assert [s.tool for s in steps] == ["set_volume"] and steps[0].args["db"] < -20


def test_seconds_off_the_top_are_the_first_seconds():
    steps = _steps("trim 3 seconds off the top")
    assert [s.tool for s in steps] == ["cut_range"] and steps[0].args["start"] == 0


# ---- the speaker in the third person; camera files told apart by what they show; times typed together -------------

def test_where_she_says_quoted_words_is_a_place_not_a_title():
    """Before: "put the hacksaw clip where she says 'X'" added a TITLE reading X at 0:00."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan("put the hacksaw clip where she says 'mark the strip with the pencil'", draught_project())
    assert [s.tool for s in result.steps] == ["place_broll"]
    assert result.steps[0].args["start"] == pytest.approx(SEGMENTS[5].start, abs=0.1)


@pytest.mark.parametrize("typed, read", [("at 2m7", "at 2:07"), ("from 1m30 to 1m45", "from 1:30 to 1:45"),
                                         ("a 5m tape", "a 5m tape")])
def test_minutes_and_seconds_typed_together_are_a_clock(typed, read):
    from editor_app.planner.text import normalize

    assert normalize(typed) == read


def _cameras_project():
    from tests.planner.draught_project import LENGTH, SEGMENTS, TALK, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    others = [asset("DJI_20260201101500_0003_D.MP4", "video", 5.0, "wide shot of the whole hallway and the front door"),
              asset("DJI_20260201104512_0007_D.MP4", "video", 5.0, "screwing the brush strip on, close up"),
              asset("ScreenRecording_02-01-2026 20-11-05.MP4", "video", 6.0, ""),
              asset("IMG_5120.MOV", "video", 5.0, "the old strip peeling off"),
              asset("warm acoustic loop.m4a", "audio", 240.0)]
    return talk_project("cams", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m6", music_db=-20.0)


@pytest.mark.parametrize("message, name", [
    ("the osmo wide of the hallway at 0:10", "DJI_20260201101500_0003_D.MP4"),
    ("the dji clip of the strip going on at 0:10", "DJI_20260201104512_0007_D.MP4"),
    ("put the ipad screen recording at 0:10", "ScreenRecording_02-01-2026 20-11-05.MP4"),
])
def test_a_cameras_files_are_told_apart_by_what_is_said_of_them(message, name):
    """Before: the two DJI files tied (asked) whatever was said of them; "the ipad screen recording" offered IMG_ files."""
    from editor_app.planner.core import plan

    project = _cameras_project()
    result = plan(message, project)
    assert [project.media[s.args["media_id"]].name for s in result.steps if s.tool == "place_broll"] == [name]


def test_a_camera_said_alone_with_two_files_still_asks():
    from editor_app.planner.core import plan

    result = plan("the osmo clip at 0:10", _cameras_project())
    assert not result.steps


# ---- two removals joined by "and the one where"; dictation's "were" ------------------------------------------------

def test_a_story_and_the_one_where_he_says_x_are_two_whole_sentences(door):
    """Before: the first object was lost and only the words after "says" were cut."""
    door.say("remove the Gareth story and the one where he says no more draught")
    assert heard(door.project) == talk_without(SCRIPT, [9, 12])


def test_dictated_were_for_where_starts_the_video_there():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan("can the video start at the part were i say measure the width of the door", draught_project())
    assert [(s.tool, s.args["start"]) for s in result.steps] == [("cut_range", 0)]
    assert result.steps[0].args["end"] == pytest.approx(SEGMENTS[3].start, abs=0.05)


# ---- rescue readings: words of the talk named without quotes, a thing not wanted, a length without a verb ---------

@pytest.mark.parametrize("message, dropped, sentences", [
    ("he says innit all the time lol cut all the innits", [(4, "innit."), (9, "innit.")], []),
    ("lose the innits and the basicallys", [(4, "innit."), (9, "innit."), (0, "basically"), (8, "basically."), (12, "basically")], []),
    ("I'd rather not have the bit about Gareth, take that whole sentence out please", [], [9]),
])
def test_words_of_the_talk_named_without_quotes_are_cut(door, message, dropped, sentences):
    door.say(message)
    assert heard(door.project) == talk_without(SCRIPT, sentences, dropped)


def test_unquoted_words_said_once_are_those_words(door):
    door.say("cut you could post a letter through")
    assert heard(door.project) == UNCUT.replace(" you could post a letter through.", "")


def test_a_rescue_reading_never_cuts_words_the_talk_does_not_say(door):
    door.say("cut you could post a parcel through")
    assert heard(door.project) == UNCUT


def test_a_length_said_without_a_verb_trims_the_clip():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    result = plan("hacksaw clip down to two seconds", draught_project({"m7": 10.0}))
    assert [s.tool for s in result.steps] == ["trim_clip"]


def test_the_order_said_after_what_is_wrong_swaps(door_broll):
    door_broll.say("wrong order, the door gap one should come before the hacksaw one")
    assert door_broll.starts("m10") == [20.0] and door_broll.starts("m7") == [24.0]


def test_a_ripple_delete_is_a_cut(door):
    door.say("ripple delete 'nice and straight'")
    assert heard(door.project) == UNCUT.replace(" nice and straight.", "")


# ---- the conversation: the time asked again, an interjection in front -------------------------------------------

@pytest.mark.parametrize("again", ["sorry whats the time on that again", "what time was that again?"])
def test_the_time_asked_again_is_the_last_answer(door, again):
    first = door.say("where do i talk about Gareth?").reply
    assert "0:" in first
    reply = door.say(again).reply
    assert first.split(":")[0][-1] in reply and heard(door.project) == UNCUT
    import re as _re
    assert _re.findall(r"\d:\d\d", first)[0] in reply


def test_an_interjection_before_a_follow_up_is_no_instruction(door):
    door.say("turn the music down 6 dB")
    level = next(c.volume_db for c in door.project.clips() if c.media_id == "m13")
    reply = door.say("och, now I can't hear it at all, a wee bit louder").reply
    assert "didn't understand" not in reply
    assert next(c.volume_db for c in door.project.clips() if c.media_id == "m13") > level


def test_a_clip_said_first_then_could_it_go_over_is_a_placement_not_a_question():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan("oh, that hacksaw clip, could it go over where I say mark the strip with the pencil?", draught_project())
    assert [s.tool for s in result.steps] == ["place_broll"]
    assert result.steps[0].args["start"] == pytest.approx(SEGMENTS[5].start, abs=0.1)


def test_cut_away_to_a_clip_for_the_whole_of_a_line_places_it_there():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan("Cut away to the hacksaw clip for the whole of 'Mark the strip with the pencil'.",
                  draught_project())
    assert [s.tool for s in result.steps] == ["place_broll"]
    assert result.steps[0].args["start"] == pytest.approx(SEGMENTS[5].start, abs=0.1)


def test_a_term_of_address_at_the_end_is_no_part_of_the_request():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    result = plan("put the hacksaw clip at 0:20, please dear", draught_project())
    assert [(s.tool, s.args["start"]) for s in result.steps] == [("place_broll", 20)]


def test_timecode_for_a_part_is_a_question_answered_with_its_place(door):
    reply = door.say("timecode for the Gareth story?").reply
    assert "0:" in reply and "Gareth" in reply and heard(door.project) == UNCUT


def test_a_length_with_cut_whatever_you_need_is_held_for_a_yes(door):
    """The length asked is the request; the tail had asked "which clip?". Cutting half the video waits for a yes."""
    result = door.say("make it 30 seconds long, cut whatever you need")
    assert result.confirm and heard(door.project) == UNCUT


def test_slow_motion_written_two_ways_in_two_names_asks():
    """Before: "the slowmo one" was the file whose name spells "slowmo" the same way, never the "slo-mo" one."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import LENGTH, SEGMENTS, TALK, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    others = [asset("door swing slo-mo.mov", "video", 5.0), asset("leavesBlowing_slowmo.mp4", "video", 5.0),
              asset("warm acoustic loop.m4a", "audio", 240.0)]
    project = talk_project("slow", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m4", music_db=-20.0)
    assert not plan("put the slowmo one at 0:20", project).steps
    named = plan("put the door swing slow mo at 0:20", project)
    assert [project.media[s.args["media_id"]].name for s in named.steps] == ["door swing slo-mo.mov"]


# ---- follow-ups and the last few: a longer fade, fillers said too often, the last thing on screen, an announced retake

def test_the_fade_made_longer_is_the_same_fade_that_long(door):
    door.say("fade out the music at the end")
    door.say("make the fade longer, like 4 seconds")
    music = next(c for c in door.project.clips() if c.media_id == "m13")
    assert [(e.type, e.duration) for e in music.effects] == [("fade_out", 4 * door.project.fps)]


def test_fillers_said_too_often_then_every_one_of_them_out_with_a_reason_after():
    from editor_app.planner.core import plan
    from tests.planner.birdhouse_project import birdhouse_project

    result = plan("I'm forever saying um and er, could you take every one of them out please, I sound like I've lost my place.",
                  birdhouse_project())
    assert [s.tool for s in result.steps] == ["remove_fillers"]
    assert {"um", "er"} <= set(result.steps[0].args["words"])


@pytest.mark.parametrize("message, at_end", [("the last thing on screen wants to be the hallway photo", True),
                                             ("the first thing we see should be the hallway photo", False)])
def test_the_last_or_first_thing_on_screen_is_placed_there(message, at_end):
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    project = draught_project()
    result = plan(message, project)
    assert [project.media[s.args["media_id"]].name for s in result.steps] == ["photo_2026-02-03_10-11-12.jpg"]
    start = result.steps[0].args["start"]
    assert (start > 50) if at_end else start == 0


def test_an_announced_retake_quoted_with_the_muddled_start_is_the_whole_false_start(door):
    door.say("The bit where I say 'no wait, that came out wrong', please take it out along with the muddled start.")
    assert heard(door.project) == talk_without(SCRIPT, [6])


def test_in_slow_motion_is_the_edit_not_a_slowmo_file():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import LENGTH, SEGMENTS, TALK, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    others = [asset("door swing slo-mo.mov", "video", 5.0), asset("GX010888.MP4", "video", 5.0, "the hallway from the stairs"),
              asset("warm acoustic loop.m4a", "audio", 240.0)]
    project = talk_project("slow", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m4", music_db=-20.0,
                           broll={"m3": 10.0})
    result = plan("play the gopro clip in slow motion", project)
    assert [(s.tool, s.args.get("clip_id")) for s in result.steps] == [("set_speed", "c3")]


def test_a_length_after_make_still_names_its_clip():
    from editor_app.planner.core import plan
    from tests.planner.draught_project import draught_project

    result = plan("make the hacksaw clip only 2 seconds long", draught_project({"m7": 10.0}))
    assert [s.tool for s in result.steps] == ["trim_clip"]


def test_an_edit_said_after_a_cameras_files_does_not_pick_one_of_them():
    """Found by suite N: "make the drone footage grayscale" had picked the DJI clip whose description shares a word."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import LENGTH, SEGMENTS, TALK, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    others = [asset("DJI_0101.MP4", "video", 5.0, "slow pan across the hallway"),
              asset("DJI_0102.MP4", "video", 5.0, "the strip going on, close up"),
              asset("warm acoustic loop.m4a", "audio", 240.0)]
    project = talk_project("drones", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m4", music_db=-20.0,
                           broll={"m2": 10.0, "m3": 20.0})
    assert not plan("make the dji footage slower", project).steps  # asks which: "slower" is the edit, not "slow pan"


# ---- held-out suite U's flagged plans, after its final run, by mechanism in our own words ---------------------------

def test_one_more_time_said_of_a_step_is_no_restart():
    """Before: "then spin it one more time and check" was heard as an abandoned take, so "the wrong try" picked it."""
    from editor_app.model.words import SELF_CORRECTION

    assert not SELF_CORRECTION.search("then tap the strip one more time to seat it")
    assert SELF_CORRECTION.search("sorry, let me say that one more time")


def test_a_pause_named_without_the_article_is_that_pause_only():
    """Before: "shorten pause after 'X'" shortened every pause in the talk."""
    from editor_app.planner.core import plan
    from tests.planner.draught_project import SEGMENTS, draught_project

    result = plan("shorten pause after 'nice and straight'", draught_project())
    assert [s.tool for s in result.steps] == ["remove_silences"]
    assert result.steps[0].args["start"] == pytest.approx(SEGMENTS[5].end, abs=0.05)


def test_a_filler_in_a_sentence_named_without_the_article_is_that_filler():
    """Before: "remove uh in sentence about X" lost its "uh" as a filler word and deleted the whole sentence."""
    from editor_app.planner.core import plan
    from tests.planner.birdhouse_project import birdhouse_project

    result = plan("remove uh in sentence about the yellow stars", birdhouse_project())
    assert [s.tool for s in result.steps] == ["cut_words"]
    ranges = result.steps[0].args["ranges"]
    assert len(ranges) == 1 and ranges[0]["first"] == ranges[0]["last"]  # one word


def test_from_a_quote_to_the_end_of_the_quoted_sentence_is_the_whole_stretch(door):
    """Before: "cut from 'A' to the end of the 'B' sentence" cut only A's sentence."""
    door.say("cut from 'Measure the width' to the end of the 'dont measure the frame' sentence")
    assert heard(door.project) == talk_without(SCRIPT, [3, 4])


def test_the_wrong_try_before_he_says_it_again_is_the_announced_false_start(door):
    door.say("delete the wrong try before he say it again correct")
    assert heard(door.project) == talk_without(SCRIPT, [6])
