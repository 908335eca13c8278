"""Round-5 mechanisms on a project of our own (tests/planner/garden_project.py: repotting a plant),
each planned and, where it edits, applied with the real tools and checked on the timeline.

What they pin down: reactions in front of a command ("hmm no, ...") are dropped; media named by
the same word are told apart by the rest of the request, else asked about; a noun phrase with no
word for media still names one by its description; a clip's length is edited by one edge; a
bin media followed by a time is placed; a clause saying what is wrong lends the next clause its
object; a spoken self-correction is the false start that is cut; "um's" typed as an object is
kept; "duck" after an article is a bird; a one-letter spelling neighbour is not a name; and media
are found by what they show in questions.
"""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from editor_app.planner.memory import ChatMemory, TurnRecord
from editor_app.tools import TOOLS, ToolContext
from tests.planner.garden_project import LENGTH, WORDS, garden_project, sentence_words


def applied(project: Project, message: str, **kw) -> Project:
    result = plan(message, project, **kw)
    assert result.understood and result.steps, result.reply
    after = project.clone()
    for s in result.steps:
        apply_all(after, TOOLS.find(s.tool).call(ToolContext(after, None), s.args))
    return after


def span(project: Project, clip_id: str) -> tuple[float, float]:
    clip = project.find_clip(clip_id)[1]
    return float(seconds(clip.start, project.fps)), float(seconds(clip.end, project.fps))


def effects(project: Project, clip_id: str) -> list[str]:
    return [e.type for e in project.find_clip(clip_id)[1].effects]


def asks(result) -> bool:
    return not result.understood and result.steps == []


@pytest.mark.parametrize("message", ["actually no, undo that", "hmm no, undo it", "oh wait, no, undo that"])
def test_reactions_in_front_of_a_command_are_dropped(message):
    assert plan(message, garden_project()).special == "undo"


def test_hmm_no_remove_it_removes_the_clip_the_last_turn_placed():
    p = garden_project(broll={"m5": 4})
    memory = ChatMemory()
    memory.record(TurnRecord(message="put the compost photo at 0:04", applied=True, clip_ids=["c3"],
                             steps=[{"agent": "timeline", "tool": "place_broll", "args": {"media_id": "m5", "start": 4}}]))
    after = applied(p, "hmm no, remove it", memory=memory)
    assert after.find_clip("c3") is None and after.find_clip("c1") is not None


def test_two_clips_named_by_one_word_are_told_apart_by_what_else_is_said():
    p = garden_project(broll={"m2": 2, "m3": 10})  # c3 = DSC_1040 (old pot), c4 = DSC_1041 (repotted plant)
    after = applied(p, "make the watering clip with the repotted plant at dusk black and white")
    assert effects(after, "c4") == ["black_and_white"] and effects(after, "c3") == []
    assert asks(plan("make the watering clip black and white", p))  # nothing else said: which one?
    assert asks(plan("move the watering shot to 0:20", p))


def test_a_clip_named_by_where_it_happens_is_not_a_part_of_a_clip():
    p = garden_project(broll={"m2": 2, "m3": 10})
    after = applied(p, "make the watering clip where the can pours into the old pot black and white")
    assert effects(after, "c3") == ["black_and_white"] and effects(after, "c4") == []


def test_a_noun_phrase_without_a_media_word_names_a_media_by_its_description():
    p = garden_project(broll={"m6": 5})  # P1000212.MOV: "wide view of the balcony garden in the rain"
    after = applied(p, "make the rainy balcony look colder")
    [effect] = after.find_clip("c3")[1].effects
    assert effect.type == "color" and effect.temperature < 0 and effects(after, "c1") == []


@pytest.mark.parametrize("message, start, end", [
    ("make the balcony shot only 3 seconds long", 5, 8),
    ("trim 2 seconds off the end of the balcony shot", 5, 9),  # "off" must not name pot_knocked_off.mp4
    ("trim a second off the start of the balcony shot", 6, 11),
    ("cut the balcony shot down to 4 seconds", 5, 9),
    ("make the balcony clip 1 second shorter", 5, 10),
])
def test_a_clips_length_moves_one_edge_of_that_clip_only(message, start, end):
    p = garden_project(broll={"m6": 5})
    after = applied(p, message)
    assert span(after, "c3") == (pytest.approx(start, abs=0.04), pytest.approx(end, abs=0.04))
    assert span(after, "c1") == span(p, "c1")  # the talk is untouched


def test_a_length_longer_than_the_clip_asks():
    assert asks(plan("make the balcony shot 20 seconds long", garden_project(broll={"m6": 5})))


