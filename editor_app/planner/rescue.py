"""Rescue readings: whole-message rewrites tried only when the ordinary reading of a message failed (round 19, lead).

Why: the planner reads a message through many narrow readings in order; a broad reading placed among them (say,
"any message about pauses with a verb that shortens is every pause") also catches messages an earlier reading
handled better ("cut the silences and duck the music", "the quiet stretch at the very end"). Tried after the
ordinary reading has failed, a broad reading can only turn "not understood" into a plan, never change a plan. Each
reading here must still be safe on its own: it names the request it recognises, and the plan it leads to is checked,
shown and confirmed like any other.
"""

from __future__ import annotations

from typing import Any


def rescued(message: str, project: Any) -> str | None:
    """The message rewritten by the first rescue reading that recognises it, or None."""
    from editor_app.planner.pause_requests import every_pause, one_pause_told
    from editor_app.planner.text import normalize

    from editor_app.planner.rescue_words import READINGS

    text = normalize(message or "")
    for reading in (lambda t, _p: every_pause(t), lambda t, _p: one_pause_told(t), *READINGS):
        again = reading(text, project)
        if again is not None and again != text:
            return again
    return None
