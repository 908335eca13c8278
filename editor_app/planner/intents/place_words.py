"""A media placed on quoted words: "put the knock noise on the words 'nice and snug'", "the cat clip over
the line 'claimed the box'".

Why: a quote in a request usually is a title's text, so the title intent read these as "add the title
'nice and snug'". When the words before the quote name a sound effect or a B-roll media and the quote
follows a word of place ("on", "over", "at", "with"), the quote says where the media goes: a sound starts
on the first quoted word, a picture covers the sentence that says them.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner.types import Ctx, Match

_ON_WORDS = re.compile(r'^(?:(?P<verb>put|place|add|drop|stick|pop|play|lay|insert|use|slap|throw|show) )?(?P<media>.+?),? '
                       r'(?:right |just |exactly )?(?:on|at|over|with|under|during|across) (?:the |my )?'
                       r'(?:words?|line|phrase|bit|part|sentence|moment)? ?'
                       r'(?:(?:where|when|in which|that) (?:i|you|we) (?:say|says|said) )?"(?P<quote>[^"]+)"[\s.!]*(?:please)?[\s.!]*$')


def media_on_words(ctx: Ctx) -> Match | None:
    """A sound or B-roll from the bin, placed where quoted words are said."""
    from editor_app.planner.intents.broll import place_broll
    from editor_app.planner.intents.sounds import describe, is_sound_effect, sound_steps, spoken_words_at
    from editor_app.planner.media_refs import ranked_mentions
    from editor_app.planner.refs import broll_candidates

    m = _ON_WORDS.match(ctx.text)
    if m is None:
        return None
    named = m.group("media")
    if not re.match(r"(?:the|my|our|that|this|a|an)\b", named):
        named = "the " + named
    mentions = ranked_mentions(ctx, named, strict=False)
    if len(mentions) != 1:
        return None
    asset = mentions[0].asset
    quote = m.group("quote").strip(" .!?,")
    if is_sound_effect(ctx, asset):
        said = spoken_words_at(ctx, f'when i say "{quote}"')
        if said is not None:
            return Match(sound_steps(ctx, asset, said[0]), describe(asset, said[0]))
    elif asset.id not in {a.id for a in broll_candidates(ctx)}:
        return None
    return place_broll(dataclasses.replace(ctx, text=f'{m.group("verb") or "put"} {named} over "{quote}"'))