@pytest.mark.parametrize("message, start, length", [
    ("compost bag at 0:12 please", 12, None),
    ("P1000212 from 3 to 6 seconds", 3, 3),
])
def test_a_bin_media_and_a_time_alone_places_it(message, start, length):
    [s] = plan(message, garden_project()).steps
    assert s.tool == "place_broll" and s.args["start"] == start and s.args.get("duration") == length


def test_what_is_wrong_then_what_to_do_edits_the_thing_named_first():
    p = garden_project(broll={"m6": 5})
    [s] = plan("the balcony shot looks washed out, can you boost the colours", p).steps
    assert s.args["clip_id"] == "c3" and s.args["effect"]["saturation"] > 1
    [s] = plan("there's way too much dead air, tighten it up", p).steps
    assert s.tool in ("shorten_pauses", "remove_silences")


@pytest.mark.parametrize("message", ["remove the false start", "cut the bit where I mess up",
                                     "get rid of the retake around 0:15",
                                     "cut the part where I say let me start that again"])
def test_a_spoken_self_correction_is_the_false_start_that_is_cut(message):
    p = garden_project()
    [s] = plan(message, p).steps
    first, last = sentence_words(3)
    assert s.tool == "cut_words" and [(r["first"], r["last"]) for r in s.args["ranges"]] == [(first, last)]
    after = applied(p, message)
    lost = LENGTH - float(seconds(after.duration, after.fps))
    assert lost == pytest.approx(WORDS[last].end - WORDS[first].start, abs=0.6)


def test_a_false_start_far_from_the_time_given_asks():
    assert asks(plan("remove the false start around 0:28", garden_project()))


def test_fillers_typed_as_objects_are_kept():
    [s] = plan("can you take out all the um's", garden_project()).steps
    assert s.tool == "remove_fillers" and "um" in s.args["words"]


def test_the_music_named_by_its_file_is_ducked_under_the_talk():
    [s] = plan("lower the strum whenever I'm talking", garden_project()).steps
    assert s.tool == "duck_music"


def test_duck_after_an_article_is_a_bird_not_ducking():
    tools = [s.tool for s in plan("put the pot knocked off clip over the bit about the ducks", garden_project()).steps]
    assert "duck_music" not in tools


def test_a_name_one_letter_from_a_media_word_is_not_that_media():
    result = plan("put the mole shot at 0:05", garden_project())  # hole_in_pot_base.jpg is not a mole
    assert asks(result)


@pytest.mark.parametrize("message, names", [
    ("have I got any footage of the balcony in the rain?", ["P1000212.MOV"]),
    ("which of my clips show watering?", ["DSC_1040.MP4", "DSC_1041.MP4"]),
])
def test_questions_find_media_by_what_they_show(message, names):
    result = plan(message, garden_project())
    assert result.special == "answer" and result.steps == []
    assert all(n in result.reply for n in names)


def test_the_last_seconds_of_the_video_is_a_timeline_cut_not_a_trim_of_the_talk():
    [s] = plan("trim the last two seconds off the video", garden_project()).steps
    assert s.tool == "cut_range" and s.args["end"] == pytest.approx(LENGTH, abs=0.04)


@pytest.mark.parametrize("message, start, length", [
    ("put the compost photo at the 12 second mark", 12, None),
    ("put the compost photo at 0m12s", 12, None),
    ("put the compost photo from the 10 second mark to the 14 second mark", 10, 4),
    ("show the compost bag 3 seconds from the end", LENGTH - 3, None),
])
def test_times_as_people_write_them(message, start, length):
    [s] = plan(message, garden_project()).steps
    assert s.tool == "place_broll" and s.args["start"] == pytest.approx(start, abs=0.05) and s.args.get("duration") == length


def test_half_way_through_is_the_middle():
    [s] = plan("put the compost photo half way through", garden_project()).steps
    assert abs(s.args["start"] - LENGTH / 2) < 0.05  # a point in time: the still starts there (round 6)


def test_a_second_placement_shares_the_first_ones_verb():
    steps = plan("put the compost photo at 0:05 and the P1000212 clip at 0:12", garden_project()).steps
    assert [(s.tool, s.args["media_id"], s.args["start"]) for s in steps] == [("place_broll", "m5", 5), ("place_broll", "m6", 12)]


def test_two_results_for_one_clip_are_two_edits_of_that_clip():
    p = garden_project(broll={"m6": 5})
    after = applied(p, "make the balcony shot black and white and 3 seconds long")
    assert effects(after, "c3") == ["black_and_white"] and span(after, "c3") == (pytest.approx(5), pytest.approx(8))
    [s] = plan("make the balcony shot brighter and warmer", p).steps  # one colour change, not two stacked
    assert s.args["effect"]["brightness"] > 0 and s.args["effect"]["temperature"] > 0


