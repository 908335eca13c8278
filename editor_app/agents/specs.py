"""Argument models of the macro and query tools (the contract's names), and tool schemas.

Why pydantic models: the same definition gives the OpenAI tool schema and re-validates
what a model sends (local servers ignore ``strict`` schemas), with messages it can act on.
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from editor_app.model.operations import OperationError, format_validation_error, tool_schema

Seconds = float | str  # a number of seconds or "1:05"
SECONDS = "Seconds (a number) or a time like \"1:05\"."


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RemoveSilences(_Args):
    """Cut the silent stretches out of the speech (ripple), across tracks so everything stays in sync."""

    min_silence: float = Field(0.8, gt=0, le=30, description="Shortest pause to remove, seconds.")
    threshold_db: float = Field(-35, ge=-90, le=0, description="Quieter than this (dBFS) counts as silence.")
    padding: float = Field(0.15, ge=0, le=2, description="Seconds of pause kept on each side of a cut.")
    track_ids: list[str] | None = Field(None, description="Tracks to cut; default: every unlocked track.")


class PlaceBroll(_Args):
    """Put a B-roll video or image over the main video at a time (on the B-roll track, made if missing)."""

    media_id: str = Field(description="The B-roll media, e.g. m2.")
    start: Seconds = Field(description="Timeline time where it begins. " + SECONDS)
    duration: Seconds | None = Field(None, description="Length; default: the media's length, at most 6 s. " + SECONDS)
    track_id: str | None = Field(None, description="Video track to use; default: the first B-roll track.")


class PlaceBrollForTopic(_Args):
    """Put a B-roll media over the part of the talk about a topic (found in the transcript)."""

    media_id: str = Field(description="The B-roll media, e.g. m2.")
    topic: str = Field(min_length=1, description="What the speech is about there, e.g. \"the beach\".")
    track_id: str | None = None


class Fade(_Args):
    """Fade in or out: a clip id, "video" (first/last main clip), "music" (music clips) or "all"."""

    target: str = Field(description="A clip id such as c3, or \"video\", \"music\" or \"all\".")
    direction: Literal["in", "out"]
    duration: float = Field(gt=0, le=60, description="Fade length in seconds.")


class DuckMusic(_Args):
    """Lower the music under speech with a volume envelope computed from the speech segments."""

    duck_db: float = Field(-12, ge=-60, le=0, description="Music gain while someone speaks, dB.")
    attack: float = Field(0.15, ge=0, le=5, description="Seconds the dip starts before speech.")
    release: float = Field(0.4, ge=0, le=5, description="Seconds the music takes to come back after speech.")


class NormalizeLoudness(_Args):
    """Normalise loudness (EBU R128) of the voice, the music, or one clip."""

    target_lufs: float = Field(-16, ge=-70, le=-5)
    target: str = Field("voice", description="\"voice\", \"music\" or a clip id.")


class SearchTranscript(_Args):
    """Find where something is said: time-coded transcript hits (quoted data)."""

    query: str = Field(min_length=1)
    k: int = Field(3, ge=1, le=20)


class ListSilences(_Args):
    """Silences of the main/voice track in timeline seconds."""

    min_silence: float = Field(0.8, gt=0, le=30)
    threshold_db: float = Field(-35, ge=-90, le=0)


class ListSpeech(_Args):
    """Speech segments of the main/voice track in timeline seconds."""


class DescribeClip(_Args):
    """Everything about one clip: times, source, volume, envelope, effects."""

    clip_id: str


class GetTimeline(_Args):
    """The timeline as a compact table (one line per clip)."""


MACRO_TOOLS: dict[str, type[_Args]] = {
    "remove_silences": RemoveSilences,
    "place_broll": PlaceBroll,
    "place_broll_for_topic": PlaceBrollForTopic,
    "fade": Fade,
    "duck_music": DuckMusic,
    "normalize_loudness": NormalizeLoudness,
}
QUERY_TOOLS: dict[str, type[_Args]] = {
    "search_transcript": SearchTranscript,
    "list_silences": ListSilences,
    "list_speech": ListSpeech,
    "describe_clip": DescribeClip,
    "get_timeline": GetTimeline,
}


def args_schema(model: type[BaseModel], name: str) -> dict[str, Any]:
    """The OpenAI function tool for an argument model."""
    schema = copy.deepcopy(model.model_json_schema())
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
    schema.setdefault("properties", {})
    doc = (model.__doc__ or name).strip().splitlines()[0]
    schema["description"] = doc
    return {"type": "function", "function": {"name": name, "description": doc, "parameters": schema}}


def schema_for(name: str) -> dict[str, Any]:
    """A tool definition for any contract tool: macro, query, or operation."""
    if name in MACRO_TOOLS:
        return args_schema(MACRO_TOOLS[name], name)
    if name in QUERY_TOOLS:
        return args_schema(QUERY_TOOLS[name], name)
    return tool_schema(name)


def parse_args(name: str, args: dict[str, Any]) -> BaseModel:
    """Validate macro/query arguments; raises OperationError the model can act on."""
    model = MACRO_TOOLS.get(name) or QUERY_TOOLS[name]
    try:
        return model.model_validate(args)
    except ValidationError as exc:
        raise OperationError(f"invalid {name}: {format_validation_error(exc)}",
                             "check the tool's parameters and their types") from exc
