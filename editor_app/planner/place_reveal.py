"""B-roll over "the big reveal": the sentence where the talk presents the finished result.

Why: a how-to ends its work by showing the result ("and here it is", "listen to that", "there you go"),
and people call that moment the reveal, the payoff or the result; the sentence never says "reveal". The
place is the last sentence that presents something in one of the ways English does; a talk with none
is left to the topic search (which asks when it finds nothing). Nothing here names any project's words.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

_ASKED = re.compile(r"\b(?P<prep>over|during|for|with|on|across) (?:the|my|our) (?:big |final |grand |little |great )?"
                    r"(?:reveal|payoff|pay-off|ta-?da moment|finished result|end result|result|money shot)(?: (?:bit|part|moment|shot))?\b")
_PRESENTS = re.compile(r"\b(?:here it is|there it is|here we are|there you go|there you have it|there we go|here we go|"
                       r"look at (?:that|this|it)|listen to (?:that|this|it)|check (?:that|this|it) out|ta-?da|voila|"
                       r"and (?:it's |we're )?done)\b")


def reveal_place(ctx: Ctx, text: str) -> str | None:
    """``text`` with "over the big reveal" replaced by the times of the last presenting sentence, or None."""
    from editor_app.planner.said_in import spoken_sentences

    match = _ASKED.search(text)
    if match is None:
        return None
    _, spans = spoken_sentences(ctx)
    shown = [s for s in spans if _PRESENTS.search(s.text.lower())]
    if not shown:
        return None
    chosen = shown[-1]
    return f"{text[: match.start()]}from {chosen.start:.3f} s to {chosen.end:.3f} s{text[match.end():]}"
