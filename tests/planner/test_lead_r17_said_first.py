"""Round 17 (lead): probes in new words, each mechanism tested on projects of our own (fence staining, beanie
knitting and a small repotting talk written here), through the orchestrator and the offline planner.

- The sentence listing what a job needs, named by its kind ("the gear", "the supplies", "what you need"); two such
  sentences ask (planner/need_list.py).
- A span of the video named by its time and what is in it, then its removal ("the first 3 seconds are just me ...,
  get rid of them") (fronted_part._SPAN).
- "start it from where I list X" (said_edges: "from where", list verbs).
- The music coming in at a place in the talk said with a modal ("can the music come in after I talk about X").
- What I did in the talk said before a request naming its own object ("i ramble about X, cut 'Y'") is only why
  (dialogue._SAID_OF_MYSELF); "i say um way too much, get rid of them" removes the ums, never the talk clip.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.beanie_project import SCRIPT as BEANIE, beanie_session, sentence_span as beanie_span
from tests.planner.fence_project import SCRIPT as FENCE, fence_session, sentence_span as fence_span
from tests.planner.own_talk import asset, heard, length_of, talk_asset, talk_project, talk_without, timed


class Chat:
    def __init__(self, session) -> None:
        self.session = session
        self.orchestrator = Orchestrator(session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def on(self, role: str) -> list[tuple[str, float, float]]:
        fps = self.project.fps
        return [(c.media_id, float(seconds(c.start, fps)), float(seconds(c.end, fps)))
                for t in self.project.tracks_by_role(role) for c in t.clips]


@pytest.fixture
def fence(tmp_path):
    return Chat(fence_session(tmp_path / "fence"))


@pytest.fixture
def beanie(tmp_path):
    return Chat(beanie_session(tmp_path / "beanie"))


# ---- the list of what is needed, named by its kind ---------------------------------------------------

@pytest.mark.parametrize("message", [
    "scrap the bit where i run through the gear",
    "cut the part where I list the tools",
    "lose the what you need sentence",
])
def test_the_list_of_what_is_needed_named_by_its_kind_is_cut(fence, message):
    fence.say(message)
    assert heard(fence.project) == talk_without(FENCE, [2])


def test_a_still_over_the_supplies_bit_lands_on_the_list(fence):
    fence.say("pop stain_tin.jpg over the supplies bit")
    start, end = fence_span(2)
    [(media, at, until)] = fence.on("broll")
    assert media == "m8" and abs(at - start) < 0.05 and until > start + 1.0


def test_where_do_i_go_through_the_supplies_is_answered(beanie):
    reply = beanie.say("where do i go through the supplies?").reply
    assert "You need one ball of chunky wool" in reply
    assert heard(beanie.project) == talk_without(BEANIE, [])


def test_start_it_from_where_i_list_what_you_need(beanie):
    beanie.say("kick the video off from where i list what you need")
    assert heard(beanie.project) == talk_without(BEANIE, [0])


def _repotting(folder):
    script = [("Hi, I'm Dev, and my spider plant has outgrown its pot.", 0.4),
              ("You'll need a bigger pot, fresh compost and a trowel.", 0.4),
              ("Water it the day before so the roots slide out.", 0.5),
              ("For the top dressing you need grit, a spoon and a bit of patience.", 0.4),
              ("That's it, give it a week in the shade.", 0.5)]
    words, segments, length = timed(script)
    project = talk_project("repotting", talk_asset("MVI_2718.MP4", length, words, segments),
                           [asset("soft guitar.mp3", "audio", 120.0, "")], music_id="m2", music_db=-18.0)
    return Chat(Session(ProjectStore.create(folder, project), project, History())), script


def test_two_sentences_listing_what_is_needed_ask(tmp_path):
    chat, script = _repotting(tmp_path / "pot")
    reply = chat.say("cut the bit where i list what you need").reply
    assert "More than one sentence lists what is needed" in reply
    assert heard(chat.project) == talk_without(script, [])


# ---- a span said by its time and what is in it, then its removal -------------------------------------

@pytest.mark.parametrize("message", [
    "the first 3 seconds are just me fiddling with the camera - get rid of them",
    "the first 3 secs are dead air, cut them please",
])
def test_a_span_said_first_then_its_removal(fence, message):
    before = length_of(fence.project)
    fence.say(message)
    assert abs(length_of(fence.project) - (before - 3.0)) < 0.15


# ---- the music coming in at a place in the talk ------------------------------------------------------

@pytest.mark.parametrize("message", [
    "can the music come in after i talk about the weather, not before",
    "the music should kick in after i talk about the weather",
])
def test_the_music_comes_in_after_a_described_sentence(fence, message):
    fence.say(message)
    [(media, at, _)] = fence.on("music")
    assert media == "m10" and abs(at - fence_span(3)[1]) < 0.1


# ---- what I did in the talk, said before the request ------------------------------------------------

def test_a_statement_about_my_rambling_before_a_quoted_cut_is_only_why(fence):
    fence.say("i ramble about the weather, cut the 'you want two dry days in a row' part")
    assert heard(fence.project) == talk_without(FENCE, [], [(3, w) for w in "you want two dry days in a".split()] + [(3, "row.")])


@pytest.mark.parametrize("message", ["i say um way too much, cut them all", "honestly i say um way too much, get rid of them"])
def test_i_say_um_too_much_cut_them_removes_the_ums_not_my_voice(beanie, message):
    plan = beanie.say(message)
    assert not any(op.get("op") == "remove_clip" for op in plan.operations)  # it had proposed removing the talk clip
    assert "um" not in heard(beanie.project).lower().replace(",", " ").split()
    assert [c.media_id for c in beanie.project.tracks_by_role("main")[0].clips][:1] == ["m1"]
    assert length_of(beanie.project) > beanie_span(len(BEANIE) - 1)[1] - 3.0


# ---- a part said first, then "can we lose it"; a removal said again after its object --------------------

@pytest.mark.parametrize("message", [
    "the flaking paint bit sounds a bit whiny, can we lose it",
    "i don't want the bit where i say the paint is flaking, take that out",
    "delete the sentence about the flaking paint, take that out",
    "cut the line where i say the paint is flaking, get rid of it",
])
def test_a_part_removed_once_and_nothing_else(fence, message):
    plan = fence.say(message)
    assert heard(fence.project) == talk_without(FENCE, [1])
    assert [op["op"] for op in plan.operations] == ["cut_words"]  # the talk clip stays (it had been removed too)
