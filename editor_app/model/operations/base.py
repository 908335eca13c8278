"""Operation base class, the registry, and the generic state-restoring inverse.

Every change to a project is an Operation: a pydantic model with ``validate(project)``
(raise OperationError with a message the user or the model can act on), ``apply(project)``
(mutate, return the inverse operation) and ``describe(project)`` (plain words).
Inverses are ``RestoreState`` snapshots of exactly the parts an operation touched; clips are
immutable, so a track snapshot is a shallow list copy and undo restores the project exactly.
"""

from __future__ import annotations

import contextvars
from difflib import get_close_matches
from fractions import Fraction
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from editor_app.model.project import Clip, MediaAsset, Marker, Note, Project, Track
from editor_app.model.time import format_time

# Who is applying the current batch ("user" or "agent:timeline/turn-3"); stamped on new clips.
current_origin: contextvars.ContextVar[str] = contextvars.ContextVar("current_origin", default="user")

REGISTRY: dict[str, type["Operation"]] = {}


class OperationError(ValueError):
    """An operation cannot be applied. ``hint`` tells the caller how to correct it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message if not hint else f"{message} ({hint})")
        self.message = message
        self.hint = hint


class Operation(BaseModel):
    """Base of all edit operations."""

    model_config = ConfigDict(extra="forbid")
    op: str
    internal: ClassVar[bool] = False  # undo data only: refused from the CLI, agents and plugins
    # The agents whose tool this operation is (editor_app.tools reads it); () = no agent's tool.
    agents: ClassVar[tuple[str, ...]] = ()
    keywords: ClassVar[tuple[str, ...]] = ()  # words (regex) that route a message to the owning agent
    version: ClassVar[int] = 1  # bump when fields change; add an upgrade in model/journal.OP_UPGRADES

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        field = cls.model_fields.get("op")
        if field is not None and isinstance(field.default, str) and field.default:
            REGISTRY[field.default] = cls

    # The three verbs every operation implements.
    def validate(self, project: Project) -> None:  # type: ignore[override]
        """Raise OperationError if this cannot apply to ``project``; never mutates."""

    def apply(self, project: Project) -> "Operation":
        raise NotImplementedError

    def describe(self, project: Project | None = None) -> str:
        return self.op.replace("_", " ")

    def to_dict(self) -> dict[str, Any]:
        """The operation as a record; one with times says their unit (``"units": "frames"``)."""
        data = self.model_dump(mode="json", exclude_defaults=False)
        if has_times(type(self)):
            data["units"] = "frames"
        return data


def has_times(cls: type[BaseModel]) -> bool:
    """Whether a model has time fields (``Frames``/``SourceFrames``, also nested): its records carry units."""
    cached = _HAS_TIMES.get(cls)
    if cached is None:
        cached = _HAS_TIMES[cls] = '"x-time"' in __import__("json").dumps(cls.model_json_schema())
    return cached


_HAS_TIMES: dict[type, bool] = {}


# ---------------------------------------------------------------------------
# Generic inverse


class RestoreState(Operation):
    """Put back snapshots of tracks, media, markers, notes and id counters (undo/redo)."""

    op: Literal["restore_state"] = "restore_state"
    internal: ClassVar[bool] = True
    tracks: list[Track] | None = None
    track_order: list[str] | None = None
    media: dict[str, MediaAsset] | None = None
    markers: list[Marker] | None = None
    notes: list[Note] | None = None
    id_counters: dict[str, int] | None = None

    def apply(self, project: Project) -> "RestoreState":
        inverse = capture(
            project,
            track_ids=[t.id for t in self.tracks or []],
            order=self.track_order is not None,
            media=self.media is not None,
            markers=self.markers is not None,
            notes=self.notes is not None,
        )
        if self.tracks is not None or self.track_order is not None:
            by_id = {t.id: t for t in project.tracks}
            for snap in self.tracks or []:
                by_id[snap.id] = snap.snapshot()
            order = self.track_order if self.track_order is not None else [t.id for t in project.tracks]
            project.tracks = [by_id[i] for i in order if i in by_id]
        if self.media is not None:
            project.media = dict(self.media)
        if self.markers is not None:
            project.markers = list(self.markers)
        if self.notes is not None:
            project.notes = list(self.notes)
        if self.id_counters is not None:
            project.id_counters = dict(self.id_counters)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return "restore previous state"


def capture(
    project: Project,
    track_ids: list[str] | tuple[str, ...] = (),
    *,
    order: bool = False,
    media: bool = False,
    markers: bool = False,
    notes: bool = False,
) -> RestoreState:
    """Snapshot the named parts of ``project`` as the RestoreState that puts them back."""
    tracks = [project.track(i).snapshot() for i in dict.fromkeys(track_ids) if project.find_track(i)]
    return RestoreState.model_construct(
        op="restore_state",
        tracks=tracks,
        track_order=[t.id for t in project.tracks] if order else None,
        media=dict(project.media) if media else None,
        markers=list(project.markers) if markers else None,
        notes=list(project.notes) if notes else None,
        id_counters=dict(project.id_counters),
    )


# ---------------------------------------------------------------------------
# Lookup helpers that fail with errors the model can correct


def get_track(project: Project, track_id: str, *, editable: bool = True) -> Track:
    track = project.find_track(track_id)
    if track is None:
        raise OperationError(f"there is no track {track_id!r}", _did_you_mean(track_id, [t.id for t in project.tracks], project))
    if editable and track.locked:
        raise OperationError(f"track {track.id} ({track.name or track.role}) is locked", "unlock it first")
    return track


def get_clip(project: Project, clip_id: str, *, editable: bool = True) -> tuple[Track, Clip]:
    found = project.find_clip(clip_id)
    if found is None:
        ids = [c.id for c in project.clips()]
        raise OperationError(f"there is no clip {clip_id!r}", _did_you_mean(clip_id, ids, project))
    track, clip = found
    if editable and track.locked:
        raise OperationError(f"clip {clip_id} is on locked track {track.id} ({track.name or track.role})", "unlock the track first")
    return track, clip


def get_media(project: Project, media_id: str) -> MediaAsset:
    asset = project.media.get(media_id)
    if asset is None:
        by_name = [m for m in project.media.values() if m.name.lower() == str(media_id).lower()]
        hint = f"did you mean {by_name[0].id} ({by_name[0].name})?" if by_name else _did_you_mean(media_id, list(project.media), project)
        raise OperationError(f"there is no media {media_id!r}", hint)
    return asset


def _did_you_mean(value: str, choices: list[str], project: Project) -> str:
    close = get_close_matches(str(value), choices, n=3, cutoff=0.5)
    if close:
        return "did you mean " + " or ".join(close) + "?"
    if not choices:
        return "there are none"
    shown = ", ".join(choices[:12]) + (" ..." if len(choices) > 12 else "")
    return f"valid ids: {shown}"


def clip_name(project: Project | None, clip: Clip) -> str:
    """What a clip is called: its name, else its media's name, else its title text or generator kind."""
    name = clip.name
    if not name and project is not None and clip.media_id in project.media:
        name = project.media[clip.media_id].name
    if not name and clip.generator is not None:
        name = getattr(clip.generator, "text", None) or clip.generator.kind
    return name


