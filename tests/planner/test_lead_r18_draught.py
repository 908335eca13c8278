"""Round 18 (lead): what blind suite R's first run found missing, fixed by mechanism and tested here in our own words on
a draught-excluder project (tests/planner/draught_project.py), through the orchestrator and the offline planner.

- Quotes typed as people type them: no apostrophes ("dont", "theres"), digits and units for numbers said in words
  ("76cm"); a line quoted a little wrongly is that line when only one fits (model.words.find_phrase, quoted_loosely).
- Contractions typed without the apostrophe outside quotes ("wheres the bit about ..." had become "wheels").
- A speaker's own tic word said as a thing to cut ("all the basicallys", "both innits"); a word in an unquoted line.
- A retake named by its announcement ("the bit where I say 'that came out wrong'") or as "the first go at" a line is
  the whole false start; "where do I mess up?" and "at what point do I X?" are answered.
- Files named by the app or camera that made them (Telegram, Signal, Insta360, Samsung), a version that is not in
  the project asks, a name's versioned word names it, a photo said is not a video or a screenshot of the same thing.
- Follow-ups: "twice as fast" right after a placement, "lower" after a level, "the photo" answering which Pixel
  file, "no the other pixel, the packet one", "fade the video out at the end" not held for a confirmation.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.draught_project import SCRIPT, draught_session
from tests.planner.own_talk import heard, talk_without


class Chat:
    def __init__(self, session) -> None:
        self.session = session
        self.orchestrator = Orchestrator(session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def on(self, role: str) -> list[tuple[str, float, float]]:
        fps = self.project.fps
        return [(c.media_id, float(seconds(c.start, fps)), float(seconds(c.end, fps)))
                for t in self.project.tracks_by_role(role) for c in t.clips]

    def clip(self, media_id: str):
        return next(c for c in self.project.clips() if c.media_id == media_id)


@pytest.fixture
def door(tmp_path):
    return Chat(draught_session(tmp_path / "draught"))


UNCUT = talk_without(SCRIPT, [])


# ---- quotes typed as people type them ------------------------------------------------------------------

def test_a_quote_typed_without_apostrophes_is_cut(door):
    door.say("cut 'dont measure the frame'")
    assert heard(door.project) == talk_without(SCRIPT, [], [(4, "Don't"), (4, "measure"), (4, "the"), (4, "frame,")])


def test_a_number_typed_in_digits_with_its_unit_is_the_number_said(door):
    door.say("remove 'mines 76cm'")
    assert heard(door.project) == talk_without(SCRIPT, [], [(3, "mine's"), (3, "seventy"), (3, "six"), (3, "centimetres.")])


def test_a_line_quoted_a_little_wrongly_is_that_line(door):
    door.say("delete the line 'open and close the door to check it doesnt drag'")
    assert heard(door.project) == talk_without(SCRIPT, [10])


def test_a_question_typed_without_its_apostrophe_is_answered(door):
    reply = door.say("wheres the bit about the hacksaw").reply
    assert "Mark the strip with the pencil" in reply or "You'll need a tape measure" in reply
    assert heard(door.project) == UNCUT


@pytest.mark.parametrize("typed, read", [
    ("wheres the bit about the oil", "where's the bit about the oil"),  # was "wheels the bit ..." in a talk about wheels
    ("i cant hear the music", "i can't hear the music"),
    ("theyre too loud", "they're too loud"),
])
def test_a_contraction_typed_without_its_apostrophe_is_read_as_one(typed, read):
    from editor_app.planner.text import normalize

    assert normalize(typed, extra_words={"wheels", "cat", "oil", "theory"}) == read


# ---- a tic word, and a word in an unquoted line ------------------------------------------------------------

def test_every_time_a_tic_word_is_said_it_goes(door):
    door.say("get rid of all the basicallys, i say it way too much")
    assert heard(door.project) == talk_without(SCRIPT, [], [(0, "basically"), (8, "basically."), (12, "basically")])


def test_both_of_a_word_said_twice_go(door):
    door.say("take out both innits")
    assert heard(door.project) == talk_without(SCRIPT, [], [(4, "innit."), (9, "innit.")])


def test_both_of_a_word_said_three_times_asks(door):
    reply = door.say("remove both basicallys").reply
    assert "3 times" in reply
    assert heard(door.project) == UNCUT


def test_a_word_named_in_its_unquoted_line_goes_from_that_line_only(door):
    door.say("remove the innit in dont measure the frame measure the door innit")
    assert heard(door.project) == talk_without(SCRIPT, [], [(4, "innit.")])


# ---- a retake named by what it says ---------------------------------------------------------------------------

def test_the_retakes_announcement_quoted_is_the_whole_false_start(door):
    door.say("remove the bit where i say 'that came out wrong'")
    assert heard(door.project) == talk_without(SCRIPT, [6])


def test_the_first_go_at_a_line_said_to_be_wrong_is_the_false_start(door):
    door.say("the first go at 'now hold the strip' was wrong, delete that one")
    assert heard(door.project) == talk_without(SCRIPT, [6])


def test_where_do_i_mess_up_is_answered_with_the_false_start(door):
    reply = door.say("where do i mess up and start again?").reply
    assert "retake" in reply and "Now hold the strip" in reply
    assert heard(door.project) == UNCUT


def test_when_i_do_a_step_is_answered_from_the_talk(door):
    reply = door.say("at what point do i drill the pilot holes?").reply
    assert "Mark the screw holes" in reply
    assert heard(door.project) == UNCUT


# ---- files named by the app or camera that made them -----------------------------------------------------------

@pytest.mark.parametrize("message, media", [
    ("put the telegram video at 0:05", "m2"),
    ("the telegram photo at 0:05", "m3"),
    ("signal clip at 0:05", "m4"),
    ("insta clip at 0:05", "m5"),
    ("put the samsung vid at 0:05", "m6"),
    ("the final2 clip at 0:05", "m11"),
])
def test_a_file_named_by_what_made_it_or_its_version_word(door, message, media):
    door.say(message)
    assert [m for m, _, _ in door.on("broll")] == [media]


@pytest.mark.parametrize("message", ["door_gap_closeup_v2 at 0:10", "strip_cut_final3 at 0:10"])
def test_a_version_the_project_does_not_have_asks(door, message):
    reply = door.say(message).reply
    assert "There is no" in reply and door.on("broll") == []


def test_a_photo_is_not_the_video_or_the_screenshot_of_the_same_thing(door):
    door.say("put the strip photo at 0:12")
    assert [m for m, _, _ in door.on("broll")] == ["m8"]


def test_the_vid_someone_took_is_not_a_file_named_vid(door):
    reply = door.say("the vid my neighbour sent at 0:10").reply
    assert door.on("broll") == [] and "VID_20260205" not in reply.split("?")[0].split("Which")[0]


# ---- follow-ups -------------------------------------------------------------------------------------------------

def test_a_speed_said_alone_right_after_a_placement_changes_that_clip(door):
    door.say("signal clip at 0:20")
    door.say("twice as fast")
    assert door.clip("m4").speed == 2


def test_lower_right_after_a_level_lowers_it_more(door):
    door.say("music to -18")
    door.say("still too loud, lower")
    assert door.clip("m13").volume_db < -18


def test_the_kind_answers_which_of_two_files_of_one_camera(door):
    assert "Which" in door.say("add the pixel one at 0:30").reply
    door.say("the photo not the video")
    assert [m for m, _, _ in door.on("broll")] == ["m8"]


def test_the_other_of_a_camera_described_replaces_the_placed_clip(door):
    door.say("put PXL_20260201_181512345 at 0:30")
    door.say("no the other pixel, the packet one")
    assert [m for m, _, _ in door.on("broll")] == ["m8"]


def test_fading_the_video_out_is_not_held_for_a_confirmation(door):
    door.say("fade the video out at the end")
    assert any(e.type == "fade_out" for e in door.clip("m1").effects)


# ---- later in the round: requests said around their object -------------------------------------------------------

def test_a_reason_after_a_quote_is_only_why(door):
    door.say("cut out 'see you next time' its cheesy")
    assert heard(door.project) == talk_without(SCRIPT, [], [(13, "see"), (13, "you"), (13, "next"), (13, "time.")])


def test_start_the_vid_at_a_quote_cuts_what_is_before_it(door):
    reply = door.say("start the vid at 'measure the width of the door'").reply  # a quarter of the video: held for a yes
    assert "cut everything before \"measure the width of the door\"" in reply and "so the video starts there" in reply


def test_end_it_after_words_and_bin_the_rest_is_one_request(door):
    door.say("end it after no more draught, bin the rest")
    assert heard(door.project).endswith("And that's basically it, no more draught,")


@pytest.mark.parametrize("message", ["the um in the gareth sentence, only that one",
                                     "there's an um before 'the heating bill', cut it"])
def test_a_filler_said_first_then_cut_is_that_filler(tmp_path, message):
    from editor_app.model.project import TranscriptWord  # noqa: F401 - the project has no um: both must ask, not cut
    chat = Chat(draught_session(tmp_path / "d"))
    chat.say(message)
    assert heard(chat.project) == UNCUT  # no um is said in this talk: nothing cut, never another word


def test_the_filler_right_at_the_start_of_words_is_the_one_before_them(tmp_path):
    from tests.planner.fence_project import SCRIPT as FENCE, fence_session

    chat = Chat(fence_session(tmp_path / "f"))
    chat.say("theres an uh right at the start of 'I used an orbital sander', only that one")
    assert heard(chat.project) == talk_without(FENCE, [], [(5, "uh,")])


def test_an_um_said_first_with_its_line_then_cut_it(tmp_path):
    from tests.planner.fence_project import SCRIPT as FENCE, fence_session

    chat = Chat(fence_session(tmp_path / "f"))
    chat.say("um before 'the old paint is flaking', cut it")
    assert heard(chat.project) == talk_without(FENCE, [], [(1, "um,")])


def test_words_in_quotes_with_a_time_are_a_title(door):
    door.say("'76cm' at zero minutes twelve")
    titles = [c for c in door.project.clips() if c.generator is not None]
    assert [t.generator.text for t in titles] == ["76cm"] and float(seconds(titles[0].start, door.project.fps)) == 12.0


def test_see_you_next_week_in_a_request_is_not_a_second_step(door):
    reply = door.say("cut the dead bit at the very end after see you next time").reply
    assert "didn't understand" not in reply
    assert heard(door.project) == UNCUT  # only the silence after the last word goes


# ---- a complaint or a statement, then the request ---------------------------------------------------------------

def test_a_complaint_then_fix_it_is_the_complaint(tmp_path):
    chat = Chat(draught_session(tmp_path / "d", broll={"m3": 5.0}))
    chat.say("the telegram photo is way too dark, fix it")
    [color] = [e for e in chat.clip("m3").effects if e.type == "color"]
    assert color.brightness > 0


def test_a_speed_said_as_a_number_then_speed(tmp_path):
    chat = Chat(draught_session(tmp_path / "d", broll={"m7": 5.0}))
    chat.say("pixel vid at 1.5 speed")
    assert chat.clip("m7").speed == 1.5


def test_deleting_the_whole_main_clip_is_held_for_a_yes(door):
    reply = door.say("delete the whole main clip").reply
    assert "confirm" in reply and heard(door.project) == UNCUT


def test_a_short_of_a_length_is_held_for_a_yes(door):
    reply = door.say("make it a 30 second short, cut whatever").reply
    assert "0:30" in reply and "confirm" in reply and heard(door.project) == UNCUT


def test_i_want_one_clip_before_another_reorders_them(tmp_path):
    chat = Chat(draught_session(tmp_path / "d", broll={"m5": 10.0, "m4": 16.0}))
    chat.say("i want the signal clip before the insta one")
    order = [m for m, _, _ in sorted(chat.on("broll"), key=lambda x: x[1])]
    assert order == ["m4", "m5"]


def test_dead_air_then_cut_the_gaps_removes_the_pauses():
    from editor_app.planner import plan
    from tests.planner.draught_project import draught_project

    result = plan("theres loads of dead air in this, cut the gaps", draught_project())  # pauses are found in the audio
    assert [(s.tool, s.args) for s in result.steps] == [("remove_silences", {})]


def test_an_awkward_silence_said_then_could_you_shorten_it():
    from editor_app.planner import plan
    from tests.planner.draught_project import draught_project, sentence_span

    result = plan("There's a long pause after I say nice and straight. Can you shorten it?", draught_project())
    [step] = result.steps
    assert step.tool == "remove_silences" and abs(step.args["start"] - sentence_span(5)[1]) < 0.05
    assert abs(step.args["end"] - sentence_span(6)[0]) < 0.05


def test_the_light_makes_me_look_a_colour_corrects_the_talk(door):
    door.say("the hall light makes me look orange, can you colour correct me")
    [color] = [e for e in door.clip("m1").effects if e.type == "color"]
    assert color.temperature < 0


# ---- blind suite S's wrong plans, fixed by mechanism (tested in our own words) -------------------------------------

def test_a_filler_between_two_quotes_is_only_that_filler(tmp_path):
    from tests.planner.fence_project import SCRIPT as FENCE, fence_session

    chat = Chat(fence_session(tmp_path / "f"))
    chat.say("remove um between 'its grey' and 'the old paint is flaking'")
    assert heard(chat.project) == talk_without(FENCE, [], [(1, "um,")])


def test_a_pause_said_after_its_place_is_that_pause_only():
    from editor_app.planner import plan
    from tests.planner.fence_project import fence_project, sentence_span

    result = plan("after 'moss everywhere' the pause is too long", fence_project())
    [step] = result.steps
    assert step.tool == "remove_silences" and abs(step.args["start"] - sentence_span(1)[1]) < 0.05


def test_the_last_half_second_said_to_be_silence_is_cut_not_every_pause():
    from editor_app.planner import plan
    from tests.planner.draught_project import draught_project

    result = plan("cut the last half second, it's just silence", draught_project())
    assert [s.tool for s in result.steps] == ["cut_range"]


@pytest.mark.parametrize("message", [
    "cut the bit where i talk about the 90 centimetre door",  # he says seventy six
    "take out the line about the door-frame seal",  # door and frame are said, never together
])
def test_a_number_or_a_compound_the_talk_never_says_asks(door, message):
    reply = door.say(message).reply
    assert "never said" in reply and heard(door.project) == UNCUT


def test_a_number_the_talk_says_in_words_finds_its_line(door):
    door.say("cut the bit where i talk about the 76 centimetre door")
    assert heard(door.project) == talk_without(SCRIPT, [3])


def test_retakes_said_as_a_learner_says_them_and_from_the_top_said_literally():
    from editor_app.model.project import TranscriptWord
    from editor_app.model.words import false_starts

    def words(text: str):
        return [TranscriptWord(start=i, end=i + 0.5, text=w) for i, w in enumerate(text.split())]

    assert false_starts(words("Then I slice down through it from the top. It goes through clean.")) == []
    said = words("You make one stroke on the, uh, no, wait, that is wrong, I say this again. You pull it through cork.")
    assert false_starts(said) == [(0, 15)]


# ---- later: a file by its type, a version said as a word, a word of the topic that is also an effect ----------------

@pytest.mark.parametrize("message, media", [("put the png at 0:10", "m9"), ("the mov at 0:10", "m11"),
                                            ("put the .png file at 0:10", "m9")])
def test_a_file_named_by_its_type(door, message, media):
    door.say(message)
    assert [m for m, _, _ in door.on("broll")] == [media]


def test_an_effect_on_a_file_type_not_on_the_timeline_asks(door):
    reply = door.say("fade out the png").reply
    assert "not on the timeline" in reply and not any(e.type == "fade_out" for e in door.clip("m1").effects)


def test_a_version_said_as_a_word_that_the_file_lacks_asks(door):
    reply = door.say("door gap closeup v2 at 0:10").reply
    assert "There is no v2" in reply and door.on("broll") == []


def test_a_title_that_says_sharpen_is_a_title():
    from editor_app.planner import plan
    from tests.planner.draught_project import draught_project

    result = plan('title "Sharpen Your Saw Next Week" at 0:05', draught_project())
    assert [s.tool for s in result.steps] == ["add_title"]
    assert plan("sharpen the video a bit", draught_project()).steps == []


def test_an_ordinal_inside_a_name_is_the_name_not_a_position():
    """'the hinge final clip' names "hinge fitted FINAL.mov" (not on the timeline: asks); it had moved the talk."""
    from editor_app.planner import plan
    from tests.planner.draught_project import LENGTH, SEGMENTS, WORDS
    from tests.planner.own_talk import asset, talk_asset, talk_project

    project = talk_project("hinge", talk_asset("C0031.MP4", LENGTH, WORDS, SEGMENTS),
                           [asset("hinge fitted FINAL.mov", "video", 5.0, ""), asset("bed.m4a", "audio", 240.0, "")],
                           music_id="m3", music_db=-20.0)
    result = plan("move the hinge final clip to where i say 'nice and straight'", project)
    assert result.steps == [] and "not on the timeline" in result.reply


def test_dead_air_said_then_shorten_it_shortens_the_pauses():
    from editor_app.planner import plan
    from tests.planner.draught_project import draught_project

    result = plan("there's a lot of dead air where I'm measuring, can you shorten it", draught_project())
    assert [s.tool for s in result.steps] in (["shorten_pauses"], ["remove_silences"]), result.reply
