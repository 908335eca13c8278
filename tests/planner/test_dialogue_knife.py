"""Round-7 dialogue on a project of our own (tests/planner/knife_project.py: sharpening a kitchen
knife on a whetstone). Each turn is planned with the conversation so far, applied as ONE batch
through the model's History (as the orchestrator applies a turn), remembered like the
orchestrator remembers it, and checked on the timeline; one undo must restore the project.

Phrasings are our own, written before the mechanisms: complaints that mean an edit, follow-ups
that lean on the last turn, swaps and reorders, several edits in one message, times and ranges
said in words. Ambiguous ones must ask (no steps); destructive ones must reach the turn's safety
review (orchestrator.safety.review), which asks for a confirmation above 20% removed.
"""

from __future__ import annotations

import pytest

from editor_app.model.history import History, apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.orchestrator.safety import review
from editor_app.planner import plan
from editor_app.planner.core import _touched
from editor_app.planner.memory import ChatMemory, TurnRecord
from editor_app.tools import TOOLS, ToolContext
from tests.planner.knife_project import LENGTH, MUSIC_DB, knife_project, sentence_span


class Talk:
    """A chat about one project: plan each message with the memory, apply it as one batch, remember it."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.history = History()
        self.memory = ChatMemory()
        self.last = None

    def say(self, message: str):
        result = plan(message, self.project, memory=self.memory)
        self.last = result
        if result.special == "undo":
            assert self.history.undo(self.project) is not None
            self.memory.record(TurnRecord(message=message, kind="undo", applied=True))
            return result
        if not result.steps:
            self.memory.record(TurnRecord(message=message, reply=result.reply, kind="unclear"))
            return result
        before = self.project.clone()
        ops = _ops(self.project, result.steps)
        self.history.apply(self.project, ops, message)  # one turn, one batch
        self.memory.record(TurnRecord(
            message=message, reply=result.reply, applied=True, clip_ids=list(_touched(before, self.project)),
            steps=[{"agent": s.agent, "tool": s.tool, "args": s.args} for s in result.steps]))
        return result


def _ops(project: Project, steps) -> list:
    """Every step's operations, each computed on the result of the steps before (as the dry run does)."""
    scratch, ops = project.clone(), []
    for s in steps:
        made = TOOLS.find(s.tool).call(ToolContext(scratch, None), s.args)
        apply_all(scratch, made)
        ops.extend(made)
    return ops


def asks(result) -> bool:
    return not result.understood and result.steps == []


def clip_of(project: Project, media_id: str):
    [(track, clip)] = [(t, c) for t in project.tracks for c in t.clips if c.media_id == media_id]
    return track, clip


def span(project: Project, media_id: str) -> tuple[float, float]:
    _, clip = clip_of(project, media_id)
    return float(seconds(clip.start, project.fps)), float(seconds(clip.end, project.fps))


def length_of(project: Project) -> float:
    return float(seconds(project.duration, project.fps))


def undone_equals_start(talk: Talk, start: Project) -> bool:
    talk.history.undo(talk.project)
    return talk.project.model_dump() == start.model_dump()


# ---- complaints that mean an edit ------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "the pauses between my sentences drag on forever, tighten them up",
    "the silent stretches are boring, cut them shorter",
    "there's way too much dead time where I'm not saying anything",
    "the gaps where i stop talking really drag",
])
def test_complaints_about_the_pauses_cut_the_pauses(message):
    result = plan(message, knife_project())
    assert [s.tool for s in result.steps] == ["remove_silences"], result.reply


@pytest.mark.parametrize("message", [
    "my voice goes up and down in volume a lot, even it out",
    "level out how loud I am",
    "my volume is all over the place",
])
def test_uneven_voice_is_normalised_not_turned_down(message):
    result = plan(message, knife_project())
    assert [(s.tool, s.args["target"]) for s in result.steps] == [("normalize_loudness", "voice")], result.reply


@pytest.mark.parametrize("message", ["the music drowns me out", "I can barely hear myself over the music",
                                     "the beat is louder than my voice"])
def test_music_over_the_voice_is_ducked(message):
    result = plan(message, knife_project())
    assert [s.tool for s in result.steps] == ["duck_music"], result.reply


