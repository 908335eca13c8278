"""The Tool object: one definition per tool (edit, macro or query) that everything derives from.

Why one object (the pydantic-ai ``FunctionSchema`` / openai-agents ``FunctionTool`` pattern):
a tool used to be defined in eight places keyed by its name (argument tables, expander maps,
an ``if name ==`` ladder, agent tuples, the planner's map, routing, id pinning). Now the
argument model, the handler, the owning agents and the time limit live together; agents,
the planner's tool map, schemas and plugin tools are read from it.

- edit: the argument model *is* the Operation class; there is no handler (the operation
  validates and applies itself).
- macro: a typed function ``f(ctx, **args) -> list[Operation]`` computed against the project.
- query: a typed function ``f(ctx, **args) -> JSON-able data``; read-only.

Macros and queries are written as plain functions; their argument model comes from the
signature (types, defaults, ``Annotated[..., Field(...)]`` bounds) and their docstring (first
line = description, ``Args:`` lines = field descriptions).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from editor_app.model.operations import Operation, OperationError, format_validation_error
from editor_app.model.project import Project
from editor_app.model.types import new_id_fields

ToolKind = Literal["edit", "macro", "query"]
PLUGIN_TIMEOUT_S = 10.0  # plugin code always runs under a time limit (editor_app.plugins.safety)
Search = Callable[[str, int], list[dict[str, Any]]]


@dataclass
class ToolContext:
    """What a macro or query handler sees: the project (a scratch copy during a turn) and search."""

    project: Project
    search: Search | None = None

    @property
    def fps(self) -> Fraction:
        return self.project.fps


class ToolArgs(BaseModel):
    """Base of generated argument models: unknown fields are errors the model can act on."""

    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class Tool:
    """One tool. ``args`` validates what a caller sends; ``call`` runs it against a context."""

    name: str
    kind: ToolKind
    args: type[BaseModel]
    description: str
    agents: tuple[str, ...] = ()
    handler: Callable[..., Any] | None = None
    timeout_s: float | None = None  # plugin code always has one; built-ins run inline
    source: str = "builtin"  # "builtin" or the plugin's name
    raw: Callable[[dict[str, Any], Any], Any] | None = field(default=None, repr=False)  # legacy dict-in plugin tool
    raw_schema: dict[str, Any] | None = field(default=None, repr=False)
    keywords: tuple[str, ...] = ()  # regex words that route a message to the first owning agent

    @property
    def creates(self) -> dict[str, str]:
        """Field -> kind of the ids this tool's operation creates (from the NewId marks)."""
        return new_id_fields(self.args) if self.kind == "edit" else {}

    @property
    def edits(self) -> bool:
        return self.kind in ("edit", "macro")

    def parse(self, data: dict[str, Any], fps: Fraction, *, units: str = "seconds") -> BaseModel:
        """Validate arguments; plain numbers in time fields are ``units`` (tool calls: seconds)."""
        if self.raw is not None:
            return _RawArgs(data=dict(data))
        payload = {**data, "op": self.name} if self.kind == "edit" else data
        try:
            return self.args.model_validate(payload, context={"fps": fps, "units": units})
        except ValidationError as exc:
            raise OperationError(f"invalid {self.name}: {format_validation_error(exc)}",
                                 "check the tool's parameters and their types") from exc

    def run(self, ctx: ToolContext, args: BaseModel) -> Any:
        """Operations (edit, macro) or data (query) for already-parsed ``args``; nothing applied."""
        if self.kind == "edit":
            assert isinstance(args, Operation)
            return [args]
        if self.raw is not None:
            out = self.raw(dict(args.data), ctx.project.clone())  # type: ignore[attr-defined]
            if self.kind == "macro":
                from editor_app.model.operations import parse_operation

                return [parse_operation(o, ctx.fps, units="seconds") for o in (out or [])]
            return out
        assert self.handler is not None
        values = {name: getattr(args, name) for name in type(args).model_fields}
        out = self.handler(ctx, **values)
        if self.kind == "macro":  # a plugin's function may return operation records (seconds unless they say)
            from editor_app.model.operations import parse_operation

            return [o if isinstance(o, Operation) else parse_operation(o, ctx.fps, units="seconds") for o in out or []]
        return out

    def call(self, ctx: ToolContext, data: dict[str, Any]) -> Any:
        """``parse`` then ``run``: the whole tool from a JSON object."""
        return self.run(ctx, self.parse(data, ctx.fps))


class _RawArgs(BaseModel):
    data: dict[str, Any]


# ---------------------------------------------------------------------------
# Typed functions -> tools


def _doc_parts(doc: str | None) -> tuple[str, dict[str, str]]:
    """(description, {param: text}) from a docstring with an optional Google-style ``Args:`` block."""
    text = inspect.cleandoc(doc or "")
    head, _, rest = text.partition("\nArgs:")
    description = " ".join(head.strip().split("\n\n")[0].split())
    params: dict[str, str] = {}
    current = None
    for line in rest.splitlines():
        match = re.match(r"^\s{0,8}(\w+)\s*(\([^)]*\))?:\s*(.*)$", line)
        if match and not line.startswith(" " * 9):
            current = match.group(1)
            params[current] = match.group(3).strip()
        elif current and line.strip():
            params[current] += " " + line.strip()
        elif not line.strip() and params:
            current = None
    return description, params


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def args_model(func: Callable[..., Any], name: str | None = None) -> type[BaseModel]:
    """The pydantic argument model of a typed function (its first parameter, the context, skipped)."""
    hints = get_type_hints(func, include_extras=True)
    description, docs = _doc_parts(func.__doc__)
    fields: dict[str, Any] = {}
    params = list(inspect.signature(func).parameters.values())[1:]
    for param in params:
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"{func.__name__}: tools take named parameters only")
        annotation = hints.get(param.name, Any)
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[param.name] = (annotation, Field(default, description=docs.get(param.name)))
    model = create_model(_camel(name or func.__name__), __base__=ToolArgs, __doc__=description, **fields)
    return model


def function_tool(func: Callable[..., Any], kind: ToolKind, *, name: str | None = None,
                  agents: tuple[str, ...] = (), timeout_s: float | None = None, source: str = "builtin",
                  keywords: tuple[str, ...] = ()) -> Tool:
    """A Tool from a typed function ``func(ctx, **args)``."""
    tool_name = name or func.__name__
    model = args_model(func, tool_name)
    return Tool(tool_name, kind, model, model.__doc__ or tool_name, tuple(agents), func, timeout_s, source,
                keywords=tuple(keywords))


def edit_tool(cls: type[Operation]) -> Tool:
    """The Tool of an operation: its class is the argument model, its ``agents`` the owners."""
    name = cls.model_fields["op"].default
    description = (cls.__doc__ or name).strip().splitlines()[0]
    return Tool(name, "edit", cls, description, tuple(cls.agents), keywords=tuple(cls.keywords))


def legacy_tool(name: str, schema: dict[str, Any], run: Callable[[dict[str, Any], Any], Any], *, edits: bool,
                source: str, timeout_s: float | None) -> Tool:
    """A plugin's dict-in tool (``CustomTool``): its hand-written schema, its operations parsed as seconds."""
    function = schema.get("function", schema)
    return Tool(name, "macro" if edits else "query", _RawArgs, function.get("description", name), (source,),
                None, timeout_s, source, raw=run, raw_schema=function.get("parameters") or {"type": "object"})
