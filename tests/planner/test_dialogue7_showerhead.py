"""Round-12 conversation and several requests in one message, on a project of our own
(tests/planner/showerhead_project.py: descaling a limescaled shower head). Phrasings are our own.

Every turn goes through the orchestrator with the offline planner, as in the app: the chat memory
and the undo history are the session's, the turn's safety review runs, and a plan it holds is not
applied. Each test checks the timeline after the turn (and the reply where the turn must ask).

Shapes: two files said by their names in one message; "a bit more" after a level said without
"dB"; a question answered, then "it" / "over that" meaning what the answer named; an edit with a
nudge after "but"; "it" after muting a track; "both of them" and "the other one" after two
placements; "no, the X one" right after a placement; "same with X at 0:15" after a change on a
placed clip; undo said together with the edit wanted instead.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.showerhead_project import MUSIC_DB, showerhead_session


class Chat:
    """A conversation with the editor about a fresh copy of the project, each turn applied when the planner and the review allow."""

    def __init__(self, folder) -> None:
        self.session = showerhead_session(folder)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def clips_of(self, media_id: str) -> list:
        return [c for c in self.project.clips() if c.media_id == media_id]

    def start(self, media_id: str) -> float:
        [clip] = self.clips_of(media_id)
        return float(seconds(clip.start, self.project.fps))

    def effects(self, media_id: str) -> list[str]:
        return [e.type for c in self.clips_of(media_id) for e in c.effects]

    def music_db(self) -> float:
        [clip] = self.clips_of("m12")
        return clip.volume_db

    def music_muted(self) -> bool:
        return self.project.find_track("t3").muted

    def same_as(self, dump: dict) -> bool:
        return self.project.model_dump() == dump


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "shower")


# ---- two files said by their file names share one verb --------------------------------------

@pytest.mark.parametrize("message, first, second", [
    ("stick IMG_5530 at 0:02 and IMG_5544 at 1:01", ("m2", 2.0), ("m3", 61.0)),
    ("put DJI_20261201_0913 at 0:40 and GH010882 at 0:28 please", ("m5", 40.0), ("m4", 28.0)),
])
def test_two_files_named_by_their_file_names_are_both_placed(chat, message, first, second):
    chat.say(message)
    assert chat.start(first[0]) == pytest.approx(first[1])
    assert chat.start(second[0]) == pytest.approx(second[1])  # not silently dropped


# ---- "a bit more" after a level said without dB ---------------------------------------------

@pytest.mark.parametrize("first, more, level", [
    ("music down to -24", "a bit more", -24.0),
    ("lower the music to -21", "little bit more please", -21.0),
    ("bring the music up to -12", "bit more", -12.0),
])
def test_a_bit_more_after_a_level_goes_further_the_same_way(chat, first, more, level):
    chat.say(first)
    assert chat.music_db() == pytest.approx(level)
    chat.say(more)
    if level < MUSIC_DB:
        assert level - 6 < chat.music_db() < level  # further down, gently; not the same level again
    else:
        assert level < chat.music_db() < level + 6


# ---- what the last answer named ----------------------------------------------------------

@pytest.mark.parametrize("question, media", [
    ("which clip shows the vinegar bag?", "GH010882.MP4"),
    ("what clip has the toothbrush in it", "DJI_20261201_0913.MP4"),
    ("which photo shows the limescale", "limescale_closeup.JPG"),
])
def test_which_clip_shows_a_thing_is_answered_with_its_file(chat, question, media):
    before = chat.project.model_dump()
    result = chat.say(question)
    assert media in result.reply
    assert chat.same_as(before)


@pytest.mark.parametrize("question, follow, media, at", [
    ("which clip shows the vinegar bag?", "ok put it at 0:29", "m4", 29.0),
    ("which clip has the toothbrush in it", "great, stick that one at 0:41", "m5", 41.0),
])
def test_it_after_a_which_clip_answer_is_the_file_it_named(chat, question, follow, media, at):
    chat.say(question)
    chat.say(follow)
    assert chat.start(media) == pytest.approx(at)


@pytest.mark.parametrize("question, follow, media, span", [
    ("where do I say it's limescale?", "put the closeup photo over that", "m8", (6.81, 10.27)),
    ("where do i talk about poking the nozzles", "ok stick the pin clip there", "m6", (42.93, 45.95)),
])
def test_over_that_after_a_where_answer_is_the_stretch_it_gave(chat, question, follow, media, span):
    chat.say(question)
    chat.say(follow)
    [clip] = chat.clips_of(media)
    start, end = (float(seconds(t, chat.project.fps)) for t in (clip.start, clip.end))
    assert start < span[1] and end > span[0]


# ---- an edit, then a nudge after "but"; "it" after muting a track -----------------------------

@pytest.mark.parametrize("again", ["actually put it back on but quieter", "bring the music back but a bit lower",
                                   "unmute it, but much quieter"])
def test_back_on_but_quieter_unmutes_and_lowers_the_music(chat, again):
    chat.say("mute the music")
    chat.say(again)
    assert not chat.music_muted()
    assert chat.music_db() < MUSIC_DB


def test_it_after_muting_the_music_is_the_music(chat):
    chat.say("mute the music")
    chat.say("make it quieter")
    assert chat.music_db() < MUSIC_DB
    chat.say("unmute it")  # still the track
    assert not chat.music_muted()


# ---- "both of them", "the other one" after two placements --------------------------------------

@pytest.mark.parametrize("message", ["fade both of them in", "can you fade them both in", "fade those two in"])
def test_both_of_them_after_two_placements_is_both_clips(chat, message):
    chat.say("put the before clip at 0:03")
    chat.say("put the after clip at 0:59")
    result = chat.say(message)
    assert not result.confirm, result.reply  # the review does not hold it: both clips were named
    assert chat.effects("m2") == ["fade_in"] and chat.effects("m3") == ["fade_in"]
    assert chat.effects("m1") == [] and chat.effects("m12") == []  # not the whole edit


@pytest.mark.parametrize("message", ["no, the other one, fade it out", "sorry i meant the other one, fade it out",
                                     "fade the other one out"])
def test_the_other_one_is_the_clip_placed_before_the_last(chat, message):
    chat.say("put GH010882 at 0:28")
    chat.say("put the fizzing clip at 0:36")
    result = chat.say(message)
    assert not result.confirm, result.reply
    assert chat.effects("m4") == ["fade_out"]
    assert chat.effects("m7") == []


# ---- "no, the X one" right after a placement -------------------------------------------------

@pytest.mark.parametrize("correction", ["no, the vinegar bag one", "wrong one, I meant GH010882", "nope the vinegar bag clip"])
def test_no_the_other_file_replaces_the_clip_just_placed(chat, correction):
    chat.say("put the citric acid picture at 0:15")
    result = chat.say(correction)
    assert not result.confirm, result.reply
    assert chat.clips_of("m9") == []
    assert chat.start("m4") == pytest.approx(15.0)


def test_no_with_a_name_that_fits_several_files_asks_and_changes_nothing(chat):
    chat.say("put the citric acid picture at 0:15")
    before = chat.project.model_dump()
    result = chat.say("no, the iphone one")
    assert "IMG_5530" in result.reply and "IMG_5544" in result.reply
    assert chat.same_as(before)


def test_a_correction_naming_no_file_says_so_in_the_users_words_and_the_next_answer_still_corrects(chat):
    chat.say("put IMG_5530 at 0:03")
    before = chat.project.model_dump()
    result = chat.say("no, the blender one")
    assert chat.same_as(before)
    assert '"the blender one"' in result.reply and "IMG_5530.MOV" in result.reply and "replace" not in result.reply
    chat.say("no, the unscrewing one")  # the answer to that question: still about the placement
    assert chat.clips_of("m2") == [] and chat.start("m11") == pytest.approx(3.0)


@pytest.mark.parametrize("message", ["replace IMG_5530 with the unscrewing clip", "use unscrewing.mp4 instead of IMG_5530",
                                     "swap the IMG_5530 clip for the unscrewing one"])
def test_replacing_a_shot_takes_its_place_and_leaves_later_broll_over_its_words(chat, message):
    chat.say("put IMG_5530 at 0:03")
    chat.say("put GH010882 at 0:20")
    result = chat.say(message)
    assert not result.confirm, result.reply  # the request names the clip it changes
    assert chat.clips_of("m2") == [] and chat.start("m11") == pytest.approx(3.0)
    assert chat.start("m4") == pytest.approx(20.0)  # not pushed right by the new clip's length


# ---- "same with X at 0:15" after a change on a placed clip -------------------------------------

def test_same_with_a_bin_file_at_a_time_places_it_and_repeats_the_change(chat):
    chat.say("put IMG_5530 at 0:03")
    chat.say("make it black and white")
    chat.say("same with the citric acid photo at 0:15")
    assert chat.start("m9") == pytest.approx(15.0)
    assert chat.effects("m9") == ["black_and_white"]


def test_same_for_a_file_that_is_not_there_asks_and_changes_nothing(chat):
    chat.say("put IMG_5530 at 0:03")
    chat.say("make it black and white")
    before = chat.project.model_dump()
    chat.say("same for the blender clip at 0:15")
    assert chat.same_as(before)  # never the talk that happens to be at 0:15


# ---- undo said with the edit wanted instead ----------------------------------------------------

def test_undo_that_and_a_level_instead_of_mute(chat):
    chat.say("mute the music")
    chat.say("undo that and just turn it down to -25 instead")
    assert not chat.music_muted()
    assert chat.music_db() == pytest.approx(-25.0)
    chat.say("undo")  # takes back the level; the mute stays undone
    assert chat.music_db() == pytest.approx(MUSIC_DB) and not chat.music_muted()


@pytest.mark.parametrize("message", ["nope, undo and mute it instead", "undo that, then mute the music"])
def test_undo_a_level_change_and_mute_instead(chat, message):
    chat.say("turn the music down a bit")
    chat.say(message)
    assert chat.music_muted()
    assert chat.music_db() == pytest.approx(MUSIC_DB)  # the level change is taken back


def test_undo_and_a_placement_elsewhere(chat):
    chat.say("put the pin clip at 0:43")
    chat.say("undo that and put it at 0:44 instead")
    assert chat.start("m6") == pytest.approx(44.0)
    assert len(chat.clips_of("m6")) == 1


def test_undo_and_something_it_cannot_do_changes_nothing(chat):
    chat.say("put the pin clip at 0:43")
    before = chat.project.model_dump()
    chat.say("undo that and put the blender clip at 0:10 instead")
    assert chat.same_as(before)  # the undo is not done on its own when the rest cannot be


def test_which_clip_is_on_a_track_is_still_a_track_question(chat):
    result = chat.say("which clip is on the music track?")
    assert "lofi chill beat 02.mp3" in result.reply and "couldn't find" not in result.reply


@pytest.mark.parametrize("message", ["undo that, sorry", "undo, my bad"])
def test_undo_with_a_word_about_it_is_a_plain_undo(chat, message):
    chat.say("mute the music")
    chat.say(message)
    assert not chat.music_muted()