def test_too_dark_brightens_and_too_bright_darkens_the_named_clip():
    talk = Talk(knife_project(broll={"m7": 60, "m6": 70}))
    talk.say("the tomato clip is too dark")
    [effect] = clip_of(talk.project, "m7")[1].effects
    assert effect.type == "color" and effect.brightness > 0
    talk.say("the paper test looks way too bright")
    [effect] = clip_of(talk.project, "m6")[1].effects
    assert effect.brightness < 0
    assert clip_of(talk.project, "m7")[1].effects[0].brightness > 0  # the other clip is untouched


def test_its_too_dark_after_placing_a_clip_brightens_that_clip():
    talk = Talk(knife_project())
    talk.say("put the paper test at 0:52")
    assert span(talk.project, "m6")[0] == pytest.approx(52)
    talk.say("it's too dark")
    assert clip_of(talk.project, "m6")[1].effects[0].brightness > 0
    assert clip_of(talk.project, "m1")[1].effects == ()


def test_a_clip_that_feels_slow_is_sped_up_and_one_that_is_rushed_slowed():
    talk = Talk(knife_project(broll={"m6": 50, "m7": 70}))
    talk.say("the paper test clip feels too slow")
    assert float(clip_of(talk.project, "m6")[1].speed) == pytest.approx(1.25)
    talk.say("the tomato clip is a bit rushed")
    assert float(clip_of(talk.project, "m7")[1].speed) == pytest.approx(0.9)


@pytest.mark.parametrize("message", ["the whole thing feels too slow", "the pacing is way too slow",
                                     "it's too dark"])
def test_a_complaint_about_the_whole_video_or_nothing_named_asks(message):
    result = plan(message, knife_project())
    assert asks(result), result.steps


@pytest.mark.parametrize("message", ["the GoPro clip is too dark", "the GOPR clip looks too dark"])
def test_the_two_similar_clips_ask_which_when_one_complaint_names_both(message):
    assert asks(plan(message, knife_project(broll={"m3": 30, "m4": 55})))


def test_too_quiet_me_raises_the_talk():
    talk = Talk(knife_project())
    talk.say("I'm too quiet")
    assert clip_of(talk.project, "m1")[1].volume_db == pytest.approx(4)


def test_a_clip_two_seconds_too_long_loses_two_seconds_at_its_end_and_one_undo_restores_it():
    start = knife_project(broll={"m6": 70})
    talk = Talk(start.clone())
    talk.say("the paper test clip is 2 seconds too long, shorten it")
    assert span(talk.project, "m6") == pytest.approx((70, 72))
    assert length_of(talk.project) == pytest.approx(length_of(start), abs=0.05)  # the talk is untouched
    assert undone_equals_start(talk, start)


def test_a_clip_a_second_too_short_gets_a_second_longer():
    talk = Talk(knife_project(broll={"m5": 45}))
    talk.say("the burr macro is a second too short, make it longer")
    assert span(talk.project, "m5") == pytest.approx((45, 50))


# ---- follow-ups ---------------------------------------------------------------------------------

def test_too_much_bring_it_back_up_a_little_goes_part_of_the_way_back():
    talk = Talk(knife_project())
    talk.say("turn the music down 6 dB")
    assert clip_of(talk.project, "m11")[1].volume_db == pytest.approx(MUSIC_DB - 6)
    talk.say("too much, bring it back up a little")
    level = clip_of(talk.project, "m11")[1].volume_db
    assert MUSIC_DB - 6 < level < MUSIC_DB


def test_too_fast_dial_it_back_goes_halfway_to_normal_speed():
    talk = Talk(knife_project(broll={"m6": 50}))
    talk.say("speed the paper test clip up to 2x")
    talk.say("too fast, dial it back a bit")
    assert float(clip_of(talk.project, "m6")[1].speed) == pytest.approx(1.5)


def test_back_off_with_nothing_to_adjust_asks():
    talk = Talk(knife_project())
    talk.say("add a title \"Whetstone 101\" at the start")
    assert asks(talk.say("too much, tone it down"))


def test_scratch_that_undo_the_speed_change_undoes_only_the_speed_change():
    talk = Talk(knife_project())
    talk.say("put the paper test at 0:52")
    talk.say("speed it up to 2x")
    assert float(clip_of(talk.project, "m6")[1].speed) == 2
    assert talk.say("scratch that, undo the speed change").special == "undo"
    assert float(clip_of(talk.project, "m6")[1].speed) == 1 and span(talk.project, "m6")[0] == pytest.approx(52)


