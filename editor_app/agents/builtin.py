"""The four built-in agents, registered through the `editor_app.agents` entry-point group
like any plugin (so the plugin path runs on every start). Their tool lists come from the
tool registry (each Tool names its owning agents), never from lists kept here."""

from __future__ import annotations

from editor_app.agents.base import Agent
from editor_app.tools import TOOLS


def _agent(name: str, description: str) -> Agent:
    return Agent(name=name, description=description, edit_tools=TOOLS.for_agent(name, "edit"),
                 macro_tools=TOOLS.for_agent(name, "macro"), query_tools=TOOLS.for_agent(name, "query"),
                 prompt_file=f"{name}.txt")


def speech_agent() -> Agent:
    """Split off the timeline agent (issue 13): one agent with every cutting and arranging tool sent
    about 5k prompt tokens a call, over Ollama's default 4,096-token window. This one cuts the
    programme (ripple, across the tracks, edges between words); the timeline agent arranges clips."""
    return _agent("speech", "Cuts the talk and the whole programme with it: words by what is said, filler words "
                            "(um, uh), retakes, long pauses, silences and dead air, and stretches of time (the first "
                            "5 seconds, 10-20 s).")


def timeline_agent() -> Agent:
    return _agent("timeline", "Arranges the timeline: insert, overwrite, remove, split, trim and move clips, "
                              "place B-roll (also by topic), markers, tracks, enable/disable and rename clips.")


def effects_agent() -> Agent:
    return _agent("effects", "Changes how clips look: effects (fades, black and white, colour, blur, zoom, text "
                             "overlays), transitions and crossfades, speed changes, title cards.")


def audio_agent() -> Agent:
    return _agent("audio", "Changes how things sound: clip and track volume, ducking music under speech, "
                           "volume envelopes, audio fades, loudness normalisation, muting tracks.")
