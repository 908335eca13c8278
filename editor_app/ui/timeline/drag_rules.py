"""What a clip drag would do, said before the drop: where it lands, whether it fits, and how.

Plain drag: the clip moves only where nothing is (strict). Shift: it overwrites what is
there. Alt: it is inserted, pushing the later clips of the target track right. The same rules
give the status line while dragging, the colour of the drop box and the operations on drop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.model.operations import MoveClip
from editor_app.model.project import Clip, Project
from editor_app.ui.naming import quoted_clip, track_name
from editor_app.ui.timefmt import show_time


def how(modifiers) -> str:
    if modifiers & Qt.KeyboardModifier.ShiftModifier:
        return "overwrite"
    if modifiers & Qt.KeyboardModifier.AltModifier:
        return "insert"
    return "strict"


def _target(project: Project, drag):
    return next(t for t in project.tracks if t.id == drag.track_id)


def overlapping(project: Project, drag) -> list[Clip]:
    track = _target(project, drag)
    return [c for c in track.clips if c.id != drag.clip.id and c.start < drag.end and drag.start < c.end]


def drag_feedback(project: Project, drag) -> str:
    """The status line while dragging: the destination in words and whether the drop will work."""
    track = _target(project, drag)
    where = f"{show_time(drag.start, project.fps)} on {track_name(track)}"
    name = quoted_clip(project, drag.clip)
    covered = drag.overlaps
    if drag.how == "insert":
        straddle = _straddling(project, drag)
        if straddle is not None:
            return f"Cannot insert {name} at {where}: it would land inside {quoted_clip(project, straddle)}"
        return f"Insert {name} at {where}, pushing later clips right (release to insert)"
    if not covered:
        return f"Move {name} to {where} (fits)"
    names = ", ".join(quoted_clip(project, c) for c in covered[:3])
    if drag.how == "overwrite":
        return f"Overwrite: {name} replaces part of {names} at {where}"
    return f"{name} would overlap {names} at {where}: hold Shift to overwrite, Alt to insert"


def _straddling(project: Project, drag) -> Clip | None:
    track = _target(project, drag)
    return next((c for c in track.clips if c.id != drag.clip.id and c.start < drag.start < c.end), None)


def drag_label(project: Project, drag) -> str:
    track = _target(project, drag)
    verb = {"overwrite": "Overwrite with", "insert": "Insert"}.get(drag.how, "Move")
    return f"{verb} {quoted_clip(project, drag.clip)} at {show_time(drag.start, project.fps)} on {track_name(track)}"


def move_ops(project: Project, drag) -> list | str:
    """The operations for the drop, or a sentence saying why nothing was done."""
    clip = drag.clip
    other_track = None if drag.track_id == drag.track.id else drag.track_id
    if drag.how == "overwrite":
        return [MoveClip(clip_id=clip.id, start=drag.start, track_id=other_track, mode="overwrite")]
    if drag.how == "insert":
        straddle = _straddling(project, drag)
        if straddle is not None:
            return (f"Not inserted: {quoted_clip(project, clip)} would land inside {quoted_clip(project, straddle)}; "
                    "split it there first (S) or drop at a cut")
        track = _target(project, drag)
        later = sorted((c for c in track.clips if c.id != clip.id and c.start >= drag.start),
                       key=lambda c: c.start, reverse=True)
        # make room first (last clip first so nothing overlaps on the way), then move the clip in
        ops: list = []
        if other_track is None:  # leave its old place first so pushing later clips never hits it
            ops.append(MoveClip(clip_id=clip.id, start=_parking(project, drag)))
        ops += [MoveClip(clip_id=c.id, start=c.start + clip.duration) for c in later]
        ops.append(MoveClip(clip_id=clip.id, start=drag.start, track_id=other_track))
        return ops
    if drag.overlaps:
        names = ", ".join(quoted_clip(project, c) for c in drag.overlaps[:3])
        return f"Not moved: {quoted_clip(project, clip)} would overlap {names}. Hold Shift to overwrite or Alt to insert."
    return [MoveClip(clip_id=clip.id, start=drag.start, track_id=other_track)]


def _parking(project: Project, drag) -> int:
    """A free spot after everything on the track, to hold the clip while the others shift."""
    track = _target(project, drag)
    return max([c.end for c in track.clips] + [0]) + drag.clip.duration + 1
