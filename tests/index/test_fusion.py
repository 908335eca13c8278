"""Ranking transcript windows by scaled fusion of the index's signals (fusion.fuse_transcripts).

A train trip up the Norwegian coast, asked about in other words than the talk's. Before the
fusion, a word shared by chance ("booked", "bring") put the wrong sentence first for two of
these; the MiniLM signal now counts by its spread within the query, not by its raw size.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from editor_app.index import ContextIndex
from editor_app.index.fusion import FUSION_FLOOR, fuse_transcripts
from editor_app.index.search import content_query, sentence_text
from editor_app.model.project import Clip, MediaAsset, Project, TranscriptSegment, Track

TRIP = [
    "Hi, I'm Ingrid, and this week I took the slow train up the coast of Norway from Trondheim to Bodø.",
    "The Nordland line takes about ten hours, so I booked a seat on the left side for the sea views.",
    "Um, the ticket was only forty euros because I bought it three months early.",
    "Right after we left the city the track hugged a fjord, with little red boathouses on the shore.",
    "Halfway up we crossed the Arctic Circle, and the conductor announced it over the speakers.",
    "There's a stone monument by the line, and everyone rushed to the window to photograph it.",
    "For lunch I had a brown cheese sandwich and a waffle from the café car.",
    "The café car also sells hot coffee, but it closes an hour before the last stop.",
    "In the afternoon it started to snow, and the mountains disappeared into the clouds.",
    "We stopped for twenty minutes in Mosjøen while a reindeer wandered off the track.",
    "My phone had no signal for most of the trip, so bring a book or download some films.",
    "We pulled into Bodø just after nine, and the sun was still up because it was June.",
    "If you do this trip, pack warm layers, even in summer the wind off the sea is freezing.",
    "Thanks for riding along with me, and tell me in the comments where I should go next.",
]


def trip_project() -> tuple[Project, list[TranscriptSegment]]:
    rows, t = [], 0.0
    for text in TRIP:
        seconds = round(0.35 * len(text.split()), 2)
        rows.append(TranscriptSegment(start=round(t, 2), end=round(t + seconds, 2), text=text))
        t += seconds + 0.5
    project = Project(name="nordland")
    project.media["n1"] = MediaAsset(id="n1", name="GOPR0412.MP4", path="/trip/GOPR0412.MP4", kind="video",
                                     duration=Fraction(int(t) + 1), has_audio=True, has_video=True,
                                     transcript=tuple(rows))
    project.media["n2"] = MediaAsset(id="n2", name="fjord_from_window.mp4", path="/trip/fjord_from_window.mp4",
                                     kind="video", duration=Fraction(8), has_video=True,
                                     description="the fjord seen through the carriage window")
    return project, rows


@pytest.fixture(scope="module")
def trip_index(tmp_path_factory: pytest.TempPathFactory):
    project, rows = trip_project()
    index = ContextIndex.open(tmp_path_factory.mktemp("trip"))
    index.sync(project, [])
    index.warm_sentences(wait=True)
    yield index, rows
    index.close()


@pytest.mark.parametrize("query, sentence", [
    ("how cheap the fare was thanks to booking ahead", 2),   # was: the "booked a seat" sentence
    ("what clothes to bring", 12),                           # was: "bring a book"
    ("picking a place to sit for the best scenery", 1),
    ("the moment we passed into the polar region", 4),
    ("what I ate on board", 6),
    ("an animal blocking the railway", 9),
    ("the part where I talk about having no mobile reception", 10),
])
def test_paraphrases_of_the_trip_find_their_sentence_first(trip_index, query: str, sentence: int) -> None:
    index, rows = trip_index
    hits = index.search(query, kind="transcript", k=3)
    assert hits and hits[0].media_id == "n1", query
    assert hits[0].start == rows[sentence].start, (query, [h.text[:50] for h in hits])


@pytest.mark.parametrize("query, sentence", [
    ("the intro", 0),
    ("how I sign off", -1),
    ("where I say who I am and which route I rode", 0),        # who is speaking: said at the start
    ("the opening, ending up on a slow train", 0),             # "ending up" is no ending
    ("asking people to subscribe", -1),                        # a call to subscribe closes a talk
    ("my advice at the very end", -1),
])
def test_position_requests_go_to_the_ends(trip_index, query: str, sentence: int) -> None:
    index, rows = trip_index
    hit = index.search(query, kind="transcript", k=1)[0]
    assert hit.start == rows[sentence].start, (query, hit.text[:50])


def test_mixed_search_keeps_the_shot_for_a_shot_request(trip_index) -> None:
    index, _ = trip_index
    hits = index.search("the fjord shot", k=3)
    assert hits[0].kind == "media" and hits[0].media_id == "n2", [(h.kind, h.text[:40]) for h in hits]


def _ranked(candidates, sentence_scores, ends=None):
    raw = [(1.0, "transcript", c[1]) for c in candidates]
    first = [(1.0, 0.1, "transcript", c[1]) for c in candidates]
    out = fuse_transcripts(raw, first, candidates, sentence_scores, ends or {}, "transcript")
    return [doc for _, _, doc in sorted(out, key=lambda t: -t[0])]


def test_a_signal_with_no_spread_does_not_decide() -> None:
    # MiniLM saw none of the needle (its window was cut at 256 tokens): cosines differ by 0.02,
    # under the floor, so the needle's clear lead in concepts wins.
    candidates = [("transcript", "needle", 0.30, 0.0, 0.33), ("transcript", "hay1", 0.32, 0.0, 0.01),
                  ("transcript", "hay2", 0.31, 0.0, 0.00)]
    sentences = {"needle": -0.01, "hay1": 0.01, "hay2": 0.005}
    assert _ranked(candidates, sentences)[0] == "needle"
    # the same cosines spread wide do decide (and the floor is what made the difference)
    wide = {"needle": 0.1, "hay1": 0.7, "hay2": 0.6}
    assert _ranked(candidates, wide)[0] == "hay1"
    assert FUSION_FLOOR["sentence"] > 0.02


def test_the_position_bonus_outweighs_a_better_match() -> None:
    # "the intro where I ...": the first window, a fair match, beats the best match elsewhere
    candidates = [("transcript", "first", 0.3, 0.0, 0.1), ("transcript", "best", 0.5, 0.0, 0.3),
                  ("transcript", "other", 0.1, 0.0, 0.0)]
    sentences = {"first": 0.5, "best": 0.8, "other": 0.1}
    assert _ranked(candidates, sentences)[0] == "best"
    assert _ranked(candidates, sentences, ends={"first": 0.3})[0] == "first"


@pytest.mark.parametrize("query, text", [
    ("the part where I talk about the reindeer", "the reindeer"),
    ("when I mention the café car", "the café car"),
    ("my tips on what to pack", "tips on what to pack"),
    ("where we cross the Arctic Circle", "cross the Arctic Circle"),
    ("I", "I"),  # nothing left: the request itself
])
def test_frame_words_are_dropped_before_the_sentence_encoder(query: str, text: str) -> None:
    assert sentence_text(query) == text


def test_the_recording_on_the_timeline_is_meant_over_a_take_in_the_bin(tmp_path: Path) -> None:
    # A retake of the intro sits in the bin; its one sentence is about the cheap ticket as well.
    project, rows = trip_project()
    project.media["n3"] = MediaAsset(
        id="n3", name="intro take 2.wav", path="/trip/intro take 2.wav", kind="audio", duration=Fraction(6),
        has_audio=True, transcript=(TranscriptSegment(start=0.2, end=5.0, text=(
            "Hey, Ingrid here, waiting on the platform in Trondheim, and the ticket was cheap.")),))
    fps = project.settings.fps
    project.tracks.append(Track(id="t1", kind="video", role="main", clips=[
        Clip(id="c1", media_id="n1", start=0, duration=int(rows[-1].end * fps))]))
    with ContextIndex.open(tmp_path) as index:
        index.sync(project, [])
        index.warm_sentences(wait=True)
        for query in ("the intro", "how little the ticket cost"):
            hit = index.search(query, kind="transcript", k=1)[0]
            assert hit.media_id == "n1", (query, hit.media_id, hit.text[:50])
        # with no clip on the timeline, the longest recording is the talk
        project.tracks.clear()
        index.sync(project, [])
        assert index.search("the intro", kind="transcript", k=1)[0].media_id == "n1"
        # asked for by its own words, the take in the bin is still found
        assert index.search("waiting on the platform", kind="transcript", k=1)[0].media_id == "n3"


@pytest.mark.parametrize("query", ["the snow at the end of the day", "ending up without a seat"])
def test_end_of_something_else_is_no_position(query: str) -> None:
    assert content_query(query) == query  # no position words were taken out


@pytest.mark.parametrize("query, rest", [
    ("my packing advice at the very end", "my packing advice"),
    ("where she says who she is", None),  # only a position: the first window
])
def test_positions_are_taken_out_of_the_topic(query: str, rest: str | None) -> None:
    assert content_query(query) == rest
