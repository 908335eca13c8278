"""Camera file names that look like clip ids: Sony and Canon cameras name files C0051.MP4, and people
say "C0055", "c0055.mp4" or just "c51".

Why: the planner reads "c<number>" as a clip id everywhere (c1, c2, ...), so "make C0055 black &
white" answered "There is no clip c0055 on the timeline" although C0055.MP4 was right there. Before
any intent reads the text, such a word that names no clip but names one media file (its name with
or without the extension, or the same number without the leading zeros) is rewritten as that media's
id ("m5"), which every intent already reads as the media. A word that names a clip keeps meaning the
clip; quoted words are left as typed.
"""

from __future__ import annotations

import re

from editor_app.model.project import Project

_TOKEN = re.compile(r"\bc(\d+)(?:\.(?:mp4|mov|mxf|m4v|mts))?\b")


def _media_numbers(project: Project) -> dict[str, list[str]]:
    """'0055' -> media ids whose file stem is C0055 (any case)."""
    out: dict[str, list[str]] = {}
    for mid, media in project.media.items():
        stem = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", str(media.path).replace("\\", "/").rsplit("/", 1)[-1])
        found = re.fullmatch(r"[cC](\d+)", stem)
        if found:
            out.setdefault(found.group(1), []).append(mid)
    return out


def _media_for(digits: str, numbers: dict[str, list[str]]) -> str | None:
    exact = numbers.get(digits, [])
    if len(exact) == 1:
        return exact[0]
    loose = [mid for number, mids in numbers.items() if int(number) == int(digits) for mid in mids]
    return loose[0] if len(loose) == 1 else None


def camera_names_as_media(text: str, project: Project) -> str:
    """``text`` (normalized) with camera-style file names that are not clip ids written as media ids."""
    numbers = _media_numbers(project)
    if not numbers:
        return text

    def swap(match: re.Match) -> str:
        word = match.group(0)
        bare = f"c{match.group(1)}"
        if bare == word and project.find_clip(bare) is not None:
            return word  # "c5" is clip c5
        media = _media_for(match.group(1), numbers)
        return media if media is not None else word

    parts = re.split(r'("[^"]*")', text)
    return "".join(part if i % 2 else _TOKEN.sub(swap, part) for i, part in enumerate(parts))
