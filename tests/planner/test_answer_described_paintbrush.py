"""Round 17 (lead): answers to the planner's own "which one?" question, said as what the file shows, on a
project of our own (cleaning oil paint out of brushes). Words, names and media are our own; the other
projects used are kite and beanie (tests/planner).

Mechanisms: a description answer that opens "the one where I ..." was read as a new request (its first
word "i" is in the request-opening words); an answer that fits none of the offered files but one other
file the asked phrase also fits is that file (the question offered only the two files *named* "brush");
an answer sharing one loose word with an offered file ("new") is not that file when it names a thing no
file shows; an answer that fits none is said so, and the next answer still completes the first request.
"""

from __future__ import annotations

import asyncio
from fractions import Fraction

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.beanie_project import beanie_session
from tests.planner.kite_project import kite_project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Morning, I'm Ines, and these brushes are stiff with oil paint from last week.", 0.4),
    ("Soak them in a jar of solvent for twenty minutes first.", 0.5),
    ("Then comb the bristles out so the paint lets go near the ferrule.", 0.4),
    ("Rinse them under the warm tap with a bit of soap.", 0.4),
    ("Shape the tips with your fingers and lay them flat to dry.", 0.6),
]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT)
BROLL = [
    ("brush soak.mp4", "video", 6.0, ""),  # m2
    ("brush comb out.mov", "video", 6.0, ""),  # m3
    ("PXL_20261203_091512.mp4", "video", 6.0, "rinsing a paint brush under the warm tap, soap suds running off"),  # m4
    ("drying rack.jpg", "image", None, "clean brushes laid flat on a towel"),  # m5
]


def paintbrush_project():
    others = [asset(*b) for b in BROLL] + [asset("quiet acoustic loop.mp3", "audio", 120.0, "")]
    return talk_project("paintbrush", talk_asset("MVI_3141.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m6",
                        music_db=-18.0)


class Chat:
    """A conversation through the orchestrator and the offline planner, edits applied at once."""

    def __init__(self, session) -> None:
        self.session = session
        self.orchestrator = Orchestrator(session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    def broll(self) -> list[tuple[str, float]]:
        fps = self.session.project.fps
        return [(c.media_id, float(seconds(c.start, fps))) for c in self.session.project.tracks_by_role("broll")[0].clips]


def chat_on(project, folder) -> Chat:
    return Chat(Session(ProjectStore.create(folder, project), project, History()))


@pytest.mark.parametrize("answer", [
    "the one where i rinse it under the tap",
    "the one with the soap suds",
    "oh the clip where im washing it under the warm tap",
])
def test_an_answer_naming_a_file_the_question_left_out(tmp_path, answer):
    chat = chat_on(paintbrush_project(), tmp_path / "p")
    first = chat.say("put the brush clip at 0:03")
    assert chat.broll() == [] and "brush soak.mp4" in first.reply  # two files named "brush": it asks
    chat.say(answer)
    assert chat.broll() == [("m4", 3.0)]  # the phone clip of the brush being rinsed, which the question left out


def test_an_answer_that_the_photo_of_the_brushes_fits_is_that_photo(tmp_path):
    chat = chat_on(paintbrush_project(), tmp_path / "p")
    chat.say("put the brush clip at 0:03")
    chat.say("the one where the brushes dry on the towel")
    assert chat.broll() == [("m5", 3.0)]


def test_an_answer_that_fits_no_file_asks_again_and_the_next_answer_completes_the_request(tmp_path):
    chat = chat_on(paintbrush_project(), tmp_path / "p")
    chat.say("put the brush clip at 0:03")
    reply = chat.say("the one where i dip them in white spirit").reply  # no file shows white spirit
    assert chat.broll() == [] and "None of the files I offered shows" in reply
    chat.say("the one where i soak them")  # the next answer still completes the first request
    assert chat.broll() == [("m2", 3.0)]


def test_an_answer_opening_with_i_is_an_answer_not_a_request(tmp_path):
    chat = Chat(beanie_session(tmp_path / "beanie"))
    assert "MVI_0401.MP4" in chat.say("put the hat clip at 0:20").reply
    chat.say("the one where i try it on in the mirror")
    assert chat.broll() == [("m11", 20.0)]


def test_one_loose_shared_word_is_no_answer_when_the_thing_named_is_in_no_file(tmp_path):
    chat = chat_on(kite_project(), tmp_path / "kite")
    chat.say("put the grout clip at 0:10")  # no grout anywhere: it lists the media and asks
    reply = chat.say("the one where im pressing the new grout in").reply  # shares "new"/"pressing" with GX010301
    assert chat.broll() == [] and "grout" in reply
    chat.say("the one where i push the new spar into the sleeve")
    assert chat.broll() == [("m2", 10.0)]


def test_a_described_answer_fitting_no_offered_file_says_so(tmp_path):
    chat = Chat(beanie_session(tmp_path / "beanie"))
    chat.say("put the hat clip at 0:20")
    before = chat.session.project.model_dump()
    reply = chat.say("the one with the cat").reply  # the cat is in the GoPro clip, which shows no hat
    assert chat.session.project.model_dump() == before
    assert "None of the files I offered shows" in reply and "MVI_0401.MP4" in reply
    assert Fraction(0) == Fraction(len(chat.broll()))


def test_an_answer_with_a_word_of_manner_still_picks_the_file_it_describes(tmp_path):
    chat = chat_on(paintbrush_project(), tmp_path / "p")
    chat.say("put the brush clip at 0:03")
    chat.say("the one where they soak properly")  # "properly" is how, not a thing some other file shows
    assert chat.broll() == [("m2", 3.0)]
