"""Where the words are on the timeline, and where a cut through the talk may begin and end.

Rules (what "cut safety" means, checked for every cut whatever asked for it):
- An edge on a talk track (role main or voice) never falls inside a word: a word is inside the
  cut whole or not at all. "Inside" allows half a frame of slack, because edges are whole
  frames and two touching words have no frame between them.
- An edge is placed at the quietest frame of the gap next to the word boundary, within
  WINDOW_S of it, measured from the media's stored loudness envelope (model.words.AudioLevels);
  with no envelope, the middle of that stretch.
- Edges are whole timeline frames.
The audio crossfade at each join is the renderer's (render.audio), so a join is never a click.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from fractions import Fraction
from collections.abc import Sequence
from operator import gt
from typing import NamedTuple

from editor_app.model.project import Clip, MediaAsset, Project, Track

SPEECH_ROLES = ("main", "voice")
BED_ROLES = ("music", "sfx")
WINDOW_S = 0.1  # how far from a word boundary an edge may go looking for quiet


class PlacedWord(NamedTuple):
    """A word as heard on the timeline: which media word, in which clip, at which timeline seconds."""

    media_id: str
    index: int
    clip_id: str
    track_id: str
    start: float
    end: float
    text: str


# ---- mapping ---------------------------------------------------------------------------

def talk_clips(project: Project, tracks: list[Track] | None = None) -> list[tuple[Track, Clip, MediaAsset]]:
    """Enabled clips on talk tracks whose media has words."""
    out = []
    worded = {mid: asset for mid, asset in project.media.items() if asset.words}
    if not worded:  # nothing has words: no clip to look at (a ripple cut asks this several times)
        return out
    for track in tracks if tracks is not None else project.tracks:
        if track.role not in SPEECH_ROLES:
            continue
        out += [(track, clip, worded[clip.media_id]) for clip in track.clips
                if clip.media_id in worded and clip.enabled]
    return out


_MIDS: dict[int, tuple[tuple, list[float]]] = {}
_LAST: list = [None, None]  # (key, words) of the last timeline_words call


def _arrays(asset: MediaAsset) -> tuple[list[float], list[float], list[float], list[str]]:
    """Middles, starts, ends and texts of a media's words (cached per transcript)."""
    cached = _MIDS.get(id(asset.words))
    if cached is None or cached[0] is not asset.words:
        if len(_MIDS) > 32:
            _MIDS.clear()
            _SORTED.clear()
        words = asset.words
        starts = [w.start for w in words]
        ends = [w.end for w in words]
        cached = _MIDS[id(words)] = (words, ([(a + b) / 2 for a, b in zip(starts, ends)], starts, ends,
                                             [w.text for w in words]))
        _SORTED[id(words)] = (words, not any(map(gt, starts, starts[1:])), not any(map(gt, ends, ends[1:])))
    return cached[1]


_SORTED: dict[int, tuple[tuple, bool, bool]] = {}  # id(words) -> (words, starts sorted, ends sorted)


def _shifted(values: list[float], base: float, lo: float, hi: float, ascending: bool, speed: float) -> list[float]:
    """``[min(hi, max(lo, base + v / speed)) for v in values]``, in C when it can be.

    Why: this runs for every word on every edit. With ascending values only a head can fall below
    ``lo`` and only a tail above ``hi``, so the clamp walks those ends instead of every word.
    """
    if speed != 1.0:
        return [min(hi, max(lo, base + v / speed)) for v in values]
    if not ascending:
        return [min(hi, max(lo, base + v)) for v in values]
    out = list(map(base.__add__, values))
    i = 0
    while i < len(out) and out[i] < lo:
        out[i] = lo
        i += 1
    j = len(out) - 1
    while j >= 0 and out[j] > hi:
        out[j] = hi
        j -= 1
    return out


