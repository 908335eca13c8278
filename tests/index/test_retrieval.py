"""Retrieval quality on the demo project: paraphrases, journal questions, filters."""

from __future__ import annotations

import pytest

from editor_app.index import ContextIndex, search_context


@pytest.mark.parametrize(
    "query, start",
    [
        ("the part where I talk about the beach", 10.0),
        ("our seaside trip", 10.0),
        ("when we ate", 20.5),
        ("the hike", 31.5),
        ("the intro", 0.0),
        ("the ending", 51.2),
        ("when the train was delayed", 42.2),
        ("dinner at the restaurant", 20.5),
        ("climbing in the alps", 31.5),
    ],
)
def test_paraphrase_finds_the_right_segment_first(demo_index: ContextIndex, query: str, start: float) -> None:
    hits = demo_index.search(query, kind="transcript", k=3)
    assert hits, query
    assert hits[0].start == start, [(h.start, h.score, h.text[:40]) for h in hits]
    assert hits[0].media_id == "m1" and hits[0].end > hits[0].start


def test_unfiltered_beach_query_puts_the_beach_segment_first(demo_index: ContextIndex) -> None:
    hits = demo_index.search("the part where I talk about the beach", k=5)
    assert hits[0].kind == "transcript" and (hits[0].start, hits[0].end) == (10.0, 19.0)
    # the beach b-roll is found too
    assert any(h.kind == "media" and h.media_id == "m2" for h in hits)


def test_media_descriptions_are_searchable(demo_index: ContextIndex) -> None:
    assert demo_index.search("footage of the coast", kind="media", k=1)[0].media_id == "m2"
    assert demo_index.search("a meal", kind="media", k=1)[0].media_id == "m3"
    assert demo_index.search("mountain hiking shot", kind="media", k=1)[0].media_id == "m4"
    assert demo_index.search("the song", kind="media", k=1)[0].media_id == "m5"


def test_filters_by_media_and_time_range(demo_index: ContextIndex) -> None:
    hits = demo_index.search("beach", kind="transcript", time_range=(25.0, 45.0), k=5)
    assert hits and all(h.end >= 25.0 and h.start <= 45.0 for h in hits)
    assert all(h.start != 10.0 for h in hits)
    assert demo_index.search("beach", media_id="m3", k=5)[0].media_id == "m3"
    assert all(h.media_id == "m3" for h in demo_index.search("beach", media_id="m3", k=5))


def test_search_context_returns_time_coded_quotes(demo_index: ContextIndex) -> None:
    results = search_context(demo_index, "the hike", kind="transcript", k=2)
    top = results[0]
    assert top["start"] == 31.5 and top["end"] == 41.0 and top["media_id"] == "m1"
    assert top["media_name"] == "vlog.mp4" and "glacier" in top["quote"]
    assert top["time_base"].startswith("source")
    assert len(results) == 2


def test_journal_questions_find_the_edit(edited_session, tmp_path) -> None:
    index = ContextIndex.open(edited_session.path)
    try:
        index.sync(edited_session.project, edited_session.journal_records())
        intro = index.search("what did we do to the intro?", kind="edits", k=3)
        assert intro[0].turn_id == "2" and intro[0].author == "agent:effects", [h.text for h in intro]
        assert "fade" in intro[0].text.lower() and intro[0].batch_id
        music = index.search("redo what you did to the music", kind="edits", k=3)
        assert music[0].turn_id == "3", [h.text for h in music]
        clip = index.search("the intro clip", kind="clips", k=1)[0]
        assert clip.clip_id and clip.start == 0.0
        # transcript hits say where the speech plays on the timeline
        beach = search_context(index, "the beach", kind="transcript", k=1)[0]
        assert beach["start"] == 10.0 and "on_timeline" not in beach  # the intro clip ends at 8.5 s
        hello = search_context(index, "welcome to the channel", kind="transcript", k=1)[0]
        assert hello["on_timeline"][0]["start"] == 0.0
    finally:
        index.close()