@pytest.mark.parametrize("message", ["actually no, undo the speed change", "scratch that, undo the placement"])
def test_an_undo_naming_another_change_than_the_last_asks(message):
    talk = Talk(knife_project())
    talk.say("turn the music down 6 dB")
    result = talk.say(message)
    assert asks(result) and "last change" in result.reply
    assert clip_of(talk.project, "m11")[1].volume_db == pytest.approx(MUSIC_DB - 6)  # nothing was undone


def test_and_the_other_gopro_one_places_the_gopro_clip_not_yet_used():
    talk = Talk(knife_project())
    talk.say("put GOPR0231 at 0:40")
    talk.say("and the other GoPro one at 1:05")
    assert span(talk.project, "m3")[0] == pytest.approx(40) and span(talk.project, "m4")[0] == pytest.approx(65)


def test_the_other_one_goes_by_the_camera_prefix_of_the_clip_just_placed():
    talk = Talk(knife_project())
    talk.say("put GOPR0234 at 0:20")
    talk.say("now the other one at 0:50")
    assert span(talk.project, "m3")[0] == pytest.approx(50)


def test_the_other_one_with_no_similar_media_asks():
    talk = Talk(knife_project())
    talk.say("put the paper test at 0:52")
    assert asks(talk.say("and the other one at 1:10"))


def test_same_for_and_a_bit_more_still_work_after_new_follow_ups():
    talk = Talk(knife_project())
    talk.say("fade out the music at the end")
    talk.say("same for the talk")
    assert [e.type for e in clip_of(talk.project, "m1")[1].effects] == ["fade_out"]
    talk.say("turn the music down 3 dB")
    talk.say("a bit more")
    assert clip_of(talk.project, "m11")[1].volume_db < MUSIC_DB - 3


# ---- swaps and reorders -------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "swap the paper test and the tomato clip",
    "switch the order of the tomato clip and the paper test",
    "flip the paper test and the tomato clip around",
    "the tomato clip should come before the paper test",
    "the paper test should go after the tomato one, not before",
])
def test_swaps_and_reorders_exchange_places_and_undo_in_one_step(message):
    start = knife_project(broll={"m6": 50, "m7": 60})
    talk = Talk(start.clone())
    result = talk.say(message)
    assert result.steps and {s.tool for s in result.steps} == {"move_clip"}, result.reply
    assert span(talk.project, "m7") == pytest.approx((50, 54))
    assert span(talk.project, "m6") == pytest.approx((60, 64))
    assert length_of(talk.project) == pytest.approx(length_of(start))  # parked past the end only in between
    assert undone_equals_start(talk, start)


def test_a_swap_of_clips_of_different_lengths_keeps_the_gap_between_them():
    p = knife_project(broll={"m2": 8})
    apply_all(p, _ops(p, plan("put flattening plate.mp4 at 0:30", p).steps))
    talk = Talk(p)
    talk.say("swap the soaking clip and the flattening clip")
    assert span(talk.project, "m9") == pytest.approx((8, 13))
    assert span(talk.project, "m2") == pytest.approx((31, 35))  # ends where the flattening clip ended


def test_swap_the_two_gopro_clips_by_their_shared_name():
    talk = Talk(knife_project(broll={"m3": 30, "m4": 55}))
    talk.say("swap the GOPR clips")
    assert span(talk.project, "m4")[0] == pytest.approx(30) and span(talk.project, "m3")[0] == pytest.approx(55)


@pytest.mark.parametrize("broll, message", [
    ({"m3": 30, "m4": 55, "m7": 75}, "swap the GOPR clip and the tomato clip"),  # which GoPro clip?
    ({}, "swap the music and the talk"),  # different tracks
    ({"m6": 40, "m2": 50, "m7": 60}, "swap the paper test and the tomato clip"),  # a clip in between
    ({"m6": 50}, "swap the paper test and the tomato clip"),  # the tomato clip is not on the timeline
    ({"m6": 70, "m7": 75}, "the tomato clip should come after the paper test"),  # it already does
])
def test_ambiguous_or_impossible_swaps_ask_and_change_nothing(broll, message):
    assert asks(plan(message, knife_project(broll=broll)))


# ---- several edits in one message ---------------------------------------------------------------

