"""Round 11b media and place references on a project of our own (tests/planner/jacket_project.py:
re-taping a leaky rain jacket seam), planned and applied with the real tools, checked on the timeline.
Phrasings are our own, written before the mechanisms; none is copied from an eval suite.

What they pin down: "crop X tighter" is a picture edit of X (a still zoom), never a cut of the talk, and a
media only in the bin says so and changes nothing; a thing named by a word no media holds before a noun one
media holds ("the foam roller") is not that media: it asks; a bare "the proper take" is the sentence said
after a false start, also when the false start was cut earlier in the same message.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.model.word_cuts import timeline_words
from editor_app.planner import plan
from tests.planner.jacket_project import jacket_project, sentence_span
from tests.planner.test_garden_words import applied


def asks(result) -> bool:
    return not result.understood and result.steps == []


def layout(project: Project) -> list:
    return [(t.id, [(c.id, c.media_id, c.start, c.duration, tuple(e.type for e in c.effects), c.speed)
                    for c in t.clips]) for t in project.tracks]


def broll(project: Project) -> list[tuple[str, float, float]]:
    return [(c.media_id, float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for c in project.find_track("t2").clips]


@pytest.mark.parametrize("message", [
    "crop the seam roller video a bit tighter",
    "crop the insta360 clip tighter please",
    "could you crop in on the finished jacket photo",
])
def test_a_crop_of_a_media_only_in_the_bin_says_so_and_changes_nothing(message):
    p = jacket_project()
    before = layout(p)
    result = plan(message, p)
    assert asks(result), result.reply
    assert "not on the timeline" in result.reply
    assert layout(p) == before


@pytest.mark.parametrize("message", ["crop the seam roller video a bit tighter", "crop in on the seam roller clip"])
def test_a_crop_of_a_placed_clip_zooms_that_clip_and_leaves_the_talk_whole(message):
    p = jacket_project({"m4": 20.0})
    after = applied(p, message)
    assert after.duration == p.duration  # no pause or word of the talk was cut
    clip = after.find_clip("c3")[1]
    assert [e.type for e in clip.effects] == ["zoom"]
    assert clip.effects[0].start_scale == clip.effects[0].end_scale > 1.0
    assert after.find_clip("c1")[1].effects == p.find_clip("c1")[1].effects


@pytest.mark.parametrize("message", [
    "the foam brush close up over the hood seam bit",  # one clip brushes sealer on, with no foam brush
    "the silicone tube photo at 0:10",  # a tube of seam grip, not of silicone
    "put the wool sock close up at 0:12",  # nothing is a sock at all
])
def test_a_thing_no_media_is_asks_even_when_its_noun_is_in_one(message):
    p = jacket_project()
    before = layout(p)
    result = plan(message, p)
    assert asks(result), result.reply
    assert layout(p) == before


@pytest.mark.parametrize("message, media_id", [
    ("the seam grip tube photo at 0:10", "m6"),
    ("the liquid sealer clip at 0:10", "m3"),
    ("the roller close up at 0:10", "m4"),
])
def test_a_thing_a_media_is_still_places_it(message, media_id):
    assert broll(applied(jacket_project(), message))[0][:2] == (media_id, 10.0)


def _heard_over(project: Project, start: float, end: float) -> str:
    return " ".join(w.text for w in timeline_words(project) if w.end > start and w.start < end)


@pytest.mark.parametrize("message", [
    "cut the false start, then put the seam roller clip over the proper take",
    "cut the retake and put the seam roller video on the good take",
])
def test_the_proper_take_after_cutting_the_false_start_is_the_sentence_that_replaced_it(message):
    after = applied(jacket_project(), message)
    assert after.duration < jacket_project().duration
    (media_id, start, end), = broll(after)
    assert media_id == "m4"
    heard = _heard_over(after, start, end)
    assert heard.startswith("Lay the new tape") and "wait" not in heard and "alcohol" not in heard


def test_the_proper_take_with_the_false_start_still_there_is_the_sentence_after_it():
    after = applied(jacket_project(), "put the seam roller clip over the proper take")
    (media_id, start, end), = broll(after)
    a, b = sentence_span(4)
    assert media_id == "m4" and start <= a + 0.5 and end > (a + b) / 2


def test_the_proper_take_of_something_still_reads_the_topic():
    after = applied(jacket_project(), "put the GH010557 clip over the proper take of the hood seam")
    (media_id, start, end), = broll(after)
    a, b = sentence_span(6)
    assert media_id == "m3" and start < (a + b) / 2 < end


@pytest.mark.parametrize("message, media_id, at", [
    # a parenthesis that says which media is an appositive: it neither ends the name nor hides the place
    ("put the tape clip (the pressing one) at 0:40", "m2", 40.0),
    ("can you put the hanger clip (the 0931 one) at 0:35?", "m5", 35.0),  # "the 0931 one": no number 1
    ("the pressing clip (i mean the roller one) at 0:21", "m2", 21.0),
    ("put the clip of the hood seam (the brushing one) at 0:49", "m3", 49.0),  # not hoodSealerDrips.mp4
])
def test_a_parenthesis_saying_which_media_is_part_of_its_name(message, media_id, at):
    assert broll(applied(jacket_project(), message))[0][:2] == (media_id, at)


def test_on_screen_says_how_long_it_is_seen_not_the_screen_recording():
    after = applied(jacket_project(), "finished jacket photo in at 0:50, three secs on screen")
    assert [m for m, _, _ in broll(after)] == ["m7"]
    after = applied(jacket_project(), "the hanger clip in at 0:50, 3 secs on screen")
    assert broll(after) == [("m5", 50.0, pytest.approx(53.0, abs=0.05))]


def test_a_camera_said_first_with_what_it_shows_picks_its_file_over_a_name_sharing_a_word():
    after = applied(jacket_project(), "gopro hood sealer brushing on top of 'Leave it hanging overnight'")
    (media_id, start, end), = broll(after)
    a, b = sentence_span(7)
    assert media_id == "m3" and start < b and end > a


@pytest.mark.parametrize("message, clip_id, start", [
    ("the roller clip should start 2 seconds later than it does", "c3", 22.0),
    ("seam grip pic three seconds earlier please", "c4", 27.0),
    ("the seam grip tube photo 1.5 secs later", "c4", 31.5),
])
def test_a_clip_said_to_be_seconds_later_or_earlier_without_a_verb_moves_it(message, clip_id, start):
    p = jacket_project({"m4": 20.0, "m6": 30.0})
    after = applied(p, message)
    assert span_of(after, clip_id)[0] == pytest.approx(start, abs=0.05)
    assert after.duration == p.duration and len(after.find_track("t2").clips) == 2


def span_of(project: Project, clip_id: str) -> tuple[float, float]:
    clip = project.find_clip(clip_id)[1]
    return float(seconds(clip.start, project.fps)), float(seconds(clip.end, project.fps))


@pytest.mark.parametrize("message", [
    "I put the gopro clips in the wrong order, the brushing one should come first",
    "i got the gopro clips the wrong way round",
    "put the roller gopro clip after the brushing one",  # the camera said after what it shows
])
def test_a_pair_said_to_be_in_the_wrong_order_swaps_without_asking(message):
    after = applied(jacket_project({"m2": 10.0, "m3": 30.0}), message)
    assert [(m, s) for m, s, _ in broll(after)] == [("m3", 10.0), ("m2", 30.0)]


def test_a_dip_between_the_before_and_after_clips_is_between_the_two_placed_clips_described_so():
    p = jacket_project({"m2": 10.0, "m3": 14.0})
    result = plan("dip to black between the before and after seam clips, half a second", p)
    assert [(s.tool, s.args.get("from_clip"), s.args.get("to_clip"), s.args.get("kind")) for s in result.steps] == \
        [("add_transition", "c3", "c4", "dip_to_black")], result.reply


def test_a_clip_edit_means_the_placed_clip_described_so_not_a_bin_media_sharing_a_name_word():
    # hoodSealerDrips.mp4 (m10) is only in the bin; GH010557 on the timeline brushes sealer on the hood seam
    p = jacket_project({"m4": 10.0, "m3": 14.0})
    result = plan("the cut from the roller close up to the hood sealer one is a bit harsh, smooth it with a transition", p)
    assert [(s.tool, s.args.get("from_clip"), s.args.get("to_clip")) for s in result.steps] == \
        [("add_transition", "c3", "c4")], result.reply


def test_only_n_seconds_on_screen_is_how_long_it_stays():
    after = applied(jacket_project(), "finished jacket photo in at 0:30, only 3 secs on screen")
    assert broll(after) == [("m7", 30.0, pytest.approx(33.0, abs=0.05))]


def test_a_rough_time_said_with_round_places_it_there():
    after = applied(jacket_project(), "seam grip tube pic somewhere round 0:25, roughly")
    assert broll(after)[0][:2] == ("m6", 25.0)


def test_the_last_thing_on_screen_is_placed_at_the_end():
    p = jacket_project()
    after = applied(p, "last thing on screen should be the finished jacket photo")
    (media_id, start, end), = broll(after)
    talk_end = float(seconds(p.find_clip("c1")[1].end, p.fps))
    assert media_id == "m7" and start < talk_end <= end + 0.05


@pytest.mark.parametrize("message", ["the hanger clip two seconds into the overnight sentence",
                                     "put the insta360 clip 2 secs into the overnight line"])
def test_seconds_into_a_described_sentence_start_there(message):
    after = applied(jacket_project(), message)
    a, _ = sentence_span(7)
    assert broll(after)[0][0] == "m5" and broll(after)[0][1] == pytest.approx(a + 2.0, abs=0.05)


@pytest.mark.parametrize("message, index", [
    ("the finished jacket photo over the line about a new one being 120 bucks", 9),
    ("seam grip tube pic over the bit where it all came to eighteen quid", 11),
    ("the grip tube pic over the bit about it all being eighteen quid", 11),
])
def test_an_amount_said_in_a_described_place_is_the_sentence_saying_that_number(message, index):
    after = applied(jacket_project(), message)
    (_, start, end), = broll(after)
    a, b = sentence_span(index)
    assert start < (a + b) / 2 < end


@pytest.mark.parametrize("message", ["when I ask myself if I'd bother again, show the finished jacket photo",
                                     "put the finished jacket photo over where I ask whether I would bother again"])
def test_where_i_ask_if_is_the_question_said_in_the_talk(message):
    after = applied(jacket_project(), message)
    (media_id, start, end), = broll(after)
    a, _ = sentence_span(12)
    assert media_id == "m7" and start == pytest.approx(a, abs=0.05) and end - start >= 2.5


def test_before_said_as_an_order_names_no_media_called_before():
    from editor_app.orchestrator.safety import named_clips

    p = jacket_project({"m6": 10.0, "m4": 14.0})
    message = "the roller close up should come before the seam grip photo, not after"
    assert named_clips(p, message)[0] == {"c3", "c4"}
    after = applied(p, message)
    assert [m for m, _, _ in sorted(broll(after), key=lambda x: x[1])] == ["m4", "m6"]
    assert broll(applied(jacket_project(), "the before shoulder photo at 0:05"))[0][:2] == ("m11", 5.0)


def test_a_list_after_a_vague_place_says_which_sentence():
    after = applied(jacket_project(), "the finished jacket photo over where I describe the problem, peeled tape, water getting in etc")
    (media_id, start, end), = broll(after)
    a, b = sentence_span(1)
    assert media_id == "m7" and start < (a + b) / 2 < end


@pytest.mark.parametrize("message", [
    "I put the gopro clips in the wrong order, the brushing one should come first",
    "put the roller gopro clip after the brushing one",
])
def test_the_safety_review_counts_both_clips_of_a_reordering_as_named(message):
    from editor_app.orchestrator.safety import named_clips

    p = jacket_project({"m2": 10.0, "m3": 30.0})
    assert {"c3", "c4"} <= named_clips(p, message)[0]


@pytest.mark.parametrize("message, media_id", [
    ("put the clip of him pressing at 0:20", "m2"),
    ("put the clip of them brushing at 0:20", "m3"),
    ("put the photo of her flat at 0:20", "m7"),
])
def test_a_pronoun_before_what_a_picture_shows_is_who_is_in_it(message, media_id):
    # "the photo of her asleep": "her" says who is in it, not a kind of thing no media holds (lead, round 11)
    result = plan(message, jacket_project())
    assert result.understood and result.steps[0].args.get("media_id") == media_id, result.reply
