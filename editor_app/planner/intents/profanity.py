"""Swearing cut out of the talk: "remove the profanity", "take the swearing out", "cut the swear words" (round 23, lead).

Why: a curator or a parent asks for a clean version ("For the gallery version, please remove the profanity"); no
intent read it, and "remove the X" asked which clip to remove. The words are the language's swear words (a list of
the language, not of any project) as the talk says them; a swear word's own object is cut with it ("feck it,",
"bloody hell"), the rest of the sentence stays. None said: it says so and changes nothing.
"""

from __future__ import annotations

import re

from editor_app.model.words import norm
from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import spoken_sentences
from editor_app.planner.types import Ctx, Match, Unclear

_ASKED = re.compile(r"\b(?:remove|cut|take out|take|get rid of|lose|drop|clean up|strip|edit out|delete|bin|ditch)\b.*?"
                    r"\b(?:profanity|profanities|swearing|swear ?words?|swears|cursing|curse words?|cuss words?|bad language|"
                    r"bad words|expletives?|the f ?words?|rude words|language)\b")
SWEAR_WORDS = frozenset(
    "fuck fucking fucked fucker shit shite shitty damn damned goddamn bloody bollocks arse arsehole ass asshole crap feck "
    "fecking bugger bastard piss pissed wanker sod christ jesus hell frigging frickin freaking".split())
_MILD_ALONE = frozenset({"hell", "christ", "jesus", "bloody", "damn", "freaking"})  # swear words only in their idioms
_IDIOMS = ("bloody hell", "oh my god", "for god's sake", "jesus christ", "bloody hell fire", "what the hell")
_OBJECT = frozenset({"it", "off", "sake", "me", "all"})


def cut_profanity(ctx: Ctx) -> Match | None:
    asked = _ASKED.search(ctx.text)
    if asked is None or re.search(r"\b(?:over|music|clip|photo|shot)\b", ctx.text) \
            or re.search(r"\b(?:and|plus|as well as|then)\b", ctx.text[asked.end():]):
        return None  # "the profanity and the verbal fillers": two cuts (intents/several.py splits them)
    placed, _ = spoken_sentences(ctx)
    if not placed:
        return None
    said = [norm(p.text).replace("\u2019", "'") for p in placed]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(said):
        idiom = next((n for n in _IDIOMS if " ".join(said[i: i + len(n.split())]) == n), None)
        if idiom is not None:
            spans.append((i, i + len(idiom.split()) - 1))
            i += len(idiom.split())
            continue
        word = said[i]
        if word in SWEAR_WORDS and (word not in _MILD_ALONE or not placed[i].text[-1:].isalpha()):
            end = i + 1 if i + 1 < len(said) and said[i + 1] in _OBJECT and not placed[i].text.rstrip().endswith(",") else i
            spans.append((i, end))
            i = end + 1
            continue
        i += 1
    if not spans:
        raise Unclear("I don't hear any swearing in the talk, so there is nothing to cut. Quote the words you mean.")
    from editor_app.planner.intents.words import AGENT, _ranges

    ranges = [r for a, b in spans for r in _ranges(placed, a, b)]
    listed = ", ".join(f"\"{' '.join(p.text for p in placed[a: b + 1]).strip(',.!?')}\" at {clock(placed[a].start)}"
                       for a, b in spans[:6])
    return Match([step("cut_words", {"ranges": ranges}, AGENT)],
                 f"cut the swearing ({listed}), nothing around it")


INTENTS = [cut_profanity]