def test_a_placement_then_a_look_after_a_comma_applies_to_the_placed_clip():
    start = knife_project()
    talk = Talk(start.clone())
    talk.say("GOPR0234 at 0:50, in black and white")
    assert span(talk.project, "m4")[0] == pytest.approx(50)
    assert [e.type for e in clip_of(talk.project, "m4")[1].effects] == ["black_and_white"]
    assert undone_equals_start(talk, start)


def test_a_speed_said_as_clip_at_2x_and_a_mute_in_one_message():
    talk = Talk(knife_project(broll={"m6": 70, "m7": 80}))
    talk.say("paper test clip at 2x speed, and mute the music")
    talk.say("tomato footage at 1.5x")
    assert float(clip_of(talk.project, "m7")[1].speed) == 1.5
    assert float(clip_of(talk.project, "m6")[1].speed) == 2
    assert clip_of(talk.project, "m11")[0].muted


def test_tomato_clip_at_a_time_at_half_speed():
    talk = Talk(knife_project())
    talk.say("tomato clip at 1:10, at half speed")
    assert span(talk.project, "m7")[0] == pytest.approx(70) and float(clip_of(talk.project, "m7")[1].speed) == 0.5


# ---- times and ranges said in words -------------------------------------------------------------

@pytest.mark.parametrize("message, media, start", [
    ("burr macro clip one minute five in", "m5", 65),
    ("the soaking clip fifteen seconds in", "m2", 15),
    ("burr macro at a minute and five seconds", "m5", 65),
    ("flattening plate clip at one minute ten", "m9", 70),
])
def test_times_said_in_words_place_the_clip_there(message, media, start):
    talk = Talk(knife_project())
    talk.say(message)
    assert span(talk.project, media)[0] == pytest.approx(start)


def test_roughly_in_the_middle_said_first_places_the_still_halfway():
    talk = Talk(knife_project())
    talk.say("roughly in the middle, put the stone photo")
    assert span(talk.project, "m8")[0] == pytest.approx(LENGTH / 2, abs=0.1)


@pytest.mark.parametrize("message, speed", [("speed up the main talk by 10 percent", 1.1),
                                            ("slow the talk down by 20%", 0.8)])
def test_the_talk_by_a_percentage(message, speed):
    talk = Talk(knife_project())
    talk.say(message)
    assert float(clip_of(talk.project, "m1")[1].speed) == pytest.approx(speed)


@pytest.mark.parametrize("message, keep, confirm", [
    ("I want it to stop at 0:50", 50, True),
    ("I want it to end at 1:20", 80, False),
    ("it should finish at 1:25", 85, False),
    ("get rid of the whole second half", LENGTH / 2, True),
    ("get rid of the last quarter", LENGTH * 3 / 4, True),
    ("cut off the last tenth", LENGTH * 9 / 10, False),
])
def test_the_end_of_the_video_said_in_words_is_one_cut_confirmed_when_large(message, keep, confirm):
    start = knife_project()
    talk = Talk(start.clone())
    result = talk.say(message)
    assert [s.tool for s in result.steps] == ["cut_range"], result.reply
    assert length_of(talk.project) == pytest.approx(keep, abs=0.3)
    ops = _ops(start, result.steps)
    assert (review(start, talk.project, ops, message) is not None) == confirm
    assert undone_equals_start(talk, start)


def test_everything_from_a_topic_onwards_is_cut_from_where_that_topic_starts_and_confirmed():
    start = knife_project()
    talk = Talk(start.clone())
    message = "remove everything from the paper test part onwards"
    result = talk.say(message)
    paper = sentence_span(11)[0]
    assert length_of(talk.project) == pytest.approx(paper, abs=0.5)
    assert review(start, talk.project, _ops(start, result.steps), message) is not None  # more than 20%: confirm


def test_everything_from_a_topic_that_is_never_talked_about_asks():
    assert asks(plan("remove everything from the honing rod part onwards", knife_project()))


@pytest.mark.parametrize("message", ["slow push-in on the stone photo", "give the stone photo a gentle push-in"])
def test_a_slow_push_in_is_a_zoom_not_a_speed(message):
    talk = Talk(knife_project(broll={"m8": 20}))
    talk.say(message)
    _, clip = clip_of(talk.project, "m8")
    assert [e.type for e in clip.effects] == ["zoom"] and float(clip.speed) == 1


