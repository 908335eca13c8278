"""Refine Whisper's word times from the audio, so a cut between two words clips neither.

Whisper's word times come from attention, not from the sound: they drift by up to half a
second, and a filler it was prompted to write often gets a sliver of time beside the real
one. The sound itself is exact about one thing: where the voice stops. This module finds
the quiet gaps (short-time energy against an adaptive threshold) and aligns the sequence of
word boundaries to the sequence of gaps with a small dynamic programme:

- a boundary may move to a gap near its Whisper time (cost: how far it moves);
- or stay inside continuous speech (a fixed cost), placed at the quietest point nearby;
- a gap left inside a word costs by its length (a long pause inside a word is near impossible);
- voice before the first word or after the last costs by its length (Whisper rarely drops speech).

On espeak speech with true chunk times (testdata/speech) this puts boundaries within a few
hundredths of a second of the truth where Whisper was off by up to 0.6 s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

HOP = 0.01  # seconds between energy frames
WINDOW = 2 * HOP  # seconds per energy frame (two hops)
MIN_GAP = 0.03  # shortest quiet stretch that can separate words
SEARCH = 1.0  # seconds: how far from its Whisper time a boundary may move to a gap
KEEP_COST = 0.15  # cost of leaving a boundary inside continuous speech
PUNCT_KEEP_COST = 0.5  # ... after a word Whisper punctuated ("is,"): people pause there
FILLER_KEEP_COST = 1.0  # ... beside a filler: hesitations are spoken apart
FILLERS = frozenset({"um", "umm", "uh", "uhm", "er", "erm", "ah", "eh", "hmm", "mm", "ähm", "äh", "euh", "hum"})
SKIP_PER_SECOND = 6.0  # cost per second of a gap left inside a word
LONG_GAP = 0.35  # a gap this long inside a word is almost certainly wrong
LONG_GAP_COST = 5.0
UNWORDED_PER_SECOND = 4.0  # cost per second of voice before the first word / after the last
NUDGE = 0.04  # seconds: a boundary inside speech moves to the quietest point this close
# A hesitation is spoken apart: the quiet beside a filler is a pause, while a stop consonant's closure
# (the b in "about", the t in "two") makes a quiet of only 30-60 ms inside a word. A boundary beside a
# filler that lands on so short a gap pays this much more, so a filler whose Whisper time drifted by
# half a second is not slid onto the closure inside the next word.
FILLER_PAUSE = 0.07  # seconds: shortest quiet that counts as the pause beside a filler
CLOSURE_BESIDE_FILLER_COST = 0.5


@dataclass(frozen=True)
class Gap:
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Energy:
    """Frame levels in dB (one per HOP seconds) and the threshold between voice and quiet."""

    db: np.ndarray
    threshold: float
    duration: float

    def time(self, frame: int) -> float:
        return min(self.duration, frame * HOP)

    def frame(self, seconds: float) -> int:
        return int(round(seconds / HOP))


def energy(samples: np.ndarray, rate: int) -> Energy:
    """Short-time level in dB and an adaptive voice threshold (noise floor and loudness aware).

    Frame i spans the two hops around i*HOP (a centred WINDOW); computed hop by hop in blocks so
    a two-hour file needs no second copy of its samples.
    """
    hop = int(rate * HOP)
    count = max(1, len(samples) // hop)
    hop_power = np.zeros(count, np.float64)
    block = hop * 100_000
    for first in range(0, count * hop, block):
        part = samples[first:min(first + block, count * hop)].astype(np.float64)
        hop_power[first // hop:first // hop + len(part) // hop] = (part.reshape(-1, hop) ** 2).mean(axis=1)
    power = (hop_power + np.concatenate([[0.0], hop_power[:-1]])) / 2
    db = 10.0 * np.log10(power + 1e-12)
    floor, loud = float(np.percentile(db, 5)), float(np.percentile(db, 95))
    threshold = max(floor + 6.0, loud - 40.0)
    return Energy(db, threshold, len(samples) / rate)


def find_gaps(level: Energy, min_gap: float = MIN_GAP) -> list[Gap]:
    """Quiet stretches at least ``min_gap`` long; the lead-in and tail are always gaps (maybe empty)."""
    quiet = level.db < level.threshold
    edges = np.flatnonzero(np.diff(np.concatenate([[0], quiet.astype(np.int8), [0]])))
    gaps = []
    for a, b in zip(edges[::2], edges[1::2]):
        start, end = level.time(int(a)), level.time(int(b))
        if end - start >= min_gap or a == 0 or b == len(quiet):
            gaps.append(Gap(start, end))
    if not gaps or gaps[0].start > 0:
        gaps.insert(0, Gap(0.0, 0.0))
    if gaps[-1].end < level.duration:
        gaps.append(Gap(level.duration, level.duration))
    return gaps


def _distance(t: float, gap: Gap) -> float:
    return max(gap.start - t, 0.0, t - gap.end)


def _skip_cost(gap: Gap) -> float:
    cost = SKIP_PER_SECOND * max(0.0, gap.length - 0.02)
    return cost + (LONG_GAP_COST if gap.length > LONG_GAP else 0.0)


def bare(text: str) -> str:
    """A word without punctuation or case: 'Um,' -> 'um'."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "'")


