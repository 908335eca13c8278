"""Round 13 retrieval mechanisms on an own talk: a quick chilli crisp made in a wok (not the own check's
chilli oil talk in benchmarks/retrieval_chilli.py, and none of its phrasings).

What is tested: "at the start" and "saying hi" ask for the talk's first sentence ("the start of the frying"
does not); a position said with a hedge ("near the end") on a topic lets the topic choose among the last few
sentences, while "the goodbye" alone stays on the last; a request for a story ("the story about the smoke
alarm", "the time I ...") finds the sentence that tells one, and "the time it takes" names no story.
WordLlama and MiniLM come from their wheels; nothing downloads.
"""

from __future__ import annotations

import pytest

from editor_app.index import ContextIndex
from editor_app.index.search import _POSITION
from editor_app.index.speech_acts import named_acts
from editor_app.model.project import Project
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll

SCRIPT: list[tuple[str, float]] = [
    ("Morning all, Lena here, and we're knocking together a quick chilli crisp in the wok.", 0.3),  # 0
    ("Shallots, garlic and dried chillies, that's really all it takes.", 0.3),  # 1
    ("Chop the dried chillies in a food processor until they look like coarse sand.", 0.3),  # 2
    ("Fry the shallots low and slow in plenty of oil until they're crisp and golden.", 0.6),  # 3
    ("Last winter I left the wok on too high and set off the smoke alarm for the whole building.", 0.3),  # 4
    ("The neighbours were not impressed, so keep the heat moderate.", 0.6),  # 5
    ("Pour the hot oil through a sieve onto the chillies and stir.", 0.3),  # 6
    ("Add the fried shallots back once it has cooled, plus a spoon of sugar.", 0.3),  # 7
    ("I keep a jar in the cupboard and one at my mum's, she puts it on her toast.", 0.3),  # 8
    ("It lasts a couple of weeks at room temperature if you use a clean spoon.", 0.3),  # 9
    ("Right, that's me done, bye for now.", 0.4),  # 10
]


def crisp_project() -> tuple[Project, list[float]]:
    return talk_with_broll("chilli crisp", SCRIPT, ("c1", "C0042.MP4", "/bench/C0042.MP4"),
                           ("c2", "wok shot.mov", "/bench/wok shot.mov", 5, "shallots frying in a wok"))


@pytest.fixture(scope="module")
def crisp(tmp_path_factory: pytest.TempPathFactory):
    project, starts = crisp_project()
    index = indexed(tmp_path_factory.mktemp("crisp"), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ("c1",))


@pytest.mark.parametrize("query, first", [
    ("right at the start where I greet everyone", True),
    ("the bit where she says hello to the camera", True),
    ("saying hi", True),
    ("at the very start", True),
    ("the start of the frying", False),  # a thing's start
    ("at the start of the frying", False),
    ("the head start you get by chopping first", False),
])
def test_the_start_and_saying_hi_name_the_talks_first_sentence(query: str, first: bool) -> None:
    assert bool(_POSITION["first"].search(query)) is first


def test_at_the_start_finds_the_first_sentence(crisp) -> None:
    index, starts = crisp
    assert first_start(index, "the bit at the start where she says hi") == pytest.approx(starts[0], abs=0.05)


def test_a_hedged_position_lets_the_topic_choose_near_that_end(crisp) -> None:
    index, starts = crisp
    # the shelf life is said in the second-to-last sentence; "near the end" is where, not which
    assert first_start(index, "how long it keeps, near the end") == pytest.approx(starts[9], abs=0.05)
    assert first_start(index, "the goodbye") == pytest.approx(starts[10], abs=0.05)


@pytest.mark.parametrize("query, story", [
    ("the story about the smoke alarm", True),
    ("my anecdote about the neighbours", True),
    ("the time I nearly smoked out the flat", True),
    ("that time the wok got too hot", True),
    ("the time it takes to go crisp", False),
    ("what time to start frying", False),
])
def test_a_story_is_a_speech_act(query: str, story: bool) -> None:
    assert ("story" in named_acts(query)) is story


def test_a_story_request_finds_the_sentences_telling_it(crisp) -> None:
    index, starts = crisp
    # the smoke alarm story is told in two sentences (4, 5); without the act this went to the goodbye
    got = first_start(index, "that story where things went wrong")
    assert any(got == pytest.approx(starts[i], abs=0.05) for i in (4, 5))
