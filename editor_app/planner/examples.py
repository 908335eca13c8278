"""Example requests built from the project itself, for "help" and for a message not understood.

Why: fixed examples named the demo's media ("put the beach clip ...", "duck the music ...") in
projects that have no beach clip and no music, so a new user copied an example and got an error.
Each example here is only offered when the project has what it names: B-roll by its own file
name, music only when there is music (and "put it under everything" while it is still in the
bin), the voice only when there is a talk, clip ids only when the clip exists.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset, Project

_MUSIC_S = 20  # a sound file this long is music (from_bin.MUSIC_MIN_S), shorter is a sound effect


def _talk(project: Project) -> MediaAsset | None:
    return next((m for m in project.media.values() if m.words or m.transcript), None)


def _music(project: Project) -> MediaAsset | None:
    sounds = [m for m in project.media.values() if m.kind == "audio" and not (m.words or m.transcript)]
    return next((m for m in sounds if m.duration is not None and float(m.duration) >= _MUSIC_S), None)


def project_examples(project: Project) -> list[str]:
    """Requests this project can carry out now, in the words a user would type."""
    if not project.media:
        return ["import your footage first: drag the files onto the window (or File > Import), then say \"add everything\"",
                "what can you do?"]
    clips = list(project.clips())
    placed = {c.media_id for c in clips if c.media_id}
    talk = _talk(project)
    music = _music(project)
    pictures = [m for m in project.media.values() if m.kind in ("video", "image") and m is not talk]
    out: list[str] = []
    if not clips:
        if talk is not None:
            out.append(f"add {talk.name}")
        elif pictures:
            out.append("add everything")
    if pictures and talk is not None and talk.id in placed:
        out.append(f"put the {pictures[0].name} B-roll over the part where I talk about it")
    if talk is not None and talk.id in placed:
        out += ["remove the silences", "cut the first 3 seconds"]
    elif clips:
        out.append("cut the first 3 seconds")
    if music is not None and music.id in placed:
        if talk is not None and talk.id in placed:
            out.append("duck the music under the speech")
        out.append("fade out the music at the end")
    elif music is not None and clips:
        out.append(f"put {music.name} under everything, quietly")
    visual = next((c for c in clips if c.media_id and project.media[c.media_id].kind in ("video", "image")), None)
    if visual is not None:
        out.append("make the first clip black and white")
    if clips:
        name = (project.name or "My video").strip().title()
        out.append(f'add a title "{name}" at the start for 3 seconds')
    if visual is not None:
        out.append(f"speed {visual.id} up 2x")
    if talk is not None and talk.id in placed:
        out.append("normalize the voice to -16 LUFS")
    if clips:
        out.append("undo the last change")
    return out


def clip_example(project: Project) -> str:
    """How to name a clip of this project, for a question that asks which clip: 'c3 or "the IMG_3307 clip"'."""
    clips = sorted(project.clips(), key=lambda c: (c.media_id is None, c.start))
    named = next((c for c in clips if c.media_id and not (project.media[c.media_id].words
                                                        or project.media[c.media_id].transcript)), None)
    named = named or next((c for c in clips if c.media_id), None)
    if named is None:
        return "\"the last clip\""
    plain = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", project.media[named.media_id].name)
    return f"{named.id} or \"the {plain} clip\""


def help_text(project: Project) -> str:
    """One paragraph for "help": what the editor does, with examples this project can carry out."""
    examples = project_examples(project)
    if not project.media:
        return ("I edit the timeline when you ask in plain words. This project has no media yet: "
                + examples[0] + ".")
    shown = "\n".join(f"- {e}" for e in examples[:5])
    return f"I edit the timeline when you ask in plain words, for example:\n{shown}"
