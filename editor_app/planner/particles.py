"""How well a sentence says a described action, with the direction of its particles: "where I turn the
water back on" is not "turn the water off"; "doing the nut back up" is not "take the nut off".

Why: particles were dropped as grammar when sentences were matched to a description, so the sentence
that undoes an action ("take the handle off") shared as many words with "put the handle back on" as
the one that does it, and it came first. A particle the description says counts for the sentence
(half a word) when it is "back" (a return: "put it back on"), the opposite particle said where the
description's is not counts against it (a word).
"""

from __future__ import annotations

import re

from editor_app.planner.meaning import stems

PARTICLES = frozenset("on off in out up down back".split())
_OPPOSITE = {"on": "off", "off": "on", "in": "out", "out": "in", "up": "down", "down": "up"}


def particles(text: str) -> set[str]:
    """The direction particles ``text`` says."""
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())) & PARTICLES  # "shut-off valve": a noun, no direction


def direction(topic: str, quote: str) -> float:
    """+0.5 when both say "back", -1 for each opposite of the topic's particles the sentence says instead."""
    wanted, said = particles(topic), particles(quote)
    if not wanted:
        return 0.0
    clash = {_OPPOSITE[p] for p in wanted if p in _OPPOSITE} & said - wanted
    return 0.5 * len(wanted & said & {"back"}) - len(clash)  # "goes in" agreeing with any "in" says nothing


# Words that join clauses: "for a while" says nothing about "while the roots are still easy to move".
# Adverbs that say when or how much, not what ("water still sitting in the pipes" is not "hold it still").
_JOINING = frozenset("while until till before after because since though although if unless whether whilst "
                     "still just even already yet also again really".split())


# Words of place and path with no opposite to clash with: grammar in a description ("filling soil in
# round the edges" says nothing of "circling round and round the bottom").
_PATH = frozenset("over away around round through along".split())
GRAMMAR = PARTICLES | _PATH  # never a content word of a described place (planner/topics.py too)


def said_score(topic: str, quote: str, generic: frozenset[str] = frozenset()) -> float:
    """Content words of ``topic`` the sentence says, plus its particles' direction."""
    return len((stems(topic) - GRAMMAR - _JOINING - generic) & stems(quote)) + direction(topic, quote)
