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
        live = [i for i in ids if ctx.project.find_clip(i) is not None]  # round 15: a restyled title's old id is gone
        if len(named) == 1 and len(live) == 1:
            return named[0]
    if said_title and len(titles) == 1:
        return titles[0]
    return None


_SIZE = re.compile(
    r"^(?:(?:can|could|would) you |please |now |and |ok |okay |actually |so |also |then )*(?:make|turn|set|have) "
    rf"(?P<who>it|that|this|the {_TITLE_WORDS}|that {_TITLE_WORDS}|this {_TITLE_WORDS}|the {_TITLE_WORDS} text|the text)"
    r"(?: text| font| writing)? (?P<how>(?:a (?:bit|lot|little|touch) |much |way |slightly )?(?:bigger|larger|smaller|tinier|huge|massive|tiny|small|big|large))"
    r"(?: please| pls| now| then| thanks| still)*[.!]?$")
_PLACE = re.compile(
    r"^(?:(?:can|could|would) you |please |now |and |ok |okay |actually |so |also |then )*(?:move|put|place|shift|stick|position) "
    rf"(?P<who>it|that|this|the {_TITLE_WORDS}|that {_TITLE_WORDS}|this {_TITLE_WORDS})"
    r" (?:to |at |in |into |on |up to |down to )?(?:the )?(?:very )?"
    r"(?P<where>top[- ]left|top[- ]right|bottom[- ]left|bottom[- ]right|upper left|upper right|lower left|lower right|"
    r"top|bottom|middle|centre|center)(?: (?:corner|of the (?:screen|frame|picture|video)|edge))*(?: please| instead| thanks)*[.!]?$")
_CORNERS = {"upper left": "top-left", "upper right": "top-right", "lower left": "bottom-left", "lower right": "bottom-right",
            "middle": "center", "centre": "center"}


def restyle_title(ctx: Ctx) -> Match | None:
    """Round 15: "make it bigger" / "make the title smaller" / "move the title to the bottom" after a title: the same
    title at a new size or place (before: not understood, or "make the title smaller" asked what a new title should
    say). Replaced in one batch like a recolour, so one undo brings the old one back."""
    size, place = _SIZE.match(ctx.text), _PLACE.match(ctx.text)
    found = size or place
    if found is None:
        return None
    title = _pointed_title(ctx, said_title=not re.match(r"(?:it|that|this)$", found.group("who")))
    if title is None:
        return None
    g = title.generator
    args = {"text": g.text, "start": num(ctx.sec(title.start)), "duration": num(ctx.sec(title.duration)),
            "position": g.position, "size": g.size, "color": g.color}
    if g.background:
        args["background"] = g.background
    if size is not None:
        how = size.group("how")
        bigger = re.search(r"bigger|larger|huge|massive|big|large", how) is not None
        factor = 1.25 if re.search(r"\b(?:bit|little|touch|slightly)\b", how) else 2.0 if re.search(r"\b(?:lot|much|way)\b|huge|massive|tiny", how) else 1.5
        args["size"] = max(8, min(400, round(g.size * factor if bigger else g.size / factor)))
        if args["size"] == g.size:
            from editor_app.planner.types import Unclear

            raise Unclear(f"The title is already as {'big' if bigger else 'small'} as it can be ({g.size} px).")
        says = f"make the title \"{g.text}\" {'bigger' if bigger else 'smaller'} ({g.size} to {args['size']} px)"
    else:
        where = place.group("where").replace(" ", "-")
        args["position"] = _CORNERS.get(place.group("where"), where)
        says = f"move the title \"{g.text}\" to the {args['position'].replace('-', ' ')}"
    steps = [step("remove_clip", {"clip_id": title.id, "ripple": False}, agent="timeline"),
             step("add_title", args, agent="effects")]
    return Match(steps, says + f" (same words and time, at {clock(ctx.sec(title.start))})")


_REMOVE_TITLE = re.compile(
    r"^(?:(?:can|could|would) you |please |now |and |ok |okay |actually |so |also |then |just )*"
    r"(?:remove|delete|drop|lose|ditch|get rid of|take (?:off|out|away)|kill|bin) "
    rf"(?P<who>the {_TITLE_WORDS}|that {_TITLE_WORDS}|this {_TITLE_WORDS})(?: (?:off|out|away))?(?: again)?(?: please| thanks)*[.!]?$")


def remove_title(ctx: Ctx) -> Match | None:
    """Round 15: "remove the title" with one title (or the one just added): that title (before: "Which clip should I
    remove?"). Several titles and none just touched: left to the clip intents, which ask."""
    if _REMOVE_TITLE.match(ctx.text) is None:
        return None
    title = _pointed_title(ctx, said_title=True)
    if title is None:
        return None
    return Match([step("remove_clip", {"clip_id": title.id, "ripple": False}, agent="timeline")],
                 f"remove the title \"{title.generator.text}\" at {clock(ctx.sec(title.start))}")
