"""Context index benchmark: indexing time and memory, query latency, retrieval quality.

    .venv/bin/python benchmarks/index_bench.py

A deterministic 2-hour vlog transcript (~20,000 words of everyday filler) hides 46
"needle" sentences; each labelled query (benchmarks/data/index_queries.json) paraphrases
one needle without copying it. recall@3: the needle's time lies in one of the top three
transcript hits. Compared side by side: a plain keyword baseline (BM25 over raw words),
vectors alone, the hybrid search without the MiniLM reranker, and with it (cold: encoding the
first stage's best windows per query; warm: after the background warm-up encoded every window).
"""

from __future__ import annotations

import json
import math
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.index import ContextIndex  # noqa: E402
from editor_app.model.project import MediaAsset, Project, TranscriptSegment  # noqa: E402

DATA = Path(__file__).parent / "data" / "index_queries.json"
TARGET_WORDS = 20_000
SECONDS_PER_WORD = 0.34

OPENERS = ["Then", "After that", "Later", "So", "Honestly", "Anyway", "At some point", "In the end", "Of course"]
ACTIONS = [
    "we walked around for a while", "we talked about what to do next", "we checked the map again",
    "we had a quick coffee", "I took a lot of photos", "we packed our bags", "we looked at the forecast",
    "I called my parents", "we went back to the apartment", "we waited for the others",
    "we bought some water", "we sat on a bench", "I read for a bit", "we charged our phones",
    "we planned the next day", "we counted our money", "I wrote in my notebook", "we did some laundry",
    "we asked a local for directions", "we watched people go by", "we took a short nap",
    "we argued about the route", "we found a place to park", "we met a couple from Canada",
    "I edited some of the footage", "we shared a taxi", "we looked for a supermarket",
]
TAILS = [
    "because it was getting late", "before dinner", "which took longer than expected",
    "and it was fine", "without any hurry", "while it was still warm outside", "near the main square",
    "after the rain stopped", "just to be safe", "like we always do", "for about an hour",
    "and nobody complained", "which was kind of boring", "and then headed out again",
]
COMMENTS = [
    "I don't really remember much about that afternoon.", "It was a pretty normal day to be honest.",
    "Let me know in the comments if you have been there.", "The light was really nice at that time.",
    "We were all a bit tired by then.", "Nothing special happened for a while.",
    "I think that was a Tuesday but I'm not sure.", "Everyone was in a good mood.",
]
STOP = set("a an the and or but of to in on at for with we i it was is my our us that this by as so".split())


def make_transcript(needles: list[str], seed: int = 7) -> tuple[list[TranscriptSegment], list[tuple[float, float]]]:
    rng = random.Random(seed)
    sentences: list[str] = []
    words = 0
    while words < TARGET_WORDS - sum(len(n.split()) for n in needles):
        if rng.random() < 0.2:
            text = rng.choice(COMMENTS)
        else:
            text = f"{rng.choice(OPENERS)} {rng.choice(ACTIONS)} {rng.choice(TAILS)}."
        sentences.append(text)
        words += len(text.split())
    step = len(sentences) // (len(needles) + 1)
    positions = []
    for i, needle in enumerate(needles):  # spread the needles evenly
        at = (i + 1) * step + i
        sentences.insert(at, needle)
        positions.append(at)
    segments, t = [], 0.0
    for text in sentences:
        length = len(text.split()) * SECONDS_PER_WORD
        segments.append(TranscriptSegment(start=round(t, 2), end=round(t + length, 2), text=text))
        t += length + 0.3
    times = [(segments[p].start, segments[p].end) for p in positions]
    return segments, times


