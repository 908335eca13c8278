"""Timeline geometry: which track sits on which row, frames <-> pixels.

Video tracks are listed top-down with the last (topmost layer) first, then the audio
tracks, as editors usually show them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from editor_app.model.project import Clip, Project, Track

HEADER_W = 168
RULER_H = 30
TRACK_H = 62
TRACK_GAP = 2
EDGE_PX = 6  # how close to a clip edge a press trims instead of moving
SNAP_PX = 8


def display_order(project: Project) -> list[Track]:
    video = [t for t in project.tracks if t.kind == "video"]
    audio = [t for t in project.tracks if t.kind != "video"]
    return list(reversed(video)) + audio


@dataclass
class TrackIndex:
    """A track's clips with sorted starts and ends for O(log n) hit tests and culling."""

    track: Track
    row: int
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # clip id -> (start, end): what to repaint
    look: tuple = ()  # the track fields that colour all its clips (a change repaints the whole row)

    @classmethod
    def build(cls, track: Track, row: int) -> "TrackIndex":
        starts = [c.start for c in track.clips]
        ends = [c.end for c in track.clips]
        return cls(track, row, starts, ends, {c.id: (a, b) for c, a, b in zip(track.clips, starts, ends)},
                   (track.role, track.kind, track.muted, track.hidden, track.locked, track.name))

    def visible(self, first: int, last: int) -> range:
        """Indices of clips overlapping frames [first, last]."""
        lo = bisect_right(self.ends, first)
        hi = bisect_left(self.starts, last + 1)
        return range(lo, max(lo, hi))

    def at(self, frame: float) -> Clip | None:
        i = bisect_right(self.starts, frame) - 1
        if 0 <= i < len(self.track.clips) and frame < self.ends[i]:
            return self.track.clips[i]
        return None


def row_top(row: int) -> float:
    return row * (TRACK_H + TRACK_GAP)


def row_at(y: float, rows: int) -> int | None:
    if y < 0:
        return None
    row = int(y // (TRACK_H + TRACK_GAP))
    return row if row < rows else None


def snap(frame: float, candidates: list[int], tolerance: float) -> tuple[int, int | None]:
    """The nearest candidate within ``tolerance`` frames (and it), else the rounded frame."""
    if candidates:
        i = bisect_left(candidates, frame)
        best = None
        for j in (i - 1, i):
            if 0 <= j < len(candidates) and abs(candidates[j] - frame) <= tolerance:
                if best is None or abs(candidates[j] - frame) < abs(best - frame):
                    best = candidates[j]
        if best is not None:
            return best, best
    return int(round(frame)), None
