"""Round 9 retrieval mechanisms on an own talk: setting up snowboard bindings (not the frozen check's
waxing talk in benchmarks/retrieval_snowboard.py, and none of its phrasings).

What is tested: amounts said in other words ("a quarter of an hour" is "fifteen minutes", "52 cm" is
"fifty two centimetres", "5 bucks" is "five euros"), "the X part" as framing rather than a topic
word, and a stumble or the take said properly described as "my mistake", "I apologise", "the correct
attempt". WordLlama and MiniLM come from their wheels; nothing downloads.
"""

from __future__ import annotations


import pytest

from editor_app.index import ContextIndex
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll
from editor_app.index.amounts import amounts, same_amount
from editor_app.index.search import _GOOD_TAKE, _RETAKE, sentence_text
from editor_app.model.project import Project

SCRIPT: list[tuple[str, float]] = [
    ("Hi, Lena here, and today I'm setting up the bindings on my brand new snowboard.", 0.3),  # 0
    ("The best part of a new board is honestly the smell of the factory wax.", 0.6),  # 1
    ("You need a number three Phillips screwdriver and about fifteen minutes.", 0.3),  # 2
    ("First I pick my stance width, which for me is fifty two centimetres between the discs.", 0.3),  # 3
    ("Then I set the front binding to fifteen degrees and the back one to zero.", 0.3),  # 4
    ("Screw the discs down in a star pattern so they sit flat, but don't fully tighten them yet.", 0.6),  # 5
    ("Now the back binding gets the same treatment, oh no, that's the front one, let me say that again.", 0.3),  # 6
    ("Now the back binding gets the same treatment, four screws in a star pattern.", 0.6),  # 7
    ("Adjust the straps so the buckle sits right in the middle of your boot.", 0.3),  # 8
    ("Then tighten every screw properly, a loose one can cost you a whole day, and a spare screw at the shop is five euros.", 0.3),  # 9
    ("Check both highbacks lean the same way, and that's it, go ride.", 0.4),  # 10
    ("My old stance was sixty centimetres wide, which felt awful on the first day.", 0.3),  # 11
    ("I spend another ten minutes checking the edges after, but that's for another video.", 0.3),  # 12
    ("The board was four hundred euros, so I'm not rushing any of this.", 0.3),  # 13
]


def bindings_project() -> tuple[Project, list[float]]:
    return talk_with_broll('binding setup', SCRIPT, ('s1', 'GOPR4410.MP4', '/board/GOPR4410.MP4'), ('s2', 'screwdriver closeup.mov', '/board/sd.mov', 5, 'a screwdriver turning a binding screw on a snowboard'))


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory):
    project, starts = bindings_project()
    index = indexed(tmp_path_factory.mktemp('board'), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ('s1',))


@pytest.mark.parametrize("said, heard, same", [
    ("a quarter of an hour", "about fifteen minutes", True),
    ("52 cm", "fifty two centimetres", True),
    ("5 bucks", "five euros", True),
    ("four weeks", "about a month", True),
    ("three quarters of a minute", "almost forty five seconds", True),
    ("three dozen", "thirty six shots", True),
    ("what angle, 15", "fifteen degrees", True),  # a bare number meets an amount with the same number
    ("an hour and a half", "ninety minutes", True),
    ("ten minutes", "ten degrees", False),  # another kind of amount
    ("twenty minutes", "fifteen minutes", False),
    ("one screw", "one board", False),  # "one" and "two" are in every other sentence: no count under 3
    ("step four", "four screws", False),  # a numbered step is conventions._steps', not an amount
])
def test_amounts_said_in_other_words(said: str, heard: str, same: bool) -> None:
    assert same_amount(amounts(said), amounts(heard)) is same


def test_an_amount_finds_the_sentence_that_says_it_in_its_own_words(board) -> None:
    index, starts = board
    # sentences 12 ("another ten minutes") and 13 ("four hundred euros") say other amounts of the same
    # kind; without reading the amounts these go to them
    assert first_start(index, "where it's a quarter of an hour") == starts[2]
    assert first_start(index, "the 15 mins") == starts[2]
    assert first_start(index, "the bit about 5 bucks") == starts[9]
    assert first_start(index, "the 400 quid thing") == starts[13]
    assert first_start(index, "my feet 52 cm apart") == starts[3]


def test_the_x_part_is_framing(board) -> None:
    index, starts = board
    assert sentence_text("the strap adjusting part") == "the strap adjusting"
    assert sentence_text("the tricky bit, where it sticks") == "the tricky, it sticks"
    assert sentence_text("if a part falls off") == "if a part falls off"  # a noun stays
    assert sentence_text("a bit of wax") == "a bit of wax"
    # "part" would pull MiniLM to "The best part of a new board ..."
    assert first_start(index, "the buckle adjusting part") == starts[8]


def test_a_stumble_and_the_take_said_properly_in_other_words(board) -> None:
    index, starts = board
    assert _RETAKE.search("where I apologise and go again") and _RETAKE.search("my little mistake with the screws")
    assert not _RETAKE.search("the mistake beginners make with the angles")  # a topic, not a stumble
    assert _GOOD_TAKE.search("the correct attempt at the back binding")
    assert first_start(index, "my mistake with which binding it was") == starts[6]
    assert first_start(index, "where I apologise and go again") == starts[6]
    assert first_start(index, "the correct attempt at the back binding") == starts[7]
