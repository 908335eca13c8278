"""Round 13 (sequence): several steps in one message, sentences of the talk reordered, clips moved,
transitions said in people's words - on a project of our own (tests/planner/fence_project.py:
staining a weathered garden fence). Phrasings are our own (the tuning half; the held-out half is
tests/planner/test_sequence_fence_heldout.py and was never tuned on).

Every turn goes through the orchestrator with the offline planner, as in the app.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.model.word_cuts import timeline_words
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.fence_project import LENGTH, SCRIPT, fence_session


class Chat:
    """A conversation with the editor about a fresh copy of the fence project."""

    def __init__(self, folder, broll: dict[str, float] | None = None) -> None:
        self.session = fence_session(folder, broll)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())
        self.before = self.session.project.model_dump()

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def unchanged(self) -> bool:
        return self.project.model_dump() == self.before

    def heard(self) -> str:
        return " ".join(p.text for p in timeline_words(self.project))

    def start(self, media_id: str) -> float:
        [clip] = [c for c in self.project.clips() if c.media_id == media_id]
        return float(seconds(clip.start, self.project.fps))

    def length(self) -> float:
        return float(seconds(self.project.duration, self.project.fps))

    def transitions(self) -> list[tuple[str, str]]:
        media = {c.id: c.media_id for c in self.project.clips()}
        return [(media[x.from_clip], media[x.to_clip]) for t in self.project.tracks for x in t.transitions]


def said(*indices: int) -> str:
    """The talk's sentences in the order given."""
    return " ".join(SCRIPT[i][0] for i in indices)


def chat_in(tmp_path, broll=None) -> Chat:
    return Chat(tmp_path / "fence", broll)


# ---- sentences of the talk reordered ------------------------------------------------------

@pytest.mark.parametrize("message, order", [
    ("swap the first two sentences", (1, 0, 2)),
    ("put the bit about checking the weather before the bit where i list what you need", (0, 1, 3, 2, 4)),
    ("move the part about stirring the tin so it comes before the sanding bit", (0, 1, 2, 3, 4, 6, 5, 7)),
    ("move the last sentence to the very start", (12, 0, 1)),
    ("could you put the sentence about the second coat after the thanks for watching bit", (9, 11, 12, 10)),
    ("swap the bit about the first coat drying with the bit about overloading the brush", (7, 9, 8, 10)),
])
def test_sentences_of_the_talk_are_reordered_and_the_video_keeps_its_length(tmp_path, message, order):
    chat = chat_in(tmp_path)
    chat.say(message)
    assert said(*order) in chat.heard()
    assert sorted(chat.heard().split()) == sorted(said(*range(len(SCRIPT))).split())  # nothing lost or doubled
    assert chat.length() == pytest.approx(LENGTH - 0.01, abs=0.05)
    assert chat.start("m10") == 0.0  # the music stays where it is


@pytest.mark.parametrize("message", [
    "put the bit about the paint roller before the intro",  # never said
    "move the part where i talk about the pressure washer to the end",  # never said
    "can you swap the sentences",  # which two?
    "put the intro after the moss bit",  # two sentences mention moss
])
def test_a_reorder_of_something_never_said_or_ambiguous_asks(tmp_path, message):
    chat = chat_in(tmp_path)
    result = chat.say(message)
    assert chat.unchanged()  # and never a B-roll placed over "the bit about X"
    assert result.reply


# ---- transitions said without the word --------------------------------------------------

@pytest.mark.parametrize("message", [
    "smooth the jump from the sanding clip to the brushing clip",
    "can you soften the cut between the sanding shot and the brushing one",
    "put a quick fade between GX010551 and IMG_8812 please",
])
def test_a_join_made_smoother_is_a_crossfade_between_the_two_clips(tmp_path, message):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 23.5})
    chat.say(message)
    assert chat.transitions() == [("m4", "m5")]


def test_fade_between_it_and_the_next_after_a_move_uses_the_moved_clip(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 25.5})
    chat.say("nudge the sanding clip 2 seconds later and then put a fade between it and the brushing one")
    assert chat.start("m4") == pytest.approx(21.5, abs=0.05)
    assert chat.transitions() == [("m4", "m5")]


def test_smoothing_a_join_with_a_clip_that_is_not_there_asks(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 23.5})
    chat.say("smooth the jump from the timelapse to the sanding clip")
    assert chat.unchanged()


# ---- several steps, the later on the result of the earlier -----------------------------------

def test_a_sentence_cut_then_a_reorder_is_planned_on_the_cut_talk(tmp_path):
    chat = chat_in(tmp_path)
    chat.say("get rid of the first sentence and then move the last sentence to the very start")
    assert chat.heard().startswith(said(12, 1, 2))
    assert SCRIPT[0][0] not in chat.heard()


