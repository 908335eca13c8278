"""Near-twin B-roll: two clips described alike but for a word or two ("squeezing the left side ..." and
"squeezing the right side ..."), and where each belongs.

Why: "use 104851 for the part where I do the other side" names the second twin, and the talk's sentence
about the first twin ("squeeze the left side ...") shares most words with the request and with the
clip's description, so the place landed on the twin's sentence. The words that tell the twins apart
("right", "second" against "left", "first") are what the clip shows that its twin does not: a place
that says only the twin's words moves to the nearest sentence that says this clip's own.
"""

from __future__ import annotations

from editor_app.planner.meaning import stems
from editor_app.planner.types import Ctx

TWIN = 0.5  # share of description words two clips must have in common to be twins


def twin_words(ctx: Ctx, media) -> tuple[set[str], set[str]] | None:
    """(words only ``media`` says, words only its twin says), or None when it has no twin in the bin."""
    from editor_app.planner.refs import broll_candidates

    mine = set(stems(media.description or ""))
    if len(mine) < 3:
        return None
    best, twin = 0.0, None
    for other in broll_candidates(ctx):
        if other.id == media.id or not other.description:
            continue
        theirs = set(stems(other.description))
        share = len(mine & theirs) / len(mine | theirs)
        if share > best:
            best, twin = share, theirs
    if twin is None or best < TWIN or not mine - twin or not twin - mine:
        return None
    return mine - twin, twin - mine


def twin_place(ctx: Ctx, passage, media, topic: str = ""):
    """``passage``, or the nearest sentence (two either side) saying ``media``'s own words when
    ``passage`` says only its twin's; of those, one sharing most words with ``topic`` first."""
    from editor_app.planner.topics import Passage, _rows

    words = twin_words(ctx, media)
    if words is None:
        return passage
    mine, theirs = words
    said = set(stems(passage.quote))
    if not said & theirs or said & mine:
        return passage
    if topic and set(stems(topic)) and set(stems(topic)) <= said:
        return passage  # round 23: the sentence says every word of the place asked ("where i bring the caliper in")
    rows = sorted(_rows(ctx), key=lambda r: r["timeline_start"])
    here = next((i for i, r in enumerate(rows) if r["quote"] == passage.quote
                 and abs(r["timeline_start"] - passage.start) < 0.5), None)
    if here is None:
        return passage
    near = [i for i in range(max(0, here - 2), min(len(rows), here + 3)) if i != here]
    fits = [i for i in near if set(stems(rows[i]["quote"])) & mine and not set(stems(rows[i]["quote"])) & theirs]
    if not fits:
        return passage
    wanted = set(stems(topic))
    row = rows[min(fits, key=lambda i: (-len(wanted & set(stems(rows[i]["quote"]))), abs(i - here), i))]
    return Passage(row["timeline_start"], row["timeline_end"], row["quote"], row.get("clip_id"))
