"""The three built-in agents, registered through the `editor_app.agents` entry-point group
like any plugin (so the plugin path runs on every start). Their tool lists come from the
tool registry (each Tool names its owning agents), never from lists kept here."""

from __future__ import annotations

from editor_app.agents.base import Agent
from editor_app.tools import TOOLS


def _agent(name: str, description: str) -> Agent:
    return Agent(name=name, description=description, edit_tools=TOOLS.for_agent(name, "edit"),
                 macro_tools=TOOLS.for_agent(name, "macro"), query_tools=TOOLS.for_agent(name, "query"),
                 prompt_file=f"{name}.txt")


def timeline_agent() -> Agent:
    return _agent("timeline", "Cuts and arranges the timeline: insert, overwrite, remove, split, trim and move clips, "
                              "cut time ranges, cut words, remove filler words, retakes and long pauses, remove silences, place B-roll (also by topic), markers, tracks, "
                              "enable/disable and rename clips.")


def effects_agent() -> Agent:
    return _agent("effects", "Changes how clips look: effects (fades, black and white, colour, blur, zoom, text "
                             "overlays), transitions and crossfades, speed changes, title cards.")


def audio_agent() -> Agent:
    return _agent("audio", "Changes how things sound: clip and track volume, ducking music under speech, "
                           "volume envelopes, audio fades, loudness normalisation, muting tracks.")
