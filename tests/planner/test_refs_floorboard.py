"""Round-10 media references on a project of our own (tests/planner/floorboard_project.py: fixing a
squeaky floorboard), planned and applied with the real tools, then checked on the timeline.
Phrasings are our own, written before the mechanisms; none is copied from an eval suite.

What they pin down: a media named by a kind of shot, a camera or a sound the project does not have asks
and never places another media ("drone shot", "timelapse", "hammer sound"); "phone" names every phone's
files (Pixel PXL_, iPhone IMG_), so "the phone video" asks which; two clips a description fits equally
ask, even for an effect; a clause saying why ("I want to see ...") is not another request; an ordinal
that a description says ("the first screw footage") names that clip; a file number said in part ("gx
612"); a quote after "on top of" or "for"; a gerund, a list, a "/" tip, an "advice" as the place;
"N secs into the 'X' bit"; "1m37"; "bang in the middle"; and two clips that fit the name, told apart by
the words said at the place.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.floorboard_project import LENGTH, floorboard_project, sentence_span
from tests.planner.test_garden_words import applied


def asks(result) -> bool:
    return not result.understood and result.steps == []


def spans(project: Project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks for c in t.clips if c.media_id == media_id]


def layout(project: Project) -> list:
    return [(t.id, [(c.id, c.media_id, c.start, c.duration, tuple(e.type for e in c.effects), c.speed)
                    for c in t.clips]) for t in project.tracks]


def covers(span: tuple[float, float], sentence: int) -> bool:
    """The clip overlaps the middle of the sentence and starts no earlier than just before it."""
    a, b = sentence_span(sentence)
    return span[0] < (a + b) / 2 < span[1] and span[0] >= a - 0.5


@pytest.mark.parametrize("message, names", [
    # a sound the project does not have: never the one creak there is
    ("add the hammer sound at 0:30", "board creak.wav"),
    ("pop a drill noise in at 1:10", "board creak.wav"),
    # a kind of shot or a camera that made nothing here: never the still nearest the topic
    ("drone shot over the intro", "landing done.jpg"),
    ("timelapse over my hello", "landing done.jpg"),
    ("the aerial footage over the bit about the dog", "GX010612.MP4"),
    # a Pixel and two iPhone clips are all phone videos: which one
    ("put the phone clip at 0:10", "IMG_3301.MOV"),
    ("the phone video over where I roll the carpet back", "PXL_20261201_201533410.mp4"),
])
def test_a_media_the_project_does_not_have_or_has_several_of_asks(message, names):
    p = floorboard_project()
    before = layout(p)
    result = plan(message, p)
    assert asks(result), result.reply
    assert names in result.reply
    assert layout(p) == before


def test_an_effect_on_a_clip_two_descriptions_fit_asks():
    p = applied(applied(floorboard_project(), "put IMG_3301 at 40 seconds"), "put IMG_3305 at 60 seconds")
    before = layout(p)
    result = plan("make the driving a screw clip black and white", p)
    assert asks(result) and "IMG_3301.MOV" in result.reply and "IMG_3305.MOV" in result.reply, result.reply
    assert layout(p) == before


@pytest.mark.parametrize("message, speed", [
    ("IMG_3301 at quarter speed, i want to see the screw going in", 0.25),
    ("IMG_3301 at half speed so you can see the screw bite", 0.5),
])
def test_a_clause_saying_why_is_not_another_request(message, speed):
    p = applied(floorboard_project(), "put IMG_3301 at 40 seconds")
    after = applied(p, message)
    [clip] = [c for t in after.tracks for c in t.clips if c.media_id == "m5"]
    assert float(clip.speed) == pytest.approx(speed)
    assert [c.media_id for t in after.tracks for c in t.clips] == [c.media_id for t in p.tracks for c in t.clips]


@pytest.mark.parametrize("message, media, sentence", [
    # a file named by a camera prefix, or by part of its number
    ("put the PXL clip over where I say why it squeaks", "m2", 2),
    ("gx 612 over the listening for the noise bit", "m3", 6),
    # a quote as the place, after words other than "over"
    ("pixel video on top of 'rubs against the nail'", "m2", 2),
    ("use the talc puff for 'brush it in'", "m7", 14),
    # no "over": the file name, then where
    ("stud finder close up.mp4 where i run it across the board", "m4", 7),
    # an ordinal a description says names that clip ("driving the first screw" / "the second screw")
    ("first screw footage over the countersinking advice", "m5", 10),
    ("second screw video over where I say how far along to put it", "m6", 12),
    # a kind of talk: advice, a warning, a tip said two ways
    ("use 3301 for the countersinking advice", "m5", 10),
    ("use 3305 for the check-for-pipes-first warning", "m6", 13),
    ("talc puff.mov over the still squeaky / one more screw tip", "m7", 19),
    # what is done, said as a gerund; a list; what is said, in other words
    ("talc puff over brushing talc into the gaps", "m7", 14),
    ("the kit photo over the list of what you need", "m8", 3),
    ("IMG_3310 on screen while I'm saying what it all cost", "m8", 4),
    ("the pixel clip over where i say how long the screws are", "m2", 3),
    # the moment the result is presented ("And listen to that, not a single creak")
    ("landing done pic over the big reveal", "m9", 18),
    ("landing done pic over the payoff", "m9", 18),
    # two clips show a board: the words said at the place ("the stairs") say which
    ("the shot of the board over the bit where i mention my daughter", "m2", 1),
    ("can we see the loose board right away, like over my hello at the very start?", "m2", 0),
])
def test_broll_over_a_loosely_described_place(message, media, sentence):
    after = applied(floorboard_project(), message)
    [span] = spans(after, media)
    assert covers(span, sentence), (span, sentence_span(sentence))


@pytest.mark.parametrize("message, media, start", [
    ("put 3305 in at 0m42", "m6", 42.0),
    ("IMG_3310 two secs into the 'you'll want a stud finder' bit", "m8", sentence_span(3)[0] + 2),
    ("gopro clip one second into the 'First, roll the carpet back' sentence", "m3", sentence_span(5)[0] + 1),
    ("kit photo bang in the middle of the video", "m8", LENGTH / 2),
])
def test_broll_at_a_time_said_loosely(message, media, start):
    after = applied(floorboard_project(), message)
    [span] = spans(after, media)
    assert span[0] == pytest.approx(start, abs=0.1)


def test_a_particle_inside_a_word_is_a_word_of_the_place():
    """ "peel the backing off": "backing" is a thing, so the sentence that says it wins over one that shares
    only a word of the B-roll's name (the clip is "talc puff": "puff" is said in another sentence)."""
    from editor_app.planner.topics import _content

    assert "back" in _content("peel the backing off and stick it on")
    assert "back" not in _content("wind it back in")


