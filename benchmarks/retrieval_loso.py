"""Leave-one-set-out check of the fusion weights: are they fitted to the sets they are scored on?

    .venv/bin/python benchmarks/retrieval_tune.py --cache DIR --trace /tmp/trace.pkl
    .venv/bin/python benchmarks/retrieval_loso.py /tmp/trace.pkl

Why: a weight chosen on all sets and reported on the same sets says nothing about a new talk.
For each set, the weights (WordLlama, BM25 and WordNet concepts beside MiniLM 1) are chosen on
the OTHER sets from a small grid and the left-out set is scored with them; the sum over the
left-out sets is the honest figure, printed beside the shipped weights' in-sample one. Scoring
re-runs fusion.fuse_transcripts' ranking offline on the traced score parts (no model needed),
with the first-mention / done-again and numbered-step bonuses (round 8); the lead-in / own-sentence
ordering that follows the fusion is not re-run.
"""

from __future__ import annotations

import itertools
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.index.fusion import (ACT_FUSED, AMOUNT_FUSED, FUSION, FUSION_FLOOR, MAIN_MEDIA_FUSED, MAIN_POSITION_FUSED,  # noqa: E402
                                    MENTION_RATIO, POSITION_FUSED, PROHIBIT_FUSED)
from editor_app.index.search import STEP_SHARE  # noqa: E402

KEYS = ("vector", "keyword", "concept", "sentence")
GRID = {"vector": (0.0, 0.1, 0.25, 0.5, 0.75), "keyword": (0.0, 0.05, 0.1), "concept": (0.0, 0.1, 0.25, 0.5, 0.75),
        "act": (0.0, 0.15, 0.3, 0.5, 0.6, 0.75),  # act: the speech-act share on the fused scale (round 11, fusion.ACT_FUSED)
        "prohibit": (0.0, 0.1, 0.2, 0.3, 0.5)}  # a prohibition asked for and said (round 12, fusion.PROHIBIT_FUSED)


def first_hit(row: dict, weights: tuple[float, ...]) -> str | None:
    """The transcript window ranked first by the scaled fusion with ``weights`` (MiniLM last)."""
    parts = [p for p in row["parts"] if p[0] == "transcript" and p[6] is not None]
    if not parts:
        return None
    values = np.array([[p[3], p[4], p[5], p[6]] for p in parts], dtype=np.float64)
    floor = np.array([FUSION_FLOOR[k] for k in KEYS])
    scaled = (values - values.min(axis=0)) / np.maximum(np.maximum(np.ptp(values, axis=0), floor), 1e-9)
    w = np.array(weights[:4])
    fused = scaled @ w / w.sum()
    main = set(row.get("main", ()))
    ends, shares = row["ends"], dict.fromkeys(row.get("steps", ()), STEP_SHARE)
    if row.get("mention"):  # "introducing the X" / "X again": the earliest / latest close match
        close = [(row["starts"].get(p[1], 0.0), p[1]) for p, f in zip(parts, fused.tolist())
                 if p[1] in main and f >= MENTION_RATIO * float(fused.max())]
        ends = {(min(close) if row["mention"] == "first" else max(close))[1]: 1.0} if close else ends
    best = None
    for p, f in zip(parts, fused.tolist()):
        is_main = p[1] in main
        bonus = (MAIN_POSITION_FUSED if is_main else POSITION_FUSED) if ends.get(p[1]) else 0.0
        bonus *= shares.get(p[1], 1.0)
        bonus += AMOUNT_FUSED if p[1] in row.get("amounts", ()) else 0.0
        bonus += weights[4] * row.get("acts", {}).get(p[1], 0.0) * (1.0 if is_main else POSITION_FUSED / MAIN_POSITION_FUSED)
        if len(weights) > 5:
            bonus += weights[5] * (p[1] in row.get("prohibits", ())) * (1.0 if is_main else POSITION_FUSED / MAIN_POSITION_FUSED)
        score = p[2] * (f + (MAIN_MEDIA_FUSED if is_main else 0.0)) + bonus
        if best is None or score > best[0]:
            best = (score, p[1])
    return best[1]


def per_set(rows: list[dict], weights: tuple[float, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        out[row["set"]] = out.get(row["set"], 0) + (first_hit(row, weights) in row["want"])
    return out


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit("usage: retrieval_loso.py TRACE.pkl (from retrieval_tune.py --trace)")
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    sets = sorted({r["set"] for r in rows}, key=[r["set"] for r in rows].index)
    shipped = (*(FUSION[k] for k in KEYS), ACT_FUSED, PROHIBIT_FUSED)
    grid = [(v, k, c, 1.0, a, n) for v, k, c, a, n in itertools.product(GRID["vector"], GRID["keyword"], GRID["concept"],
                                                                         GRID["act"], GRID["prohibit"])]
    scores = {w: per_set(rows, w) for w in grid}
    base = per_set(rows, shipped)
    total = 0
    print(f"shipped weights {shipped}: " + ", ".join(f"{s} {base.get(s, 0)}" for s in sets) + f"; all {sum(base.values())}")
    for left in sets:
        chosen = max(grid, key=lambda w: (sum(v for s, v in scores[w].items() if s != left), w == shipped))
        got = scores[chosen].get(left, 0)
        total += got
        n = sum(1 for r in rows if r["set"] == left)
        print(f"   left out {left:>8}: {got:3d}/{n} (shipped {base.get(left, 0)})   weights chosen on the others {chosen[:3]}, act {chosen[4]}, prohibit {chosen[5]}")
    print(f"leave-one-set-out total {total}/{len(rows)} against the shipped weights' {sum(base.values())} in-sample")


if __name__ == "__main__":
    main()
