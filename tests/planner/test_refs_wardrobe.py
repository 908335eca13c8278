"""Round-9 media references on a project of our own (tests/planner/wardrobe_project.py: assembling a
flat-pack wardrobe), each planned and applied with the real tools, then checked on the timeline.
Phrasings are our own, written before the mechanisms; none is copied from an eval suite.

What they pin down: camera file names said as words ("the gopro footage" = GX..., "the pixel clip" =
PXL_..., "img 5120", "the 151744 one"); the kind a request says ("pic" a still, "clip" a video, "sfx" a
sound) breaks a tie of names; a place said with a rough position ("the bit near the end about X"), in
chat shorthand ("where I tell ppl to X", "cos"), as the kept take ("the proper take of X (not the one
where I flub it)") or with a contraction ("where I say the wobble's gone"); placement with no verb at
all (a time, "N secs from the end", "roughly halfway through", "at about 1:05 ish", "on the words
'X'", "2 secs after I start the 'X' bit"). A named thing the project does not have, or two equally
good matches, asks and leaves the project as it was.
"""

from __future__ import annotations

import pytest

from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.planner import plan
from tests.planner.test_garden_words import applied
from tests.planner.wardrobe_project import LENGTH, sentence_span, wardrobe_project, word_start


def asks(result) -> bool:
    return not result.understood and result.steps == []


def spans(project: Project, media_id: str) -> list[tuple[float, float]]:
    return [(float(seconds(c.start, project.fps)), float(seconds(c.end, project.fps)))
            for t in project.tracks for c in t.clips if c.media_id == media_id]


def layout(project: Project) -> list:
    return [(t.id, [(c.id, c.media_id, c.start, c.duration) for c in t.clips]) for t in project.tracks]


def covers(span: tuple[float, float], sentence: int) -> bool:
    """The clip overlaps the middle of the sentence and starts no earlier than just before it."""
    a, b = sentence_span(sentence)
    return span[0] < (a + b) / 2 < span[1] and span[0] >= a - 0.5


@pytest.mark.parametrize("message, media, sentence", [
    # camera and phone names said as words, a file number said on its own
    ("put the gopro footage of the nails over where I nail the back panel on properly", "m4", 11),
    ("the pixel clip over where I say the cat has claimed the box", "m2", 1),
    ("img 5120 over where I tell ppl to lay the panels out on the carpet", "m5", 4),
    ("stick the 151744 one over where I walk the right end up", "m8", 15),
    # near twins (left end / right end): "the other end" is the sentence of this one's own words
    ("use 151744 for the part where I do the other end", "m8", 15),
    # a place with a rough position in the talk: the cat is said near the start and near the end
    ("can the cat clip go over the bit near the end about the cat", "m2", 22),
    ("the cat clip over the bit near the start about the cat", "m2", 1),
    ("the pixel video over my joke near the end about it taking ages cos of the cat", "m2", 22),
    # the take that was kept, with a parenthesis saying which not
    ("GX010234 over the proper take of tapping the nails in (not the one where I get it wrong)", "m4", 11),
    # a contraction: "the creak's gone" is "the creak has gone", not "it will creak"
    ("hinge tweak.mp4 over where i say the creak's gone", "m9", 21),
    ("put the doors clip over the good take of tapping the nails (not the one where I stop halfway)", "m11", 11),
    # "pic" is the still, "clip" the video, when the same words name both
    ("the doors pic over the bit about the doors never lining up", "m10", 18),
    ("the doors clip over where I screw the hinges onto the doors", "m11", 17),
    ("wonky doors photo where I loosen the screw on each hinge", "m10", 18),
])
def test_broll_named_loosely_goes_over_the_place_described(message, media, sentence):
    after = applied(wardrobe_project(), message)
    [span] = spans(after, media)
    assert covers(span, sentence), (span, sentence_span(sentence))


@pytest.mark.parametrize("message, media, start", [
    ("dji shot 8 secs from the end", "m6", LENGTH - 8),
    ("the hinge clip at about 1:05 ish, roughly is fine", "m9", 65.0),
    ("doors pic roughly halfway through", "m10", LENGTH / 2),
    ("wood knock sfx at 42.5 seconds", "m13", 42.5),
    ("drill noise at 20 secs", "m14", 20.0),
    # the media is matched by a later word of its name; the words before it are its own too
    ("panel knock sfx at 50 seconds", "m13", 50.0),
    # "wood" names the wood knock sound by its file name, but a close-up is a picture: the one showing wood
    ("wood closeup at 30 seconds", "m4", 30.0),
    # a placing verb and a media named by what it shows, with no "the"
    ("put cardboard box clip at 0:40", "m2", 40.0),
])
def test_placed_without_a_verb_at_a_time(message, media, start):
    after = applied(wardrobe_project(), message)
    [span] = spans(after, media)
    assert span[0] == pytest.approx(start, abs=0.05)