class Heard(Sequence):
    """The words heard on the timeline as parallel columns, read as a sequence of PlacedWord.

    Why columns: a 2-hour talk has ~20,000 words; building one object per word on every edit
    costs more than the edit. Hot paths read the columns; ``heard[i]`` makes one PlacedWord.
    """

    __slots__ = ("media_ids", "indices", "clip_ids", "track_ids", "starts", "ends", "texts", "spans")

    def __init__(self, media_ids, indices, clip_ids, track_ids, starts, ends, texts) -> None:
        self.media_ids: list[str] = media_ids
        self.indices: list[int] = indices
        self.clip_ids: list[str] = clip_ids
        self.track_ids: list[str] = track_ids
        self.starts: list[float] = starts
        self.ends: list[float] = ends
        self.texts: list[str] = texts
        # clip id -> (position of its first word here, media word range [first, last)) when each
        # clip's words lie together in media order (timeline_words without reordering); else None
        self.spans: dict[str, tuple[int, int, int]] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return PlacedWord(self.media_ids[i], self.indices[i], self.clip_ids[i], self.track_ids[i],
                          self.starts[i], self.ends[i], self.texts[i])

    def __iter__(self):
        return map(PlacedWord, self.media_ids, self.indices, self.clip_ids, self.track_ids, self.starts,
                   self.ends, self.texts)

    def reorder(self, order: list[int]) -> "Heard":
        cols = [[col[k] for k in order] for col in (self.media_ids, self.indices, self.clip_ids, self.track_ids,
                                                    self.starts, self.ends, self.texts)]
        return Heard(*cols)


class _Segment(NamedTuple):
    """One clip's words on the timeline (the columns of Heard for that clip)."""

    media_ids: list[str]
    indices: list[int]
    clip_ids: list[str]
    track_ids: list[str]
    texts: list[str]
    starts: list[float]
    ends: list[float]
    ordered: bool  # starts never decrease
    first: int  # the media's word range [first, last)
    last: int


# The segments of the last timeline_words build, by clip id: (clip, track id, words, fps, segment).
_SEGMENTS: list[dict] = []


def _segment(fps: float, track: Track, clip: Clip, asset: MediaAsset, before: dict) -> _Segment:
    """The clip's words, reusing what the last build made for a clip of the same id.

    Why: a ripple cut in a 2-hour talk changes every clip after it only by its start, and the clip
    it cuts only by its length; rebuilding every word's columns cost most of the panel's update.
    The same clip (same object, track, words and rate) reuses its segment whole; moved, it keeps
    its word range and recomputes the times; shortened at its end, it keeps a slice of the times
    (the head is clamped the same, the tail again to the new end). Every value equals a fresh build.
    """
    mids, starts, ends, texts = _arrays(asset)
    speed = float(clip.speed)
    src_in = float(clip.source_in) / fps
    src_out = src_in + clip.duration * speed / fps
    t0, t1 = clip.start / fps, clip.end / fps
    a, b = bisect.bisect_left(mids, src_in), bisect.bisect_left(mids, src_out)
    base = t0 - src_in / speed
    _w, starts_up, ends_up = _SORTED[id(asset.words)]
    prev = before.get(clip.id)
    if prev is not None and prev[1] == track.id and prev[2] is asset.words and prev[3] == fps:
        old_clip, old = prev[0], prev[4]
        if old_clip is clip:
            return old
        same_source = (old_clip.media_id == clip.media_id and old_clip.source_in == clip.source_in
                       and old_clip.speed == clip.speed and old.first == a)
        if same_source and old.last == b:  # moved: the same words at new times
            moved = _shifted(starts[a:b], base, t0, math.inf, starts_up, speed)
            return old._replace(starts=moved, ends=_shifted(ends[a:b], base, -math.inf, t1, ends_up, speed),
                                ordered=(starts_up and speed > 0) or not any(map(gt, moved, moved[1:])))
        if same_source and b <= old.last and old_clip.start == clip.start and clip.end <= old_clip.end:
            n = b - a  # cut short at its end: a head of the same times, the tail clamped to the new end
            head = old.starts[:n]
            return _Segment(old.media_ids[:n], old.indices[:n], old.clip_ids[:n], old.track_ids[:n], old.texts[:n],
                            head, _clamp_high(old.ends[:n], t1, ends_up and speed > 0),
                            old.ordered or not any(map(gt, head, head[1:])), a, b)
    n = b - a
    seg_starts = _shifted(starts[a:b], base, t0, math.inf, starts_up, speed)
    return _Segment([asset.id] * n, list(range(a, b)), [clip.id] * n, [track.id] * n, texts[a:b], seg_starts,
                    _shifted(ends[a:b], base, -math.inf, t1, ends_up, speed),
                    (starts_up and speed > 0) or not any(map(gt, seg_starts, seg_starts[1:])), a, b)


