"""A title said to go over a clip covers that clip (round 12, lead), in our own words on the shower-head
talk: "while it shows", "over that clip", "on the <name> clip"; the words after an unquoted title that
say where it goes are not its text; a clip that is not on the timeline asks, never titles the talk."""

from __future__ import annotations

import pytest

from tests.planner.test_dialogue7_showerhead import Chat


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "shower")


def titles(chat) -> list[tuple[str, float, float]]:
    fps = chat.project.fps
    return [(c.generator.text, round(c.start / fps, 2), round((c.end - c.start) / fps, 2))
            for c in chat.project.clips() if c.generator is not None and c.generator.kind == "title"]


@pytest.mark.parametrize("message", [
    "stick 'Before' on screen while it shows", "add a caption saying Before over that clip",
    "put the title 'Before' on the before spray clip", "caption it 'Before' for as long as it's up",
])
def test_a_title_over_a_placed_clip_covers_that_clip(chat, message):
    chat.say("put the before spray clip over 0:05")
    chat.say(message)
    assert titles(chat) == [("Before", 5.0, 5.0)]


def test_a_title_over_a_clip_keeps_a_length_said_with_it(chat):
    chat.say("put the before spray clip over 0:05")
    chat.say("add a caption saying Before over that clip for 2 seconds")
    assert titles(chat) == [("Before", 5.0, 2.0)]


def test_a_title_over_a_clip_that_is_not_on_the_timeline_asks(chat):
    before = chat.project.model_dump()
    result = chat.say("add a title 'Before' over the before spray clip")
    assert chat.same_as(before) and "not on the timeline" in result.reply


# ---- placing next to the clip just placed, and a transition between the two just placed --------------------

@pytest.mark.parametrize("message, media", [("put the after spray clip right after it", "m3"),
                                            ("stick the bag shot straight after that one", "m4")])
def test_right_after_it_is_where_the_clip_just_placed_ends(chat, message, media):
    chat.say("put the before spray clip over 0:05")
    chat.say(message)
    [clip] = chat.clips_of(media)
    assert clip.start == 10 * chat.project.fps


@pytest.mark.parametrize("message", ["crossfade between them", "add a dissolve between those two"])
def test_a_transition_between_them_joins_the_two_clips_just_placed(chat, message):
    chat.say("put the before spray clip over 0:05")
    chat.say("put the after spray clip at 0:10")
    chat.say(message)
    [transition] = chat.project.track("t2").transitions
    [a], [b] = chat.clips_of("m2"), chat.clips_of("m3")
    assert (transition.from_clip, transition.to_clip) == (a.id, b.id)


@pytest.mark.parametrize("first, message", [("put the before spray clip over 0:05", "move it to where I say look at that"),
                                            (None, "caption 'Look!' when I say look at that")])
def test_where_i_say_some_words_is_where_those_words_are_said(chat, first, message):
    """"Look at this spray" (0:03) shares two of the three words; "And look at that, ..." (0:59.9) says them."""
    if first:
        chat.say(first)
    chat.say(message)
    moved = [c for c in chat.project.clips() if c.media_id == "m2" or c.generator is not None]
    assert [round(c.start / chat.project.fps) for c in moved] == [60]
