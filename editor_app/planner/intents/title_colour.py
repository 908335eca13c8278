"""A colour for a title that is there: "actually make that red", "make the text yellow", "turn the
caption white" (round 13, conversation).

Why: right after "add a title saying ..." people change how it looks in the next turn, and "make
that red" was not understood (or, said with "title", read as a new title with no words). The title
meant is the one the last turn touched or the selected one; "the title" / "the text" said out loud
may also mean the only title on the timeline. Anything else ("make it red" after a B-roll clip) is
left to the other intents. Like retitle, the title is replaced in one batch by the same title in
the new colour, so one undo brings the old one back.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match

COLOURS = ("red", "yellow", "white", "black", "blue", "green", "orange", "pink", "purple", "grey", "gray")
_TITLE_WORDS = r"(?:title|caption|text|heading|lower third|card|words|writing|lettering)"
_RECOLOUR = re.compile(
    r"^(?:(?:can|could|would) you |please |now |and |ok |okay |actually |so |oh |hmm,? |no,? |wait,? )*"
    r"(?:make|turn|change|set|colou?r|do)"
    rf" (?P<who>it|that|this|them|the {_TITLE_WORDS}|that {_TITLE_WORDS}|this {_TITLE_WORDS}|its text|the {_TITLE_WORDS} colou?r)"
    r"(?: colou?r)?(?: to| into| in)?(?: a| bright| dark| light)? "
    rf"(?P<colour>{'|'.join(COLOURS)})(?: instead| please| pls| now| then| thanks)*[.!]?$")


def recolour_title(ctx: Ctx) -> Match | None:
    found = _RECOLOUR.match(ctx.text)
    if found is None:
        return None
    title = _pointed_title(ctx, said_title=not re.match(r"(?:it|that|this|them)$", found.group("who")))
    if title is None:
        return None
    colour = "gray" if found.group("colour") == "grey" else found.group("colour")
    g = title.generator
    args = {"text": g.text, "start": num(ctx.sec(title.start)), "duration": num(ctx.sec(title.duration)),
            "position": g.position, "size": g.size, "color": colour}
    if g.background:
        args["background"] = g.background
    track = ctx.track_of(title)
    steps = [step("remove_clip", {"clip_id": title.id, "ripple": False}, agent="timeline"),
             step("add_title", args, agent="effects")]
    return Match(steps, f"make the title \"{g.text}\" at {clock(ctx.sec(title.start))} on the "
                        f"{track.name or 'titles'} track {colour} (same words, time and place)")


def _pointed_title(ctx: Ctx, said_title: bool):
    """The title the last turn touched or the selected one; with "the title" said, also the only one."""
    titles = [c for t in ctx.project.tracks for c in t.clips if c.generator is not None and c.generator.kind == "title"]
    for ids in (ctx.last_clips, ctx.selection):
        named = [c for c in titles if c.id in ids]
        if len(named) == 1 and len(ids) == 1:
            return named[0]
    if said_title and len(titles) == 1:
        return titles[0]
    return None
