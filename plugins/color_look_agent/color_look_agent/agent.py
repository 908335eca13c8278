"""The colour-look agent: one custom tool (apply_look) plus an offline handler for chat without a model."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field

from editor_app.model.types import ClipId

from color_look_agent.looks import ALIASES, LOOKS, look_name, look_operations

DESCRIPTION = ("Gives the video a colour look (a grade): warm or golden, cool or cold, vintage or retro faded film, "
               "punchy high contrast, or noir (black and white with contrast), on chosen clips or on every video "
               "clip. Handles requests such as 'give it a warm look', 'make the beach clip look vintage', "
               "'cool grade on c3'.")

PROMPT = ("You are the colour-look agent of a video editor. Call apply_look with the look the user wants "
          f"({', '.join(LOOKS)}) and, when they name clips, their ids (from the timeline table); leave clip_ids out "
          "for the whole video. strength (0-1) softens the look: 'a bit warmer' is about 0.5.")

_LOOK_WORDS = sorted([*LOOKS, *ALIASES, "high contrast"], key=len, reverse=True)
_LOOK_RE = re.compile(r"\b(" + "|".join(re.escape(w).replace("_", "[ _-]") for w in _LOOK_WORDS) + r")\b", re.I)
_CONTEXT = re.compile(r"\b(look|grade|grading|feel|tone|colou?rs?|style|filter|make|give|apply|film)\b", re.I)
_SOFT = re.compile(r"\b(a (little|bit)|slightly|subtle|touch)\b", re.I)


def apply_look(ctx: Any, look: Literal[tuple(LOOKS)],  # type: ignore[valid-type]
               clip_ids: list[ClipId] | None = None,
               strength: Annotated[float, Field(gt=0, le=1)] = 1.0) -> list[dict[str, Any]]:
    """Give clips a colour look (colour and black-and-white effects).

    The app builds the tool's schema from this signature and validates the arguments
    before calling it; the operations returned are checked against the manifest.

    Args:
        look: The look to give.
        clip_ids: Clip ids such as c1; omit for every video clip.
        strength: How strong the look is, 0-1 (default 1; 'a bit warmer' is about 0.5).
    """
    return look_operations(ctx.project, look, clip_ids, strength)


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
    from editor_app.agents.base import Agent
    from editor_app.tools import function_tool

    from color_look_agent import __version__

    agent = Agent(
        name="color_look",
        description=DESCRIPTION,
        edit_tools=("add_effect",),
        query_tools=("get_timeline", "describe_clip"),
        prompt=PROMPT,
        version=__version__,
        source="plugin",
        custom_tools={"apply_look": function_tool(apply_look, "macro", source="color_look")},
    )
    agent.offline_handler = offline_handler  # type: ignore[attr-defined]
    return agent
