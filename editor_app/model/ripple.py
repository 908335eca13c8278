"""Many ripple cuts in one pass: every later clip is shifted once, not once per cut.

Why: "cut the silences" on a 20-minute talk is ~400 ripple cuts. Made one by one (latest
first, so the earlier ranges stay where they were measured) each cut copies every clip after
it again: ~80,000 clip copies, seconds of work. A run makes the same cuts latest first, but
sets the part of each track after a cut aside, unshifted, and shifts each set-aside clip once,
at the end, by the total length cut before it.

The result is the sequential result exactly (clips, ids, trims, transitions): a cut only reads
and changes the part of a track before the previous cut, and that part is the same object for
object as in the sequential state. The set-aside clips lie after every later cut, so no cut
reads them, except the transition check, which is given their sequential places
(tests/core/test_ripple_run.py compares both on random timelines).
"""

from __future__ import annotations

from collections.abc import Sequence

from editor_app.model import editing
from editor_app.model.operations.base import Operation, RestoreState, capture
from editor_app.model.project import Clip, Project, Track


class RippleRun:
    """Ripple cuts on ``tracks``, each ending at or before the start of the previous one."""

    def __init__(self, project: Project, tracks: list[Track]) -> None:
        self.project = project
        self.tracks = tracks
        self.bound: int | None = None  # start of the latest cut made: the next must end by it
        self.cut_before: list[int] = [0]  # cut_before[k]: frames cut by the cuts before cut k
        self.aside: dict[str, list[tuple[int, list[Clip]]]] = {t.id: [] for t in tracks}
        self.where: dict[str, dict[str, tuple[int, Clip]]] = {t.id: {} for t in tracks}  # set-aside id -> (k, clip)

    @staticmethod
    def possible(tracks: Sequence[Track]) -> bool:
        """Clips in start order, none overlapping (what a run relies on; tracks keep it)."""
        return all(a.end <= b.start for t in tracks for a, b in zip(t.clips, t.clips[1:]))

    def fits(self, start: int, end: int) -> bool:
        return start < end and (self.bound is None or end <= self.bound)

    def cut(self, start: int, end: int) -> None:
        """Lift [start, end) from each track and set aside what follows it (shifted in ``finish``)."""
        if not self.fits(start, end):
            raise ValueError(f"a ripple run cuts latest first; {start}-{end} does not end by {self.bound}")
        k = len(self.cut_before) - 1
        for track in self.tracks:
            clips, _removed = editing.lift_clips(self.project, track.clips, start, end)
            if track.transitions:
                track.transitions = self._kept(track, clips, k)
            i = len(clips)
            while i and clips[i - 1].start >= end:
                i -= 1
            if i < len(clips):
                aside = clips[i:]
                self.aside[track.id].append((k, aside))
                self.where[track.id].update((c.id, (k, c)) for c in aside)
                del clips[i:]
            track.clips = clips
        self.cut_before.append(self.cut_before[-1] + end - start)
        self.bound = start

    def _kept(self, track: Track, clips: list[Clip], k: int) -> list:
        """The transitions ``drop_dangling_transitions`` keeps right after the sequential lift of
        cut ``k``: set-aside clips are placed where the earlier cuts' ripples have moved them."""
        by_id = {c.id: c for c in clips}
        where = self.where[track.id]

        def span(clip_id: str) -> tuple[int, int] | None:
            clip = by_id.get(clip_id)
            if clip is not None:
                return clip.start, clip.duration
            found = where.get(clip_id)
            if found is None:
                return None
            j, clip = found
            return clip.start - (self.cut_before[k] - self.cut_before[j]), clip.duration

        kept = []
        for tr in track.transitions:
            a, b = span(tr.from_clip), span(tr.to_clip)
            if a is not None and b is not None and a[0] + a[1] == b[0] and tr.duration <= b[1]:
                kept.append(tr)
        return kept

    def finish(self) -> None:
        """Put the set-aside clips back, each moved once by the cuts made before it."""
        total = self.cut_before[-1]
        for track in self.tracks:
            for k, clips in reversed(self.aside[track.id]):
                delta = total - self.cut_before[k]  # frames cut by cut k and the ones after it
                track.clips.extend(editing.moved(c, c.start - delta) for c in clips)
            editing.drop_dangling_transitions(track)
        self.aside = {t.id: [] for t in self.tracks}
        self.where = {t.id: {} for t in self.tracks}
        self.cut_before, self.bound = [0], None


