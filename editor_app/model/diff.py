"""A readable diff between two states of a project: what a plan or a batch changes.

Used for plan cards in the chat, `editor-app chat` output and the journal view.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.model.operations.base import label_clip
from editor_app.model.project import Clip, Project
from editor_app.model.time import format_time


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "added" | "removed" | "changed" | "track" | "media" | "marker"
    text: str
    clip_id: str | None = None
    track_id: str | None = None

    def __str__(self) -> str:
        sign = {"added": "+", "removed": "-"}.get(self.kind, "~")
        return f"{sign} {self.text}"


def _span(project: Project, clip: Clip) -> str:
    return f"{format_time(clip.start, project.fps)}-{format_time(clip.end, project.fps)}"


def _changes(project: Project, old: Clip, new: Clip) -> list[str]:
    out: list[str] = []
    if (old.start, old.end) != (new.start, new.end):
        out.append(f"{_span(project, old)} -> {_span(project, new)}")
    if old.source_in != new.source_in:
        out.append(f"source in {format_time(old.source_in, project.fps)} -> {format_time(new.source_in, project.fps)}")
    if old.speed != new.speed:
        out.append(f"speed {float(old.speed):g}x -> {float(new.speed):g}x")
    if old.volume_db != new.volume_db:
        out.append(f"volume {old.volume_db:+.1f} -> {new.volume_db:+.1f} dB")
    if old.envelope != new.envelope:
        out.append(f"volume envelope {len(old.envelope)} -> {len(new.envelope)} points")
    if old.enabled != new.enabled:
        out.append("enabled" if new.enabled else "disabled")
    if old.name != new.name:
        out.append(f"renamed '{old.name}' -> '{new.name}'")
    old_fx = {e.id: e for e in old.effects}
    new_fx = {e.id: e for e in new.effects}
    for eid, effect in new_fx.items():
        if eid not in old_fx:
            out.append(f"+{effect.type}")
        elif old_fx[eid] != effect:
            out.append(f"~{effect.type}")
    for eid, effect in old_fx.items():
        if eid not in new_fx:
            out.append(f"-{effect.type}")
    if old.generator != new.generator:
        out.append("card changed")
    return out


def diff_projects(before: Project, after: Project) -> list[DiffLine]:
    """Lines describing how ``after`` differs from ``before``, grouped by track."""
    lines: list[DiffLine] = []
    for mid, asset in after.media.items():
        if mid not in before.media:
            lines.append(DiffLine("media", f"media {mid} '{asset.name}' imported"))
        elif before.media[mid] != asset:
            lines.append(DiffLine("media", f"media {mid} '{asset.name}' updated"))
    for mid, asset in before.media.items():
        if mid not in after.media:
            lines.append(DiffLine("media", f"media {mid} '{asset.name}' removed"))
    before_tracks = {t.id: t for t in before.tracks}
    after_tracks = {t.id: t for t in after.tracks}
    for track in after.tracks:
        name = track.name or track.role
        old = before_tracks.get(track.id)
        if old is None:
            lines.append(DiffLine("track", f"new {track.kind} track {track.id} ({name})", track_id=track.id))
            old_clips: dict[str, Clip] = {}
        else:
            old_clips = {c.id: c for c in old.clips}
            for attr in ("muted", "locked", "hidden", "name", "volume_db"):
                if getattr(old, attr) != getattr(track, attr):
                    lines.append(DiffLine("track", f"track {track.id} ({name}): {attr} {getattr(old, attr)} -> {getattr(track, attr)}", track_id=track.id))
            if old.transitions != track.transitions:
                old_t = {t.id for t in old.transitions}
                for tr in track.transitions:
                    if tr.id not in old_t:
                        lines.append(DiffLine("added", f"{tr.kind} {tr.from_clip} -> {tr.to_clip} ({format_time(tr.duration, after.fps)}) on {track.id}", track_id=track.id))
        new_ids = set()
        for clip in track.clips:
            new_ids.add(clip.id)
            previous = old_clips.get(clip.id) or _moved_from(before, track.id, clip.id)
            if previous is None:
                lines.append(DiffLine("added", f"{label_clip(after, clip)} on {name} at {_span(after, clip)}", clip.id, track.id))
            elif previous is not clip and previous != clip:
                changes = _changes(after, previous, clip)
                if old_clips.get(clip.id) is None:
                    changes.insert(0, f"moved to track {track.id} ({name})")
                if changes:
                    lines.append(DiffLine("changed", f"{label_clip(after, clip)}: {'; '.join(changes)}", clip.id, track.id))
        for cid, clip in old_clips.items():
            if cid not in new_ids and after.find_clip(cid) is None:
                lines.append(DiffLine("removed", f"{label_clip(before, clip)} from {name} ({_span(before, clip)})", cid, track.id))
    for tid, track in before_tracks.items():
        if tid not in after_tracks:
            lines.append(DiffLine("track", f"track {tid} ({track.name or track.role}) removed with {len(track.clips)} clips", track_id=tid))
    old_markers = {m.id for m in before.markers}
    for marker in after.markers:
        if marker.id not in old_markers:
            lines.append(DiffLine("marker", f"marker '{marker.name}' at {format_time(marker.frame, after.fps)}"))
    if len(after.notes) != len(before.notes):
        lines.append(DiffLine("changed", f"notes: {len(before.notes)} -> {len(after.notes)}"))
    return lines


def _moved_from(before: Project, track_id: str, clip_id: str) -> Clip | None:
    found = before.find_clip(clip_id)
    if found and found[0].id != track_id:
        return found[1]
    return None


def format_diff(lines: list[DiffLine]) -> str:
    return "\n".join(str(line) for line in lines) if lines else "(no changes)"
