"""Round 16 (helper r2, media references and placement) on our own kite-mending project
(tests/planner/kite_project.py). Each mechanism test failed on the code before; guards say so."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.kite_project import kite_project, sentence_span


def _steps(message: str, broll: dict[str, float] | None = None):
    result = plan(message, kite_project(broll or {}))
    return [(s.tool, s.args) for s in result.steps], result


def _placed(message: str, broll: dict[str, float] | None = None) -> tuple[str, float]:
    steps, result = _steps(message, broll)
    placing = [args for tool, args in steps if "media_id" in args]
    assert placing, (steps, result.reply)
    args = placing[0]
    at = args.get("start", args.get("at", args.get("position")))
    return args["media_id"], at


# a time of day inside a file's name ("at 18.22.05") is part of the name, never a place on the timeline
@pytest.mark.parametrize("message", [
    "Screen Recording 2026-09-14 at 18.22.05 over the line about the wind app",
    "put Screen Recording 2026-09-14 at 18.22.05 over where I check the wind on my phone",
])
def test_clock_in_a_file_name_is_no_time(message):
    media, at = _placed(message)
    assert media == "m6" and at == pytest.approx(sentence_span(5)[0], abs=0.3), (media, at)


# "the zoom recording" is the Zoom app's file (GMT..._Recording_...), not also the Mac screen recording
@pytest.mark.parametrize("message", ["zoom recording at 0:20", "stick my zoom video in at 0:20",
                                     "put the zoom recording at 0:20"])
def test_zoom_recording_is_the_meeting_file(message):
    assert _placed(message) == ("m7", pytest.approx(20.0, abs=0.05))


# a clip named by what I do in it that no media shows: ask, never place the photo, the sound or the music
@pytest.mark.parametrize("message", [
    "add the clip of me flying it at the end",
    "add the video of me flying the kite at the end",
    "put the footage of me packing the kite away after the last line",
])
def test_clip_of_an_action_nothing_shows_asks(message):
    steps, result = _steps(message)
    assert steps == [] and not result.understood, (steps, result.reply)


def test_clip_of_an_action_a_description_holds_places_it():
    """Guard: the Pixel clip's description says "sawing the carbon spar"."""
    media, at = _placed("the clip of me sawing the spar over the saw it to length sentence")
    assert media == "m4" and at == pytest.approx(sentence_span(3)[0], abs=0.3)


def test_photo_said_by_kind_is_the_still():
    """Guard: "the mended kite photo" is the Pixel still, not the Zoom gallery recording."""
    assert _placed("at 0:30 put the mended kite photo in") == ("m5", pytest.approx(30.0, abs=0.05))


# "the photo of the fixed kite": the kind said before "of" holds over the words after it, so a sound whose name
# holds the talk's subject ("kite tail flap.wav") is never the photo
@pytest.mark.parametrize("message", [
    "the photo of the fixed kite on the grass over 'it flies so much better now'",
    "put the picture of the repaired kite at 0:40",
])
def test_kind_before_of_rules_out_a_sound(message):
    media, _ = _placed(message)
    assert media == "m5", media


# a line of the talk typed with no quotes after "over", and "cover" as the placing verb
@pytest.mark.parametrize("message, media, sentence", [
    ("GX010304.MP4 over pull the broken spar out of the sleeve", "m3", 2),
    ("put the unboxing clip over i ordered a carbon spar online", "m9", 1),
    ("can the unboxing video cover 'I ordered a carbon spar online'", "m9", 1),
    ("could the sawing clip cover the bit where I measure the new one", "m4", 3),
])
def test_bare_line_and_cover_place_over_the_line(message, media, sentence):
    placed, at = _placed(message)
    assert placed == media and at == pytest.approx(sentence_span(sentence)[0], abs=0.3), (placed, at)


def test_bare_words_not_in_the_talk_keep_their_reading():
    """Guard: "over the intro" is a description (framed words are never rewritten as a quote)."""
    placed, at = _placed("GX010304.MP4 over the intro")
    assert placed == "m3" and at < 3.0


PLACED = {"m2": 5.0, "m3": 20.0, "m4": 30.0, "m9": 40.0}  # c3 GX010301, c4 GX010304, c5 sawing, c6 unboxing


def _moves(message: str) -> dict[str, float]:
    steps, result = _steps(message, PLACED)
    assert steps and all(tool == "move_clip" for tool, _ in steps), (steps, result.reply)
    out: dict[str, float] = {}
    for _, args in steps:
        out[args["clip_id"]] = args["start"]
    return out


def test_sooner_is_earlier():
    assert _moves("sawing clip should come in 3 seconds sooner") == {"c5": pytest.approx(27.0, abs=0.05)}


# the order wanted said after the swap, or as "X and Y: I want Y first": it decides, never a blind swap
@pytest.mark.parametrize("message, moved", [
    ("flip the order of the gopro clips, old snapped spar first then the new spar going in", True),
    ("flip the order of the gopro clips, new spar going in first then the old snapped spar", False),
    ("sawing clip and unboxing clip: I want unboxing first", True),
    ("the sawing clip and the unboxing clip, I want the sawing one first", False),
])
def test_order_said_decides(message, moved):
    steps, result = _steps(message, PLACED)
    if moved:
        assert steps and all(tool == "move_clip" for tool, _ in steps), (steps, result.reply)
    else:
        assert steps == [] and "already" in result.reply, (steps, result.reply)


def test_camera_word_as_the_noun_then_what_it_shows():
    """"the gopro of the old snapped spar" is the GoPro clip described so (it asked which GoPro clip)."""
    steps, result = _steps("the gopro of the old snapped spar should come before the gopro of the new spar going in", PLACED)
    assert steps and {a["clip_id"] for _, a in steps} == {"c3", "c4"}, (steps, result.reply)


# "N seconds after 'X' starts" is a place by the quoted words, never a title saying them
@pytest.mark.parametrize("message", [
    "put the sawing clip a second after 'Then I measure' starts",
    "bring in the sawing clip 1 second after 'then I measure' begins",
])
def test_seconds_after_a_quote_starts(message):
    media, at = _placed(message)
    assert media == "m4" and at == pytest.approx(sentence_span(3)[0] + 1.0, abs=0.3), (media, at)


def test_first_shot_of_the_whole_video():
    media, at = _placed("first shot of the whole video should be the gopro of the old snapped spar")
    assert media == "m3" and at == pytest.approx(0.0, abs=0.05)


def test_place_said_loosely_then_framed():
    """"over how long it took me, the twenty minutes bit": the framed second saying is the place."""
    media, at = _placed("PXL_20260914_121002118 over how long it took me, the twenty minutes bit")
    assert media == "m5" and at == pytest.approx(sentence_span(7)[0], abs=0.3), (media, at)
