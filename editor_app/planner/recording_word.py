""""The recording" said on its own, when several media are recordings: ask which, never pick one.

Why: "recording" is how people call a file by what it is, not by its name. A project often holds
several: a meeting app's recording ("...-Meeting Recording.mp4"), a phone voice memo ("New Recording
14.m4a"), a field recorder's take (DR0000_0031.WAV), a screen capture of a browser window. Matched by
the one file name that happens to hold the word, "put the recording in at 2:00" placed whichever file
said "Recording", a guess. When the word comes straight after "the/that/this/my" (no name word before
it, such as "meeting recording") and more than one media is a recording, the request asks which.
Nothing here knows any project: the signs are how such files are named and what kind they are.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset, Project
from editor_app.planner.types import Unclear

_SAID = re.compile(r"(?:^|\b(?:the|that|this|my|our|your))\s+recording\b(?!\s+(?:of|from|where|when|with)\b)")
_NAMED_RECORDING = re.compile(r"\brecording\b|\bvoice memo\b|\bscreen ?rec")
_CAPTURE_NAME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}|^gmt\d{8}-\d{6}")  # Game Bar / OBS / Zoom cloud
_RECORDER_TAKE = re.compile(r"^(?:dr\d{4}|zoom\d{4}|tascam|rec\d|voice\b)")  # handheld recorders' own file names
_NOT_A_RECORDING = re.compile(r"\b(?:sfx|sound ?effects?|music|song|loop|beat|jingle|track)\b")


def _is_recording(asset: MediaAsset, music_ids: set[str]) -> bool:
    name = asset.name.lower()
    if asset.id in music_ids or _NOT_A_RECORDING.search(name):
        return False
    return bool(_NAMED_RECORDING.search(name) or _CAPTURE_NAME.search(name)
                or (asset.kind == "audio" and _RECORDER_TAKE.search(name)))


def recordings(project: Project) -> list[MediaAsset]:
    """The media that are recordings of something (meeting, voice memo, recorder take, screen capture);
    never the talk nor the music on the timeline."""
    music_ids = {c.media_id for t in project.tracks if t.role in ("music", "main", "voice") for c in t.clips if c.media_id}
    return [a for a in project.media.values() if _is_recording(a, music_ids)]


def ask_which_recording(text: str, project: Project) -> None:
    """Raise Unclear when ``text`` (normalized) says "the recording" on its own and several media are recordings."""
    parts = re.split(r'"[^"]*"', text)  # quoted words are a title's, not a media
    if not any(_SAID.search(part) for part in parts):
        return
    found = recordings(project)
    if len(found) > 1:
        names = ", ".join(a.name for a in found[:-1]) + f" or {found[-1].name}"
        raise Unclear(f"Which recording do you mean: {names}?", [f"the {a.name} clip" for a in found])