def test_place_then_swap_it_with_a_clip_on_the_timeline_then_undo_the_swap():
    start = knife_project(broll={"m6": 50})
    talk = Talk(start.clone())
    talk.say("put the tomato clip at 1:00")
    placed = talk.project.clone()
    talk.say("swap it with the paper test")
    assert span(talk.project, "m7")[0] == pytest.approx(50) and span(talk.project, "m6")[1] == pytest.approx(66)
    assert talk.say("hmm no, undo the swap").special == "undo"
    assert talk.project.model_dump() == placed.model_dump()


def test_a_bare_too_much_after_a_volume_change_backs_off_halfway():
    talk = Talk(knife_project())
    talk.say("turn the music down 8 dB")
    talk.say("that's too much")
    assert clip_of(talk.project, "m11")[1].volume_db == pytest.approx(MUSIC_DB - 4)


def test_nah_the_other_one_with_no_place_asks_instead_of_stacking_a_second_clip():
    talk = Talk(knife_project())
    talk.say("put GOPR0231 at 0:40")
    assert asks(talk.say("nah, the other one"))
    assert [c.media_id for c in talk.project.clips()].count("m4") == 0


@pytest.mark.parametrize("message", ["can't hear myself over the beat", "the music is fighting with my voice"])
def test_more_ways_of_saying_the_music_covers_the_voice(message):
    assert [s.tool for s in plan(message, knife_project()).steps] == ["duck_music"]


def test_a_clip_that_drags_asks_shorter_or_faster():
    result = plan("the paper test drags on a bit", knife_project(broll={"m6": 50}))
    assert asks(result) and "Shorter or faster" in result.reply


def test_end_it_at_a_time_with_no_clip_to_mean_ends_the_video_there_but_not_after_a_placement():
    talk = Talk(knife_project())
    talk.say("end it at 1:15")
    assert length_of(talk.project) == pytest.approx(75, abs=0.3)
    talk = Talk(knife_project())
    talk.say("put the paper test at 0:52")
    assert not any(s.tool == "cut_range" for s in talk.say("end it at 1:15").steps)


def test_everything_after_a_topic_can_go_is_a_cut_from_that_topic():
    talk = Talk(knife_project())
    talk.say("everything after the tomato part can go")
    # round 13 (cuts5): the tomato part itself stays, as "end it after the tomato line" keeps it
    assert length_of(talk.project) == pytest.approx(sentence_span(13)[1], abs=0.6)
    assert not [c for c in talk.project.clips() if c.media_id == "m7"]  # not read as placing the tomato clip


def test_a_complaint_followed_by_what_to_do_does_what_is_said():
    """"The music is drowning me out, make it quieter" is a lower level (the second clause says so),
    while the complaint alone, or with "can you fix it", ducks the music under the voice."""
    talk = Talk(knife_project())
    talk.say("the music is drowning me out, make it quieter")
    _, music = clip_of(talk.project, "m11")
    assert music.volume_db < MUSIC_DB and music.envelope == ()
    assert [s.tool for s in plan("the music drowns me out, can you fix it", knife_project()).steps] == ["duck_music"]


def test_a_clip_at_a_rate_is_named_by_its_media_not_read_as_a_clip_at_a_time():
    """The safety check must see "paper test clip at 2x speed" as naming the paper test clip
    (not "the clip at 0:02"), so the plan is not held as touching an unnamed clip."""
    from editor_app.orchestrator.safety import named_clips

    project = knife_project(broll={"m6": 70, "m7": 80})
    paper = clip_of(project, "m6")[1].id
    ids, named = named_clips(project, "paper test clip at 2x speed, and mute the music")
    assert named and paper in ids
    at_two, _ = named_clips(project, "the clip at 2 seconds")
    assert paper not in at_two


@pytest.mark.parametrize("message", ["scrap that", "nah, ditch that", "cancel that"])
def test_scrap_that_after_an_edit_is_an_undo_of_the_whole_edit(message):
    """Not a removal of the clip the edit made: the title track the edit added goes too."""
    talk = Talk(knife_project())
    before = talk.project.model_dump()
    talk.say("add a title \"Burr or bust\" at the start")
    assert talk.project.model_dump() != before
    assert talk.say(message).special == "undo"
    assert talk.project.model_dump() == before
