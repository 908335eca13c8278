""""Cut the whole story about trip and the diesel": a story asked for whole is every sentence of it, even when the
request names it by what happens rather than by who it is about (round 24, lead).

Why: suite AF's dictated "please cut the whole story about trip and the diesel" ("trip" is Siri's "Trev") found the one
sentence about the diesel and cut it, leaving the rest of the story hanging (a wrong destructive edit). When a request
says "the whole/entire story" and its plan cuts one sentence that belongs to the story about a person the talk names
(intents/person_story.story_of), it is read again as that person's story.
"""

from __future__ import annotations

import re
from typing import Any

_WHOLE_STORY = re.compile(r"\b(?:whole|entire|full|complete|all of the|all the) (?:story|anecdote|tangent|tale|yarn|saga)\b"
                          r"|\b(?:removed|cut|deleted|taken out|remove|cut|delete) (?:\w+ )?(?:entirely|completely|altogether|in (?:its|their) entirety)\b"
                          r"|\b(?:everything|all the (?:stuff|bits|remarks|comments)) (?:about|on|re)\b")


def whole_story(message: str, steps: list[Any], project: Any) -> str | None:
    """The request as "cut the <name> story" when it asks for a whole story and its plan cuts one sentence of a
    person's story; else None."""
    if not steps or not _WHOLE_STORY.search((message or "").lower()) or any(s.tool != "cut_words" for s in steps):
        return None
    from editor_app.planner.intents.person_story import _names, story_of
    from editor_app.planner.retake_part import cut_word_keys
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.types import Ctx

    ctx = Ctx("", project)
    placed, spans = spoken_sentences(ctx)
    cut = cut_word_keys(steps)
    for name in dict.fromkeys(_names(placed).values()):
        story = story_of(ctx, name) or []
        words = [{(placed[k].media_id, placed[k].index) for k in range(s.first, s.last + 1)} for s in story]
        if words and any(cut <= w for w in words) and not cut >= set().union(*words):
            return f"cut the {name} story"
    return None