def test_it_after_a_placement_is_the_placed_clip_not_the_one_it_overlapped():
    p = garden_project(broll={"m6": 5})  # the photo at 0:09-0:13 trims c3 (5-11) as a side effect
    steps = plan("put the compost photo at 0:09 for 4 seconds and make it black and white", p).steps
    assert steps[1].tool == "add_effect" and steps[1].args["clip_id"] == "c4"


@pytest.mark.parametrize("message", [
    "remove the ums, once that's done duck the music",
    "remove the ums and when you're finished duck the music",
    "first, remove the ums. second, duck the music",
    "1) remove the ums 2) duck the music",
    "remove the ums + duck the music",
])
def test_sequence_words_split_a_message_and_no_request_is_dropped(message):
    assert [s.tool for s in plan(message, garden_project()).steps] == ["remove_fillers", "duck_music"]


def test_a_piece_without_a_verb_takes_the_verb_before_it():
    p = garden_project()
    assert [(s.tool, s.args["start"]) for s in plan("cut the first 2 seconds as well as the last 2 seconds", p).steps] \
        == [("cut_range", 0), ("cut_range", pytest.approx(LENGTH - 4, abs=0.3))]  # measured on the cut timeline
    assert [s.tool for s in plan("duck the music, followed by a fade out at the end", p).steps] == ["duck_music", "fade"]


@pytest.mark.parametrize("message, has", [
    ("can you tell me how long it is?", "The video is 0:34"),
    ("do I talk about compost?", "Add fresh compost"),
    ("do I mention fingers anywhere?", "with your fingers"),
    ("did I say anything about pizza?", "couldn't find"),
])
def test_yes_no_questions_are_answered_and_change_nothing(message, has):
    result = plan(message, garden_project())
    assert result.special == "answer" and result.steps == [] and has in result.reply


def test_footage_of_a_thing_is_found_by_descriptions_not_by_what_the_talk_says():
    result = plan("is there any b-roll of watering?", garden_project())  # the talk says "water it", it is not b-roll of it
    assert "DSC_1040.MP4" in result.reply and "DSC_1041.MP4" in result.reply and "repot_monstera" not in result.reply


@pytest.mark.parametrize("message, start, end", [
    ("trim the start of the balcony shot by 1 second", 6, 11),  # the edge said, not the end by default
    ("trim the end of the balcony shot by 2 seconds", 5, 9),
    ("make the balcony shot end at 0:09", 5, 9),
    ("make the balcony shot half as long", 5, 8),
    ("make the balcony shot 3s", 5, 8),
])
def test_more_ways_to_say_a_clips_length(message, start, end):
    after = applied(garden_project(broll={"m6": 5}), message)
    assert span(after, "c3") == (pytest.approx(start, abs=0.04), pytest.approx(end, abs=0.04))


def test_a_length_change_with_no_amount_asks_how_long():
    result = plan("shorten the balcony shot", garden_project(broll={"m6": 5}))
    assert asks(result) and "How long" in result.reply


@pytest.mark.parametrize("message, tool, args", [
    ("play the balcony shot at half speed", "set_speed", {"clip_id": "c3", "speed": 0.5, "ripple": False}),  # "shot at" + no time is no clip-at-time; round 15: B-roll keeps its place
    ("push the balcony shot back 2 seconds", "move_clip", {"clip_id": "c3", "start": 3}),
    ("move the balcony shot to the end", "move_clip", {"clip_id": "c3", "start": pytest.approx(LENGTH - 6, abs=0.05)}),
    ("I don't need the balcony shot", "remove_clip", {"clip_id": "c3", "ripple": False}),
])
def test_moves_speeds_and_removals_said_loosely(message, tool, args):
    [s] = plan(message, garden_project(broll={"m6": 5})).steps
    assert (s.tool, s.args) == (tool, args)


def test_all_the_retakes_are_the_spoken_false_starts_and_the_sentences_said_twice():
    p = garden_project()
    first, last = sentence_words(3)
    cut, repeats = plan("remove all the retakes", p).steps
    assert cut.tool == "cut_words" and [(r["first"], r["last"]) for r in cut.args["ranges"]] == [(first, last)]
    assert repeats.tool == "remove_retakes"
    after = applied(p, "remove all the retakes")
    heard = " ".join(w.text for w in __import__("editor_app.model.word_cuts", fromlist=["x"]).timeline_words(after))
    assert heard.count("See you next time.") == 1 and "let me start that again" not in heard
    assert [s.tool for s in plan("remove the false start", p).steps] == ["cut_words"]  # one: the spoken one only
