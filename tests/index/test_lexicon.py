"""Word knowledge (editor_app/index/lexicon.py): the WordNet-derived file ships in the package,
links words that share no letters (a jeep is a vehicle, a sausage is meat), ranks passages
by it through the real index, and degrades to plain words when the file is missing."""

from __future__ import annotations

import gzip
from fractions import Fraction
from pathlib import Path

import pytest

from editor_app.index import ContextIndex, HashedEmbedding
from editor_app.index import lexicon
from editor_app.index.manifest import read_manifest
from editor_app.index.store import DOC_KEY
from editor_app.model.project import MediaAsset, Project, TranscriptSegment

CAMPING = [
    (0.0, 4.0, "We pitched the tent next to a quiet lake and unpacked the sleeping bags."),
    (5.0, 9.5, "Then I grilled some sausages over the fire and added a lot of garlic."),
    (10.0, 14.0, "Later my brother drove the jeep back to the village to buy fuel."),
    (15.0, 19.0, "Before sunrise a heron was standing in the reeds by the water."),
]


def camping() -> Project:
    p = Project(name="camping")
    p.media["m1"] = MediaAsset(id="m1", name="trip_day2.mov", path="/c/day2.mov", kind="video",
                               duration=Fraction(20), has_audio=True, has_video=True,
                               transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in CAMPING))
    return p


def shares_sense(a: str, b: str) -> bool:
    left = {k for k, _ in lexicon.word_concepts(a) if k.startswith("s:")}
    right = {k for k, _ in lexicon.word_concepts(b) if k.startswith("s:")}
    return bool(left & right)


def test_the_packaged_lexicon_loads_with_senses_and_inflections() -> None:
    lex = lexicon.load_lexicon()
    assert lex is not None and len(lex) > 50_000
    assert ("fry", "v") in lex.lemmas("frying")
    assert ("sausage", "n") in lex.lemmas("sausages")
    assert ("drive", "v") in lex.lemmas("drove")  # WordNet's exception list
    assert lex.senses("jeep", "n") and not lex.senses("qwzx", "n")


@pytest.mark.parametrize("word, broader", [("jeep", "car"), ("sausage", "meat"), ("skillet", "pan"),
                                           ("heron", "wader"), ("tent", "shelter")])
def test_a_word_meets_its_broader_word(word: str, broader: str) -> None:
    assert shares_sense(word, broader)


def test_unrelated_words_share_no_sense() -> None:
    assert not shares_sense("jeep", "garlic")
    assert not shares_sense("heron", "tent")


def test_senses_many_words_reach_weigh_less_than_specific_ones() -> None:
    # "person" is a hypernym (one or two levels up) of thousands of nouns; "seasoning" of dozens
    lex = lexicon.load_lexicon()
    person = lex.senses("person", "n")[0]
    seasoning = lex.senses("seasoning", "n")[0]
    assert lex.specificity(person) < lex.specificity(seasoning)


def test_concept_scores_rank_by_meaning() -> None:
    texts = {f"w{i}": text for i, (_, _, text) in enumerate(CAMPING)}
    for query, best in (("the vehicle", "w2"), ("the meat we cooked", "w1"), ("our shelter for the night", "w0")):
        scores = lexicon.concept_scores(query, texts)
        assert max(scores, key=scores.get) == best, (query, scores)


@pytest.mark.parametrize("query, start", [("the part where I talk about the vehicle", 10.0),
                                          ("the meat on the barbecue", 5.0),
                                          ("the bit about the car", 10.0),
                                          ("where I talk about the seasoning", 5.0)])
def test_the_index_finds_a_passage_that_shares_no_word_with_the_query(tmp_path: Path, query: str,
                                                                      start: float) -> None:
    # the hashed embedding knows none of these links: word knowledge has to carry them
    with ContextIndex.open(tmp_path, embedding=HashedEmbedding()) as index:
        index.sync(camping(), [])
        hits = index.search(query, kind="transcript", k=1)
    assert hits and hits[0].start == start


def test_without_the_lexicon_file_concepts_are_the_words(tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "wordnet.tsv.gz"
    broken.write_bytes(b"not gzip")
    monkeypatch.setattr(lexicon, "DATA", broken)
    lexicon.load_lexicon.cache_clear()
    lexicon.word_concepts.cache_clear()
    lexicon.concepts.cache_clear()
    try:
        assert lexicon.load_lexicon() is None
        assert dict(lexicon.word_concepts("jeep")) == {"w:jeep": 1.0}
        with ContextIndex.open(tmp_path / "p", embedding=HashedEmbedding()) as index:
            index.sync(camping(), [])
            assert index.search("the jeep", kind="transcript", k=1)[0].start == 10.0
    finally:
        lexicon.load_lexicon.cache_clear()
        lexicon.word_concepts.cache_clear()
        lexicon.concepts.cache_clear()


def test_the_lexicon_file_carries_wordnets_licence() -> None:
    head = gzip.open(lexicon.DATA, "rt", encoding="utf-8").readline()
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in head
    assert "Permission to use, copy, modify and distribute" in (lexicon.DATA.parent / "WORDNET_LICENSE").read_text()


def test_chroma_stores_one_json_metadata_key_per_document(tmp_path: Path) -> None:
    with ContextIndex.open(tmp_path, embedding=HashedEmbedding()) as index:
        index.sync(camping(), [])
        stored = index._collections["transcript"].get(include=["metadatas"])["metadatas"]
    assert stored and all(set(m) == {DOC_KEY} for m in stored)
    assert read_manifest(tmp_path / "index")["format"] == 3
    with ContextIndex.open(tmp_path, embedding=HashedEmbedding()) as index:  # reopened: no rebuild
        assert index.rebuilt is None
        hit = index.search("heron", kind="transcript", k=1)[0]
        # filters work without filter keys in Chroma: they run on the metadata in memory
        ranged = index.search("heron", kind="transcript", k=3, time_range=(0.0, 9.0))
        assert ranged and all(h.end >= 0.0 and h.start <= 9.0 for h in ranged)
        assert index.search("heron", kind="transcript", media_id="m9") == []
    assert hit.text.startswith("Before sunrise") and hit.media_name == "trip_day2.mov"
