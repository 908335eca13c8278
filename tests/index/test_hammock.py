"""Round 11 retrieval mechanisms on an own talk: hanging a camping hammock between two trees (not the
frozen check's turntable talk in benchmarks/retrieval_turntable.py, and none of its phrasings).

What is tested: a request for the short line that opens a section ("the little title line for the
strap section") finds that lead-in, not a sentence about the same thing; "beginning to <verb>" is
something done, not the start of the talk; a request that names what a sentence does (my advice to
first-timers, my first impressions, my grumble, what I own up to, the kit list) finds the sentence
that does it; cents are money ("under a dollar apiece"). WordLlama and MiniLM come from their wheels; nothing
downloads.
"""

from __future__ import annotations


import pytest

from editor_app.index import ContextIndex
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll
from editor_app.index.amounts import amounts, same_amount
from editor_app.index.conventions import heading_topic, is_heading_request
from editor_app.index.speech_acts import named_acts
from editor_app.index.search import _POSITION
from editor_app.model.project import Project

SCRIPT: list[tuple[str, float]] = [
    ("Morning all, Ines here, and today I'm hanging my new hammock in the woods behind the campsite.", 0.3),  # 0
    ("Straight out of the bag, the fabric felt thinner than I expected, but it's really soft.", 0.3),  # 1
    ("You'll need two tree straps, two carabiners, the hammock itself and a small tarp.", 0.3),  # 2
    ("The carabiners were ninety cents each from the outdoor shop.", 0.6),  # 3
    ("Pick two healthy trees about four metres apart, nothing dead and nothing thinner than your thigh.", 0.6),  # 4
    ("Right, the straps.", 0.2),  # 5 a lead-in, joined to 6
    ("Wrap each tree strap around the trunk at head height and feed it back through its own loop.", 0.3),  # 6
    ("Wide straps spread the load so they don't strip the bark off the tree.", 0.6),  # 7
    ("Now, the knots.", 0.2),  # 8 a lead-in, joined to 9
    ("Clip the carabiner through the end loop and tie a marlin hitch if your straps have no buckle.", 0.3),  # 9
    ("Pull the hitch hard so it can't slip when you sit down.", 0.6),  # 10
    ("Okay, the sag.", 0.2),  # 11 a lead-in, joined to 12
    ("Let the hammock hang in a gentle curve, about thirty degrees at each end, never tight like a drum.", 0.3),  # 12
    ("A tight line pulls the sides in around you and it feels like a cocoon.", 0.6),  # 13
    ("Sit in the middle first, then swing your legs up and lie slightly diagonally so you lie flat.", 0.3),  # 14
    ("I'll be honest, the first time I forgot the tarp and woke up soaked at three in the morning.", 0.3),  # 15
    ("The worst thing is the midges, they bit my ankles all evening and drove me mad.", 0.3),  # 16
    ("If it's your first night out, don't splash out on a fancy hammock, a warm underquilt matters far more.", 0.4),  # 17
    ("See you next time, and happy camping.", 0.4),  # 18
]


def hammock_project() -> tuple[Project, list[float]]:
    return talk_with_broll('hammock hang', SCRIPT, ('h1', 'GX010231.MP4', '/woods/GX010231.MP4'), ('h2', 'strap wrap.mov', '/woods/strap.mov', 5, 'a strap being wrapped around a tree trunk'))


@pytest.fixture(scope="module")
def hammock(tmp_path_factory: pytest.TempPathFactory):
    project, starts = hammock_project()
    index = indexed(tmp_path_factory.mktemp('hammock'), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ('h1',))


@pytest.mark.parametrize("query, heading", [
    ("the little title line for the strap section", True),
    ("quick announcement of the knot stage", True),
    ("the one-line intro to the sag part", True),
    ("introducing the knots section", True),
    ("heading line before the hitch bit", True),
    ("heading off to the woods", False),  # the verb
    ("heading for the campsite", False),
    ("introducing the part that clips on", False),  # a component, not a section
    ("the strap section", False),  # no line asked for: the section's content
])
def test_a_request_for_a_section_heading_is_read_as_one(query: str, heading: bool) -> None:
    assert is_heading_request(query) is heading


def test_the_heading_topic_is_what_the_line_names() -> None:
    assert heading_topic("the little title line for the strap section") == "strap"
    assert heading_topic("quick announcement of the knot stage") == "knot"


@pytest.mark.parametrize("query, sentence", [
    ("the little title line for the strap section", 5),
    ("quick announcement of the knot stage", 8),
    ("the one-line intro to the sag part", 11),
])
def test_a_section_heading_is_found_by_what_it_names(hammock, query: str, sentence: int) -> None:
    index, starts = hammock
    assert first_start(index, query) == pytest.approx(starts[sentence], abs=0.05)


@pytest.mark.parametrize("query", ["beginning to wrap the trunk", "beginning with the strap", "from beginning to end"])
def test_beginning_to_do_something_is_no_position(query: str) -> None:
    assert not _POSITION["first"].search(query)


def test_beginning_to_do_something_finds_where_it_is_done(hammock) -> None:
    index, starts = hammock
    assert first_start(index, "beginning to wind the webbing round the tree") == pytest.approx(starts[6], abs=0.05)
    assert first_start(index, "the beginning, where she says hi") == pytest.approx(starts[0], abs=0.05)


@pytest.mark.parametrize("query, acts", [
    ("my recommendation for first-timers", ["advice"]),
    ("my first impressions when I unpacked it", ["impression"]),
    ("where I grumble about the insects", ["complaint"]),
    ("the bit where I own up to a mistake", ["confession"]),
    ("the kit list", []),  # "kit" alone is no list of what is needed
    ("everything you need for it", ["needs"]),
    ("straps, clips, the hammock and a sheet", ["needs"]),  # a request that is itself a list of things
    ("the recommended height", []),  # a value, not advice
    ("the tips of the straps", []),
    ("tying the knot", []),
])
def test_requests_that_name_what_a_sentence_does(query: str, acts: list[str]) -> None:
    assert named_acts(query) == acts


@pytest.mark.parametrize("query, sentence", [
    ("my recommendation for first-timers", 17),
    ("my first impressions when I unpacked it", 1),
    ("where I grumble about the insects", 16),
    ("the bit where I own up to a mistake", 15),
    ("straps, clips, the hammock and a sheet", 2),
])
def test_a_sentence_is_found_by_what_it_does(hammock, query: str, sentence: int) -> None:
    index, starts = hammock
    assert first_start(index, query) == pytest.approx(starts[sentence], abs=0.05)


def test_cents_are_money() -> None:
    assert same_amount(amounts("under a dollar apiece, ninety cents"), amounts("0.9 bucks"))
    assert same_amount(amounts("half a quid"), amounts("50p each"))
    assert not same_amount(amounts("at 3 p.m."), amounts("three pence"))


def test_an_amount_in_cents_finds_where_it_is_said(hammock) -> None:
    index, starts = hammock
    assert first_start(index, "what the clips cost, 0.90 dollars a piece") == pytest.approx(starts[3], abs=0.05)
