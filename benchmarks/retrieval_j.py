"""Blind retrieval figure J: paraphrased queries about the cabin air filter talk, first hit must be the right sentence.

    .venv/bin/python benchmarks/retrieval_j.py

Builds the "filter" eval project (editor_app/eval/project_j_filter.py) in a temp dir, syncs its
transcripts into the project's ContextIndex, and scores evals/j_retrieval.jsonl exactly as
benchmarks/retrieval_i.py scores set I: ``index.search(query, kind="transcript", k=1)``, a hit
when it is the talk's media and starts within 0.05 s of the expected sentence.
The queries were written without reading the index code (target 90%); the hashed fallback is the baseline.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

try:  # in the repository
    from editor_app.eval.project_j_filter import TALK, create_filter_project  # noqa: E402
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_j_filter import TALK, create_filter_project  # noqa: E402
from editor_app.index import ContextIndex, HashedEmbedding, WordLlamaEmbedding  # noqa: E402

QUERIES = next((p for p in (ROOT / "evals" / "j_retrieval.jsonl", HERE / "j_retrieval.jsonl") if p.exists()),
               ROOT / "evals" / "j_retrieval.jsonl")
SHOW_MISSES = False


def score(project, talk_id: str, rows: list[dict], folder: Path, embedding, sentences: bool = True) -> list[str]:
    """The queries whose first transcript hit is not the expected sentence of the talk."""
    index = ContextIndex.open(folder, embedding=embedding, sentences=sentences)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    misses = []
    for row in rows:
        hits = index.search(row["query"], kind="transcript", k=1)
        if not hits or hits[0].media_id != talk_id or abs(hits[0].start - row["start"]) > 0.05:
            got = f"{hits[0].media_id}@{hits[0].start:.2f}" if hits else "nothing"
            misses.append(f"{row['query']!r} (want {row['start']}, got {got})")
    index.close()
    return misses


def main() -> None:
    global SHOW_MISSES
    SHOW_MISSES = "--show-misses" in sys.argv  # off by default: set J is held out for retrieval
    rows = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="retrieval-j-") as tmp:
        session = create_filter_project(Path(tmp) / "filter")
        project = session.project
        talk_id = next(m.id for m in project.media.values() if m.name == TALK)
        print(f"retrieval J: first hit, {len(rows)} paraphrased queries on the cabin filter talk (transcript kind)")
        for label, embedding, sentences in (("WordLlama + MiniLM (default)", WordLlamaEmbedding(), True),
                                            ("WordLlama alone (no MiniLM)", WordLlamaEmbedding(), False),
                                            ("hashed (fallback, baseline)", HashedEmbedding(), False)):
            folder = Path(tmp) / label.split()[0] / str(sentences)
            misses = score(project, talk_id, rows, folder, embedding, sentences)
            hits = len(rows) - len(misses)
            print(f"   {label:<32} {hits:3d}/{len(rows)} = {hits / len(rows):.0%}   (target 90%)")
            for miss in misses if SHOW_MISSES else ():
                print(f"      miss: {miss}")
        session.close()


if __name__ == "__main__":
    main()