def _clamp_high(values: list[float], hi: float, ascending: bool) -> list[float]:
    """``[min(hi, v) for v in values]`` (a new list), walking only the tail when ascending."""
    if not ascending:
        return [min(hi, v) for v in values]
    j = len(values) - 1
    while j >= 0 and values[j] > hi:
        values[j] = hi
        j -= 1
    return values


def timeline_words(project: Project) -> Heard:
    """Every word heard on the timeline, in timeline order (a word belongs to the clip holding its middle).

    The result is shared with later calls on the same clips and words (clips and transcripts are
    immutable, so identity is a safe cache key): never mutate it.
    """
    found = talk_clips(project)
    key = (project.fps, [(t.id, c, a.id, a.words) for t, c, a in found])
    last_key = _LAST[0]
    if last_key is not None and last_key[0] == key[0] and len(last_key[1]) == len(key[1]) and all(
        x[0] == y[0] and x[1] is y[1] and x[2] == y[2] and x[3] is y[3] for x, y in zip(last_key[1], key[1])
    ):
        return _LAST[1]
    fps = float(project.fps)
    out = Heard([], [], [], [], [], [], [])
    ordered, last_start = True, -math.inf
    before, made, spans = (_SEGMENTS[0] if _SEGMENTS else {}), {}, {}
    for track, clip, asset in sorted(found, key=lambda f: (f[1].start, f[0].id)):
        seg = _segment(fps, track, clip, asset, before)
        made[clip.id] = (clip, track.id, asset.words, fps, seg)
        spans[clip.id] = (len(out.starts), seg.first, seg.last)
        if seg.starts:
            ordered = ordered and seg.ordered and last_start <= seg.starts[0]
            last_start = seg.starts[-1]
        out.media_ids += seg.media_ids
        out.indices += seg.indices
        out.clip_ids += seg.clip_ids
        out.track_ids += seg.track_ids
        out.starts += seg.starts
        out.ends += seg.ends
        out.texts += seg.texts
    _SEGMENTS[:] = [made]
    st = out.starts
    if len({t.id for t, _c, _a in found}) > 1:  # the same media on a video and an audio talk track
        seen: set[tuple[str, int, int]] = set()
        keep = []
        for k in sorted(range(len(out)), key=lambda k: (st[k], out.ends[k])):
            tag = (out.media_ids[k], out.indices[k], round(st[k] * 100))
            if tag not in seen:
                seen.add(tag)
                keep.append(k)
        out = out.reorder(keep)
    elif not ordered:  # each clip's words are in order (known per clip) and so are the clips' joins
        out = out.reorder(sorted(range(len(out)), key=lambda k: (st[k], out.ends[k])))
    else:
        out.spans = spans
    _LAST[0], _LAST[1] = key, out
    return out


def _source_s(project: Project, clip: Clip, frame: float) -> float:
    return float((Fraction(clip.source_in) + (Fraction(frame) - clip.start) * Fraction(clip.speed)) / project.fps)


def _timeline_f(project: Project, clip: Clip, source_s: float) -> float:
    fps = float(project.fps)
    return clip.start + (source_s * fps - float(clip.source_in)) / float(clip.speed)


def place_edge(project: Project, clip: Clip, asset: MediaAsset, lo_s: float, hi_s: float, target_s: float) -> int:
    """The timeline frame inside ``clip`` for an edge allowed anywhere in source [lo_s, hi_s]:
    the quietest such frame (nearest ``target_s`` among equals); the nearest frame when none fits."""
    tol = 0.5 * float(clip.speed) / float(project.fps)
    for slack in (0.0, tol):
        a = math.ceil(_timeline_f(project, clip, lo_s - slack) - 1e-9)
        b = math.floor(_timeline_f(project, clip, hi_s + slack) + 1e-9)
        a, b = max(a, clip.start), min(b, clip.end)
        if a <= b:
            break
    else:
        return min(clip.end, max(clip.start, round(_timeline_f(project, clip, target_s))))
    levels = asset.levels

    fps, speed, src_in = float(project.fps), float(clip.speed), float(clip.source_in)

    def score(frame: int) -> tuple[float, float]:
        s = (src_in + (frame - clip.start) * speed) / fps
        loud = levels.db_at(s) if levels is not None else 0.0
        return (round(loud, 1), abs(s - target_s))

    if b - a > 400:  # never scan more than a few seconds of frames
        b = a + 400
    return min(range(a, b + 1), key=score)


