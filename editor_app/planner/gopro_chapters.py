"""GoPro chapters named by their number: "gopro part two", "the second chapter", "timelapse part 1" (round 21).

Why: a GoPro splits one long recording into chapter files that share a four-digit number: GOPR0345.MP4 is the
first chapter and GP010345.MP4 the second (HERO2 to HERO5: GOPRnnnn, then GP01nnnn, GP02nnnn, ...), and newer
cameras name them GX01nnnn, GX02nnnn (chapter in the first two digits). People call them "part one/two" or "the
first/second chapter"; read as words, "part two" named nothing, so the request asked which GoPro file (or, said
over a line of the talk, was read as a colour change). When the project holds one chaptered recording, the
chapter number said is that file; with several recordings, or no such chapter, nothing is rewritten.
"""

from __future__ import annotations

import re
from typing import Any

_OLD = re.compile(r"^(?:gopr(?P<n1>\d{4})|gp(?P<c1>\d{2})(?P<n2>\d{4}))\.(?:mp4|mov)$")
_NEW = re.compile(r"^g[xh](?P<c>\d{2})(?P<n>\d{4})\.(?:mp4|mov)$")
_NUMBER = {"one": 1, "1": 1, "first": 1, "1st": 1, "two": 2, "2": 2, "second": 2, "2nd": 2, "three": 3, "3": 3,
           "third": 3, "3rd": 3, "four": 4, "4": 4, "fourth": 4, "4th": 4}
_SAID = re.compile(r"\b(?:the )?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th) (?:gopro |go pro )?(?:chapter|part|file)"
                   r"|(?:(?:gopro|go pro|timelapse|time-lapse) ){0,2}(?:chapter|part) (?P<n>one|two|three|four|[1-4]))"
                   r"(?: (?:clip|video|file|footage|of the gopro|of the timelapse))?\b")


def _chapters(project: Any) -> dict[str, dict[int, str]]:
    """Recording number -> {chapter: file name} for the project's GoPro files."""
    out: dict[str, dict[int, str]] = {}
    for asset in project.media.values():
        name = asset.name.lower()
        old, new = _OLD.match(name), _NEW.match(name)
        if old:
            number, chapter = (old.group("n1"), 1) if old.group("n1") else (old.group("n2"), int(old.group("c1")) + 1)
        elif new:
            number, chapter = new.group("n"), int(new.group("c"))
        else:
            continue
        out.setdefault(number, {})[chapter] = asset.name
    return {k: v for k, v in out.items() if len(v) > 1}


def chapter_named(text: str, project: Any) -> str | None:
    """``text`` with "gopro part two" written as that chapter's file name; None when nothing is rewritten."""
    if project is None or not re.search(r"\b(?:chapter|part)\b", text):
        return None
    recordings = _chapters(project)
    if len(recordings) != 1:
        return None
    (files,) = recordings.values()
    said = _SAID.search(text)
    if said is None:
        return None
    chapter = _NUMBER[(said.group("o") or said.group("n"))]
    if chapter not in files:
        return None
    if not re.search(r"\b(?:gopro|go pro|chapter|timelapse|time-lapse)\b", said.group(0)):
        return None  # "part two" alone may be a part of the talk
    return text[:said.start()] + files[chapter].lower() + text[said.end():]