def test_steps_of_two_agents_run_in_the_order_said(tmp_path):
    """A placement (timeline) then a cut (speech) then a placement: each step runs on the result of
    the one before, in the order said, not grouped by the agent that runs it."""
    chat = chat_in(tmp_path)
    chat.say("put DJI_0436 over the last sentence, then cut the first sentence, then put DJI_0412 at 0:02")
    last_starts = next(w.start for w in timeline_words(chat.project) if w.text == "Thanks")
    assert chat.start("m3") == pytest.approx(last_starts, abs=0.1)
    assert chat.start("m2") == pytest.approx(2.0, abs=0.05)
    assert SCRIPT[0][0] not in chat.heard()


# ---- a join said as what is wrong with it; two clips a little apart -----------------------

@pytest.mark.parametrize("message", [
    "the cut from the sanding clip into the brushing one feels really abrupt, can you fix that",
    "the jump from GX010551 to IMG_8812 is way too harsh, smooth it out please",
])
def test_a_join_said_to_be_abrupt_gets_a_crossfade(tmp_path, message):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 23.5})
    chat.say(message)
    assert chat.transitions() == [("m4", "m5")]


def test_two_clips_a_second_apart_are_made_to_meet_for_the_transition(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 24.5})
    chat.say("dip to black between the sanding clip and the brushing clip, half a second")
    assert chat.transitions() == [("m4", "m5")]
    assert chat.start("m4") == pytest.approx(19.5, abs=0.05)  # the first stays
    assert chat.start("m5") == pytest.approx(23.5, abs=0.05)  # the second meets it


def test_two_clips_far_apart_are_not_moved_for_a_transition(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m6": 34.5})
    chat.say("crossfade the sanding clip into the rain clip")
    assert chat.unchanged()


# ---- a time said first, a fade said as what a placed clip comes with ------------------------

def test_a_time_said_first_places_both_things_there(tmp_path):
    chat = chat_in(tmp_path)
    chat.say('at 0:20 put in the stain tin photo and a caption "Oak stain"')
    assert chat.start("m8") == pytest.approx(20.0, abs=0.05)  # not silently dropped
    [title] = [c for c in chat.project.clips() if c.generator is not None]
    assert float(seconds(title.start, chat.project.fps)) == pytest.approx(20.0, abs=0.05)


@pytest.mark.parametrize("message, effect", [
    ("IMG_8830 at 0:30 with a fade in", "fade_in"),
    ("put the rain clip at 0:30 with a slow fade out", "fade_out"),
])
def test_a_clip_placed_with_a_fade_is_placed_then_faded(tmp_path, message, effect):
    chat = chat_in(tmp_path)
    chat.say(message)
    [clip] = [c for c in chat.project.clips() if c.media_id == "m6"]
    assert chat.start("m6") == pytest.approx(30.0, abs=0.05)
    assert [e.type for e in clip.effects] == [effect]


# ---- several steps said with commas, a shared verb, "them" --------------------------------

def test_a_swap_after_a_comma_is_its_own_step_not_dropped(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 23.5})
    chat.say("cut the first sentence, swap the sanding and brushing clips, and fade the music out")
    assert SCRIPT[0][0] not in chat.heard()
    assert chat.start("m5") < chat.start("m4")  # swapped
    [music] = [c for c in chat.project.clips() if c.media_id == "m10"]
    assert [e.type for e in music.effects] == ["fade_out"]


def test_two_moves_sharing_one_verb_then_them(tmp_path):
    chat = chat_in(tmp_path, {"m4": 19.5, "m5": 23.5})
    chat.say("move the sanding clip to 0:36 and the brushing clip to 0:40, then crossfade them")
    assert chat.start("m4") == pytest.approx(36.0, abs=0.05)
    assert chat.start("m5") == pytest.approx(40.0, abs=0.05)  # not silently dropped
    assert chat.transitions() == [("m4", "m5")]


def test_them_both_after_two_placements_is_those_two_not_the_whole_edit(tmp_path):
    chat = chat_in(tmp_path)
    chat.say("put the rain clip at 0:30 and the stirring clip at 0:36, then fade them both in")
    faded = {c.media_id for c in chat.project.clips() for e in c.effects if e.type == "fade_in"}
    assert faded == {"m6", "m7"}


def test_a_move_of_something_never_said_says_nothing_was_moved(tmp_path):
    chat = chat_in(tmp_path)
    result = chat.say("put the bit about the pressure washer after the weather bit")
    assert chat.unchanged()
    assert "cut" not in result.reply.split("\n")[0]
