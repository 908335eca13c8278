"""Words to show, said without quotes: "put the words NEVER CUT THE QUICK on screen when I say never cut into it",
"show the text Be Gentle on screen at 1:20".

Why: the title intent needed quotes or a title noun, so these words were read as something else; with an edit
word inside them ("cut") the cut-what-I-say intent cut the spoken words out of the talk (a wrong destructive edit).
"the words/text/phrase X on screen" after a verb of showing is a title whose text is X; the place after it is
where it goes. Read before any cut, so words to show are never an instruction.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner.types import Ctx, Match

_SHOW = re.compile(r"^(?:(?:can|could|would) you |please |i want (?:you )?to |i'd like to )?"
                   r"(?:put|show|stick|pop|write|type|display|flash|slap|throw|add|have|get|bung|splash)(?: up)? "
                   r"(?:the (?:words?|text|phrase|line)|(?:some )?text(?: saying| that says| reading)?|(?:the )?words)"
                   r"(?! (?:about|from|in|of|that i|i)\b)"
                   r" (?P<x>[^\"]+?) (?:up )?(?:on[- ]?screen|on the screen|over the (?:video|picture|footage))\b(?P<rest>.*)$")


def on_screen_words(ctx: Ctx) -> Match | None:
    """A title whose text is the words said between "the words" and "on screen"."""
    found = _SHOW.match(ctx.text)
    if found is None:
        return None
    from editor_app.planner.intents.effects import add_title

    words = found.group("x").strip(" ,:")
    return add_title(dataclasses.replace(ctx, text=f'add a title "{words}"{found.group("rest")}'))


INTENTS = [on_screen_words]
