"""Files named by part of their number: "the 092741 one", "pxl_0927", "stick 0232 over ...".

Why: phones and cameras name files by date and time (PXL_20261203_092741118.mp4, a Pixel's HHMMSSmmm after
the date), and people read off the part they see first, not the end. Round 10 knew only the end of a number
("gx 457" for GX010457). A number of four or more digits said inside one of a file's numbers names that file;
said inside several (the date both Pixel clips share), they tie and the caller asks. A number that looks like a
file's and is inside no file's name names nothing here: ask, never place another media.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset
from editor_app.planner.types import Ctx, Unclear

# Four or more digits, not part of a time, a level or a count ("0927", not "1:20" or "2000 ms").
FILE_NUMBER = re.compile(r"(?<![\d.:])(\d{4,})(?![\d.:])(?! ?(?:s|secs?|seconds?|ms|mins?|minutes?|db|%|x|fps|frames?|px|p|k)\b)")


def _digit_runs(name: str) -> list[str]:
    return re.findall(r"\d{3,}", name)


def number_parts(asset: MediaAsset, numbers: dict[str, int]) -> dict[str, int]:
    """{file number: where it was said} for said numbers of 4+ digits inside one of the file's numbers."""
    out: dict[str, int] = {}
    for run in _digit_runs(asset.name):
        for said, position in numbers.items():
            if len(said) >= 4 and said != run and said in run:
                out[run] = position
    return out


def said_numbers(text: str) -> dict[str, int]:
    """{number of 4+ digits: where} for the numbers in ``text`` that could be part of a file's name."""
    return {m.group(1): m.start(1) for m in FILE_NUMBER.finditer(text)}


def unknown_file_number(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` says a file-like number ("the 555555 one", "IMG_4410") that no media's name holds."""
    for said in said_numbers(text):
        if re.fullmatch(r"(?:19|20)\d\d", said):
            continue  # a year ("the 2024 trip clip") is a description, not a file number
        if not any(said in run for a in ctx.project.media.values() for run in _digit_runs(a.name)):
            have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
            raise Unclear(f"I can't find a file with {said} in its name in this project (media: {have}). "
                          "Which one do you mean?")