def ripple_cut(project: Project, tracks: list[Track], ranges: Sequence[tuple[int, int]]) -> None:
    """Ripple-cut ``ranges`` from ``tracks`` latest first: the same result as lift + ripple_delete +
    drop_dangling_transitions per range and track, in one pass when the ranges do not overlap."""
    ordered = sorted(ranges, reverse=True)
    if RippleRun.possible(tracks) and all(e1 <= s0 for (s0, _e0), (_s1, e1) in zip(ordered, ordered[1:])) \
            and all(s < e for s, e in ordered):
        run = RippleRun(project, tracks)
        for s, e in ordered:
            run.cut(s, e)
        run.finish()
        return
    for s, e in ordered:
        for track in tracks:
            editing.lift(project, track, s, e)
            editing.ripple_delete(track, s, e)
            editing.drop_dangling_transitions(track)


# ---- runs of cut_range operations in a batch --------------------------------------------

class CutRun:
    """Consecutive ripple ``cut_range`` operations of one batch (as remove_silences emits them),
    validated and applied one by one as ever, with the clips after each cut set aside."""

    def __init__(self, project: Project, ops: Sequence[Operation], index: int, tracks: list[Track]) -> None:
        self.project, self.ops, self.index = project, ops, index
        self.run = RippleRun(project, tracks)
        self.track_ids = [t.id for t in tracks]
        self.guard: RestoreState = capture(project, self.track_ids)

    @classmethod
    def start(cls, project: Project, ops: Sequence[Operation], index: int) -> "CutRun | None":
        """A run when ``ops[index:]`` begins with at least two ripple cuts on the same tracks,
        latest first as written; else None (the operations are applied one by one)."""
        if index + 1 >= len(ops) or not (_is_ripple_cut(ops[index]) and _is_ripple_cut(ops[index + 1])):
            return None
        first, second = ops[index], ops[index + 1]
        if first.track_ids != second.track_ids or second.end > first.start:
            return None
        try:
            tracks = first._tracks(project)
        except Exception:  # noqa: BLE001 - the normal path reports it
            return None
        if len({t.id for t in tracks}) != len(tracks) or not RippleRun.possible(tracks):
            return None
        return cls(project, ops, index, tracks)

    def apply(self) -> int:
        """Apply the run; returns the index of the first operation after it. On an error
        ``self.index`` is the failing operation and ``self.guard`` restores the run's tracks."""
        first = self.ops[self.index]
        while self.index < len(self.ops):
            op = self.ops[self.index]
            if not (_is_ripple_cut(op) and op.track_ids == first.track_ids and self.run.fits(op.start, op.end)):
                break
            op.validate(self.project)
            start, end, _notes = op._safe(self.project)
            if not self.run.fits(start, end):  # cannot happen (edges snap inside the part before)
                break
            self.run.cut(start, end)
            self.index += 1
        self.run.finish()
        return self.index


def _is_ripple_cut(op: Operation) -> bool:
    from editor_app.model.operations.clip_ops import CutRange

    return type(op) is CutRange and op.ripple


def ripple_run_length(ops: Sequence[Operation], index: int) -> int:
    """How many operations from ``index`` on are ripple cuts on the same tracks (at least 1):
    callers that apply operations one at a time hand such a stretch to ``apply_all`` at once."""
    count = 1
    while (index + count < len(ops) and _is_ripple_cut(ops[index]) and _is_ripple_cut(ops[index + count])
           and ops[index + count].track_ids == ops[index].track_ids):
        count += 1
    return count
