"""Round 10 retrieval mechanisms on an own talk: swapping a radiator's thermostatic valve head (not
the frozen check's bleeding talk in benchmarks/retrieval_radiator.py, and none of its phrasings).

What is tested: "opening" as a hole or a gap is no place in the talk ("tape round the opening" is
not the intro), while "the opening remarks" still are. WordLlama and MiniLM come from their
wheels; nothing downloads.
"""

from __future__ import annotations


import pytest

from editor_app.index import ContextIndex
from tests.index.own_talk_index import first_start as talk_first_start, indexed, talk_with_broll
from editor_app.index.search import _POSITION, content_query
from editor_app.model.project import Project

SCRIPT: list[tuple[str, float]] = [
    ("Hello, Tariq here, and this morning I'm swapping the thermostatic head on my bedroom radiator.", 0.3),  # 0
    ("The old head is stuck on number two and the room is always freezing.", 0.6),  # 1
    ("You need an adjustable spanner, a dry cloth and the new head, which cost me eighteen pounds.", 0.3),  # 2
    ("Unscrew the collar by hand, and if it's tight, give it a gentle twist with the spanner.", 0.3),  # 3
    ("Underneath there's a little metal pin that the head pushes on.", 0.3),  # 4
    ("Wipe the pin with the cloth and press it a few times so it moves freely.", 0.6),  # 5
    ("Wrap a turn of white tape round the thread so the new collar seals.", 0.3),  # 6
    ("Set the new head to five before you fit it, then screw it down hand tight.", 0.3),  # 7
    ("Turn it back to three once it's on, and the room should warm up within the hour.", 0.4),  # 8
    ("That's it for today, thanks for watching.", 0.4),  # 9
]


def valve_project() -> tuple[Project, list[float]]:
    return talk_with_broll('valve head swap', SCRIPT, ('v1', 'DJI_0092.MP4', '/rad/DJI_0092.MP4'), ('v2', 'trv closeup.mov', '/rad/trv.mov', 5, 'a hand turning the dial of a radiator valve'))


@pytest.fixture(scope="module")
def valve(tmp_path_factory: pytest.TempPathFactory):
    project, starts = valve_project()
    index = indexed(tmp_path_factory.mktemp('valve'), project)
    yield index, starts
    index.close()


def first_start(index: ContextIndex, query: str) -> float:
    return talk_first_start(index, query, ('v1',))


@pytest.mark.parametrize("query, position", [
    ("the opening remarks", True),
    ("opening greeting with his name", True),
    ("the opening, where he says hello", True),
    ("in the opening of the video", True),
    ("wrapping tape round the opening so it seals", False),  # the thread's opening: a thing
    ("cleaning the opening under the collar", False),
    ("the valve's narrow opening because the pin sits there", False),
    ("an opening in the valve body", False),
    ("opening the valve", False),  # a verb with its object
])
def test_opening_is_a_place_in_the_talk_only_as_one(query: str, position: bool) -> None:
    assert bool(_POSITION["first"].search(query)) is position
    if not position:
        assert content_query(query) == query  # nothing is taken away as a position word


def test_a_hole_called_an_opening_finds_what_is_done_to_it(valve) -> None:
    index, starts = valve
    # with "opening" read as the intro, the first window's position bonus won these
    assert first_start(index, "wrapping tape round the opening so it seals") == starts[6]
    assert first_start(index, "wiping the opening over with a rag") == starts[5]
    assert first_start(index, "the opening remarks") == starts[0]
