"""A place named as "the proper take" with nothing after it: the sentence that replaced a false start.

Why: people cut a retake and place B-roll over the take they kept in one breath ("cut the false start,
then put X over the proper take"). "The proper take of X" already reads as the part about X
(place_phrases.tidy_place); said bare, the words "proper take" were searched for in the talk and landed
anywhere. The kept take is the sentence right after a sentence abandoned out loud ("sorry, let me try
that again"); when that false start was already cut (earlier in the same message), it is the sentence
that now starts where the cut closed: the talk's words skipped between two neighbouring words heard on
the timeline abandon themselves. The place becomes that sentence, quoted.
"""

from __future__ import annotations

import re

from editor_app.model.word_cuts import timeline_words
from editor_app.model.words import SELF_CORRECTION, false_starts, norm, sentences
from editor_app.planner.types import Ctx, Unclear

# Round 12b: the kept take is also said by what was done to it ("the corrected take", "the second take",
# "the redone take", "the new take"), or as the take itself ("the retake", "the redo").
_BARE_TAKE = re.compile(r"\b(?:the|my) (?:(?:proper|good|right|correct|corrected|clean|final|kept|better|real|"
                        r"successful|working|fixed|redone|re-done|second|new|repeated) "
                        r"(?:take|version|go|attempt|try)|retake|redo|re-do|do-over|second go)\b"
                        r"(?! (?:of|at|where|when|about|on|for)\b)")
# Round 13b: the kept take is also said as a line or sentence, but only with a word that says it was
# redone ("the corrected line", "the redone sentence"): "the second line" or "the final sentence" are
# places in the talk, not takes, so those adjectives are left out here.
_REDONE_LINE = re.compile(r"\b(?:the|my) (?:corrected|redone|re-done|fixed|repeated|proper|kept|clean|successful|"
                          r"good|correct) (?:line|sentence|bit|one|part)\b"
                          r"(?! (?:of|at|where|when|about|on|for)\b)")


# Round 16: the kept take said by a clause about how it went: "the version i got right", "the one I nailed",
# "the take that worked", "the go where I didn't mess it up".
_GOT_RIGHT = re.compile(r"\b(?:the|my) (?:version|take|one|go|attempt|try|line|sentence) (?:that |which |where |when )?"
                        r"(?:(?:i|we|she|he|they) (?:got right|got it right|nailed|nailed it|did right|got through|"
                        r"finished|completed|did properly|didn't (?:mess|muck|screw|flub) (?:it )?up)|worked|went right|"
                        r"came out right)\b(?! (?:of|at|where|when|about|on|for)\b)")


def kept_take_place(ctx: Ctx, text: str) -> str | None:
    """``text`` with a bare "the proper take" spelled as the kept take's sentence, or None when it says none."""
    match = _BARE_TAKE.search(text) or _REDONE_LINE.search(text) or _GOT_RIGHT.search(text)
    if match is None:
        return None
    placed = timeline_words(ctx.project)
    if not placed:
        return None
    spans = sentences(placed)
    starts = [b + 1 for _, b in false_starts(placed) if b + 1 < len(placed)]
    starts += _closed_cuts(ctx, placed)
    starts = sorted(set(starts))
    if not starts:
        return None
    if len(starts) > 1:
        raise Unclear("Which take do you mean? I hear more than one sentence said again after a false start; "
                      "say what it is about, e.g. \"over the proper take of ...\".")
    first = starts[0]
    last = next((b for a, b in spans if a <= first <= b), first)
    quote = " ".join(placed[i].text for i in range(first, last + 1)).strip(" .!?")
    return text[: match.start()] + f'"{quote}"' + text[match.end():]


def _closed_cuts(ctx: Ctx, placed) -> list[int]:
    """Indices of words heard right after a cut that took out a sentence abandoned out loud."""
    out = []
    for i in range(1, len(placed)):
        before, after = placed[i - 1], placed[i]
        if before.media_id != after.media_id or after.index <= before.index + 1:
            continue
        asset = ctx.project.media.get(after.media_id)
        if asset is None or not asset.words:
            continue
        skipped = " ".join(norm(w.text) for w in asset.words[before.index + 1: after.index])
        if SELF_CORRECTION.search(skipped):
            out.append(i)
    return out
