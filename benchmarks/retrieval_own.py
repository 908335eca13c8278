"""The scorer the retrieval engineers' own frozen checks share (retrieval_kombucha.py, retrieval_snowboard.py, retrieval_radiator.py):
first hit and recall@3 of each query against its talk, with the default encoders and the hashed fallback."""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def score_own(name: str, create: Callable, talk: str, queries: list[dict]) -> None:
    """Print the first-hit figure of ``queries`` on the project ``create`` builds (its talk file is ``talk``)."""
    from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding

    show = "--show-misses" in sys.argv
    with tempfile.TemporaryDirectory(prefix=f"retrieval-{name}-") as tmp:
        session = create(Path(tmp) / name)
        project = session.project
        talk_id = next(m.id for m in project.media.values() if m.name == talk)
        print(f"retrieval {name} (own, frozen): first hit, {len(queries)} paraphrased queries (transcript kind)")
        for label, embedding, sentences in (("WordLlama + MiniLM (default)", WordLlamaEmbedding(), True),
                                            ("hashed (fallback, baseline)", HashedEmbedding(), False)):
            index = ContextIndex.open(Path(tmp) / label.split()[0], embedding=embedding, sentences=sentences)
            index.sync(project, [])
            index.warm_sentences(wait=True)
            misses, top3 = [], 0
            for row in queries:
                hits = index.search(row["query"], kind="transcript", k=3)
                top3 += any(h.media_id == talk_id and abs(h.start - row["start"]) <= 0.05 for h in hits)
                if not hits or hits[0].media_id != talk_id or abs(hits[0].start - row["start"]) > 0.05:
                    got = f"{hits[0].media_id}@{hits[0].start:.2f} {hits[0].text[:60]!r}" if hits else "nothing"
                    misses.append(f"{row['query']!r} (want #{row['sentence']}, got {got})")
            index.close()
            n = len(queries)
            print(f"   {label:<32} {n - len(misses):3d}/{n} = {(n - len(misses)) / n:.0%}   recall@3 {top3}/{n}")
            for miss in misses if show else ():
                print(f"      miss: {miss}")
        session.close()


def frozen_rows(queries: Path, frozen: Path) -> list[dict]:
    """The queries in ``queries``; refuses to run on a file that changed after it was frozen (``frozen``
    holds its sha256, as ``sha256sum`` writes it)."""
    data = queries.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    expected = frozen.read_text("utf-8").split()[0]
    if digest != expected:
        raise SystemExit(f"{queries.name} changed after it was frozen (sha256 {digest}, frozen {expected})")
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def run_halves(name: str, create: Callable, talk: str, tune: Path, heldout: Path, frozen: Path) -> None:
    """Score the halves named on the command line ("tune", "heldout"; both when none): the tuning half as it
    is, the held-out half only if its sha256 still matches ``frozen``."""
    halves = [a for a in sys.argv[1:] if a in ("tune", "heldout")] or ["tune", "heldout"]
    for half in halves:
        if half == "tune":
            rows = [json.loads(line) for line in tune.read_text("utf-8").splitlines() if line.strip()]
        else:
            rows = frozen_rows(heldout, frozen)
        score_own(f"{name} {half}", create, talk, rows)
