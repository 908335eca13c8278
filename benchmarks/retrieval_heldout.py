"""Retrieval first hit on a held-out paraphrase file, scored exactly as understanding_bench scores its own.

    .venv/bin/python benchmarks/retrieval_heldout.py [--file evals/pancakes_retrieval_heldout.jsonl]

Why a separate script: the held-out queries are written blind (other words than the transcript,
not seen by whoever tunes retrieval); reusing understanding_bench.retrieval keeps one scorer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import understanding_bench  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=ROOT / "evals" / "pancakes_retrieval_heldout.jsonl",
                        help="a JSONL file of {query, start} rows (start: the sentence start in the pancake talk, s)")
    parser.add_argument("--show-misses", action="store_true",
                        help="print the missed queries (off by default: whoever tunes must not read them)")
    args = parser.parse_args()
    understanding_bench.QUERIES = args.file.resolve()
    understanding_bench.SHOW_MISSES = args.show_misses
    with tempfile.TemporaryDirectory() as tmp:
        understanding_bench.retrieval(Path(tmp))


if __name__ == "__main__":
    main()
