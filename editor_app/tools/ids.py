"""Ids in tool calls: pinning the ids a plan created, and catching placeholder ids.

Both read the id marks of the argument models (``ClipId``, ``NewClipId``... in
editor_app.model.types), never field names or description prose.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from editor_app.model.operations import Operation
from editor_app.model.operations.base import placeholder_id
from editor_app.model.project import ID_PREFIXES
from editor_app.model.types import IdRef, NewId, id_fields


def created_ids(before: dict[str, int], after: dict[str, int], kind: str) -> list[str]:
    """Ids of ``kind`` handed out between two snapshots of a project's id counters."""
    prefix = ID_PREFIXES[kind]
    return [f"{prefix}{n}" for n in range(before.get(prefix, 0) + 1, after.get(prefix, 0) + 1)]


def all_created(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return [i for kind in ID_PREFIXES for i in created_ids(before, after, kind)]


def pin_ids(op: Operation, before: dict[str, int], after: dict[str, int]) -> Operation:
    """The operation with the ids it created on a scratch copy written in (its NewId fields).

    Applying the plan later then creates exactly the ids the model was told about. One
    level of nesting is followed (``add_effect``'s effect carries the new effect id).
    """
    return _pin(op, before, after)


def _pin(model: BaseModel, before: dict[str, int], after: dict[str, int]) -> Any:
    update: dict[str, Any] = {}
    for name, mark in id_fields(type(model)).items():
        if isinstance(mark, NewId) and not getattr(model, name):
            made = created_ids(before, after, mark.kind)
            if len(made) == 1:
                update[name] = made[0]
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel) and id_fields(type(value)):
            pinned = _pin(value, before, after)
            if pinned is not value:
                update[name] = pinned
    return model.model_copy(update=update) if update else model


def find_placeholder(model: type[BaseModel] | None, args: dict[str, Any]) -> str | None:
    """The first id argument that is a placeholder ("<clip_id>", "CLIP_ID", "id"), as 'field=value'."""
    if model is None:
        return None
    for name, mark in id_fields(model).items():
        value = args.get(name)
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            keywords = isinstance(mark, IdRef) and mark.keywords
            if item.strip().startswith("<") or (not keywords and placeholder_id(item)):
                return f"{name}={item!r}"
    return None
