"""The colour-look agent: one custom tool (apply_look) plus an offline handler for chat without a model."""

from __future__ import annotations

import re
from typing import Any

from color_look_agent.looks import ALIASES, LOOKS, look_name, look_operations

DESCRIPTION = ("Gives the video a colour look (a grade): warm or golden, cool or cold, vintage or retro faded film, "
               "punchy high contrast, or noir (black and white with contrast), on chosen clips or on every video "
               "clip. Handles requests such as 'give it a warm look', 'make the beach clip look vintage', "
               "'cool grade on c3'.")

PROMPT = ("You are the colour-look agent of a video editor. Call apply_look with the look the user wants "
          f"({', '.join(LOOKS)}) and, when they name clips, their ids (from the timeline table); leave clip_ids out "
          "for the whole video. strength (0-1) softens the look: 'a bit warmer' is about 0.5.")

APPLY_LOOK = {
    "type": "function",
    "function": {
        "name": "apply_look",
        "description": "Give clips a colour look (colour and black-and-white effects).",
        "parameters": {
            "type": "object",
            "additionalProperties": False,
            "required": ["look"],
            "properties": {
                "look": {"type": "string", "enum": list(LOOKS)},
                "clip_ids": {"type": ["array", "null"], "items": {"type": "string"},
                             "description": "Clip ids such as c1; omit for every video clip."},
                "strength": {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Default 1."},
            },
        },
    },
}

_LOOK_WORDS = sorted([*LOOKS, *ALIASES, "high contrast"], key=len, reverse=True)
_LOOK_RE = re.compile(r"\b(" + "|".join(re.escape(w).replace("_", "[ _-]") for w in _LOOK_WORDS) + r")\b", re.I)
_CONTEXT = re.compile(r"\b(look|grade|grading|feel|tone|colou?rs?|style|filter|make|give|apply|film)\b", re.I)
_SOFT = re.compile(r"\b(a (little|bit)|slightly|subtle|touch)\b", re.I)


def run_apply_look(args: dict[str, Any], project: Any) -> list[dict[str, Any]]:
    """The custom tool: arguments in, add_effect operations out (validated and applied by the host)."""
    from editor_app.model.operations import OperationError

    unknown = set(args) - {"look", "clip_ids", "strength"}
    if unknown:
        raise OperationError(f"unknown arguments: {', '.join(sorted(unknown))}", "use look, clip_ids, strength")
    if not isinstance(args.get("look"), str):
        raise OperationError("look is required", f"choose one of: {', '.join(LOOKS)}")
    clip_ids = args.get("clip_ids")
    if clip_ids is not None and (not isinstance(clip_ids, list) or not all(isinstance(c, str) for c in clip_ids)):
        raise OperationError("clip_ids must be a list of clip ids such as [\"c1\"]")
    strength = args.get("strength", 1.0)
    if not isinstance(strength, (int, float)) or isinstance(strength, bool):
        raise OperationError("strength must be a number from 0 to 1")
    return look_operations(project, args["look"], clip_ids, float(strength))


def _clips_named(message: str, project: Any) -> list[str]:
    """Clip ids said outright (c3), or clips whose name or media name appears in the message."""
    ids = re.findall(r"\bc\d+\b", message.lower())
    if ids:
        return list(dict.fromkeys(ids))
    words = set(re.findall(r"[a-z0-9]+", message.lower()))
    named = []
    for clip in project.clips():
        media = project.media.get(clip.media_id) if clip.media_id else None
        names = {clip.name.lower(), media.name.lower() if media else ""} - {""}
        if names & words:
            named.append(clip.id)
    return named


def offline_handler(message: str, project: Any) -> list[dict[str, Any]] | None:
    """Tool calls for a look request when no model is configured; None when it is not one."""
    match = _LOOK_RE.search(message)
    if not match or not _CONTEXT.search(message):
        return None
    look = look_name(match.group(1).replace(" ", "_")) or look_name(match.group(1))
    if look is None:
        return None
    args: dict[str, Any] = {"look": look}
    clips = _clips_named(message, project)
    if clips:
        args["clip_ids"] = clips
    if _SOFT.search(message):
        args["strength"] = 0.5
    return [{"tool": "apply_look", "args": args}]


def make_agent():
    """The entry point: editor-app calls this only when the user has enabled the plugin."""
    from editor_app.agents.base import Agent, CustomTool

    from color_look_agent import __version__

    agent = Agent(
        name="color_look",
        description=DESCRIPTION,
        edit_tools=("add_effect",),
        query_tools=("get_timeline", "describe_clip"),
        prompt=PROMPT,
        version=__version__,
        source="plugin",
        custom_tools={"apply_look": CustomTool(schema=APPLY_LOOK, run=run_apply_look, edits=True)},
    )
    agent.offline_handler = offline_handler  # type: ignore[attr-defined]
    return agent
