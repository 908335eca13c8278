"""Round 13 (refs) on our own dryer-vent project, in our own words: B-roll named by a camera and an order
or a kind, a quote that says where a named clip goes, a caption over a named clip with its text after a
colon, muting one clip of a track, and a verb whose definition names what it takes away (never its kin).
Every turn goes through the orchestrator as in the app."""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.dryervent_commands import session_with_setup
from tests.planner.dryervent_project import sentence_span


class Chat:
    def __init__(self, folder) -> None:
        self.session = session_with_setup(folder)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def starts(self, media_id: str) -> list[float]:
        return [float(seconds(c.start, self.project.fps)) for c in self.project.clips() if c.media_id == media_id]

    def dump(self) -> dict:
        return self.project.model_dump()


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "vent")


# ---- two files from one phone told apart by their order ---------------------------------------

@pytest.mark.parametrize("message, media, start", [
    ("put the first pixel video at 0:24", "m2", 24.0),
    ("can u put the 2nd pixel clip at 0:31 please", "m3", 31.0),
    ("stick the last pixel shot at 1:24", "m3", 84.0),
])
def test_an_ordinal_before_a_phone_word_picks_its_file_in_name_order(chat, message, media, start):
    chat.say(message)
    assert chat.starts(media) == [pytest.approx(start, abs=0.05)]
    assert not chat.starts("m2" if media == "m3" else "m3")


def test_the_phone_word_alone_still_asks(chat):
    before = chat.dump()
    chat.say("put the pixel clip at 0:24")
    assert chat.dump() == before


# ---- a camera's files of another kind than asked -----------------------------------------------

@pytest.mark.parametrize("message", ["add the iphone video at 0:30", "put the gopro photo at 0:10"])
def test_a_camera_with_no_file_of_the_kind_said_asks(chat, message):
    before = chat.dump()
    result = chat.say(message)
    assert chat.dump() == before
    assert "no " in result.reply.lower()


def test_the_kind_that_camera_has_is_placed(chat):
    chat.say("add the iphone photo at 0:30")
    assert chat.starts("m9") == [pytest.approx(30.0, abs=0.05)]


# ---- a quote of the talk after a named clip is where it goes -----------------------------------

def test_a_named_clip_over_quoted_words_of_the_talk_is_broll_not_a_title(chat):
    chat.say("stick the drone shot over 'Now go outside'")
    assert chat.starts("m6") and abs(chat.starts("m6")[0] - sentence_span(10)[0]) < 0.2
    assert not [c for c in chat.project.clips() if c.generator is not None]


@pytest.mark.parametrize("message, text", [
    ("put 'clean the lint trap' at 0:10", "clean the lint trap"),  # no media named: a title
    ("put a caption 'Now go outside' over the gopro clip", "Now go outside"),  # a title word said
])
def test_a_quote_with_no_media_or_with_a_title_word_stays_a_title(chat, message, text):
    chat.say(message)
    assert [c.generator.text for c in chat.project.clips() if c.generator is not None] == [text]


# ---- a caption over a named clip, its text after a colon or "saying" ---------------------------

@pytest.mark.parametrize("message, text, start", [
    ("caption over the gopro clip: 'Clamp off'", "Clamp off", 41.5),
    ("put a title over the screen recording saying 'House fires!'", "House fires!", 17.5),
])
def test_a_caption_over_a_named_clip_starts_with_it(chat, message, text, start):
    chat.say(message)
    [title] = [c for c in chat.project.clips() if c.generator is not None]
    assert title.generator.text == text
    assert float(seconds(title.start, chat.project.fps)) == pytest.approx(start, abs=0.05)


# ---- mute one clip, not the whole B-roll track -------------------------------------------------

def test_muting_a_clip_leaves_the_other_clips_of_its_track_playing(chat):
    chat.say("mute the gopro clip")
    track = chat.project.find_track("t2")
    assert not track.muted
    volumes = {c.media_id: c.volume_db for c in track.clips}
    assert volumes["m4"] <= -60 and volumes["m5"] == 0.0


def test_mute_the_music_still_mutes_its_track(chat):
    chat.say("mute the music")
    assert chat.project.find_track("t3").muted


# ---- what a verb takes away is not another name for it -----------------------------------------

def test_dirty_is_not_kin_of_clean_or_rinse():
    from editor_app.planner.word_kin import kin

    assert not kin("dirty", "clean") and not kin("dirty", "rinsing")
    assert kin("lube", "grease") and kin("polish", "buff")  # definitions that say what is used still relate


def test_the_dirty_lint_trap_clip_is_never_the_clean_one(chat):
    chat.say("put the pixel clip of the dirty lint trap at 0:24")
    assert not chat.starts("m3")


# ---- the place said first, then what goes there ------------------------------------------------

@pytest.mark.parametrize("message, media, sentence", [
    ("so where im saying the flap should swing open freely, can you stick the outside flap photo over that part", "m8", 11),
    ("the bit where i say look at this, the size of my fist, use the lint ball photo there", "m9", 9),
    ("where i unplug the dryer, could you pop the drone shot on that bit please", "m6", 6),
])
def test_a_place_said_first_is_where_the_clip_named_after_it_goes(chat, message, media, sentence):
    chat.say(message)
    assert chat.starts(media) and abs(chat.starts(media)[0] - sentence_span(sentence)[0]) < 0.2


# ---- "the X line" by one word or by a number ---------------------------------------------------

def test_a_line_named_by_a_number_said_in_digits_is_the_sentence_saying_it_in_words(chat):
    chat.say("fire stats pic over the 2 cycles line")
    assert chat.starts("m10") and abs(chat.starts("m10")[0] - sentence_span(1)[0]) < 0.2


@pytest.mark.parametrize("message", ["put the fire stats pic over the towels line", "put the vacuum clip over the clamp line"])
def test_a_line_named_by_one_word_said_in_two_sentences_asks(chat, message):
    before = chat.dump()
    result = chat.say(message)
    assert chat.dump() == before and "more than one sentence" in result.reply.lower()


def test_a_line_named_by_one_word_said_once_is_that_sentence(chat):
    chat.say("put the vacuum clip over the fist line")
    assert chat.starts("m7") and abs(chat.starts("m7")[0] - sentence_span(9)[0]) < 0.2
