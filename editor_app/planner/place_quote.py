"""A media placed over words of the talk in quotes: "put the second pixel clip over 'my towels now dry in one
cycle'" is B-roll at those words, not a title that says them (round 13, refs).

Why: a quote after a placing verb reads as a title's text ("put 'Step 1' at 0:10"), but when the words before
it name a media of the project, end on "over / during / when I say", no title word is said, and the quoted words
are words of the talk, the quote says where the media goes. Any one of those missing keeps the title reading.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

_TITLE_WORDS = re.compile(r"\b(?:title|caption|text|lower third|heading|subtitle|super|card|on[- ]?screen|written|"
                          r"saying|says|reads|reading)\b")
_AT_WORDS = re.compile(r"\b(?:over|during|under|across|on|at|when|where|while|as)(?: (?:i|you) (?:say|said|says|go|get to))?"
                       r"(?: (?:the|my) (?:words?|line|bit|part))?\s*$"
                       # round 16 (r2): "a second after 'X' starts", "2 seconds into 'X'": a place by the quote
                       r"|\b(?:a|one|\d+(?:\.\d+)?) ?(?:seconds?|secs?|s) (?:after|into|before)(?: i say)?\s*$")


def _talk_words(ctx: Ctx) -> str:
    """Every word said in the project's talks, lower case, punctuation dropped, one space apart."""
    words = [w.text for asset in ctx.project.media.values() for w in asset.words]
    return " " + " ".join(re.sub(r"[^\w' ]", "", w.lower()) for w in words) + " "


def media_over_quote(ctx: Ctx, text: str, quoted: re.Match) -> bool:
    """Whether ``quoted`` (a quote in ``text``) is where a named media goes rather than a title's words."""
    before, after = text[: quoted.start()], text[quoted.end():]
    if _TITLE_WORDS.search(before + " " + after) or not _AT_WORDS.search(before):
        return False
    said = re.sub(r"[^\w' ]", "", (quoted.group(1) or quoted.group(2) or "").lower()).split()
    if len(said) < 2 or f" {' '.join(said)} " not in _talk_words(ctx):
        return False
    from editor_app.planner.media_refs import ranked_mentions

    try:
        return bool(ranked_mentions(ctx, before, strict=False))
    except Exception:  # noqa: BLE001 - a name that asks is still a media named: the placement asks it
        return True