# ---- cut safety ------------------------------------------------------------------------

@dataclass
class Edge:
    frame: int
    moved_from: int | None = None
    word: str = ""


def _inside(asset: MediaAsset, t: float, tol: float) -> int | None:
    words = asset.words
    i = _bisect_start(asset, t - tol)
    if i >= 0 and words[i].start + tol < t < words[i].end - tol:
        return i
    return None


_STARTS: dict[int, tuple[tuple, list[float]]] = {}


def _bisect_start(asset: MediaAsset, t: float) -> int:
    key = id(asset.words)
    cached = _STARTS.get(key)
    if cached is None or cached[0] is not asset.words:
        if len(_STARTS) > 32:
            _STARTS.clear()
        cached = _STARTS[key] = (asset.words, [w.start for w in asset.words])
    return bisect.bisect_right(cached[1], t) - 1


FAR_SIDE_S = 0.25  # an edge inside a word may also go to the word's farther side when it is this close


def edge_options(project: Project, frame: int, tracks: list[Track]) -> list[Edge]:
    """Where an edge at ``frame`` may go without cutting a word in half: the word's nearer side first,
    then its farther side when that is within FAR_SIDE_S; ``[Edge(frame)]`` when no word holds it."""
    for _track, clip, asset in talk_clips(project, tracks):
        if not clip.start < frame < clip.end:
            continue
        t = _source_s(project, clip, frame)
        tol = 0.5 * float(clip.speed) / float(project.fps)
        i = _inside(asset, t, tol)
        if i is None:
            continue
        words, w = asset.words, asset.words[i]

        def before() -> Edge:
            hi = w.start
            lo = max(words[i - 1].end if i > 0 else 0.0, hi - WINDOW_S)
            return Edge(place_edge(project, clip, asset, min(lo, hi), hi, (lo + hi) / 2 if asset.levels is None else hi),
                        frame, w.text)

        def after() -> Edge:
            lo = w.end
            hi = min(words[i + 1].start if i + 1 < len(words) else lo + WINDOW_S, lo + WINDOW_S)
            return Edge(place_edge(project, clip, asset, min(lo, hi), hi, (lo + hi) / 2 if asset.levels is None else lo),
                        frame, w.text)

        nearer_first = (before, after) if t - w.start <= w.end - t else (after, before)
        near = nearer_first[0]()
        far_s = (w.end - t) if nearer_first[1] is after else (t - w.start)
        if far_s / float(clip.speed) > FAR_SIDE_S:
            return [near]
        return [near, nearer_first[1]()]
    return [Edge(frame)]


def safe_edge(project: Project, frame: int, tracks: list[Track]) -> Edge:
    """``frame`` moved out of any word it falls inside, to the quietest nearby point between words."""
    return edge_options(project, frame, tracks)[0]


