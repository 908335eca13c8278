"""Round-6 mechanisms on a project of our own (tests/planner/birdhouse_project.py: building a
birdhouse with my daughter), each planned and, where it edits, applied with the real tools and
checked on the timeline. Phrasings are our own; none is copied from an eval suite.

What they pin down: B-roll at the ends of the video said with the video as object ("close the
video on X"); a media and a place with no verb ("X, 20 seconds in"); "halfway through" is a point;
"1m05s" and editors' timecodes; "minute" is not a typo of "minutes"; a sound from the bin goes on
a sound-effects track, at the words when "when I say ..." is used; the whole video's length
("make the video end at 0:30") is one cut of every track; "the ums" are the hesitations as a kind;
"a bit more" after a level goes further the same way; ducking is deep enough to hear the voice;
one sentence named by its place, by what is done in it, by being a question, or by a quote.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.planner.memory import ChatMemory, TurnRecord
from editor_app.planner.text import normalize
from tests.planner.test_garden_words import applied
from tests.planner.birdhouse_project import LENGTH, SEGMENTS, birdhouse_project, sentence_span, word_start


def asks(result) -> bool:
    return not result.understood and result.steps == []


def clips_of(project: Project, media_id: str) -> list[tuple[str, float, float]]:
    """(track role, start s, end s) of every clip of ``media_id``."""
    out = []
    for track in project.tracks:
        for c in track.clips:
            if c.media_id == media_id:
                out.append((track.role, float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps))))
    return out


def length_of(project: Project) -> float:
    return float(seconds(project.duration, project.fps))


# ---- where B-roll goes -------------------------------------------------------------------

@pytest.mark.parametrize("message, media, at_end", [
    ("close the video on the finished birdhouse photo", "m5", True),
    ("end the edit with the plum tree footage", "m7", True),
    ("open the video with the drill bit closeup", "m4", False),
    ("start my video with the cedar offcuts picture", "m6", False),
])
def test_the_video_as_object_of_open_or_close_places_broll_at_that_end(message, media, at_end):
    after = applied(birdhouse_project(), message)
    [(role, start, end)] = clips_of(after, media)
    assert role == "broll"
    assert (end == pytest.approx(LENGTH, abs=0.05)) if at_end else (start == 0)


def test_a_media_and_a_position_with_no_verb_after_an_and_places_it():
    [(role, _, end)] = clips_of(applied(birdhouse_project(), "and the finished birdhouse photo at the end"), "m5")
    assert role == "broll" and end == pytest.approx(LENGTH, abs=0.05)


@pytest.mark.parametrize("message, media, start", [
    ("painting clip, 20 seconds in", "m3", 20),
    ("plum tree footage at the 40 second mark", "m7", 40),  # no article: still a name by description
    ("sawing video 12 seconds in please", "m2", 12),
])
def test_a_media_and_a_time_with_no_verb_places_it(message, media, start):
    [(role, got, _)] = clips_of(applied(birdhouse_project(), message), media)
    assert role == "broll" and got == pytest.approx(start, abs=0.05)


def test_halfway_through_is_where_the_broll_starts_the_middle_is_where_it_is_centred():
    [(_, start, _)] = clips_of(applied(birdhouse_project(), "pop the offcuts still in halfway through"), "m6")
    assert start == pytest.approx(LENGTH / 2, abs=0.05)
    [(_, start, end)] = clips_of(applied(birdhouse_project(), "put the drill bit closeup in the middle of the video"), "m4")
    assert (start + end) / 2 == pytest.approx(LENGTH / 2, abs=0.05)


@pytest.mark.parametrize("said, expected", [
    ("at 0m42s", "at 0:42"), ("at 1m05s", "at 1:05"), ("at 1m5s", "at 1:05"), ("at 2m30.5s", "at 2:30.5"),
    ("at 00:00:12:10", "at 0:12.4"),  # hours:minutes:seconds:frames at the project's 25 fps
    ("at 00:00:12:15 (hh:mm:ss:ff at 30fps)", "at 0:12.5"),  # a rate said in the message wins
    ("delete the first minute", "delete the first 1 minute"),  # "minute" is not a typo of "minutes"
])
def test_times_as_people_and_editors_write_them(said, expected):
    assert normalize(said, fps=25.0) == expected


def test_a_timecode_places_broll_at_its_frame():
    [(_, start, _)] = clips_of(applied(birdhouse_project(), "put the drill bit closeup at 00:00:08:05"), "m4")
    assert start == pytest.approx(8.2, abs=0.01)


# ---- sound effects -----------------------------------------------------------------------

def test_a_sound_from_the_bin_goes_on_a_new_sound_effects_track_at_the_time():
    p = birdhouse_project()
    after = applied(p, "add the hammer tap at 0:38")
    [(role, start, _)] = clips_of(after, "m8")
    assert role == "sfx" and start == pytest.approx(38, abs=0.04)
    assert [t.role for t in after.tracks].count("sfx") == 1 and clips_of(after, "m9") == clips_of(p, "m9")
    again = applied(after, "add another hammer tap at 0:20")  # the sound-effects track is reused where it is free
    assert [t.role for t in again.tracks].count("sfx") == 1 and len(clips_of(again, "m8")) == 2


def test_a_sound_when_i_say_some_words_starts_on_those_words():
    after = applied(birdhouse_project(), "play the hammer tap exactly when I say tap the nails in")
    [(role, start, _)] = clips_of(after, "m8")
    assert role == "sfx" and start == pytest.approx(word_start("tap"), abs=0.04)


def test_a_sound_at_the_start_and_over_a_topic():
    [(_, start, _)] = clips_of(applied(birdhouse_project(), "stick the hammer tap right at the start"), "m8")
    assert start == 0
    after = applied(birdhouse_project(), "add the hammer tap sound when I talk about the nails")
    [(_, start, _)] = clips_of(after, "m8")
    assert sentence_span(7)[0] - 0.05 <= start <= sentence_span(7)[1]


# ---- the whole video's length ------------------------------------------------------------

@pytest.mark.parametrize("message, keep", [
    ("make the video end at 30 seconds", 30), ("the video should stop at 0:45", 45),
    ("cut it down to 40 seconds", 40), ("trim the whole thing down to 50 seconds", 50),
])
def test_the_videos_length_keeps_the_start_and_cuts_the_rest(message, keep):
    [s] = plan(message, birdhouse_project()).steps
    p = birdhouse_project()
    assert (s.tool, s.args["start"], s.args["end"]) == ("cut_range", keep, pytest.approx(length_of(p)))
    assert length_of(applied(p, message)) == pytest.approx(keep, abs=0.2)


def test_a_half_or_the_first_minute_of_the_video_is_a_range_of_every_track():
    p = birdhouse_project()
    [s] = plan("delete the second half", p).steps
    assert (s.args["start"], s.args["end"]) == (pytest.approx(length_of(p) / 2), pytest.approx(length_of(p)))
    [s] = plan("delete the first minute", birdhouse_project()).steps
    assert (s.tool, s.args["start"], s.args["end"]) == ("cut_range", 0, 60)


def test_a_length_the_video_already_has_asks_and_it_after_a_clip_is_that_clip():
    assert asks(plan("make the video end at 2:00", birdhouse_project()))
    p = birdhouse_project(broll={"m7": 10})
    memory = ChatMemory()
    memory.record(TurnRecord(message="put the plum tree clip at 10", applied=True, clip_ids=["c3"],
                             steps=[{"agent": "timeline", "tool": "place_broll", "args": {"media_id": "m7", "start": 10}}]))
    [s] = plan("cut it down to 2 seconds", p, memory=memory).steps
    assert s.tool == "trim_clip" and s.args["clip_id"] == "c3"


# ---- fillers, follow-ups, ducking ----------------------------------------------------------

def test_the_ums_are_the_hesitations_as_a_kind_only_the_ums_are_one_spelling():
    p = birdhouse_project()
    hesitations = [w for w in ("Um,", "um,", "uh,", "er,")]
    gone = LENGTH - length_of(applied(p, "cut the ums"))
    assert gone == pytest.approx(len(hesitations) * 0.4, abs=0.45)
    only = LENGTH - length_of(applied(p, "cut only the ums"))
    assert only < gone - 0.5


def test_a_bit_more_after_a_level_goes_further_the_same_way():
    p = birdhouse_project()
    memory = ChatMemory()
    first = plan("turn the music down to -16 dB", p)
    after = applied(p, "turn the music down to -16 dB")
    memory.record(TurnRecord(message="turn the music down to -16 dB", applied=True, clip_ids=["c2"],
                             steps=[{"agent": s.agent, "tool": s.tool, "args": s.args} for s in first.steps]))
    more = applied(after, "a bit more", memory=memory)
    assert more.find_clip("c2")[1].volume_db == pytest.approx(-19)
    much = applied(after, "more", memory=memory)
    assert much.find_clip("c2")[1].volume_db == pytest.approx(-22)


def test_ducking_with_no_depth_said_is_deep_and_a_said_depth_is_kept():
    [s] = plan("make the music dip under my talking", birdhouse_project()).steps
    assert s.tool == "duck_music" and s.args["duck_db"] <= -15
    [s] = plan("duck the music by 8 dB under my voice", birdhouse_project()).steps
    assert s.args["duck_db"] == -8


# ---- one sentence ------------------------------------------------------------------------

@pytest.mark.parametrize("message, index", [
    ("remove the outro", 11), ("cut my greeting at the very start", 0), ("lose the intro", 0),
    ("get rid of the sign-off at the end", 11),
    ("take out the sentence where I mention the songbirds", 3),
    ("drop the bit where I explain how the roof keeps the rain off", 8),
    ("cut the line where I ask about the size of the hole", 2),
    ("drop the 'She painted it sky blue...' line", 9),
    ("remove the first version of the 'glue the walls' sentence", 6),
])
def test_one_sentence_named_by_its_place_what_is_in_it_or_a_quote_is_cut(message, index):
    after = applied(birdhouse_project(), message)
    a, b = sentence_span(index)
    assert LENGTH - length_of(after) == pytest.approx(b - a, abs=0.45)


@pytest.mark.parametrize("message", [
    "remove the 'glue the walls' sentence",  # said twice: which one?
    "lose the subscribe plug at the end",  # the last sentence never says subscribe
    "cut the line where I ask about the lawnmower",
    "take out the sentence where I mention the chainsaw",
])
def test_a_sentence_that_is_not_there_or_not_one_asks(message):
    assert asks(plan(message, birdhouse_project()))


def test_everything_before_a_quote_is_cut_up_to_those_words():
    after = applied(birdhouse_project(), "remove everything before 'Um, we picked cedar'")
    assert LENGTH - length_of(after) == pytest.approx(SEGMENTS[1].start, abs=0.3)


# ---- titles and follow-ups -----------------------------------------------------------------

def _remember(memory: ChatMemory, project: Project, message: str) -> Project:
    """Plan and apply ``message``, and record it as the conversation's last edit."""
    result = plan(message, project, memory=memory)
    after = applied(project, message, memory=memory)
    before = {c.id: c for c in project.clips()}
    touched = [c.id for c in after.clips() if c.id not in before or before[c.id] != c]
    memory.record(TurnRecord(message=message, applied=True, clip_ids=touched,
                             steps=[{"agent": s.agent, "tool": s.tool, "args": s.args} for s in result.steps]))
    return after


