"""A readable diff between two states of a project: what a plan or a batch changes.

Used for plan cards in the chat, `editor-app chat` output and the journal view. Clips that a
ripple edit only moved in time are told per track in one line ("499 clips moved 2 s earlier
on Main"), not one line each: a person reads the edit, not 1,000 new positions, and building
per-clip text cost ~100 ms a turn on a 1,000-clip project. Many new clips of one media (the
pieces "cut the silences" leaves) are one line too. Which clips changed, for views, is
``model.changes.touched``, not this text.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.model.operations.base import label_clip
from editor_app.model.project import Clip, Project, Track
from editor_app.model.time import format_time

MOVED_SUMMARY_MIN = 4  # clips moved one way, or added of one media, on a track: from this many on, one line

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
    elsewhere = _Elsewhere(before, after)
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
        lines += _clip_lines(before, after, track, old_clips, elsewhere)
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


def _clip_lines(before: Project, after: Project, track: Track, old_clips: dict[str, Clip], elsewhere: "_Elsewhere") -> list[DiffLine]:
    """The clips of one track: added, changed, moved (summed up) and removed."""
    name = track.name or track.role
    entries: list[DiffLine | Clip] = []  # a Clip stands for an added clip, told once its kind is counted
    shifted: list[tuple[Clip, Clip]] = []  # (before, after) of clips only moved in time
    for clip in track.clips:
        previous = old_clips.get(clip.id)
        crossed = previous is None and (previous := elsewhere.before(track.id, clip.id)) is not None
        if previous is None:
            entries.append(clip)
        elif previous is not clip:
            if not crossed and _only_moved(previous, clip):
                shifted.append((previous, clip))
                continue
            if previous == clip:
                continue
            changes = _changes(after, previous, clip)
            if crossed:
                changes.insert(0, f"moved to track {track.id} ({name})")
            if changes:
                entries.append(DiffLine("changed", f"{label_clip(after, clip)}: {'; '.join(changes)}", clip.id, track.id))
    lines = _added_lines(after, track.id, name, entries) + _moved_lines(after, track.id, name, shifted)
    if old_clips:
        new_ids = {c.id for c in track.clips}
        for cid, clip in old_clips.items():
            if cid not in new_ids and not elsewhere.in_after(cid):
                lines.append(DiffLine("removed", f"{label_clip(before, clip)} from {name} ({_span(before, clip)})", cid, track.id))
    return lines


def _added_lines(project: Project, track_id: str, name: str, entries: list[DiffLine | Clip]) -> list[DiffLine]:
    """Added clips a line each, except many of one media (the pieces a silence cut leaves): one line."""
    groups: dict[str, list[Clip]] = {}
    for entry in entries:
        if isinstance(entry, Clip) and entry.media_id is not None:
            groups.setdefault(entry.media_id, []).append(entry)
    lines = []
    for entry in entries:
        if not isinstance(entry, Clip):
            lines.append(entry)
            continue
        group = groups.get(entry.media_id) if entry.media_id is not None else None
        if group is None or len(group) < MOVED_SUMMARY_MIN:
            lines.append(DiffLine("added", f"{label_clip(project, entry)} on {name} at {_span(project, entry)}", entry.id, track_id))
        elif entry is group[0]:
            asset = project.media.get(entry.media_id)
            what = f"'{asset.name}'" if asset is not None else entry.media_id
            lines.append(DiffLine("added", f"{len(group):,} clips of {what} ({group[0].id} … {group[-1].id}) on {name} "
                                           f"from {format_time(group[0].start, project.fps)} to "
                                           f"{format_time(group[-1].end, project.fps)}", track_id=track_id))
    return lines


class _Elsewhere:
    """Clip ids across all tracks, indexed on first use (a clip moved between tracks, or not gone)."""

    def __init__(self, before: Project, after: Project) -> None:
        self._projects = (before, after)
        self._before: dict[str, tuple[str, Clip]] | None = None
        self._after: set[str] | None = None

    def before(self, track_id: str, clip_id: str) -> Clip | None:
        """The clip as it was on another track, or None (new, or it was on this one)."""
        if self._before is None:
            self._before = {c.id: (t.id, c) for t in self._projects[0].tracks for c in t.clips}
        found = self._before.get(clip_id)
        return found[1] if found is not None and found[0] != track_id else None

    def in_after(self, clip_id: str) -> bool:
        if self._after is None:
            self._after = {c.id for t in self._projects[1].tracks for c in t.clips}
        return clip_id in self._after


def _only_moved(old: Clip, new: Clip) -> bool:
    """Same clip at another start: nothing else differs (one dict comparison, no text)."""
    if old.start == new.start:
        return False
    fields = dict(old.__dict__)
    fields["start"] = new.start
    return fields == new.__dict__


def _moved_lines(project: Project, track_id: str, name: str, shifted: list[tuple[Clip, Clip]]) -> list[DiffLine]:
    """One line for the clips moved earlier and one for those moved later; a line each when few."""
    out = []
    for word, group in (("earlier", [(o, n) for o, n in shifted if n.start < o.start]),
                        ("later", [(o, n) for o, n in shifted if n.start > o.start])):
        if len(group) < MOVED_SUMMARY_MIN:
            out += [DiffLine("changed", f"{label_clip(project, new)}: {_span(project, old)} -> {_span(project, new)}",
                             new.id, track_id) for old, new in group]
            continue
        deltas = [abs(n.start - o.start) for o, n in group]
        low, high = min(deltas), max(deltas)
        by = _seconds(low, project) if low == high else f"{_seconds(low, project)}-{_seconds(high, project)}"
        out.append(DiffLine("changed", f"{len(group):,} clips ({group[0][1].id} … {group[-1][1].id}) moved {by} s "
                                       f"{word} on {name}", track_id=track_id))
    return out


def _seconds(frames: int, project: Project) -> str:
    return f"{round(float(frames / project.fps), 2):g}"


def format_diff(lines: list[DiffLine]) -> str:
    return "\n".join(str(line) for line in lines) if lines else "(no changes)"