def test_a_sound_on_quoted_words_is_a_sound_not_a_title():
    after = applied(wardrobe_project(), "put the knock noise on the words 'nice and snug'")
    [span] = spans(after, "m13")
    assert span[0] == pytest.approx(word_start(19, "nice"), abs=0.05)
    assert not [c for t in after.tracks for c in t.clips if c.generator is not None]  # no title


def test_a_clip_some_seconds_after_a_quoted_bit_starts():
    after = applied(wardrobe_project(), "hinge tweak clip 2 secs after I start the 'loosen the front screw' bit")
    [span] = spans(after, "m9")
    assert span[0] == pytest.approx(sentence_span(18)[0] + 2, abs=0.1)


def test_a_media_named_by_what_it_shows_with_no_determiner_secs_after_a_quoted_bit():
    after = applied(wardrobe_project(), "cardboard box clip 2 secs after I start the 'my cat has already claimed' bit")
    [span] = spans(after, "m2")
    assert span[0] == pytest.approx(sentence_span(1)[0] + 2, abs=0.1)


def test_place_tidied_keeps_possessives_and_quotes():
    from editor_app.planner.place_phrases import tidy_place

    assert tidy_place("x over where i say the smell's gone") == "x over where i say the smell has gone"
    assert tidy_place("the cat's box clip over where it's loose") == "the cat's box clip over where it's loose"
    assert tidy_place('x over "the glue\'s gone"') == 'x over "the glue\'s gone"'


def test_the_selected_one_in_shorthand_black_n_white():
    p = applied(wardrobe_project(), "put GX010233 at 10 seconds")
    clip = next(c for t in p.tracks for c in t.clips if c.media_id == "m3")
    after = applied(p, "make the selected one black n white", selection=[clip.id])
    effects = [e.type for e in after.find_clip(clip.id)[1].effects]
    assert effects == ["black_and_white"]
    assert not after.find_clip("c1")[1].effects


@pytest.mark.parametrize("message, names", [
    # a camera or thing the project does not have: a question naming what it has, never another clip
    ("use the canon footage over the hinge bit", "GX010233.MP4"),
    ("put the drill close up over where I list the tools", "GX010233.MP4"),
    ("the tape measure shot over the bit about the carpet", "IMG_5120.MOV"),
    # two GoPro files, two lifting clips: which one
    ("the gopro clip over the bit about the muffin tin", "GX010234.MP4"),
    ("the lifting clip over the bit about standing it up", "20261120_151744.mp4"),
])
def test_a_reference_that_fits_nothing_or_two_asks_and_changes_nothing(message, names):
    p = wardrobe_project()
    before = layout(p)
    result = plan(message, p)
    assert asks(result), result.reply
    assert names in result.reply
    assert layout(p) == before


def test_a_named_sound_is_not_the_drill_close_up():
    """The bin's drill is a sound: "the drill close up" names a picture, so it must not be placed."""
    result = plan("the drill close up at 30 seconds", wardrobe_project())
    assert asks(result), result.reply


def test_a_word_in_another_sense_does_not_lead_where_the_broll_shows_the_place():
    """ "clear everything out" shares "clear" with "the catch clears the frame" (another sense, and no
    "out"), and the sentence that empties the wardrobe says "everything in there" (an "in"): the clip of
    emptying the wardrobe decides, and a sentence naming only what the clip shows does not win."""
    from tests.planner.own_talk import asset, talk_asset, talk_project, timed

    script = [("Hi, today the old wardrobe goes and the new one comes in.", 0.4),
              ("First job, empty the old wardrobe completely, everything in there ends up on the bed anyway.", 0.4),
              ("I found odd socks, coat hangers and a very old bed sheet in there.", 0.4),
              ("Fit the drawer runner until the little catch clears the wardrobe frame.", 0.4),
              ("Thanks for watching.", 0.4)]
    words, segments, length = timed(script, 0.3)
    clip = asset("IMG_6001.MOV", "video", 5.0, "emptying the old wardrobe onto the bed, coat hangers and odd socks")
    p = talk_project("clear out", talk_asset("C0020.MP4", length, words, segments),
                     [clip, asset("bed.mp3", "audio", 100.0, "")], music_id="m3", music_db=None)
    after = applied(p, "img 6001 over where I tell folks to clear everything out of the wardrobe")
    [span] = spans(after, "m2")
    assert span[0] == pytest.approx(segments[1].start, abs=0.05)


def test_words_of_the_edit_do_not_pick_one_of_a_cameras_files():
    """Two GoPro files: "turn" in "make the gopro footage turn black and white" is the edit, not the
    "turning the cam locks" clip; "of the cam locks" after the name does say which."""
    p = applied(applied(wardrobe_project(), "put GX010233 at 10 seconds"), "put GX010234 at 40 seconds")
    result = plan("make the gopro footage turn black and white", p)
    assert asks(result) and "GX010233.MP4" in result.reply and "GX010234.MP4" in result.reply, result.reply
    after = applied(p, "make the gopro footage of the cam locks black and white")
    clip = next(c for t in after.tracks for c in t.clips if c.media_id == "m3")
    assert [e.type for e in clip.effects] == ["black_and_white"]
