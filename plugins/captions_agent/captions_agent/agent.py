"""The captions agent: one custom tool (make_captions) plus an offline handler for chat without a model."""

from __future__ import annotations

import re
from typing import Any

from captions_agent.captions import POSITIONS, caption_operations

DESCRIPTION = ("Adds timed captions (subtitles) for the speech in the video: one caption per transcript line, "
               "placed exactly where the words are spoken on the timeline, on a Captions titles track. "
               "Handles requests such as 'add captions', 'subtitle the talk in yellow at the top', "
               "'burn in large subtitles', 'word-by-word captions, two words at a time'.")

PROMPT = ("You are the captions agent of a video editor. To caption the video call make_captions once, with the "
          "style the user asked for (position top/center/bottom, size in pixels at 1080p, colour). Never compute "
          "caption times yourself: make_captions reads them from the transcript and the clips' positions. If it "
          "reports that there is no transcript, say so and suggest importing subtitles.")

MAKE_CAPTIONS = {
    "type": "function",
    "function": {
        "name": "make_captions",
        "description": "Caption the speech on the main track: one title per transcript line, timed exactly.",
        "parameters": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "position": {"type": "string", "enum": list(POSITIONS), "description": "Default bottom."},
                "size": {"type": "integer", "minimum": 8, "maximum": 400, "description": "Pixels at 1080p; default 42."},
                "color": {"type": "string", "description": "Text colour name or #rrggbb; default white."},
                "background": {"type": ["string", "null"], "description": "Box colour behind the text, or null."},
                "words_per_caption": {"type": "integer", "minimum": 1, "maximum": 8,
                                      "description": "Words shown at once when word timings exist; default 3."},
                "highlight": {"type": "boolean", "description": "Word by word: emphasise the word being said."},
            },
        },
    },
}

COLOURS = ("white", "yellow", "black", "red", "green", "blue", "cyan", "magenta", "orange", "pink", "grey", "gray")
SIZES = {"tiny": 28, "small": 32, "medium": 42, "normal": 42, "big": 60, "large": 60, "huge": 80}
_ASK = re.compile(r"\b(captions?|subtitles?|subtitle|closed captions?)\b", re.I)
_NOT = re.compile(r"\b(remove|delete|clear|without|no)\b\s+(the\s+)?(captions?|subtitles?)", re.I)


def run_make_captions(args: dict[str, Any], project: Any) -> list[dict[str, Any]]:
    """The custom tool: validated arguments in, operations out (the host validates and applies them)."""
    from editor_app.model.operations import OperationError

    unknown = set(args) - {"position", "size", "color", "background", "words_per_caption", "highlight"}
    if unknown:
        raise OperationError(f"unknown arguments: {', '.join(sorted(unknown))}",
                             "use position, size, color, background, words_per_caption, highlight")
    per = args.get("words_per_caption")
    if per is not None and (not isinstance(per, int) or isinstance(per, bool) or not 1 <= per <= 8):
        raise OperationError(f"words_per_caption must be a whole number from 1 to 8, not {per!r}")
    size = args.get("size", 42)
    if not isinstance(size, int) or isinstance(size, bool) or not 8 <= size <= 400:
        raise OperationError(f"size must be a whole number of pixels from 8 to 400, not {size!r}")
    return caption_operations(project, position=str(args.get("position", "bottom")), size=size,
                              color=str(args.get("color") or "white"), background=args.get("background"),
                              words_per_caption=per, highlight=bool(args.get("highlight", False)))


def style_from_message(message: str) -> dict[str, Any]:
    """Position, size and colour words in a request ("large yellow subtitles at the top")."""
    text = message.lower()
    style: dict[str, Any] = {}
    if re.search(r"\b(top|above|upper)\b", text):
        style["position"] = "top"
    elif re.search(r"\b(centre|center|middle)\b", text):
        style["position"] = "center"
    elif re.search(r"\b(bottom|below|lower)\b", text):
        style["position"] = "bottom"
    match = re.search(r"\bsize\s*(\d{1,3})\b|\b(\d{1,3})\s*(px|pixels?|pt)\b", text)
    if match:
        style["size"] = max(8, min(400, int(match.group(1) or match.group(2))))
    else:
        for word, size in SIZES.items():
            if re.search(rf"\b{word}(er)?\b", text):
                style["size"] = size
                break
    match = re.search(r"\b(one|two|three|four|five|1|2|3|4|5)\s+words?\b", text)
    if match:
        style["words_per_caption"] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(match.group(1)) or int(match.group(1))
    if re.search(r"\bword[- ]by[- ]word\b|\bhighlight|\bkaraoke\b", text):
        style["highlight"] = True
    hex_colour = re.search(r"#[0-9a-f]{6}\b", text)
    if hex_colour:
        style["color"] = hex_colour.group(0)
    else:
        for colour in COLOURS:
            if re.search(rf"\b{colour}\b", text):
                style["color"] = colour
                break
    return style


def offline_handler(message: str, project: Any) -> list[dict[str, Any]] | None:
    """Tool calls for a captions request when no model is configured; None when it is not one."""
    if not _ASK.search(message) or _NOT.search(message):
        return None
    return [{"tool": "make_captions", "args": style_from_message(message)}]


def make_agent():
    """The entry point: editor-app calls this only when the user has enabled the plugin."""
    from editor_app.agents.base import Agent, CustomTool

    from captions_agent import __version__

    agent = Agent(
        name="captions",
        description=DESCRIPTION,
        edit_tools=("add_track", "add_title"),
        query_tools=("get_timeline", "search_transcript"),
        prompt=PROMPT,
        version=__version__,
        source="plugin",
        custom_tools={"make_captions": CustomTool(schema=MAKE_CAPTIONS, run=run_make_captions, edits=True)},
    )
    agent.offline_handler = offline_handler  # type: ignore[attr-defined]
    return agent