def keep_costs(texts: Sequence[str]) -> list[float]:
    """Per between-words boundary, the cost of leaving it inside continuous speech."""
    costs = []
    for left, right in zip(texts, texts[1:]):
        cost = KEEP_COST
        if left.strip()[-1:] in ",.?!;:…":
            cost = PUNCT_KEEP_COST
        if bare(left) in FILLERS or bare(right) in FILLERS:
            cost = FILLER_KEEP_COST
        costs.append(cost)
    return costs


def beside_fillers(texts: Sequence[str]) -> list[bool]:
    """Per between-words boundary, whether a filler is on either side of it (spoken apart)."""
    return [bare(left) in FILLERS or bare(right) in FILLERS for left, right in zip(texts, texts[1:])]


def align_boundaries(times: Sequence[float], gaps: Sequence[Gap], duration: float,
                     keep: Sequence[float] | None = None, apart: Sequence[bool] | None = None) -> list[int | None]:
    """For each boundary (first word's start, each between-words point, last word's end), a gap index or None.

    ``keep[k-1]`` is the cost of leaving boundary k (between words k-1 and k) inside speech;
    ``apart[k-1]`` says boundary k is beside a filler, so a gap too short to be a pause costs more there.
    The first and (input permitting) the last boundary get a gap; gap indices increase along the boundaries.
    """
    n, m = len(times), len(gaps)
    skip = np.array([_skip_cost(g) for g in gaps])
    skip_prefix = np.concatenate([[0.0], np.cumsum(skip)])  # skip cost of gaps a..b-1 = P[b]-P[a]
    voiced_before = np.zeros(m)  # voice (non-gap) time from the start to each gap's start
    for i in range(1, m):
        voiced_before[i] = voiced_before[i - 1] + max(0.0, gaps[i].start - gaps[i - 1].end)
    total_voiced = voiced_before[-1] + max(0.0, duration - gaps[-1].end)
    starts = np.array([g.start for g in gaps])
    ends = np.array([g.end for g in gaps])

    def candidates(t: float) -> range:
        lo = int(np.searchsorted(ends, t - SEARCH))
        hi = int(np.searchsorted(starts, t + SEARCH, side="right"))
        return range(lo, max(lo, hi))

    # states: last gap used -> cost; back[k][state] = (previous state, assigned gap or None)
    states: dict[int, float] = {}
    back: list[dict[int, tuple[int, int | None]]] = []
    first = {}
    for g in candidates(times[0]) or range(0, 1):
        first[g] = (_distance(times[0], gaps[g]) + UNWORDED_PER_SECOND * voiced_before[g], (-1, g))
    states = {g: c for g, (c, _) in first.items()}
    back.append({g: bp for g, (_, bp) in first.items()})
    for k in range(1, n):
        last = k == n - 1
        new: dict[int, float] = {}
        bp: dict[int, tuple[int, int | None]] = {}
        if not last:  # stay inside speech
            stay = keep[k - 1] if keep is not None else KEEP_COST
            for j, cost in states.items():
                new[j], bp[j] = cost + stay, (j, None)
        cands = list(candidates(times[k])) or ([m - 1] if last else [])
        for g in cands:
            assign = _distance(times[k], gaps[g])
            if apart is not None and not last and apart[k - 1] and gaps[g].length < FILLER_PAUSE:
                assign += CLOSURE_BESIDE_FILLER_COST
            if last:
                assign += UNWORDED_PER_SECOND * max(0.0, total_voiced - voiced_before[g])  # voice after the gap
            best, best_j = None, None
            for j, cost in states.items():
                if j >= g:
                    continue
                c = cost + skip_prefix[g] - skip_prefix[j + 1]
                if best is None or c < best:
                    best, best_j = c, j
            if best is not None and (g not in new or best + assign < new[g]):
                new[g], bp[g] = best + assign, (best_j, g)
        if not new:  # nothing reachable (odd input): keep the boundary where Whisper put it
            new = {j: c + KEEP_COST for j, c in states.items()}
            bp = {j: (j, None) for j in states}
        # prune states far behind (their skip costs only grow) to keep long media linear
        horizon = times[k] - 4 * SEARCH
        kept = {j: c for j, c in new.items() if gaps[j].end >= horizon}
        if not kept:
            j = min(new, key=new.get)
            kept = {j: new[j]}
        states = kept
        back.append({j: bp[j] for j in kept})
    state = min(states, key=states.get)
    result: list[int | None] = [None] * n
    for k in range(n - 1, -1, -1):
        prev, gap = back[k][state]
        result[k] = gap
        state = prev
    return result


