"""Bad input: empty and huge transcripts, undecodable text, huge and empty queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.index import ContextIndex, search_context
from editor_app.index.documents import transcript_windows
from editor_app.model.project import MediaAsset, Project

from .conftest import segments

WORDS = ("river bridge coffee market window garden letter camera bottle forest ticket mirror "
         "candle guitar lantern pepper violin basket castle harbor").split()


def _project(*assets: MediaAsset) -> Project:
    project = Project(name="bad")
    for asset in assets:
        project.media[asset.id] = asset
    return project


def _asset(media_id: str, rows) -> MediaAsset:
    return MediaAsset(id=media_id, name=f"{media_id}.mp4", path=f"/x/{media_id}.mp4", kind="video",
                      transcript=segments(rows))


def test_empty_transcript_and_blank_segments(index_dir: Path) -> None:
    project = _project(_asset("m1", []), _asset("m2", [(0, 1, ""), (1, 2, "   ")]))
    with ContextIndex.open(index_dir) as index:
        stats = index.sync(project, [])
        assert stats["transcript"]["total"] == 0 and stats["media"]["total"] == 2
        assert index.search("anything at all", kind="transcript") == []
        assert [h.media_id for h in index.search("m1", kind="media", k=2)]


def test_ten_megabyte_transcript_indexes_in_seconds(index_dir: Path) -> None:
    rows, total, t = [], 0, 0.0
    i = 0
    while total < 10_000_000:
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)]
        text = f"Line {i}: the " + " ".join(words) + f" number {i}."
        rows.append((t, t + 3.0, text))
        total += len(text)
        t += 3.0
        i += 1
    rows.append((t, t + 3.0, "And this is where the purple elephant danced on the rooftop."))
    project = _project(_asset("m1", rows))
    with ContextIndex.open(index_dir) as index:  # speed is benchmarks/index_bench.py's, not a test's
        stats = index.sync(project, [])
        assert 1000 < stats["transcript"]["total"] <= 4500  # windows grow rather than explode
        hits = index.search("purple elephant on the roof", kind="transcript", k=1)
        assert hits and "elephant" in hits[0].text and hits[0].end >= t


def test_non_utf8_and_control_characters(index_dir: Path) -> None:
    raw = b"We sat in a caf\xe9 by the b\xeach \xff\xfe and watched a boat go by.".decode(
        "utf-8", "surrogateescape")
    rows = [(0, 2, raw), (2, 4, "A tab\there, a \x00nul and \x1b[31mansi\x1b[0m colours in the subtitle file."),
            (4, 6, "An emoji \U0001F30A wave and a lone \ud800 surrogate, down by the harbor.")]
    asset = _asset("m1", rows).model_copy(update={"description": "latin-1 \xe9t\xe9 on the coast \ud83c"})
    with ContextIndex.open(index_dir) as index:
        index.sync(_project(asset), [])
        hits = index.search("harbor", kind="transcript", k=1)
        assert hits and hits[0].start == 4
        assert "\x00" not in hits[0].text
        for hit in index.search("boat caf\udce9", k=5):
            hit.text.encode("utf-8")  # everything stored is valid UTF-8


def test_huge_and_empty_queries(demo_index: ContextIndex) -> None:
    query = ("tell me about the beach and the sea " * 300)[:10_000]
    hits = demo_index.search(query, k=3)
    assert hits[0].start == 10.0
    with pytest.raises(ValueError, match="empty query"):
        demo_index.search("   ")
    with pytest.raises(ValueError, match="unknown kind"):
        demo_index.search("beach", kind="photos")
    with pytest.raises(ValueError, match="time range"):
        demo_index.search("beach", time_range=(10, 5))
    assert len(search_context(demo_index, "beach", k=500)) <= 20
    assert demo_index.search("zzzqqq xylophone", kind="transcript", k=3) is not None


def test_windows_merge_short_lines_and_overlap() -> None:
    rows = [(0, 1, "so we"), (1, 2, "went down"), (2, 3, "to the old"), (3, 4, "harbor at dawn."),
            (4, 5, "It was cold."), (5, 9, "The fishermen were already back with their boats and nets.")]
    windows = transcript_windows(segments(rows))
    assert windows[0][:2] == (0.0, 4.0) and windows[0][2].startswith("so we went down")
    # one line shared between the first two windows
    assert windows[1][0] == 3.0
    assert windows[-1][1] == 9.0