def label_clip(project: Project | None, clip: Clip) -> str:
    """'c3 (beach)': the id and what the clip is called."""
    name = clip_name(project, clip)
    return f"{clip.id} ({name})" if name else clip.id


def clip_label_by_id(project: Project | None, clip_id: str) -> str:
    if project is not None:
        found = project.find_clip(clip_id)
        if found:
            return label_clip(project, found[1])
    return clip_id


def fmt(project: Project | None, frames: int | Fraction) -> str:
    fps = project.fps if project is not None else Fraction(30)
    return format_time(frames, fps)


def check_range(project: Project, frame: int, what: str) -> None:
    if frame < 0:
        raise OperationError(f"{what} {fmt(project, frame)} is before the start of the timeline")
    limit = 24 * 3600 * project.fps
    if frame > limit:
        raise OperationError(f"{what} {fmt(project, frame)} is beyond 24 hours")


def placeholder_id(value: str) -> bool:
    """Ids such as '<clip_id>', 'CLIP_ID', 'id', 'xxx' that models invent when unsure."""
    text = str(value).strip().lower()
    return not text or text.startswith("<") or text in {"id", "clip_id", "xxx", "todo", "none", "null", "?"}


def check_new_id(project: Project, value: str | None, kind: str) -> None:
    """An explicit id for a new object must look like one of ours and be unused."""
    if value is None:
        return
    from editor_app.model.project import ID_PREFIXES

    prefix = ID_PREFIXES[kind]
    used = {
        "clip": lambda: project.find_clip(value) is not None,
        "track": lambda: project.find_track(value) is not None,
        "media": lambda: value in project.media,
        "marker": lambda: any(m.id == value for m in project.markers),
        "transition": lambda: any(t.id == value for tr in project.tracks for t in tr.transitions),
    }.get(kind, lambda: False)()
    if placeholder_id(value) or not value.startswith(prefix) or not value[len(prefix):].isdigit() or used:
        raise OperationError(f"{kind} id {value!r} is already used or not a valid id", "omit it and one is assigned")


ORIGIN_FIELD = Field(None, description="Optional explicit id for the new object; normally omitted.")
