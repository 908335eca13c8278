"""Media, tracks, markers and notes."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from editor_app.model.operations.base import (
    ORIGIN_FIELD,
    Operation,
    OperationError,
    capture,
    check_new_id,
    check_range,
    fmt,
    get_media,
    get_track,
)
from editor_app.model.media_paths import media_path_problem
from editor_app.model.types import Frames, MarkerId, MediaId, NewMarkerId, NewMediaId, NewTrackId, TrackId
from editor_app.model.project import MediaAsset, Marker, Note, Project, Track, TrackKind, TrackRole, TranscriptSegment

VIDEO_ROLES = {"main", "broll", "titles", "overlay"}
AUDIO_ROLES = {"voice", "music", "sfx"}
ROLE_NAMES = {"main": "Main", "broll": "B-roll", "titles": "Titles", "overlay": "Overlay", "voice": "Voice", "music": "Music", "sfx": "Effects"}


class ImportMedia(Operation):
    """Add a probed media file to the project (the media layer builds the asset)."""

    op: Literal["import_media"] = "import_media"
    asset: MediaAsset
    media_id: NewMediaId = ORIGIN_FIELD

    def validate(self, project: Project) -> None:
        check_new_id(project, self.media_id or self.asset.id or None, "media")
        problem = media_path_problem(self.asset.path)
        if problem:
            raise OperationError(problem)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        media_id = self.media_id or self.asset.id or project.new_id("media")
        project.reserve_id(media_id)
        project.media[media_id] = self.asset.model_copy(update={"id": media_id})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Import {self.asset.kind} '{self.asset.name}'"


class RemoveMedia(Operation):
    """Remove media that no clip uses."""

    op: Literal["remove_media"] = "remove_media"
    media_id: MediaId

    def validate(self, project: Project) -> None:
        get_media(project, self.media_id)
        users = [c.id for c in project.clips() if c.media_id == self.media_id]
        if users:
            raise OperationError(f"media {self.media_id} is used by clips {', '.join(users[:10])}", "remove those clips first")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        del project.media[self.media_id]
        return inverse

    def describe(self, project: Project | None = None) -> str:
        name = project.media[self.media_id].name if project and self.media_id in project.media else self.media_id
        return f"Remove media '{name}'"


class UpdateMedia(Operation):
    """Change a media item's name, description, tags or transcript."""

    op: Literal["update_media"] = "update_media"
    media_id: MediaId
    name: str | None = None
    description: str | None = None
    tags: list[str] | None = None
    transcript: list[TranscriptSegment] | None = None

    def validate(self, project: Project) -> None:
        get_media(project, self.media_id)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        changes = {k: v for k, v in self.model_dump(include={"name", "description"}).items() if v is not None}
        if self.tags is not None:
            changes["tags"] = tuple(self.tags)
        if self.transcript is not None:
            changes["transcript"] = tuple(self.transcript)
        project.media[self.media_id] = project.media[self.media_id].model_copy(update=changes)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        fields = [k for k in ("name", "description", "tags", "transcript") if getattr(self, k) is not None]
        return f"Update {', '.join(fields)} of media {self.media_id}"


class AddTrack(Operation):
    """Add a video or audio track with a role (main, broll, titles, overlay, voice, music, sfx)."""

    op: Literal["add_track"] = "add_track"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("track",)  # routing words (regex)
    kind: TrackKind
    role: TrackRole
    name: str = ""
    index: int | None = Field(None, ge=0, description="Position in the track list; default: the end (top).")
    track_id: NewTrackId = ORIGIN_FIELD

    def validate(self, project: Project) -> None:
        roles = VIDEO_ROLES if self.kind == "video" else AUDIO_ROLES
        if self.role not in roles:
            raise OperationError(f"a {self.kind} track cannot have role {self.role}", f"use one of {', '.join(sorted(roles))}")
        check_new_id(project, self.track_id, "track")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, order=True)
        track_id = self.track_id or project.new_id("track")
        project.reserve_id(track_id)
        track = Track(id=track_id, kind=self.kind, role=self.role, name=self.name or ROLE_NAMES[self.role])
        index = len(project.tracks) if self.index is None else min(self.index, len(project.tracks))
        project.tracks.insert(index, track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Add {self.kind} track '{self.name or ROLE_NAMES[self.role]}'"


class RemoveTrack(Operation):
    """Remove a track and all its clips."""

    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("track",)  # routing words (regex)

    op: Literal["remove_track"] = "remove_track"
    track_id: TrackId

    def validate(self, project: Project) -> None:
        get_track(project, self.track_id)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, [self.track_id], order=True)
        project.tracks = [t for t in project.tracks if t.id != self.track_id]
        return inverse

    def describe(self, project: Project | None = None) -> str:
        track = project.find_track(self.track_id) if project else None
        count = f" and its {len(track.clips)} clips" if track and track.clips else ""
        return f"Remove track {self.track_id}{count}"