class PlainBM25:
    """The baseline: BM25 over raw lower-cased words, no stems, no synonyms."""

    def __init__(self, docs: list[tuple[str, float, float]]) -> None:
        self.docs = docs
        self.tfs = [self._tokens(text) for text, _, _ in docs]
        self.df: dict[str, int] = {}
        for tf in self.tfs:
            for term in tf:
                self.df[term] = self.df.get(term, 0) + 1
        self.avg = sum(sum(tf.values()) for tf in self.tfs) / max(1, len(self.tfs))

    @staticmethod
    def _tokens(text: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for word in re.findall(r"\w+", text.lower()):
            if word not in STOP:
                out[word] = out.get(word, 0) + 1
        return out

    def search(self, query: str, k: int) -> list[tuple[float, float]]:
        n = len(self.docs)
        scores = []
        for i, tf in enumerate(self.tfs):
            length = sum(tf.values())
            s = 0.0
            for term in self._tokens(query):
                if term in tf:
                    idf = math.log(1 + (n - self.df[term] + 0.5) / (self.df[term] + 0.5))
                    s += idf * tf[term] * 2.2 / (tf[term] + 1.2 * (0.25 + 0.75 * length / self.avg))
            if s > 0:
                scores.append((s, i))
        scores.sort(reverse=True)
        return [(self.docs[i][1], self.docs[i][2]) for _, i in scores[:k]]


def hit_target(ranges: list[tuple[float, float]], target: tuple[float, float]) -> bool:
    return any(start <= target[0] + 0.01 and end >= target[1] - 0.01 for start, end in ranges)


def build(project: Project, folder: Path) -> tuple[ContextIndex, float, dict]:
    started = time.perf_counter()
    index = ContextIndex.open(folder, warm=False)  # sync alone; MiniLM warms in the background in the app
    stats = index.sync(project, [])
    return index, time.perf_counter() - started, stats


def main() -> int:
    labelled = json.loads(DATA.read_text(encoding="utf-8"))
    queries = [q for q, _ in labelled]
    segments, targets = make_transcript([n for _, n in labelled])
    n_words = sum(len(s.text.split()) for s in segments)
    project = Project(name="bench")
    project.media["m1"] = MediaAsset(id="m1", name="vlog.mp4", path="/bench/vlog.mp4", kind="video",
                                     duration=segments[-1].end, transcript=tuple(segments))
    print(f"transcript: {len(segments)} segments, {n_words} words, {segments[-1].end / 3600:.2f} h; "
          f"{len(queries)} labelled queries")

    with tempfile.TemporaryDirectory() as tmp:
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        index, seconds, stats = build(project, Path(tmp) / "a")
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        windows = stats["transcript"]["total"]
        tracemalloc.start()
        second, _, _ = build(project, Path(tmp) / "b")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        second.close()

        import editor_app.index.search as search

        def latency(rounds: int) -> tuple[float, float]:
            samples = []
            for i in range(rounds):
                q = queries[i % len(queries)] + ("" if i < len(queries) else " please")
                t0 = time.perf_counter()
                index.search(q, kind="transcript", k=3)
                samples.append((time.perf_counter() - t0) * 1000)
            samples.sort()
            return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]

        p50, p95 = latency(100)  # MiniLM cold: each query encodes the first stage's best windows

        docs = [(index._keyword["transcript"].get(i)[0], index._keyword["transcript"].get(i)[1]["start"],
                 index._keyword["transcript"].get(i)[1]["end"]) for i in index._keyword["transcript"].ids()]
        baseline = PlainBM25(docs)
        collection = index._collections["transcript"]
        rows = {"keyword baseline (plain BM25)": 0, "vectors only (offline embedding)": 0,
                "hybrid without MiniLM": 0, "hybrid + MiniLM, cold cache": 0, "hybrid + MiniLM, warm (app)": 0}
        misses = []
        weight = search.SENTENCE_WEIGHT
        for (query, _), target in zip(labelled, targets):
            kw = baseline.search(query, 3)
            got = collection.query(query_embeddings=index.embedding([query]), n_results=3, include=["distances"])
            metas = [index._keyword["transcript"].get(i)[1] for i in got["ids"][0]]  # metadata lives in memory
            vec = [(m["start"], m["end"]) for m in metas]
            rows["keyword baseline (plain BM25)"] += hit_target(kw, target)
            rows["vectors only (offline embedding)"] += hit_target(vec, target)
            search.SENTENCE_WEIGHT = 0.0
            rows["hybrid without MiniLM"] += hit_target([(h.start, h.end) for h in index.search(query, kind="transcript", k=3)], target)
            search.SENTENCE_WEIGHT = weight
            rows["hybrid + MiniLM, cold cache"] += hit_target(
                [(h.start, h.end) for h in index.search(query, kind="transcript", k=3)], target)
        t0 = time.perf_counter()
        index.warm_sentences(wait=True)
        warm_s = time.perf_counter() - t0
        warm_p50, warm_p95 = latency(100)
        for (query, _), target in zip(labelled, targets):
            ok = hit_target([(h.start, h.end) for h in index.search(query, kind="transcript", k=3)], target)
            rows["hybrid + MiniLM, warm (app)"] += ok
            if not ok:
                misses.append(query)
        index.close()

    print(f"\nindexing ({windows} windows, offline embedding, dim {index.embedding.dim}):")
    print(f"  time            {seconds:7.2f} s     (target < 3 s; ContextIndex.open + sync)")
    print(f"  python peak     {peak / 2**20:7.1f} MB    (tracemalloc, second build)")
    print(f"  process max RSS {rss_after / 1024:7.1f} MB    (+{(rss_after - rss_before) / 1024:.1f} MB during the build)")
    print(f"\nquery latency over 100 queries, MiniLM cold: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 30 ms)")
    print(f"MiniLM background warm-up of every window: {warm_s:.1f} s; then p50 {warm_p50:.1f} ms, p95 {warm_p95:.1f} ms")
    print(f"\nrecall@3 on {len(labelled)} paraphrased queries:")
    for name, hits in rows.items():
        print(f"  {name:<34} {hits:3d}/{len(labelled)} = {hits / len(labelled):.2f}")
    print("\nhybrid misses: " + ("; ".join(misses) if misses else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
