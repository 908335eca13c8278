"""The words a title or caption is to say are its text, never names of media: 'add a caption that says "Lint =
fire risk" at the playhead' is a title, not fire stats.png put on the timeline (round 13, refs).

Why: media are named by any word of their file name or description, so a quoted title that happens to hold
one ("fire", "flap") was read as naming that file, and a placement ran instead of the title. A quote right after
a word that introduces a title's text (saying, that says, reads, caption, title, text, lower third) is blanked
before media are looked for; a quote after a placing verb ("put 'fire stats.png' at 0:10") still names a file.
"""

from __future__ import annotations

import re

_TEXT_QUOTE = re.compile(r"\b(?:saying|says|say|reading|reads|read|caption|title|text|lower third|heading|subtitle|"
                         r"words|wording)\s*:?\s*(?P<q>\"[^\"]*\"|'[^']*')")


def without_title_text(text: str) -> str:
    """``text`` with the quoted text of a title blanked (same length, so positions are kept)."""
    for found in reversed(list(_TEXT_QUOTE.finditer(text))):
        start, end = found.span("q")
        text = text[:start] + " " * (end - start) + text[end:]
    return text
