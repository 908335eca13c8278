"""Persistence, incremental sync, crash safety and rebuilds, on real Chroma on disk."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from editor_app.index import ContextIndex, HashedEmbedding
from editor_app.index.manifest import MANIFEST_NAME
from editor_app.model.project import Project

from .conftest import CountingEmbedding, segments


def _top(index: ContextIndex, query: str) -> list[tuple[str, float]]:
    return [(h.id, h.score) for h in index.search(query, k=3)]


def test_reopen_keeps_results_without_reembedding(index_dir: Path, demo_project: Project) -> None:
    first = CountingEmbedding()
    index = ContextIndex.open(index_dir, embedding=first)
    stats = index.sync(demo_project, [])
    assert stats["embedded"] == first.texts_embedded == 11  # 6 windows + 5 media
    before = {q: _top(index, q) for q in ("the beach", "when we ate", "the song")}
    index.close()

    second = CountingEmbedding()
    reopened = ContextIndex.open(index_dir, embedding=second)
    assert reopened.rebuilt is None
    assert reopened.count() == 11
    after = {q: _top(reopened, q) for q in before}
    assert after == before
    assert second.texts_embedded == 3  # the three queries, no documents
    stats = reopened.sync(demo_project, [])
    assert stats["embedded"] == 0 and second.texts_embedded == 3
    reopened.close()


def test_sync_reindexes_only_what_changed(demo_index: ContextIndex, demo_project: Project, embedding) -> None:
    before = embedding.texts_embedded
    media = demo_project.media["m3"]
    demo_project.media["m3"] = media.model_copy(update={"description": "A bowl of ramen in Tokyo"})
    del demo_project.media["m4"]
    stats = demo_index.sync(demo_project, [])
    assert stats["media"] == {"upserted": 1, "deleted": 1, "unchanged": 3, "total": 4}
    assert stats["transcript"]["upserted"] == 0
    assert embedding.texts_embedded - before == 1
    assert demo_index.search("noodles ramen", kind="media", k=1)[0].media_id == "m3"
    assert all(h.media_id != "m4" for h in demo_index.search("mountains trail hikers", kind="media", k=5))


def test_transcript_edit_replaces_its_windows(demo_index: ContextIndex, demo_project: Project) -> None:
    vlog = demo_project.media["m1"]
    rows = [(0.0, 5.0, "We bought a tiny red kayak and paddled across the fjord.")]
    demo_project.media["m1"] = vlog.model_copy(update={"transcript": segments(rows)})
    stats = demo_index.sync(demo_project, [])
    assert stats["transcript"]["deleted"] == 6 and stats["transcript"]["upserted"] == 1
    assert demo_index.count("transcript") == 1
    assert demo_index.search("kayak", kind="transcript", k=1)[0].start == 0.0


def test_corrupt_sqlite_is_rebuilt(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir)
    index.sync(demo_project, [])
    index.close()
    db = index_dir / "index" / "chroma.sqlite3"
    size = db.stat().st_size
    with db.open("r+b") as handle:  # truncate mid-file, then garbage
        handle.truncate(size // 3)
        handle.seek(100)
        handle.write(b"\x00garbage" * 64)
    (index_dir / "index" / "junk.bin").write_bytes(b"\xff" * 1000)
    reopened = ContextIndex.open(index_dir)
    assert reopened.rebuilt and "unreadable" in reopened.rebuilt
    assert not (index_dir / "index" / "junk.bin").exists()
    assert reopened.count() == 0
    reopened.sync(demo_project, [])
    assert reopened.search("our seaside trip", kind="transcript", k=1)[0].start == 10.0
    reopened.close()


def test_garbage_sqlite_and_deleted_folder_are_rebuilt(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir)
    index.sync(demo_project, [])
    index.close()
    (index_dir / "index" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    reopened = ContextIndex.open(index_dir)
    assert reopened.rebuilt
    reopened.sync(demo_project, [])
    reopened.close()
    import shutil

    shutil.rmtree(index_dir / "index")
    again = ContextIndex.open(index_dir)
    assert again.rebuilt and "manifest" in again.rebuilt
    again.sync(demo_project, [])
    assert again.search("the hike", k=1)[0].start == 31.5
    again.close()


def test_unfinished_sync_triggers_rebuild(index_dir: Path, demo_project: Project) -> None:
    class Failing(HashedEmbedding):
        def __call__(self, input):  # noqa: A002
            if len(input) > 1:
                raise RuntimeError("power cut")
            return super().__call__(input)

    index = ContextIndex.open(index_dir, embedding=Failing())
    with pytest.raises(RuntimeError):
        index.sync(demo_project, [])
    index.close()
    manifest = json.loads((index_dir / "index" / MANIFEST_NAME).read_text())
    assert manifest["dirty"] is True
    reopened = ContextIndex.open(index_dir)
    assert reopened.rebuilt and "did not finish" in reopened.rebuilt
    reopened.sync(demo_project, [])
    assert reopened.count() == 11
    reopened.close()


def test_manifest_count_mismatch_triggers_rebuild(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir)
    index.sync(demo_project, [])
    index.close()
    path = index_dir / "index" / MANIFEST_NAME
    manifest = json.loads(path.read_text())
    manifest["collections"]["transcript"]["tr:m1:999-1000"] = "0"
    path.write_text(json.dumps(manifest))
    reopened = ContextIndex.open(index_dir)
    assert reopened.rebuilt and "manifest" in reopened.rebuilt
    reopened.close()


def test_embedding_change_triggers_rebuild(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir, embedding=HashedEmbedding(dim=768))
    index.sync(demo_project, [])
    index.close()
    other = CountingEmbedding(dim=512)
    reopened = ContextIndex.open(index_dir, embedding=other)
    assert reopened.rebuilt and "embedding changed" in reopened.rebuilt
    assert reopened.count() == 0
    reopened.sync(demo_project, [])
    assert other.texts_embedded == 11
    manifest = json.loads((index_dir / "index" / MANIFEST_NAME).read_text())
    assert manifest["embedding"] == {"name": "editor_app_hashed_v1",
                                     "config": {"dim": 512, "ngram_sizes": [3, 4]}, "dimension": 512}
    assert reopened.search("the beach", kind="transcript", k=1)[0].start == 10.0
    reopened.close()


def test_async_wrappers_run_off_the_loop(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir)

    async def main():
        stats = await index.sync_async(demo_project, [])
        hits = await index.search_async("when we ate", kind="transcript", k=1)
        return stats, hits

    stats, hits = asyncio.run(main())
    assert stats["embedded"] == 11 and hits[0].start == 20.5
    index.close()
    with pytest.raises(RuntimeError, match="closed"):
        index.search("beach")


def test_rebuild_reports_progress(index_dir: Path, demo_project: Project) -> None:
    index = ContextIndex.open(index_dir)
    index.sync(demo_project, [])
    seen: list[tuple[int, int]] = []
    stats = index.rebuild(demo_project, [], progress=lambda done, total: seen.append((done, total)))
    assert stats["rebuilt"] and stats["embedded"] == 11
    assert seen and seen[-1] == (11, 11)
    index.close()
