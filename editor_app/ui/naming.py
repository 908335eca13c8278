"""Clip, track and media names for people: the window never shows internal ids (c9, t2, m4).

Plans, errors and history labels are written with ids (the model and the agents need them);
``humanize`` swaps each id it can resolve for the name the user sees on the timeline.
"""

from __future__ import annotations

import re

from editor_app.model.project import Clip, Project, Track

_ID = re.compile(r"\b([ctm])(\d+)\b")
_TWICE = re.compile(r"“([^”]+)” \(\1\)")
_MSS = re.compile(r"(?<![\d:.])(?:(\d+):)?(\d+):(\d{2})\.(\d{2})(?![\d:])")  # model.time.format_time output


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
    text = _TWICE.sub(r"“\1”", _ID.sub(name_of, text))
    project = next((p for p in projects if p is not None), None)
    return same_times(text, project.fps) if project is not None else text


def same_times(text: str, fps) -> str:
    """Rewrite m:ss.cc times written by the model layer in the window's one time format."""
    from fractions import Fraction

    from editor_app.ui.timefmt import current, show_time

    if current() == "minutes":
        return text

    def convert(m: re.Match) -> str:
        h, mins, secs, centis = (int(g) if g else 0 for g in m.groups())
        seconds = Fraction(h * 3600 + mins * 60 + secs) + Fraction(centis, 100)
        return show_time(round(seconds * fps), fps)
    return _MSS.sub(convert, text)
