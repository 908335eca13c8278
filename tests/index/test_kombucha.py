"""Round 8 retrieval mechanisms on an own talk: a continuous-brew kombucha set-up (not the frozen
check's talk in benchmarks/retrieval_kombucha.py, and none of its phrasings).

What is tested: where a thing first comes up ("introducing the spigot jar"), something done again
("screwing the lid back on" is the later lid sentence), numbered steps ("the third stage"), a lead-in
joined to its sentence ("Step two, sweeten it. I pour ..."), and verbs that look like positions
("closing the tap", "opening the spigot"). WordLlama and MiniLM come from their wheels; nothing
downloads.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.index import ContextIndex
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll
from editor_app.index.search import _POSITION, _repeats, _step_number, content_query
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

SCRIPT: list[tuple[str, float]] = [
    ("Hello, I'm Ines, and this week I'm switching my kombucha over to a continuous brew.", 0.3),  # 0
    ("Instead of bottling everything and starting from zero, you keep a big vessel going and draw off a little at a time.", 0.3),  # 1
    ("It means less work every week and the flavour stays more consistent.", 0.6),  # 2
    ("Step one, clean the vessel.", 0.3),  # 3
    ("I unscrew the lid and scrub the inside with hot water and a splash of vinegar, no soap at all.", 0.3),  # 4
    ("Soap residue can upset the culture, so rinse twice to be safe.", 0.6),  # 5
    ("Step two, sweeten it.", 0.3),  # 6
    ("I pour a cup of white sugar into the hot tea and stir until the grains vanish.", 0.6),  # 7
    ("Now this is the new toy, a five litre ceramic jar with a little wooden tap near the bottom.", 0.3),  # 8
    ("The tap lets you pour off a glass without disturbing the mother culture floating on top.", 0.3),  # 9
    ("Check the tap doesn't drip before you fill it, a slow leak will empty the jar overnight.", 0.6),  # 10
    ("Step three, add the culture and the starter.", 0.3),  # 11
    ("Once the tea is cool, in goes the culture with two cups of last batch's brew.", 0.3),  # 12
    ("Then I screw the lid back on loosely, so gas can still escape.", 0.6),  # 13
    ("From now on, every few days I draw off about a third and top it up with fresh sweet tea.", 0.3),  # 14
    ("That's all for today, bye for now.", 0.4),  # 15
]


def kombucha_project() -> tuple[Project, list[float]]:
    return talk_with_broll('continuous brew', SCRIPT, ('k1', 'DSC_0502.MOV', '/brew/DSC_0502.MOV'), ('k2', 'jar_tap_closeup.mp4', '/brew/tap.mp4', 6, 'pouring a glass of kombucha from the wooden tap of a ceramic jar'))


@pytest.fixture(scope="module")
def brew(tmp_path_factory: pytest.TempPathFactory):
    project, starts = kombucha_project()
    index = indexed(tmp_path_factory.mktemp('brew'), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ('k1', 'b'))


@pytest.mark.parametrize("query, is_position", [
    ("closing the tap so it stops dripping", False),
    ("opening the spigot for a glass", False),
    ("ending the first ferment early", False),
    ("the closing words", True),
    ("the opening of the video", True),
    ("how I end the video", True),
])
def test_a_verb_with_its_object_is_no_position(query: str, is_position: bool) -> None:
    assert any(p.search(query) for p in _POSITION.values()) is is_position
    assert (content_query(query) != query) is is_position


def test_introducing_a_thing_finds_where_it_first_comes_up(brew) -> None:
    index, starts = brew
    # the jar with the tap is brought in mid-talk; the greeting is not where it is introduced
    assert first_start(index, "introducing the ceramic jar with the tap") == starts[8]
    # a position still means the start of the talk
    assert first_start(index, "the intro where I say what I'm changing this week") == starts[0]


@pytest.mark.parametrize("query, redo", [
    ("screwing the lid back on", True), ("reattaching the lid", True), ("reopening the jar", True),
    ("doing the rinse again", True), ("removing the lid", False), ("replacing the tea", False),
    ("a really big jar", False),
])
def test_what_counts_as_doing_something_again(query: str, redo: bool) -> None:
    assert _repeats(query) is redo


def test_something_done_again_is_the_later_passage(brew) -> None:
    index, starts = brew
    # the lid comes off in step one and goes back on after the culture: "back on" is the later one
    assert first_start(index, "screwing the lid back on") == starts[13]
    assert first_start(index, "taking the lid off to scrub it") == starts[4]


def test_numbered_steps(brew) -> None:
    index, starts = brew
    assert _step_number("the third stage") == 3 and _step_number("step 2, the sugar") == 2
    assert _step_number("the stage where it gets fizzy") is None
    assert _step_number("my second attempt at bottling") == 2 and _step_number("try 3") == 3  # tries count too
    assert _step_number("go two doors down") is None
    assert first_start(index, "the third stage") == starts[11]
    assert first_start(index, "the first step, washing out the vessel") == starts[3]


def test_a_lead_in_or_the_sentence_after_it(brew) -> None:
    index, starts = brew
    # "Step two, sweeten it. I pour a cup of white sugar ...": asked about the stirring detail, the hit
    # starts at the sentence that says it; asked about the step, at the step
    assert first_start(index, "stirring until the crystals disappear") == starts[7]
    assert first_start(index, "second stage, the sweetening") == starts[6]


def test_the_take_said_properly_follows_the_abandoned_one(tmp_path) -> None:
    rows = [(0.0, 4.0, "Bottling day, and the brew tastes tart and only a little sweet."),
            (4.5, 9.0, "For the flavour I drop in some, um, no, wait, let me start that again."),
            (9.5, 14.0, "For the flavour I drop sliced ginger and a squeeze of lemon into each bottle."),
            (14.5, 19.0, "Then the bottles sit on the counter for two days to get fizzy.")]
    project = Project(name="bottling")
    project.media["b"] = MediaAsset(id="b", name="bottling_day.MOV", path="/brew/bottling_day.MOV", kind="video",
                                    duration=Fraction(20), has_audio=True, has_video=True,
                                    transcript=tuple(TranscriptSegment(start=a, end=c, text=t) for a, c, t in rows))
    index = ContextIndex.open(tmp_path)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    try:
        # nothing but the convention says which: without it both go to the stumble (4.5)
        assert first_start(index, "the do-over") == 9.5
        assert first_start(index, "the retake") == 9.5
        assert first_start(index, "the clean retake of the flavouring line") == 9.5
        assert first_start(index, "where I trip over my words about the flavour") == 4.5
    finally:
        index.close()