class UpdateTrack(Operation):
    """Rename, mute, lock, hide a track or set its volume."""

    op: Literal["update_track"] = "update_track"
    agents: ClassVar[tuple[str, ...]] = ("audio", "timeline")  # timeline: rename, lock, hide
    keywords: ClassVar[tuple[str, ...]] = ("mute", "sound", "audio")  # routing words (regex)
    track_id: TrackId
    name: str | None = None
    muted: bool | None = None
    locked: bool | None = None
    hidden: bool | None = None
    volume_db: float | None = Field(None, ge=-100, le=24)

    def validate(self, project: Project) -> None:
        track = get_track(project, self.track_id, editable=False)
        changes_other_than_lock = any(getattr(self, k) is not None for k in ("name", "muted", "hidden", "volume_db"))
        if track.locked and changes_other_than_lock and self.locked is not False:
            raise OperationError(f"track {track.id} is locked", "unlock it first")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, [self.track_id])
        track = project.track(self.track_id)
        for key in ("name", "muted", "locked", "hidden", "volume_db"):
            value = getattr(self, key)
            if value is not None:
                setattr(track, key, value)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        track = project.find_track(self.track_id) if project else None
        label = f"{self.track_id} ({track.name})" if track and track.name else self.track_id
        words = []
        if self.muted is not None:
            words.append("mute" if self.muted else "unmute")
        if self.locked is not None:
            words.append("lock" if self.locked else "unlock")
        if self.hidden is not None:
            words.append("hide" if self.hidden else "show")
        if self.name is not None:
            words.append(f"rename to '{self.name}'")
        if self.volume_db is not None:
            words.append(f"set volume to {self.volume_db:+.1f} dB")
        return f"{', '.join(words).capitalize()} track {label}"


class MoveTrack(Operation):
    """Move a track to another position in the track list (0 is the first, the bottom of the stack)."""

    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("track",)  # routing words (regex)

    op: Literal["move_track"] = "move_track"
    track_id: TrackId
    index: int = Field(ge=0, description="New position in the track list.")

    def validate(self, project: Project) -> None:
        get_track(project, self.track_id, editable=False)
        if self.index >= len(project.tracks):
            raise OperationError(f"position {self.index} is past the last track", f"use 0 to {len(project.tracks) - 1}")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, order=True)
        track = project.track(self.track_id)
        project.tracks.remove(track)
        project.tracks.insert(self.index, track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        track = project.find_track(self.track_id) if project else None
        label = f"{self.track_id} ({track.name})" if track and track.name else self.track_id
        return f"Move track {label} to position {self.index + 1}"


class RelinkMedia(Operation):
    """Point a media item at its file in a new place (the same content: name, size and duration match)."""

    op: Literal["relink_media"] = "relink_media"
    media_id: MediaId
    path: str = Field(min_length=1, description="The file's new location (absolute).")

    def validate(self, project: Project) -> None:
        get_media(project, self.media_id)
        problem = media_path_problem(self.path)
        if problem:
            raise OperationError(problem)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        project.media[self.media_id] = project.media[self.media_id].model_copy(update={"path": self.path})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        name = project.media[self.media_id].name if project and self.media_id in project.media else self.media_id
        return f"Relink media '{name}' to {self.path}"


class AddMarker(Operation):
    """Put a named marker at a timeline time."""

    op: Literal["add_marker"] = "add_marker"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("marker",)  # routing words (regex)
    frame: Frames = Field(ge=0, description="Timeline time of the marker.")
    name: str = ""
    color: str = "yellow"
    note: str = ""
    marker_id: NewMarkerId = ORIGIN_FIELD

    def validate(self, project: Project) -> None:
        check_range(project, self.frame, "marker time")
        check_new_id(project, self.marker_id, "marker")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, markers=True)
        marker_id = self.marker_id or project.new_id("marker")
        project.reserve_id(marker_id)
        project.markers.append(Marker(id=marker_id, frame=self.frame, name=self.name, color=self.color, note=self.note))
        project.markers.sort(key=lambda m: m.frame)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Add marker '{self.name}' at {fmt(project, self.frame)}"


class RemoveMarker(Operation):
    """Remove a marker by id."""

    op: Literal["remove_marker"] = "remove_marker"
    marker_id: MarkerId

    def validate(self, project: Project) -> None:
        if not any(m.id == self.marker_id for m in project.markers):
            raise OperationError(f"there is no marker {self.marker_id!r}")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, markers=True)
        project.markers = [m for m in project.markers if m.id != self.marker_id]
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Remove marker {self.marker_id}"


class AddNote(Operation):
    """Attach a free-text note to the project (indexed for the agents)."""

    op: Literal["add_note"] = "add_note"
    text: str = Field(min_length=1, max_length=10000)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, notes=True)
        project.notes.append(Note(id=project.new_id("note"), text=self.text))
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Add note: {self.text[:60]}"

