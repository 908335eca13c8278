"""Edit operations: one definition each for validation, undo, the journal, the CLI and agent tools."""

from __future__ import annotations

import copy
from fractions import Fraction
from typing import Any

from pydantic import ValidationError

from editor_app.model.operations.base import REGISTRY, Operation, OperationError, RestoreState, current_origin
from editor_app.model.operations.clip_ops import (
    AddTitle,
    CutRange,
    InsertClip,
    MoveClip,
    OverwriteClip,
    RemoveClip,
    SetClipEnabled,
    SetSpeed,
    SplitClip,
    TrimClip,
    UpdateClip,
)
from editor_app.model.operations.effect_ops import (
    AddEffect,
    AddTransition,
    RemoveEffect,
    RemoveTransition,
    SetVolume,
    SetVolumeEnvelope,
    UpdateEffect,
    describe_effect,
)
from editor_app.model.types import new_id_fields
from editor_app.model.operations.media_ops import ReplaceMediaFile
from editor_app.model.operations.project_ops import (
    AddMarker,
    AddNote,
    AddTrack,
    ImportMedia,
    MoveTrack,
    RelinkMedia,
    RemoveMarker,
    RemoveMedia,
    RemoveTrack,
    UpdateMedia,
    UpdateTrack,
)
from editor_app.model.operations.transcript_ops import SetTranscript
from editor_app.model.operations.word_ops import (
    CutWords, RemoveFillers, RemoveRetakes, SetAudioLevels, ShortenPauses, WordRange,
)

__all__ = [
    "Operation", "OperationError", "RestoreState", "REGISTRY", "current_origin", "parse_operation",
    "operation_names", "operation_schema", "tool_schema", "format_validation_error", "describe_effect",
    "AddTitle", "CutRange", "InsertClip", "MoveClip", "OverwriteClip", "RemoveClip", "SetClipEnabled",
    "SetSpeed", "SplitClip", "TrimClip", "UpdateClip", "AddEffect", "AddTransition", "RemoveEffect",
    "RemoveTransition", "SetVolume", "SetVolumeEnvelope", "UpdateEffect", "AddMarker", "AddNote", "AddTrack",
    "ImportMedia", "MoveTrack", "RelinkMedia", "RemoveMarker", "RemoveMedia", "RemoveTrack", "UpdateMedia", "UpdateTrack",
    "SetTranscript", "ReplaceMediaFile",
    "CutWords", "RemoveFillers", "RemoveRetakes", "SetAudioLevels", "ShortenPauses", "WordRange",
]


def operation_names(include_internal: bool = False) -> list[str]:
    return [name for name, cls in REGISTRY.items() if include_internal or not cls.internal]


def parse_operation(
    data: dict[str, Any] | Operation, fps: Fraction | None = None, *, units: str = "frames", allow_internal: bool = False
) -> Operation:
    """Build an operation from a dict with an ``op`` name.

    With ``fps``, time strings ("12.5s", "1:05", "300f") are accepted; with ``units="seconds"``
    plain numbers in time fields are seconds (how agent tool calls are read). A record that
    says its unit (``"units": "frames"`` or ``"seconds"``, as ``Operation.to_dict`` writes)
    is read in that unit whatever the caller's default, so ``"start": 10`` never means both.
    Raises OperationError with a readable message for unknown names or bad fields.
    Internal operations (undo data) parse only with ``allow_internal`` (the journal reader):
    the CLI, agents and plugins cannot reach them.
    """
    if isinstance(data, Operation):
        return data
    if not isinstance(data, dict):
        raise OperationError(f"an operation must be a JSON object, got {type(data).__name__}")
    name = data.get("op")
    cls = REGISTRY.get(str(name))
    if cls is not None and cls.internal and not allow_internal:
        raise OperationError(f"{name} is an internal operation and cannot be applied as an edit", "use undo or redo")
    if cls is None:
        from difflib import get_close_matches

        close = get_close_matches(str(name), operation_names(), n=2)
        hint = f"did you mean {' or '.join(close)}?" if close else f"known operations: {', '.join(operation_names())}"
        raise OperationError(f"unknown operation {name!r}", hint)
    if "units" in data:
        data = dict(data)
        stated = data.pop("units")
        if stated not in ("frames", "seconds"):
            raise OperationError(f"units must be \"frames\" or \"seconds\", not {stated!r}")
        if stated == "seconds" and fps is None:
            raise OperationError("a record in seconds needs the project frame rate")
        units = stated
    context = {"fps": fps, "units": units} if fps is not None else None
    try:
        return cls.model_validate(data, context=context)
    except ValidationError as exc:
        raise OperationError(f"invalid {name}: {format_validation_error(exc)}") from exc


def format_validation_error(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:4]:
        where = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def operation_schema(name: str) -> dict[str, Any]:
    """The JSON schema of one operation (frames as integers), for export and docs."""
    cls = REGISTRY[name]
    schema = cls.model_json_schema()
    return schema


def tool_schema(name: str, *, units: str = "seconds") -> dict[str, Any]:
    """An OpenAI function-tool definition for an operation (agents use ``editor_app.tools.json_schema``).

    Time fields (marked ``x-time``) become numbers in seconds when ``units="seconds"``,
    the ``op`` field is dropped (the tool name carries it) and the ids the operation creates
    (``NewId`` fields) are hidden so models do not invent ids.
    """
    cls = REGISTRY[name]
    schema = copy.deepcopy(cls.model_json_schema())
    _convert_times(schema, units)
    props = schema.get("properties", {})
    props.pop("op", None)
    for hidden in new_id_fields(cls):  # ids of created objects are assigned, never invented by a model
        props.pop(hidden, None)
    schema["required"] = [r for r in schema.get("required", []) if r in props]
    schema.pop("title", None)
    doc = (cls.__doc__ or name).strip().splitlines()[0]
    return {"type": "function", "function": {"name": name, "description": doc, "parameters": schema}}


def _convert_times(node: Any, units: str) -> None:
    if isinstance(node, dict):
        if node.get("x-time"):
            node.pop("x-time")
            if units == "seconds":
                node["type"] = "number"
                node["description"] = (node.get("description", "") + " In seconds.").strip()
            else:
                node["description"] = (node.get("description", "") + " In frames.").strip()
        for value in node.values():
            _convert_times(value, units)
    elif isinstance(node, list):
        for value in node:
            _convert_times(value, units)
