"""The semantic default (WordLlama from its wheel): offline, reopens through Chroma's config,
rebuilds an index made by another embedding, and finds paraphrases the hashed fallback misses."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding, default_embedding
from editor_app.index.manifest import read_manifest
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

TALK = [
    (0.0, 3.8, "Today I am going to show you how to make fluffy pancakes for breakfast."),
    (5.9, 10.4, "First, mix the flour, the sugar and a pinch of salt in a large bowl."),
    (12.0, 16.8, "Then whisk two eggs with warm milk and melted butter, and pour it into the flour."),
    (19.4, 24.1, "Heat a pan, add a spoon of batter, and flip each pancake when bubbles appear."),
    (25.4, 29.8, "Serve them with maple syrup and fresh blueberries. Enjoy your breakfast!"),
]


def project() -> Project:
    p = Project(name="pancakes")
    p.media["m1"] = MediaAsset(id="m1", name="take3.mp4", path="/p/take3.mp4", kind="video", duration=Fraction(30),
                               has_audio=True, has_video=True,
                               transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in TALK))
    p.media["m2"] = MediaAsset(id="m2", name="DJI_0032.mp4", path="/p/dji.mp4", kind="video", duration=Fraction(6),
                               has_video=True, description="Drone shot over the farmers market")
    return p


def test_default_is_semantic_and_needs_no_download() -> None:
    embedding = default_embedding()
    assert isinstance(embedding, WordLlamaEmbedding) and embedding.dimension == 256
    rebuilt = WordLlamaEmbedding.build_from_config(embedding.get_config())
    a, b = rebuilt(["a drone shot"])[0], embedding(["a drone shot"])[0]
    assert abs(float((a * b).sum()) - 1.0) < 1e-5


def test_paraphrases_sharing_no_word_find_their_sentence(tmp_path: Path) -> None:
    with ContextIndex.open(tmp_path / "p", embedding=WordLlamaEmbedding()) as index:
        index.sync(project(), [])
        for query, start in [("cooking them in the skillet", 19.4), ("beating the eggs", 12.0),
                             ("the intro", 0.0), ("how I wrap up", 25.4)]:
            hits = index.search(query, kind="transcript", k=1)
            assert hits and hits[0].start == start, (query, [(h.start, h.score) for h in hits])
        assert index.search("the aerial footage of the market", k=1)[0].media_id == "m2"


def test_an_index_built_by_another_embedding_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with ContextIndex.open(folder, embedding=HashedEmbedding()) as index:
        index.sync(project(), [])
    assert read_manifest(folder / "index")["embedding"]["name"] == "editor_app_hashed_v1"
    with ContextIndex.open(folder, embedding=WordLlamaEmbedding()) as index:
        assert index.rebuilt and "embedding changed" in index.rebuilt
        index.sync(project(), [])
        assert index.count("transcript") == 5
    manifest = read_manifest(folder / "index")
    assert manifest["embedding"]["name"] == "editor_app_wordllama_v2" and not manifest["dirty"]
    with ContextIndex.open(folder, embedding=WordLlamaEmbedding()) as index:  # same embedding: trusted
        assert index.rebuilt is None and index.count("transcript") == 5
