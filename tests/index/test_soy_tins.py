"""Round 12 retrieval mechanisms on an own talk: pouring soy wax into travel tins (not the own check's jam-jar
candle talk in benchmarks/retrieval_candles.py, and none of its phrasings).

What is tested: a request for something the speaker says NOT to do ("the warning not to heat the jug directly on
the hob") finds the sentence that forbids it, not the one that says what to do with the same things;
"not" that only describes ("the wax that never sets") asks for no prohibition; a request naming a heading by
what it introduces ("heading that names the smelly stuff") is read as one, and the heading is chosen by what
its section goes on to say. WordLlama and MiniLM come from their wheels; nothing downloads.
"""

from __future__ import annotations

import pytest

from editor_app.index import ContextIndex
from editor_app.index.conventions import heading_topic, is_heading_request
from editor_app.index.prohibitions import asks_prohibition, prohibiting, says_prohibition
from editor_app.model.project import Project
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll

SCRIPT: list[tuple[str, float]] = [
    ("Hello, I'm Dev, and this afternoon I'm pouring soy wax into little travel tins.", 0.3),  # 0
    ("The tins were four pounds for a pack of twelve from the craft shop.", 0.6),  # 1
    ("Right, the melting.", 0.2),  # 2 a lead-in, joined to 3
    ("Heat the jug gently over a pan of water until the wax turns completely clear.", 0.3),  # 3
    ("Don't put the jug straight on the gas, the wax can scorch and go brown.", 0.6),  # 4
    ("Okay, the fragrance.", 0.2),  # 5 a lead-in, joined to 6
    ("Tip in the oil once the wax has cooled a little and stir slowly for two minutes.", 0.3),  # 6
    ("Never add the oil while the wax is still boiling hot, it just evaporates and you lose the smell.", 0.6),  # 7
    ("Now, the wicks.", 0.2),  # 8 a lead-in, joined to 9
    ("Centre a wick in each tin and hold it straight with a chopstick laid across the top.", 0.3),  # 9
    ("Pour in one steady go and fill each tin nearly to the rim.", 0.3),  # 10
    ("Then I move them to the windowsill so they cool down slowly.", 0.3),  # 11
    ("Avoid putting them in the fridge to speed things up, they crack and pull away from the sides.", 0.3),  # 12
    ("In the morning, trim each wick with nail clippers.", 0.3),  # 13
    ("I don't know why, but the lavender ones always come out smoothest.", 0.3),  # 14
    ("That's all for today, happy pouring.", 0.4),  # 15
]


def tins_project() -> tuple[Project, list[float]]:
    return talk_with_broll("soy tins", SCRIPT, ("t1", "DSC_0412.MP4", "/bench/DSC_0412.MP4"),
                           ("t2", "tin pour.mov", "/bench/tin pour.mov", 5, "melted wax poured into a small metal tin"))


@pytest.fixture(scope="module")
def tins(tmp_path_factory: pytest.TempPathFactory):
    project, starts = tins_project()
    index = indexed(tmp_path_factory.mktemp("tins"), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ("t1",))


@pytest.mark.parametrize("query, asks", [
    ("the bit telling you not to melt it over a naked flame", True),
    ("why the perfume shouldn't go in too early", True),
    ("the warning against chilling them", True),
    ("keep the tins away from the cold", True),
    ("never rush the setting", True),  # an instruction
    ("you should never leave them in a draught", True),
    ("the wax that never sets properly", False),  # "never" describing, not forbidding
    ("the tin that won't stay level", False),
    ("the smell is not strong enough", False),
    ("pouring the wax into the tins", False),
])
def test_a_request_for_what_not_to_do_is_read_as_one(query: str, asks: bool) -> None:
    assert asks_prohibition(query) is asks


@pytest.mark.parametrize("sentence, says", [
    ("Don't put the jug straight on the gas, the wax can scorch and go brown.", True),
    ("Never add the oil while the wax is still boiling hot.", True),
    ("Avoid putting them in the fridge to speed things up.", True),
    ("Screw the lid on, snug but not too tight.", True),
    ("Heat it gently, and never straight over the flame.", True),
    ("Keep the lids somewhere safe, because if one rolls under the cooker you'll never find it.", True),  # the outcome
    ("Stir it well, otherwise the scent sweats out.", True),
    ("I don't know why, but the lavender ones always come out smoothest.", False),  # no instruction
    ("If you don't, it tunnels.", False),
    ("Press it down so it doesn't float up.", False),
    ("Honestly, I never thought it would work.", False),
])
def test_a_sentence_that_forbids_something_is_told_apart(sentence: str, says: bool) -> None:
    assert says_prohibition(sentence) is says


def test_only_a_request_for_a_prohibition_marks_windows() -> None:
    windows = {"a": "Don't put the jug straight on the gas.", "b": "Heat the jug gently over a pan."}
    assert prohibiting("the warning about the gas", windows) == set()
    assert prohibiting("the bit telling you not to use the gas", windows) == {"a"}


@pytest.mark.parametrize("query, sentence", [
    ("the warning not to heat the jug directly on the hob", 4),  # not "Heat the jug gently over a pan"
    ("the warning against chilling them so they harden quicker", 12),  # not "move them to the windowsill"
    ("why you mustn't add the scent when it's too hot", 7),  # not "Tip in the oil once the wax has cooled"
])
def test_what_not_to_do_finds_the_sentence_that_forbids_it(tins, query: str, sentence: int) -> None:
    index, starts = tins
    assert first_start(index, query) == pytest.approx(starts[sentence], abs=0.05)


@pytest.mark.parametrize("query, heading", [
    ("heading that names the smelly stuff", True),
    ("heading introducing the string bit", True),
    ("heading announcing when the oil goes in", True),
    ("heading off to the craft shop", False),  # the verb
    ("heading to the windowsill", False),
    ("where the tins are heading next", False),
])
def test_a_heading_named_by_what_it_introduces_is_a_heading_request(query: str, heading: bool) -> None:
    assert is_heading_request(query) is heading


def test_the_heading_topic_drops_what_the_request_says_about_the_line() -> None:
    assert heading_topic("heading that names the smelly stuff") == "smelly stuff"


def test_a_heading_is_chosen_by_what_its_section_goes_on_to_say(tins) -> None:
    index, starts = tins
    assert first_start(index, "heading that names the smelly stuff") == pytest.approx(starts[5], abs=0.05)