def safe_range(project: Project, start: int, end: int, tracks: list[Track], mode: str = "snap") -> tuple[int, int, list[str]]:
    """A cut range whose edges fall between words on the talk tracks among ``tracks``.

    mode "snap" moves an edge that lies inside a word to the nearer side of that word (and the
    notes say so); "refuse" raises OperationError naming the word instead; "exact" (round 24: times the user
    typed, which every blind writer expected cut as typed) keeps both edges and notes the words they fall inside.
    """
    from editor_app.model.operations.base import OperationError, fmt  # the operations package imports this module

    notes: list[str] = []
    if mode == "exact":
        for frame, which in ((start, "start"), (end, "end")):
            edge = safe_edge(project, frame, tracks)
            if edge.moved_from is not None and edge.frame != edge.moved_from:
                notes.append(f"the {which} {fmt(project, frame)} falls inside '{edge.word}', cut exactly as asked")
        return start, end, notes
    edges = []
    for frame, which, edge in zip((start, end), ("start", "end"), _keep_length(project, start, end, tracks)):
        if edge.moved_from is not None and edge.frame != edge.moved_from:
            if mode == "refuse":
                raise OperationError(
                    f"the cut's {which} {fmt(project, frame)} falls inside the word '{edge.word}'",
                    f"cut at {fmt(project, edge.frame)} instead, or let the cut snap to the word",
                )
            notes.append(f"{which} moved from {fmt(project, frame)} to {fmt(project, edge.frame)} so '{edge.word}' is not cut in half")
        edges.append(edge.frame)
    s, e = edges
    if e <= s:
        raise OperationError(
            f"the range {fmt(project, start)}-{fmt(project, end)} lies inside one word; cutting it would cut the word in half",
            "widen the range to whole words",
        )
    lost = (end - start) - (e - s)
    if mode == "snap" and lost > 0 and s == start and e != end and s - lost >= 0 \
            and not _speech_between(project, s - lost, s, tracks):
        # The end moved inward off a word: the start, in a pause, moves earlier by as much, so the cut
        # still takes the length asked ("cut 30s to 34s" takes 4 s) and only silence changes. Only the
        # start: what lies before a cut is the same whether later cuts were made first or not (a run
        # of ripple cuts, latest first, equals cutting one by one).
        notes.append(f"start moved from {fmt(project, s)} to {fmt(project, s - lost)} (a pause) to keep the length asked")
        s -= lost
    elif mode == "snap" and lost < 0 and s == start and e != end and s - lost < e \
            and not _speech_between(project, s, s - lost, tracks):
        # round 22: the end moved outward past a word ("cut 1:00 to 1:05" ends inside "Edinburgh."): the start, in a
        # pause, moves later by as much, so the cut takes the length asked and only silence changes
        notes.append(f"start moved from {fmt(project, s)} to {fmt(project, s - lost)} (a pause) to keep the length asked")
        s -= lost
    return s, e, notes


def _keep_length(project: Project, start: int, end: int, tracks: list[Track]) -> tuple[Edge, Edge]:
    """The start and end edges, each on a side of the word it falls in, chosen together so the cut's
    length stays closest to the length asked ("snip out 1:40 to 1:43" takes 3 s, not 3.23 s when
    both ends snap outward); among equals, the edges that move least (each word's nearer side)."""
    best: tuple[float, int, Edge, Edge] | None = None
    for a in _with_tight(project, edge_options(project, start, tracks), start, tracks):
        for b in _with_tight(project, edge_options(project, end, tracks), end, tracks):
            if b.frame <= a.frame:
                continue
            key = (abs((b.frame - a.frame) - (end - start)), abs(a.frame - start) + abs(b.frame - end))
            if best is None or key < best[:2]:
                best = (*key, a, b)
    if best is None:  # the range lies inside one word: the caller refuses it
        return safe_edge(project, start, tracks), safe_edge(project, end, tracks)
    return best[2], best[3]


def _with_tight(project: Project, options: list[Edge], asked: int, tracks: list[Track]) -> list[Edge]:
    """``options`` and, for each moved edge, the frame nearest the one asked that is still in the pause beside the word
    (round 22: "cut 95s-98s" ended mid-pause at 1:38.10 and took 3.1 s; the pause starts at 1:38.03)."""
    out = list(options)
    for edge in options:
        if edge.moved_from is None or edge.frame == asked:
            continue
        step = -1 if asked < edge.frame else 1
        f = edge.frame
        while f + step != asked and abs(f + step - edge.frame) < 60 and not _speech_between(project, f + step, f + step, tracks):
            f += step
        if f != edge.frame:
            out.append(Edge(f, edge.moved_from, edge.word))
    return out


