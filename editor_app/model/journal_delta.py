"""Compact undo data: the difference between two project states, as plain JSON.

Why: snapshotting whole tracks made undo data grow with the timeline (143 KB for one volume
change on a 500-clip track, 35 MB for one "cut the silences"). A delta names only what
differs: changed fields of changed clips, replaced runs of clips, changed track fields,
media, markers, notes and id counters. ``make_delta(before, after)`` is the delta that turns
``after`` back into ``before``; it is always resolved against the state it was made from,
which undo's last-in-first-out order guarantees.

Delta layout (every key optional)::

    {"tracks": {tid: {"set": {field: value}, "clips": [[j1, j2, [item, ...]], ...],
                      "transitions": [...]}},
     "add_tracks": {tid: track}, "drop_tracks": [tid], "order": [tid],
     "media": {"set": {mid: asset}, "drop": [mid], "order": [mid]},
     "markers": [...], "notes": [...], "id_counters": {...}, "project": {field: value}}

A clip run ``[j1, j2, items]`` replaces ``clips[j1:j2]`` of the current track; an item is a
full clip, or ``{"$patch": id, field: value}``: the current clip with that id, fields replaced.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, ClassVar, Literal

from editor_app.model.operations.base import Operation
from editor_app.model.project import Clip, MediaAsset, Marker, Note, Project, Settings, Track, Transition

_TRACK_FIELDS = [name for name in Track.model_fields if name not in ("clips", "transitions")]
_TOP_FIELDS = ("schema_version", "name", "settings")


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json")


def _field(model: Any, name: str) -> Any:
    return model.model_dump(mode="json", include={name})[name]


_CLIP_FIELDS = tuple(Clip.model_fields)
_INT_FIELDS = frozenset({"start", "duration"})  # whole frames: their JSON is the value itself


def _clip_patch(before: Clip, after: Clip) -> dict[str, Any] | None:
    """Fields of ``before`` that differ from ``after`` (same id), or None when equal.

    Read from the instances' dicts, and a moved clip's start written as it is: a ripple edit on
    1,000 clips patches every later clip, and a pydantic dump per field cost ~25 ms there."""
    if before is after:
        return None
    old, new = before.__dict__, after.__dict__
    changed = {name: old[name] if name in _INT_FIELDS and type(old[name]) is int else _field(before, name)
               for name in _CLIP_FIELDS if old[name] != new[name]}
    if not changed:
        return None
    return {"$patch": before.id, **changed}


def _item(clip: Clip, after_by_id: dict[str, Clip]) -> dict[str, Any]:
    current = after_by_id.get(clip.id)
    if current is None:
        return _dump(clip)
    return _clip_patch(clip, current) or {"$patch": clip.id}


def _clip_runs(before: list[Clip], after: list[Clip]) -> list[list[Any]]:
    """Runs ``[j1, j2, items]`` that turn ``after`` into ``before``, merged when adjacent."""
    runs: list[list[Any]] = []

    def add(j1: int, j2: int, items: list[dict[str, Any]]) -> None:
        if runs and runs[-1][1] == j1:
            runs[-1][1] = j2
            runs[-1][2].extend(items)
        else:
            runs.append([j1, j2, items])

    if len(before) == len(after) and all(b.id == a.id for b, a in zip(before, after)):
        for j, (b, a) in enumerate(zip(before, after)):
            patch = _clip_patch(b, a)
            if patch is not None:
                add(j, j + 1, [patch])
        return runs
    after_by_id = {c.id: c for c in after}
    matcher = SequenceMatcher(None, [c.id for c in after], [c.id for c in before], autojunk=False)
    for tag, j1, j2, i1, i2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(j2 - j1):
                patch = _clip_patch(before[i1 + offset], after[j1 + offset])
                if patch is not None:
                    add(j1 + offset, j1 + offset + 1, [patch])
        else:
            add(j1, j2, [_item(c, after_by_id) for c in before[i1:i2]])
    return runs


def _track_delta(before: Track, after: Track) -> dict[str, Any]:
    out: dict[str, Any] = {}
    changed = {name: _field(before, name) for name in _TRACK_FIELDS if getattr(before, name) != getattr(after, name)}
    if changed:
        out["set"] = changed
    if before.clips != after.clips:  # list equality checks identity first: cheap for shared clips
        runs = _clip_runs(before.clips, after.clips)
        if runs:
            out["clips"] = runs
    if before.transitions != after.transitions:
        out["transitions"] = [_dump(t) for t in before.transitions]
    return out


def make_delta(before: Project, after: Project) -> dict[str, Any]:
    """The delta that turns ``after`` into ``before`` (both untouched)."""
    delta: dict[str, Any] = {}
    after_tracks = {t.id: t for t in after.tracks}
    before_tracks = {t.id: t for t in before.tracks}
    tracks: dict[str, Any] = {}
    for tid, track in before_tracks.items():
        if tid not in after_tracks:
            delta.setdefault("add_tracks", {})[tid] = _dump(track)
        elif track is not after_tracks[tid]:
            entry = _track_delta(track, after_tracks[tid])
            if entry:
                tracks[tid] = entry
    if tracks:
        delta["tracks"] = tracks
    dropped = [tid for tid in after_tracks if tid not in before_tracks]
    if dropped:
        delta["drop_tracks"] = dropped
    if [t.id for t in before.tracks] != [t.id for t in after.tracks]:
        delta["order"] = [t.id for t in before.tracks]
    if before.media != after.media or list(before.media) != list(after.media):
        media: dict[str, Any] = {}
        changed = {mid: _dump(a) for mid, a in before.media.items() if after.media.get(mid) != a}
        if changed:
            media["set"] = changed
        drop = [mid for mid in after.media if mid not in before.media]
        if drop:
            media["drop"] = drop
        result = [m for m in after.media if m in before.media] + [m for m in changed if m not in after.media]
        if list(before.media) != result:
            media["order"] = list(before.media)
        delta["media"] = media
    for name in ("markers", "notes"):
        if getattr(before, name) != getattr(after, name):
            delta[name] = [_dump(item) for item in getattr(before, name)]
    if before.id_counters != after.id_counters:
        delta["id_counters"] = dict(before.id_counters)
    top = {name: _field(before, name) for name in _TOP_FIELDS if getattr(before, name) != getattr(after, name)}
    if top:
        delta["project"] = top
    return delta


def _apply_runs(clips: list[Clip], runs: list[list[Any]]) -> list[Clip]:
    by_id = {c.id: c for c in clips}
    out = list(clips)
    for j1, j2, items in sorted(runs, key=lambda run: run[0], reverse=True):
        built = []
        for item in items:
            if "$patch" in item:
                current = by_id[item["$patch"]]
                fields = {k: v for k, v in item.items() if k != "$patch"}
                built.append(Clip.model_validate({**_dump(current), **fields}) if fields else current)
            else:
                built.append(Clip.model_validate(item))
        out[j1:j2] = built
    return out


def apply_delta(project: Project, delta: dict[str, Any]) -> None:
    """Turn ``project`` (the state the delta was made from) into the state it records."""
    by_id = {t.id: t for t in project.tracks}
    for tid, entry in delta.get("tracks", {}).items():
        track = by_id[tid]
        update: dict[str, Any] = dict(entry.get("set", {}))  # track fields are JSON scalars
        update["clips"] = _apply_runs(track.clips, entry["clips"]) if "clips" in entry else list(track.clips)
        update["transitions"] = ([Transition.model_validate(t) for t in entry["transitions"]]
                                 if "transitions" in entry else list(track.transitions))
        by_id[tid] = track.model_copy(update=update)
    for tid in delta.get("drop_tracks", []):
        by_id.pop(tid, None)
    for tid, data in delta.get("add_tracks", {}).items():
        by_id[tid] = Track.model_validate(data)
    order = delta.get("order") or [t.id for t in project.tracks]
    project.tracks = [by_id[tid] for tid in order if tid in by_id]
    if "media" in delta:
        media = dict(project.media)
        for mid in delta["media"].get("drop", []):
            media.pop(mid, None)
        for mid, data in delta["media"].get("set", {}).items():
            media[mid] = MediaAsset.model_validate(data)
        order = delta["media"].get("order")
        project.media = {mid: media[mid] for mid in order if mid in media} if order else media
    if "markers" in delta:
        project.markers = [Marker.model_validate(m) for m in delta["markers"]]
    if "notes" in delta:
        project.notes = [Note.model_validate(n) for n in delta["notes"]]
    if "id_counters" in delta:
        project.id_counters = dict(delta["id_counters"])
    top = delta.get("project", {})
    if "settings" in top:
        project.settings = Settings.model_validate(top["settings"])
    for name in ("schema_version", "name"):
        if name in top:
            setattr(project, name, top[name])


class StateDelta(Operation):
    """Put back the state a batch changed (undo/redo data); internal, never a user edit."""

    op: Literal["restore_delta"] = "restore_delta"
    internal: ClassVar[bool] = True
    delta: dict[str, Any]

    def apply(self, project: Project) -> "StateDelta":
        prior = project.clone()
        apply_delta(project, self.delta)
        return StateDelta.model_construct(op="restore_delta", delta=make_delta(prior, project))

    def describe(self, project: Project | None = None) -> str:
        return "restore previous state"

    def touched_tracks(self) -> set[str]:
        """Track ids this delta changes, adds or removes (for views that update only those)."""
        d = self.delta
        return set(d.get("tracks", {})) | set(d.get("add_tracks", {})) | set(d.get("drop_tracks", []))
