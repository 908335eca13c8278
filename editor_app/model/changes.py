"""What a change touched: tracks, clips, media, markers, by comparing two cheap shapes.

Why shapes and not the batch's inverses: inverses differ by operation (and the journal may
store them compactly), while clips, effects and media assets are immutable objects, so a
shape of references taken before a change and one taken after tell exactly which clips,
tracks and media were added, replaced or removed, in O(clips) pointer comparisons.
Views use the result to update only that (see docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_app.model.project import Project

_TRACK_FIELDS = ("kind", "role", "name", "muted", "locked", "hidden", "volume_db")


@dataclass(frozen=True)
class Shape:
    """References to a project's parts at one moment (no copies of clips)."""

    order: tuple[str, ...]
    tracks: dict[str, tuple[Any, ...]]  # track id -> its scalar fields
    clips: dict[str, dict[str, Any]]  # track id -> clip id -> clip object
    transitions: dict[str, tuple[Any, ...]]
    media: dict[str, Any]
    markers: tuple[Any, ...]
    notes: tuple[Any, ...]
    settings: Any


def shape(project: Project) -> Shape:
    return Shape(
        order=tuple(t.id for t in project.tracks),
        tracks={t.id: tuple(getattr(t, f) for f in _TRACK_FIELDS) for t in project.tracks},
        clips={t.id: {c.id: c for c in t.clips} for t in project.tracks},
        transitions={t.id: tuple(t.transitions) for t in project.tracks},
        media=dict(project.media),
        markers=tuple(project.markers),
        notes=tuple(project.notes),
        settings=project.settings,
    )


@dataclass(frozen=True)
class Touched:
    """The parts one change touched. ``clips`` = added | changed | removed clip ids."""

    tracks: frozenset[str] = frozenset()  # tracks whose clips, transitions or fields changed
    clips: frozenset[str] = frozenset()
    removed_clips: frozenset[str] = frozenset()
    added_clips: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()  # media ids added, changed or removed
    track_order: bool = False  # tracks added, removed or reordered
    markers: bool = False
    notes: bool = False
    settings: bool = False
    everything: bool = False  # a reload: rebuild every view

    @property
    def empty(self) -> bool:
        return not (self.tracks or self.clips or self.media or self.track_order or self.markers or self.notes
                    or self.settings or self.everything)


EVERYTHING = Touched(everything=True)


def touched(before: Shape, after: Shape) -> Touched:
    tracks: set[str] = set()
    changed: set[str] = set()
    added: set[str] = set()
    removed: set[str] = set()
    for tid in set(before.clips) | set(after.clips):
        old, new = before.clips.get(tid, {}), after.clips.get(tid, {})
        moved = False
        for cid, clip in new.items():
            prev = old.get(cid)
            if prev is None:
                added.add(cid)
                moved = True
            elif prev is not clip:
                changed.add(cid)
                moved = True
        for cid in old.keys() - new.keys():
            removed.add(cid)
            moved = True
        if (moved or before.tracks.get(tid) != after.tracks.get(tid)
                or before.transitions.get(tid) != after.transitions.get(tid)):
            tracks.add(tid)
    # A clip moved to another track is "removed" from one and "added" to the other: it is changed.
    crossed = added & removed
    changed |= crossed
    added -= crossed
    removed -= crossed
    media = {mid for mid in before.media.keys() | after.media.keys() if before.media.get(mid) is not after.media.get(mid)}
    return Touched(
        tracks=frozenset(tracks), clips=frozenset(changed | added | removed), removed_clips=frozenset(removed),
        added_clips=frozenset(added), media=frozenset(media), track_order=before.order != after.order,
        markers=before.markers != after.markers, notes=before.notes != after.notes,
        settings=before.settings is not after.settings,
    )