def _quietest(level: Energy, t: float, lo: float, hi: float) -> float:
    """The quietest frame within NUDGE of ``t`` and inside (lo, hi)."""
    last = len(level.db) - 1
    a = min(last, level.frame(max(lo, t - NUDGE)))
    b = min(last, level.frame(min(hi, t + NUDGE)))
    if b <= a:
        return min(max(t, lo), hi)
    frame = a + int(np.argmin(level.db[a:b + 1]))
    return min(max(level.time(frame), lo), hi)


def refine_times(spans: Sequence[tuple[float, float]], samples: np.ndarray, rate: int,
                 texts: Sequence[str] | None = None) -> list[tuple[float, float]]:
    """Word (start, end) times moved onto the voice: each boundary onto a gap or the quietest point nearby.

    Adjacent words inside continuous speech share their boundary point (a cut there is clean);
    words either side of a gap end and start at the gap's edges.
    """
    if not spans or samples.size == 0:
        return list(spans)
    level = energy(samples, rate)
    gaps = find_gaps(level)
    n = len(spans)
    times = [spans[0][0]] + [(spans[k - 1][1] + spans[k][0]) / 2 for k in range(1, n)] + [spans[-1][1]]
    assigned = align_boundaries(times, gaps, level.duration, keep_costs(texts) if texts else None,
                                beside_fillers(texts) if texts else None)
    # positions of boundaries: (left word's end, right word's start)
    left: list[float] = [0.0] * (n + 1)
    right: list[float] = [0.0] * (n + 1)
    k = 0
    while k <= n:
        g = assigned[k]
        if g is not None:
            left[k], right[k] = gaps[g].start, gaps[g].end
            k += 1
            continue
        run_end = k  # boundaries k..run_end-1 stay inside speech, between the anchors k-1 and run_end
        while run_end <= n and assigned[run_end] is None:
            run_end += 1
        lo = right[k - 1] if k > 0 else 0.0
        hi = gaps[assigned[run_end]].start if run_end <= n else level.duration
        t0 = times[k - 1] if k > 0 else lo
        t1 = times[run_end] if run_end <= n else hi
        for i in range(k, min(run_end, n + 1)):
            t = times[i]
            if not lo < t < hi:  # Whisper's time falls outside the voice: place it proportionally
                t = lo + (hi - lo) * ((t - t0) / (t1 - t0) if t1 > t0 else (i - k + 1) / (run_end - k + 1))
                t = min(max(t, lo), hi)
            point = _quietest(level, t, max(lo, left[i - 1]) if i > k else lo, hi)
            left[i] = right[i] = point
        k = run_end
    out: list[tuple[float, float]] = []
    previous_end = 0.0
    for w in range(n):  # words in order, never overlapping, inside the audio
        start = min(max(right[w], previous_end), level.duration)
        end = min(max(left[w + 1], start), level.duration)
        start, end = round(start, 3), round(end, 3)
        start, end = min(start, level.duration), min(end, level.duration)
        out.append((start, end))
        previous_end = end
    return out
