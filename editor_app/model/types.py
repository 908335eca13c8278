"""Pydantic field types for exact time, shared by the model and the operations.

`Frames` accepts an int (frames) or a time string ("12.5s", "1:23", timecode). When
validation runs with ``context={"fps": Fraction, "units": "seconds"}`` (how agent tool
calls are parsed) plain numbers are read as seconds instead of frames.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, get_args

from pydantic import BaseModel, BeforeValidator, Field, PlainSerializer, ValidationInfo, WithJsonSchema

from editor_app.model.time import check_magnitude, fraction_to_json, parse_time, seconds_to_frames, to_fraction


def _frames(value: Any, info: ValidationInfo) -> int:
    context = info.context or {}
    fps = context.get("fps")
    if isinstance(value, bool):
        raise ValueError("expected a time, got a boolean")
    if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, Fraction):
        check_magnitude(value, "time")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"expected a finite time, got {value}")
    if isinstance(value, str):
        if fps is None:
            stripped = value.strip()
            if stripped.lstrip("-").isdigit() and len(stripped) <= 15:
                return int(stripped)
            raise ValueError(f"time {value[:40]!r} needs the project frame rate; give frames as an integer")
        return parse_time(value, Fraction(fps))
    if context.get("units") == "seconds" and fps is not None and isinstance(value, (int, float, Fraction)):
        return seconds_to_frames(value, Fraction(fps))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        check_magnitude(int(value), "time")
        return int(value)
    if isinstance(value, Fraction) and value.denominator == 1:
        return int(value)
    raise ValueError(f"frames must be a whole number, got {value!r}")


def _fraction(value: Any) -> Fraction:
    return to_fraction(value)


def _source_frames(value: Any, info: ValidationInfo) -> Fraction:
    context = info.context or {}
    if isinstance(value, str) and context.get("fps") is not None:
        try:
            return to_fraction(value)
        except ValueError:
            return Fraction(parse_time(value, Fraction(context["fps"])))
    if context.get("units") == "seconds" and context.get("fps") is not None:
        return Fraction(seconds_to_frames(value, Fraction(context["fps"])))
    return to_fraction(value)


FRAMES_SCHEMA = {"type": "integer", "x-time": True}

Frames = Annotated[int, BeforeValidator(_frames), WithJsonSchema(FRAMES_SCHEMA)]
"""A time or duration in integer frames at the project rate."""

FractionValue = Annotated[
    Fraction,
    BeforeValidator(_fraction),
    PlainSerializer(fraction_to_json),
    WithJsonSchema({"type": "number"}),
]
"""An exact rational (speed, rate), serialised as an int or "num/den"."""

SourceFrames = Annotated[
    Fraction,
    BeforeValidator(_source_frames),
    PlainSerializer(fraction_to_json),
    WithJsonSchema({"type": "number", "x-time": True}),
]
"""A source position in (possibly fractional) frames: speed changes make it rational."""


# ---------------------------------------------------------------------------
# Typed ids: which fields name an existing object and which name the object an
# operation creates. Tools read these marks (never field names or description prose)
# to hide new-id fields from models, pin created ids into a plan and catch placeholders.


@dataclass(frozen=True)
class IdRef:
    """Marks a field holding the id of an existing object of ``kind`` (clip, track, media...)."""

    kind: str
    keywords: bool = False  # the field also takes words such as "music" or "all"


@dataclass(frozen=True)
class NewId:
    """Marks the id of the object an operation creates: assigned when omitted, pinned into plans."""

    kind: str


def _ref(kind: str, keywords: bool = False) -> Any:
    return Annotated[str, IdRef(kind, keywords), Field(json_schema_extra={"x-id": kind})]


def _new(kind: str) -> Any:
    return Annotated[str | None, NewId(kind), Field(json_schema_extra={"x-new-id": kind})]


ClipId = _ref("clip")
TrackId = _ref("track")
MediaId = _ref("media")
EffectId = _ref("effect")
TransitionId = _ref("transition")
MarkerId = _ref("marker")
ClipTarget = _ref("clip", keywords=True)
"""A clip id or a word the tool defines ("video", "music", "all")."""

NewClipId = _new("clip")
NewTrackId = _new("track")
NewMediaId = _new("media")
NewEffectId = _new("effect")
NewTransitionId = _new("transition")
NewMarkerId = _new("marker")


def _marks(annotation: Any) -> list[Any]:
    """IdRef/NewId marks anywhere inside an annotation (list[TrackId] | None included)."""
    found = [m for m in getattr(annotation, "__metadata__", ()) if isinstance(m, (IdRef, NewId))]
    for arg in get_args(annotation):
        found += _marks(arg)
    return found


def id_fields(model: type[BaseModel]) -> dict[str, IdRef | NewId]:
    """Field name -> its id mark, for every id-typed field of a pydantic model (top level)."""
    out: dict[str, IdRef | NewId] = {}
    for name, info in model.model_fields.items():
        marks = [m for m in info.metadata if isinstance(m, (IdRef, NewId))] or _marks(info.annotation)
        if marks:
            out[name] = marks[0]
    return out


def new_id_fields(model: type[BaseModel]) -> dict[str, str]:
    """Field name -> kind of the ids this model creates (its NewId fields)."""
    return {name: mark.kind for name, mark in id_fields(model).items() if isinstance(mark, NewId)}
