"""Round-9 dialogue on a project of our own (tests/planner/smokealarm_project.py: replacing the
battery in a ceiling smoke alarm). Phrasings are our own, written before the mechanisms.

Each turn is planned with the conversation so far, applied as ONE batch through History (as the
orchestrator applies a turn), remembered as the orchestrator remembers it, and checked on the
timeline (effects, speeds, volumes, mutes, titles); a turn that must not edit leaves the project
exactly as it was. Plans that touch clips are also put through the turn's safety review
(orchestrator.safety.review), which holds a plan that changes clips the request did not name.
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
from tests.planner.smokealarm_project import MUSIC_DB, TALK, sentence_span, smokealarm_project


class Talk:
    """A chat about one project: plan each message with the memory, apply it as one batch, remember it."""

    def __init__(self, project: Project, selection: tuple[str, ...] = ()) -> None:
        self.project, self.selection = project, selection
        self.history, self.memory = History(), ChatMemory()
        self.held: str | None = None  # why the safety review would hold the last plan, if it would

    def say(self, message: str):
        result = plan(message, self.project, memory=self.memory, selection=self.selection)
        last = self.memory.last_edit()
        if not result.steps:
            kind = result.special or "unclear"
            self.memory.record(TurnRecord(message=message, reply=result.reply, kind=kind))
            return result
        before = self.project.clone()
        ops = _ops(self.project, result.steps)
        after = before.clone()
        apply_all(after, [op.model_copy(deep=True) for op in ops])
        self.held = review(before, after, ops, message, selection=self.selection,
                           last_clips=tuple(last.clip_ids) if last else ())
        self.history.apply(self.project, ops, message)  # one turn, one batch
        self.memory.record(TurnRecord(
            message=message, reply=result.reply, applied=True, clip_ids=list(_touched(before, self.project)),
            steps=[{"agent": s.agent, "tool": s.tool, "args": s.args} for s in result.steps]))
        return result


def _ops(project: Project, steps) -> list:
    scratch, ops = project.clone(), []
    for s in steps:
        made = TOOLS.find(s.tool).call(ToolContext(scratch, None), s.args)
        apply_all(scratch, made)
        ops.extend(made)
    return ops


def clip_of(project: Project, media_id: str):
    [clip] = [c for c in project.clips() if c.media_id == media_id]
    return clip


def talk_clip(project: Project):
    return clip_of(project, "m1")


def music_clip(project: Project):
    return clip_of(project, "m9")


def effect_types(clip) -> list[str]:
    return [e.type for e in clip.effects]


def start_s(project: Project, clip) -> float:
    return float(seconds(clip.start, project.fps))


def titles(project: Project) -> list[tuple[str, float, float]]:
    return [(c.generator.text, float(seconds(c.start, project.fps)), float(seconds(c.duration, project.fps)))
            for c in project.clips() if c.generator is not None and c.generator.kind == "title"]


def unchanged(talk: Talk, start: Project, result) -> bool:
    return result.steps == [] and talk.project.model_dump() == start.model_dump()


# ---- follow-ups that lean on the last turn ----------------------------------------------------

@pytest.mark.parametrize("complaint", [
    "hmm, too soft now, go back up a bit",
    "ugh now it is too quiet, back up a touch",
    "too quiet now, back up a little",
])
def test_a_reaction_then_back_up_a_little_goes_part_of_the_way_back(complaint):
    talk = Talk(smokealarm_project())
    talk.say("bring the music down 8 dB")
    assert music_clip(talk.project).volume_db == pytest.approx(MUSIC_DB - 8)
    result = talk.say(complaint)
    assert len(result.steps) == 1, result.reply  # one change, not a complaint fix plus a back-off
    level = music_clip(talk.project).volume_db
    assert MUSIC_DB - 8 < level < MUSIC_DB  # part of the way back, not all of it, not further down


@pytest.mark.parametrize("follow", ["and give that a fade out too", "fade that out as well", "and fade them out too"])
def test_fade_that_out_after_placing_a_clip_fades_the_placed_clip(follow):
    talk = Talk(smokealarm_project())
    talk.say("put GX010556 at 0:30")
    placed = clip_of(talk.project, "m6")
    talk.say(follow)
    assert "fade_out" in effect_types(clip_of(talk.project, "m6")), talk.project.model_dump()["tracks"]
    assert effect_types(talk_clip(talk.project)) == []  # not the whole edit, not the talk
    assert talk.held is None, talk.held  # "that" names the clip just placed
    assert start_s(talk.project, clip_of(talk.project, "m6")) == start_s(talk.project, placed)


@pytest.mark.parametrize("reset", ["nah, set the speed back to normal", "normal speed again please",
                                   "actually put it back to normal speed"])
def test_the_speed_back_to_normal_resets_the_clip_the_speed_change_was_on(reset):
    talk = Talk(smokealarm_project())
    talk.say("put the test button clip at 0:50")
    talk.say("play it at 3x")
    assert clip_of(talk.project, "m8").speed == 3
    talk.say(reset)
    assert clip_of(talk.project, "m8").speed == 1
    assert start_s(talk.project, clip_of(talk.project, "m8")) == 50
    assert talk_clip(talk.project).speed == 1


def test_the_volume_back_to_how_it_was_restores_the_level_before_the_change():
    talk = Talk(smokealarm_project())
    talk.say("lower the music by 9 dB")
    talk.say("hmm, put the volume back to how it was")
    assert music_clip(talk.project).volume_db == pytest.approx(MUSIC_DB)


def test_speed_back_to_normal_with_no_speed_change_asks_and_changes_nothing():
    talk = Talk(smokealarm_project())
    talk.say("lower the music by 3 dB")
    start = talk.project.clone()
    result = talk.say("put the speed back to normal")
    assert unchanged(talk, start, result)


@pytest.mark.parametrize("reword", ['change the wording to "Test it every month"', 'make it say "Test it every month"',
                                    'edit the caption to "Test it every month"'])
def test_rewording_the_title_just_added_keeps_its_time_and_is_not_held_by_the_safety_review(reword):
    talk = Talk(smokealarm_project())
    talk.say('add a caption "Test monthly" at 0:50 for 4 seconds')
    talk.say(reword)
    assert titles(talk.project) == [("Test it every month", 50.0, 4.0)]
    assert talk.held is None, talk.held


# ---- chat that is not an edit -------------------------------------------------------------------

@pytest.mark.parametrize("message", ["cool", "cool cool", "nice one, thanks", "perfect", "great stuff cheers",
                                     "lovely, thank you so much", "brilliant!", "awesome, that looks great"])
def test_thanks_and_praise_change_nothing(message):
    talk = Talk(smokealarm_project())
    talk.say("put GX010555 at 0:30")  # something to react to
    start = talk.project.clone()
    result = talk.say(message)
    assert unchanged(talk, start, result), result.reply
    assert result.understood and "didn't understand" not in result.reply.lower()


@pytest.mark.parametrize("message", ["cool the talk down a bit", "make the talk cooler"])
def test_cool_with_a_clip_is_still_a_colour_change(message):
    talk = Talk(smokealarm_project())
    talk.say(message)
    assert effect_types(talk_clip(talk.project)) == ["color"]


# ---- safety: a named thing that is not on the timeline -----------------------------------------

@pytest.mark.parametrize("message", [
    "ken burns on the dead vs fresh battery photo",        # in the bin only
    "slow zoom on the ladder photo",                       # no such media: "ladder" is only said in the talk
    "blur the hallway photo",                              # nothing like it anywhere
    "speed the test button clip up 2x",                    # in the bin only
    "slow the ladder clip down to half speed",
    "turn the ladder clip down 4 dB",
])
def test_a_change_for_media_not_on_the_timeline_says_so_and_never_lands_on_another_clip(message):
    talk = Talk(smokealarm_project(broll={"m2": 10}))
    start = talk.project.clone()
    result = talk.say(message)
    assert unchanged(talk, start, result), result.reply


def test_ken_burns_on_the_photo_on_the_timeline_zooms_the_photo_not_the_talk():
    talk = Talk(smokealarm_project(broll={"m7": 27}))
    talk.say("ken burns on the battery photo")
    assert effect_types(clip_of(talk.project, "m7")) == ["zoom"]
    assert effect_types(talk_clip(talk.project)) == []


# ---- effects, speed and audio said loosely -------------------------------------------------------

@pytest.mark.parametrize("message", ["the dji clip is super dark, lift it up", "the DJI shot looks really murky, can you lift it",
                                     "dji footage is way too dark, sort it out"])
def test_too_dark_with_a_loose_fix_brightens_the_named_clip(message):
    talk = Talk(smokealarm_project(broll={"m4": 30}))
    talk.say(message)
    clip = clip_of(talk.project, "m4")
    [effect] = clip.effects
    assert effect.type == "color" and effect.brightness > 0
    assert effect_types(talk_clip(talk.project)) == []


@pytest.mark.parametrize("message, speed", [("speed my talking up 15%", 1.15), ("make my narration 20 percent faster", 1.2),
                                            ("slow me down a touch", 0.9), ("speed the talking head up by 5%", 1.05)])
def test_my_talking_is_the_talk_clip(message, speed):
    talk = Talk(smokealarm_project(broll={"m8": 40}))
    talk.say(message)
    assert talk_clip(talk.project).speed == pytest.approx(speed)
    assert clip_of(talk.project, "m8").speed == 1
    assert talk.held is None, talk.held  # the safety review knows "my talking" is the talk


@pytest.mark.parametrize("message, speed", [("test button clip at quarter speed", 0.25),
                                            ("the test button clip at three quarter speed", 0.75)])
def test_a_clip_at_a_fraction_of_speed(message, speed):
    talk = Talk(smokealarm_project(broll={"m8": 40}))
    talk.say(message)
    assert clip_of(talk.project, "m8").speed == pytest.approx(speed)


@pytest.mark.parametrize("message, db", [("my voice is too soft, bump me up 3 dB", 3.0),
                                         ("I'm way too quiet, turn my voice up 5 dB", 5.0),
                                         ("i'm too quiet", 4.0),
                                         ("my voice is a little faint, turn it up 2 dB", 2.0)])
def test_too_quiet_me_raises_the_talk_not_the_music(message, db):
    talk = Talk(smokealarm_project())
    talk.say(message)
    assert talk_clip(talk.project).volume_db == pytest.approx(db)
    assert music_clip(talk.project).volume_db == pytest.approx(MUSIC_DB)


@pytest.mark.parametrize("back", ["bring the music back please, unmute it", "turn the music back on", "unmute it",
                                  "bring the music back"])
def test_bringing_muted_music_back_unmutes_it_and_moves_nothing(back):
    talk = Talk(smokealarm_project())
    talk.say("mute the music")
    assert talk.project.find_track("t3").muted
    before = start_s(talk.project, music_clip(talk.project))
    talk.say(back)
    assert not talk.project.find_track("t3").muted
    assert start_s(talk.project, music_clip(talk.project)) == before


@pytest.mark.parametrize("message", ["turn the selected clip black n white", "make the selected one black & white"])
def test_the_selected_clip_goes_black_and_white(message):
    talk = Talk(smokealarm_project(broll={"m5": 20, "m6": 24}), selection=("c4",))
    talk.say(message)
    assert effect_types(clip_of(talk.project, "m6")) == ["black_and_white"]
    assert effect_types(clip_of(talk.project, "m5")) == []


# ---- questions -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, sentence", [("what time does the chirping part start", 1),
                                                ("when does the battery door bit come up?", 4),
                                                ("at what point does the test button part start?", 8)])
def test_what_time_does_a_topic_start_is_answered_with_its_time(question, sentence):
    talk = Talk(smokealarm_project())
    start = talk.project.clone()
    result = talk.say(question)
    assert unchanged(talk, start, result)
    a, _ = sentence_span(sentence)
    minutes, secs = divmod(a, 60)
    assert f"{int(minutes)}:{int(secs):02d}" in result.reply, result.reply


def test_what_time_does_a_clip_start_answers_the_clip():
    talk = Talk(smokealarm_project(broll={"m4": 33}))
    start = talk.project.clone()
    result = talk.say("what time does the dji clip start?")
    assert unchanged(talk, start, result) and "0:33" in result.reply, result.reply


# ---- two clips named together --------------------------------------------------------------

@pytest.mark.parametrize("message", ["swap the left and right chest cam clips round", "swap the two gx clips around",
                                     "switch both chest cam shots"])
def test_swapping_the_pair_exchanges_them_and_is_not_held(message):
    talk = Talk(smokealarm_project(broll={"m5": 20, "m6": 24}))
    talk.say(message)
    assert start_s(talk.project, clip_of(talk.project, "m6")) == 20
    assert start_s(talk.project, clip_of(talk.project, "m5")) == 24
    assert talk.held is None, talk.held


@pytest.mark.parametrize("message", ["crossfade between the two chest cam clips", "dissolve between both gx shots, 1 second"])
def test_a_crossfade_between_the_pair(message):
    talk = Talk(smokealarm_project(broll={"m5": 20, "m6": 24}))
    talk.say(message)
    [transition] = [tr for track in talk.project.tracks for tr in track.transitions]
    assert {transition.from_clip, transition.to_clip} == {clip_of(talk.project, "m5").id, clip_of(talk.project, "m6").id}


# ---- several parts in one message ------------------------------------------------------------

@pytest.mark.parametrize("message", ["GX010555 at 0:40, black and white", "GX010555 at 0:40 and make it b&w"])
def test_a_placement_and_a_look_after_a_comma(message):
    talk = Talk(smokealarm_project())
    talk.say(message)
    clip = clip_of(talk.project, "m5")
    assert start_s(talk.project, clip) == 40 and effect_types(clip) == ["black_and_white"]
    assert effect_types(talk_clip(talk.project)) == []


@pytest.mark.parametrize("message", ['the battery photo at 1:05 plus a caption "Positive side up" at the same time',
                                     'put the battery photo at 1:05 with a title "Positive side up" there'])
def test_a_still_and_a_caption_at_the_same_time(message):
    talk = Talk(smokealarm_project())
    talk.say(message)
    assert start_s(talk.project, clip_of(talk.project, "m7")) == 65
    assert titles(talk.project) == [("Positive side up", 65.0, 3.0)]


def test_the_talk_file_is_the_one_talked_about():
    assert talk_clip(smokealarm_project()).media_id == "m1" and smokealarm_project().media["m1"].name == TALK


def test_two_complaints_in_one_message_are_each_fixed():
    talk = Talk(smokealarm_project())
    talk.say("i'm a bit too quiet, and the music is too loud")
    assert talk_clip(talk.project).volume_db > 0
    assert music_clip(talk.project).volume_db < MUSIC_DB