def _speech_between(project: Project, a: int, b: int, tracks: list[Track]) -> bool:
    """Whether any spoken word on the talk clips among ``tracks`` overlaps timeline frames [a, b]."""
    for _track, clip, asset in talk_clips(project, tracks):
        lo, hi = max(a, clip.start), min(b, clip.end)
        if lo > hi:
            continue
        sa, sb = _source_s(project, clip, lo), _source_s(project, clip, hi)
        i = max(0, _bisect_start(asset, sa))
        for w in asset.words[i: i + 64]:
            if w.start >= sb:
                break
            if w.end > sa and w.start < sb:
                return True
    return False


# ---- cutting words ---------------------------------------------------------------------

def columns(placed: Sequence[PlacedWord]) -> tuple[list[float], list[float], list[str]]:
    """Starts, ends and texts of placed words (free for a Heard, built for a plain list)."""
    if isinstance(placed, Heard):
        return placed.starts, placed.ends, placed.texts
    return [p.start for p in placed], [p.end for p in placed], [p.text for p in placed]


def word_cut_ranges(project: Project, placed: Sequence[PlacedWord], remove: list[int]) -> list[tuple[int, int]]:
    """Timeline frame ranges that remove exactly the placed words at indices ``remove`` (merged, in order)."""
    if not remove:
        return []
    clips = {clip.id: (clip, asset) for _t, clip, asset in talk_clips(project)}
    runs: list[tuple[int, int]] = []
    for i in sorted(set(remove)):
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    out: list[tuple[int, int]] = []
    for i, j in runs:
        first, last = placed[i], placed[j]
        prev = placed[i - 1] if i > 0 else None
        nxt = placed[j + 1] if j + 1 < len(placed) else None
        s = _edge_before(project, clips[first.clip_id], first, prev)
        e = _edge_after(project, clips[last.clip_id], last, nxt)
        if e > s:
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
    return out


def _src_word(asset: MediaAsset, index: int):
    return asset.words[index]


def _edge_before(project: Project, found, word: PlacedWord, prev: PlacedWord | None) -> int:
    clip, asset = found
    hi = _src_word(asset, word.index).start
    lo = hi - WINDOW_S
    if prev is not None and prev.clip_id == word.clip_id:
        lo = max(lo, _src_word(asset, prev.index).end)
    lo = max(lo, float(Fraction(clip.source_in) / project.fps))
    return place_edge(project, clip, asset, min(lo, hi), hi, (lo + hi) / 2)


def _edge_after(project: Project, found, word: PlacedWord, nxt: PlacedWord | None) -> int:
    clip, asset = found
    lo = _src_word(asset, word.index).end
    hi = lo + WINDOW_S
    if nxt is not None and nxt.clip_id == word.clip_id:
        hi = min(hi, _src_word(asset, nxt.index).start)
    hi = min(hi, float(clip.source_out / project.fps))
    return place_edge(project, clip, asset, lo, max(lo, hi), (lo + hi) / 2)


def pause_cut_ranges(project: Project, placed: Sequence[PlacedWord], max_pause: float,
                     only: set[int] | None = None) -> list[tuple[int, int, float]]:
    """Ranges that shorten every pause between two heard words to ``max_pause`` seconds:
    (start frame, end frame, pause seconds). Half the kept pause stays on each side."""
    clips = {clip.id: (clip, asset) for _t, clip, asset in talk_clips(project)}
    fps = float(project.fps)
    out = []
    starts, ends = columns(placed)[:2]
    for i, (a_end, b_start) in enumerate(zip(ends, starts[1:])):
        gap = b_start - a_end
        if gap <= max_pause + 1.5 / fps or (only is not None and i not in only and i + 1 not in only):
            continue
        a, b = placed[i], placed[i + 1]
        keep = max_pause / 2
        ca, aa = clips[a.clip_id]
        cb, ab = clips[b.clip_id]
        a_end = _src_word(aa, a.index).end
        b_start = _src_word(ab, b.index).start
        sa = a_end + keep * float(ca.speed)
        sb = b_start - keep * float(cb.speed)
        reach = min(WINDOW_S / 2, keep / 2)
        s = place_edge(project, ca, aa, max(a_end, sa - reach), sa + reach, sa)
        e = place_edge(project, cb, ab, sb - reach, min(b_start, sb + reach), sb)
        if e - s >= 1:
            out.append((s, e, gap))
    return out
