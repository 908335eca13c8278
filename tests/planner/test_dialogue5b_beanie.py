"""Round-13b conversation on a project of our own (tests/planner/beanie_project.py: knitting a ribbed
beanie). Phrasings are our own. Every turn goes through the orchestrator with the offline planner.

Shapes: the answer to "which one do you mean?" given as what the file shows ("the one where the top
of the hat closes up"); a time asked for again without "again" right after a where-answer ("sorry
what time was that"); when a step of the job happens ("at what point does the pompom go on?").
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.beanie_project import beanie_session


class Chat:
    """A conversation with the editor about a fresh copy of the beanie project."""

    def __init__(self, folder) -> None:
        self.session = beanie_session(folder)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    def placed(self) -> list[tuple[str, float]]:
        fps = self.session.project.fps
        return [(c.media_id, float(seconds(c.start, fps))) for c in self.session.project.clips()
                if c.media_id not in ("m1", "m12")]

    def dump(self) -> dict:
        return self.session.project.model_dump()


@pytest.fixture
def chat(tmp_path):
    return Chat(tmp_path / "beanie")


# ---- "which one?" answered by what the file shows -------------------------------------------------

@pytest.mark.parametrize("ask, answer, placed", [
    ("put the pixel clip at 0:20", "the one where the top of the hat closes up", [("m3", 20.0)]),
    ("stick the PXL video at 0:13", "the one with the stitches going onto the needles please", [("m2", 13.0)]),
    ("can u put the pixel one at 0:25", "oh the clip that shows the crown", [("m3", 25.0)]),
])
def test_which_one_answered_by_what_it_shows(chat, ask, answer, placed):
    chat.say(ask)
    assert chat.placed() == []  # two Pixel clips: it asks first
    chat.say(answer)
    assert chat.placed() == placed


def test_a_description_neither_offered_file_shows_still_asks(chat):
    chat.say("put the pixel clip at 0:20")
    before = chat.dump()
    chat.say("the one with the cat in it")  # the cat is in the GoPro clip, which was not offered
    assert chat.dump() == before


# ---- "the other one" after a placement is another B-roll file, never the recorded talk -------------

def test_the_other_one_is_not_the_talk_that_shares_the_camera_name(chat):
    chat.say("put MVI_0395 at 0:05")
    reply = chat.say("no, the other one").reply
    assert "MVI_0401" in reply and "MVI_0392" not in reply  # the talk file is no look-alike B-roll
    assert [m for m, _ in chat.placed()] in (["m10"], ["m11"])  # it asks or swaps; never a third file


# ---- a time asked for again right after a where-answer --------------------------------------------

@pytest.mark.parametrize("again", ["sorry what time was that", "huh, when was that?", "sorry, where was that"])
def test_time_asked_again_repeats_the_where_answer(chat, again):
    chat.say("where do i mention my brother?")
    before = chat.dump()
    reply = chat.say(again).reply
    assert "0:08" in reply and chat.dump() == before


def test_when_was_that_after_an_edit_is_not_an_old_answer(chat):
    chat.say("where do i mention my brother?")
    chat.say("put the music at -30 dB")
    reply = chat.say("when was that?").reply
    assert "0:08" not in reply


# ---- when a step of the job happens ----------------------------------------------------------------

@pytest.mark.parametrize("question, time", [
    ("at what point does the pompom go on?", "0:32"),
    ("when do i add the pompom", "0:32"),
    ("when does the wool go on?", "0:12"),  # said twice: the list of what you need, then the step
    ("what time do i put the wool on", "0:12"),
])
def test_when_a_step_happens_is_answered_from_the_talk(chat, question, time):
    before = chat.dump()
    reply = chat.say(question).reply
    assert time in reply and chat.dump() == before


def test_when_do_i_get_onto_a_topic_is_not_a_step_of_a_thing_called_i():
    from editor_app.planner.answers_step import step_topic

    assert step_topic("at what point do i get onto the decreases") is None  # the ordinary get-to answer reads it
    assert step_topic("when does the pompom go on?") == "pompom"
