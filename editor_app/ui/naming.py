"""Clip, track and media names for people: the window never shows internal ids (c9, t2, m4).

Plans, errors and history labels are written with ids (the model and the agents need them);
``humanize`` swaps each id it can resolve for the name the user sees on the timeline.
"""

from __future__ import annotations

import re

from editor_app.model.project import Clip, Project, Track

_ID = re.compile(r"\b([ctm])(\d+)\b")


def clip_name(project: Project, clip: Clip) -> str:
    if clip.name:
        return clip.name
    media = project.media.get(clip.media_id) if clip.media_id else None
    if media is not None:
        return media.name
    gen = clip.generator
    text = getattr(gen, "text", "") if gen is not None else ""
    return f"title “{text}”" if text else (f"{gen.kind} card" if gen is not None else "clip")


def track_name(track: Track) -> str:
    return track.name or f"{track.role.title()} track"


def quoted_clip(project: Project, clip: Clip) -> str:
    return f"“{clip_name(project, clip)}”"


def humanize(text: str, *projects: Project | None) -> str:
    """Replace clip/track/media ids in ``text`` with names, looking in each project in turn."""
    def name_of(m: re.Match) -> str:
        ident = m.group(0)
        for project in projects:
            if project is None:
                continue
            if m.group(1) == "c":
                found = project.find_clip(ident)
                if found:
                    return quoted_clip(project, found[1])
            elif m.group(1) == "t":
                track = next((t for t in project.tracks if t.id == ident), None)
                if track is not None:
                    return track_name(track)
            elif ident in project.media:
                return f"“{project.media[ident].name}”"
        return ident
    return _ID.sub(name_of, text)
