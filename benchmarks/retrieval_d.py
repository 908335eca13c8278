"""Blind retrieval figure D: paraphrased queries about the flat-tyre talk, first hit must be the right sentence.

    .venv/bin/python benchmarks/retrieval_d.py

Builds the "tyre" eval project (editor_app/eval/project_tyre.py) in a temp dir, syncs its
transcripts into the project's ContextIndex, and scores evals/d_retrieval.jsonl exactly as
benchmarks/understanding_bench.py scores the pancake set: ``index.search(query, kind="transcript",
k=1)``, a hit when it is the talk's media and starts within 0.05 s of the expected sentence.
The queries were written without reading the index code (target 90%); the hashed fallback is the baseline.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.eval.project_tyre import TALK, create_tyre_project  # noqa: E402
from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding  # noqa: E402

QUERIES = ROOT / "evals" / "d_retrieval.jsonl"


def score(project, talk_id: str, rows: list[dict], folder: Path, embedding) -> list[str]:
    """The queries whose first transcript hit is not the expected sentence of the talk."""
    index = ContextIndex.open(folder, embedding=embedding)
    index.sync(project, [])
    misses = []
    for row in rows:
        hits = index.search(row["query"], kind="transcript", k=1)
        if not hits or hits[0].media_id != talk_id or abs(hits[0].start - row["start"]) > 0.05:
            got = f"{hits[0].media_id}@{hits[0].start:.2f}" if hits else "nothing"
            misses.append(f"{row['query']!r} (want {row['start']}, got {got})")
    index.close()
    return misses


def main() -> None:
    rows = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="retrieval-d-") as tmp:
        session = create_tyre_project(Path(tmp) / "tyre")
        project = session.project
        talk_id = next(m.id for m in project.media.values() if m.name == TALK)
        print(f"retrieval D: first hit, {len(rows)} paraphrased queries on the flat-tyre talk (transcript kind)")
        for label, embedding in (("semantic (WordLlama, default)", WordLlamaEmbedding()),
                                 ("hashed (fallback, baseline)", HashedEmbedding())):
            misses = score(project, talk_id, rows, Path(tmp) / label.split()[0], embedding)
            hits = len(rows) - len(misses)
            print(f"   {label:<32} {hits:3d}/{len(rows)} = {hits / len(rows):.0%}   (target 90%)")
            for miss in misses:
                print(f"      miss: {miss}")
        session.close()


if __name__ == "__main__":
    main()