def _titles(project: Project) -> list[tuple[str, float, float]]:
    return [(c.generator.text, float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks for c in t.clips if c.generator is not None]


@pytest.mark.parametrize("message, text, start, length", [
    ('caption "Cedar lasts" from 6 to 11 s', "Cedar lasts", 6, 5),
    ('end card "See you next build!" for the last 4 seconds', "See you next build!", None, 4),
    ('an end screen reading "Thanks, Ella!" over the final 2 seconds', "Thanks, Ella!", None, 2),
])
def test_a_titles_range_or_an_end_card_sets_where_and_how_long(message, text, start, length):
    p = birdhouse_project()
    [(got, a, b)] = _titles(applied(p, message))
    assert got == text and b - a == pytest.approx(length, abs=0.05)
    assert a == pytest.approx(start if start is not None else length_of(p) - length, abs=0.05)


@pytest.mark.parametrize("follow_up", ["make that title 5 seconds long", "make it 5 seconds instead"])
def test_a_title_just_added_gets_a_new_length(follow_up):
    memory = ChatMemory()
    p = _remember(memory, birdhouse_project(), 'add a title "Bird Week" at the start')
    [(text, start, end)] = _titles(applied(p, follow_up, memory=memory))
    assert (text, start, end) == ("Bird Week", 0, pytest.approx(5, abs=0.05))


def test_a_still_is_made_longer_when_asked_for_a_length_longer_than_now():
    after = applied(birdhouse_project(broll={"m5": 10}), "extend the finished birdhouse photo to 6 seconds")
    assert clips_of(after, "m5") == [("broll", 10, pytest.approx(16, abs=0.05))]


def test_fade_it_out_after_placing_a_clip_fades_that_clip_only():
    memory = ChatMemory()
    p = _remember(memory, birdhouse_project(), "put the plum tree clip at 20 seconds")
    [s] = plan("fade it out", p, memory=memory).steps
    placed = [c.id for c in p.clips() if c.media_id == "m7"]
    assert s.tool == "fade" and s.args["target"] == placed[0] and s.args["direction"] == "out"
    [s] = plan("fade it out", birdhouse_project()).steps  # nothing said before: the whole edit, as before
    assert s.args["target"] == "all"


def test_unmute_it_after_muting_a_track_unmutes_that_track():
    memory = ChatMemory()
    p = _remember(memory, birdhouse_project(), "mute the music")
    after = applied(p, "ok unmute it", memory=memory)
    assert [t.muted for t in after.tracks if t.role == "music"] == [False]


def test_the_same_with_another_media_places_it_the_same_way_at_the_time_said():
    memory = ChatMemory()
    p = _remember(memory, birdhouse_project(), "put the finished birdhouse photo at 12 seconds")
    after = applied(p, "now do the same with the offcuts one at 30", memory=memory)
    assert [(role, start) for role, start, _ in clips_of(after, "m6")] == [("broll", 30)]
    assert clips_of(after, "m5")[0][1] == 12


@pytest.mark.parametrize("message", ["undo the speed change", "actually, revert that colour edit"])
def test_undo_the_kind_of_change_is_undo(message):
    assert plan(message, birdhouse_project()).special == "undo"


# ---- B-roll by topic, names and questions (round 6, second batch) ---------------------------

def _broll_over(message: str, media: str, index: int, project: Project | None = None):
    after = applied(project or birdhouse_project(), message)
    [(role, start, end)] = clips_of(after, media)
    a, b = sentence_span(index)
    assert role == "broll" and start < b and end > a, (start, end, a, b)


@pytest.mark.parametrize("message, media, index", [
    ("painting footage over the sky blue line", "m3", 9),  # a noun phrase and a place, no verb, no article
    ("sawing clip during the bit where I saw along the lines", "m2", 5),
    ("put the offcuts picture over the 'shrugs off the rain' line", "m6", 1),  # a quoted line is the topic
    ("cover the plum tree part with the hanging clip", "m7", 10),  # "the X part" names the talk's part
    ("use the sawing video during the tip about the songbirds", "m2", 3),  # "the tip about X"
    ("drill bit closeup over me marking the panels", "m4", 4),  # "over me <doing>"
])
def test_broll_placed_by_how_people_point_at_a_part_of_the_talk(message, media, index):
    _broll_over(message, media, index)


def test_a_clip_named_by_an_unknown_word_is_found_by_what_it_shows():
    # "phone" names nothing; "of me painting the birdhouse" is what VID_..._1140 shows
    _broll_over("place the phone clip of me painting the birdhouse over where I talk about the yellow stars", "m3", 9)


def test_the_sentence_that_names_what_the_broll_shows_wins_over_a_looser_topic_match():
    # "cedar" (the B-roll) is said in sentence 1; "why we chose the wood" alone could be sentence 4 or 1
    p = birdhouse_project()
    after = applied(p, "put the cedar offcuts picture up when I say why we picked the wood")
    [(_, start, end)] = clips_of(after, "m6")
    a, b = sentence_span(1)
    assert start < b and end > a


def test_an_effect_on_a_thing_in_the_picture_asks_and_one_on_the_clip_applies():
    p = birdhouse_project(broll={"m7": 10})
    assert asks(plan("blur the face of the neighbour walking past in the plum tree clip", p))
    assert effects_of(applied(p, "blur the plum tree clip"), "c3") == ["blur"]


def effects_of(project: Project, clip_id: str) -> list[str]:
    return [e.type for e in project.find_clip(clip_id)[1].effects]


def test_a_clip_named_by_its_camera_file_name_with_a_noun_after_it():
    p = birdhouse_project(broll={"m7": 10})
    assert effects_of(applied(p, "make the IMG_0931 clip black and white"), "c3") == ["black_and_white"]


@pytest.mark.parametrize("message", ["theres too much dead air, tighten it up", "whats the running time"])
def test_contractions_typed_without_an_apostrophe(message):
    result = plan(message, birdhouse_project())
    assert result.understood


@pytest.mark.parametrize("message, db", [
    ("music's a bit loud, bring it down a little", -13), ("the music is kind of loud, turn it down", -16),
])
def test_a_mild_complaint_says_what_it_is_and_turn_it_down_is_its_volume(message, db):
    after = applied(birdhouse_project(), message)
    assert after.find_clip("c2")[1].volume_db == db and after.find_clip("c2")[1].start == 0


def test_a_music_level_and_a_duck_in_one_message():
    result = plan("drop the music to -20 and duck it under my voice", birdhouse_project())
    assert [(s.tool, s.args.get("db")) for s in result.steps] == [("set_volume", -20), ("duck_music", None)]


def test_what_is_in_a_media_is_answered_from_its_description():
    result = plan("what's in VID_20260503_1140?", birdhouse_project())
    assert result.special == "answer" and "painting the birdhouse" in result.reply


@pytest.mark.parametrize("message", ["replace the finished birdhouse photo with the offcuts one",
                                     "swap the finished birdhouse photo for the cedar offcuts picture",
                                     "use the cedar offcuts photo instead of the finished birdhouse photo"])
def test_replacing_a_clip_puts_the_other_media_in_its_place(message):
    after = applied(birdhouse_project(broll={"m5": 10}), message)
    assert clips_of(after, "m5") == [] and clips_of(after, "m6") == [("broll", 10, 14)]


def test_replacing_with_a_media_that_is_not_there_asks():
    assert asks(plan("replace the finished birdhouse photo with the lawnmower photo", birdhouse_project(broll={"m5": 10})))


@pytest.mark.parametrize("message", ["the music should come in at 4 seconds, not right away",
                                     "start the music at 4 seconds"])
def test_a_clip_that_should_begin_at_a_time_is_moved_there(message):
    p = birdhouse_project()
    s, *rest = plan(message, p).steps
    assert (s.tool, s.args) == ("move_clip", {"clip_id": "c2", "start": 4})
    # round 15: music moved later is trimmed so it does not run past the end of the video
    talk_end = max(c.end for t in p.tracks if t.role != "music" for c in t.clips) / p.fps
    assert [(r.tool, r.args["clip_id"], r.args["end"]) for r in rest] == [("trim_clip", "c2", pytest.approx(talk_end))]


def test_a_runner_up_that_says_more_of_the_topic_wins_over_the_first_search_hit():
    from editor_app.planner.topics import find_passage
    from editor_app.planner.types import Ctx

    p = birdhouse_project()

    def search(query: str, k: int = 3) -> list[dict]:  # a search that ranks a one-word match first
        rows = [SEGMENTS[1], SEGMENTS[8], SEGMENTS[3]]
        return [{"quote": r.text, "timeline_start": r.start, "timeline_end": r.end, "clip_id": "c1"} for r in rows][:k]

    passage = find_passage(Ctx("x", p, search=search), "the roof keeping the rain off the hole")
    assert passage.quote == SEGMENTS[8].text
