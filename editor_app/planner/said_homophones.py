"""A word typed as its sound-alike, read as the word the talk says: "the sentence about how much the
hole job cost" when the talk says "the whole job cost me ...".

Why: people type by ear ("hole"/"whole", "their"/"there", "peace"/"piece"), and a description is
matched on its words, so "hole job" matched the sentence saying "holes" as well as the one saying
"whole job": a tie that asked, or worse, the wrong sentence. A word is swapped only when its
sound-alike makes a two-word phrase said on the timeline just so (with the word before or after it)
and the typed word makes none: a typed word the talk uses itself in that place is never changed.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

# content words only: function words ("to"/"two", "for"/"four", "by") carry the request's own grammar
_GROUPS = [
    ("hole", "whole"), ("holes", "wholes"), ("peace", "piece"), ("peaces", "pieces"), ("break", "brake"),
    ("breaks", "brakes"), ("grate", "great"), ("pour", "pore"), ("coarse", "course"), ("site", "sight"),
    ("steal", "steel"), ("weight", "wait"), ("flour", "flower"), ("sole", "soul"), ("tail", "tale"),
    ("weather", "whether"), ("board", "bored"), ("seam", "seem"), ("plain", "plane"), ("pain", "pane"),
    ("allowed", "aloud"), ("lose", "loose"), ("wood", "would"), ("sale", "sail"), ("meat", "meet"),
    ("waist", "waste"), ("stair", "stare"), ("stairs", "stares"), ("ceiling", "sealing"), ("bare", "bear"),
]
# words too common to tie a sound-alike to its place ("the whole" and "the hole" are both said anywhere)
_GLUE = frozenset("the a an my your our this that these those of in on at to for with and or but is it its "
                  "was be so as by from up out off".split())
_ALIKE: dict[str, tuple[str, ...]] = {w: tuple(o for o in g if o != w) for g in _GROUPS for w in g}


def _heard_pairs(ctx: Ctx) -> set[tuple[str, str]]:
    """Every two words said one after the other on the timeline, lower case, no punctuation."""
    from editor_app.model.word_cuts import timeline_words

    words = [re.sub(r"[^a-z0-9']", "", p.text.lower()) for p in timeline_words(ctx.project)]
    return set(zip(words, words[1:]))


def sound_alike(text: str, ctx: Ctx) -> str | None:
    """``text`` with each sound-alike swapped for the word the talk says there, or None when none is."""
    tokens = text.split(" ")
    if '"' in text or not any(t in _ALIKE for t in tokens):
        return None
    pairs = _heard_pairs(ctx)
    if not pairs:
        return None
    changed = False
    for i, word in enumerate(tokens):
        if word not in _ALIKE:
            continue
        before = tokens[i - 1] if i and tokens[i - 1] not in _GLUE else None  # "the hole" is said anywhere
        after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1] not in _GLUE else None

        def said(w: str) -> bool:
            return (before, w) in pairs or (w, after) in pairs

        if said(word):
            continue
        heard = [o for o in _ALIKE[word] if said(o)]
        if len(heard) == 1:
            tokens[i], changed = heard[0], True
    return " ".join(tokens) if changed else None
