"""Where in a talk vs what: position words ("intro", "wrapping up") pick the first/last window,
and the rest of the request picks which recording; a request about the position alone picks the
longest recording. Own project (a garden tour and a short bike memo), WordLlama from its wheel."""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.index import ContextIndex, WordLlamaEmbedding
from editor_app.index.search import content_query
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

GARDEN = [
    (0.0, 4.0, "Hello and welcome to my allotment, where I grow vegetables all year round."),
    (5.0, 9.0, "These tomato plants need a lot of water and a sunny spot by the fence."),
    (10.0, 14.0, "Over here the strawberries are finally ripe, so we can pick a few for dessert."),
    (15.0, 19.0, "That is all for this week, thanks for watching and see you next time."),
]
BIKE = [
    (0.0, 3.0, "Quick memo about my new bicycle and its gears."),
    (3.5, 6.0, "The brakes squeak a little when it rains."),
]


def _media(media_id: str, name: str, rows, duration: int) -> MediaAsset:
    return MediaAsset(id=media_id, name=name, path=f"/x/{name}", kind="video", duration=Fraction(duration),
                      has_audio=True, has_video=True,
                      transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in rows))


@pytest.fixture
def index(tmp_path):
    project = Project(name="garden")
    project.media["g"] = _media("g", "allotment_tour.mp4", GARDEN, 20)
    project.media["b"] = _media("b", "bike_memo.mp4", BIKE, 7)
    idx = ContextIndex.open(tmp_path / "idx", embedding=WordLlamaEmbedding())
    idx.sync(project, [])
    yield idx
    idx.close()


def test_content_query_drops_only_the_position_words() -> None:
    assert content_query("the intro where I describe my bicycle") == "the where I describe my bicycle"
    assert content_query("what this video is about") is None
    assert content_query("how I wrap up") is None
    assert content_query("the tomatoes") == "the tomatoes"  # no position: unchanged


def test_position_alone_goes_to_the_longest_recording(index: ContextIndex) -> None:
    for query in ("what this video is about", "the intro", "the opening bit"):
        hit = index.search(query, kind="transcript", k=1)[0]
        assert (hit.media_id, hit.start) == ("g", 0.0), query
    hit = index.search("how I wrap up", kind="transcript", k=1)[0]
    assert (hit.media_id, hit.start) == ("g", 15.0)


def test_the_rest_of_the_request_picks_the_recording(index: ContextIndex) -> None:
    hit = index.search("the intro where I present my bike", kind="transcript", k=1)[0]
    assert (hit.media_id, hit.start) == ("b", 0.0)
    hit = index.search("the ending of the cycling memo about braking", kind="transcript", k=1)[0]
    assert (hit.media_id, hit.start) == ("b", 3.5)


def test_position_words_still_count_for_edits_and_media(index: ContextIndex) -> None:
    # the stripped query is only for transcripts: media hits still see the whole request
    hits = index.search("the intro of the allotment tour", kind="media", k=1)
    assert hits[0].media_id == "g"