def test_drone_is_not_read_as_a_typo_of_a_media_word():
    from editor_app.planner.text import normalize

    assert normalize("drone shot over the intro", {"landing", "done"}) == "drone shot over the intro"


def test_a_camera_said_first_on_its_own_names_its_file():
    p = applied(floorboard_project(), "put GX010612 at 30 seconds")
    after = applied(p, "gopro at 50% speed")
    [clip] = [c for t in after.tracks for c in t.clips if c.media_id == "m3"]
    assert float(clip.speed) == pytest.approx(0.5)


def test_a_place_that_goes_on_with_you_can_see_is_still_the_place():
    """ "... and you can see the boards" describes the place; it is no reason clause to drop."""
    from editor_app.planner.purpose import without_purpose

    said = "the carpet going back clip over where the carpet rolls back and you can see the boards"
    assert without_purpose(said) == said
    assert without_purpose("img_3301 at half speed you can see the screw bite") == "img_3301 at half speed"
    after = applied(floorboard_project(), "the carpet going back clip over where the carpet rolls back and you can see the boards")
    [span] = spans(after, "m10")
    assert covers(span, 5), (span, sentence_span(5))


def test_a_phrase_of_kind_words_only_still_names_the_one_sound_effect():
    """ "the sound effect here" says no more than its kind: the one sound effect (not "here" as a name)."""
    p = floorboard_project()
    result = plan("put the sound effect here", p, playhead=30 * p.fps)
    placed = [s.args["media_id"] for s in result.steps if "media_id" in s.args]
    assert placed == ["m12"], result.reply
