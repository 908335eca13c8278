"""A sound named by a word of its file name, when "clip" was said and pictures are described by that word too:
"get the cat clip in where I talk about the vet" with "cat purr loop.wav" in the bin and three videos of the cat.

Why: a file-name word beats a description word, so the one sound whose name says "cat" was the only media meant,
and the B-roll placement put a purr on a sound-effects track. "clip" leans to a picture (media_kinds: loose), so a
sound found by its name alone is no better an answer than the pictures described by every naming word: all of them
are returned at that place and the caller asks which (or keeps the one that can go where it is asked to go).
"""

from __future__ import annotations

from editor_app.planner.media_kinds import kind_of, kinds_said, naming_words
from editor_app.planner.media_ties import profile_stems
from editor_app.planner.types import Ctx


def with_described_pictures(ctx: Ctx, text: str, mentions: list, own_words, mention_type) -> list:
    """``mentions`` plus, at a place where only sounds were named by file name under a loose "clip"/"shot", every
    picture whose own words hold all the naming words."""
    out = list(mentions)
    positions = {m.position for m in mentions}
    for position in positions:
        group = [m for m in mentions if m.position == position]
        kinds, hard = kinds_said(text, position)
        if hard or "video" not in kinds or not all(m.how == "name" and kind_of(m.asset) == "audio" for m in group):
            continue
        words = naming_words(text, position)
        if not words:
            continue
        pictures = [a for a in ctx.project.media.values() if kind_of(a) != "audio"
                    and words <= profile_stems(own_words(a))]
        out += [mention_type(a, 1.0, position, "description") for a in pictures]
    return out
