"""The query tool agents call: time-coded hits as plain data.

Why plain dicts with quoted text: the timeline agent acts on seconds and ids, and the
retrieved words are material to quote, never instructions to follow.
"""

from __future__ import annotations

from typing import Any

from editor_app.index.search import Hit

MAX_TEXT = 500


def hit_to_tool_dict(hit: Hit) -> dict[str, Any]:
    """Only the fields that apply; text quoted and bounded."""
    text = hit.text if len(hit.text) <= MAX_TEXT else hit.text[: MAX_TEXT - 1] + "\u2026"
    out: dict[str, Any] = {"kind": hit.kind, "score": hit.score, "quote": text}
    for key in ("media_id", "media_name", "clip_id", "start", "end", "batch_id", "turn_id", "author"):
        value = getattr(hit, key)
        if value is not None:
            out[key] = value
    if hit.kind == "transcript":
        out["time_base"] = "source seconds of the media"
        if hit.timeline:
            out["on_timeline"] = hit.timeline
    elif hit.kind == "clip":
        out["time_base"] = "timeline seconds"
    return out


def search_context(index: Any, query: str, kind: str | None = None, k: int = 5,
                   media_id: str | None = None) -> list[dict[str, Any]]:
    """Search the project's context index (transcripts, media, clips, edit history).

    Args:
        query: what to look for, in the user's words ("the part about the beach").
        kind: transcript, media, clips or edits; None searches all.
        k: how many hits (1-20).
        media_id: only hits from this media (e.g. "m2").

    Returns time-coded hits: transcript hits carry source seconds and, when the media is
    on the timeline, the clip and timeline seconds where that speech plays.
    """
    k = max(1, min(int(k), 20))
    return [hit_to_tool_dict(h) for h in index.search(query, kind=kind, k=k, media_id=media_id)]
