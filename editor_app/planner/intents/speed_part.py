"""A part of the talk played faster or slower: "speed up the boring bit where I count the fittings",
"2x the part about measuring", "slow down the bit when I turn the cam locks" (round 13, speed).

Why: a speed request names a clip, and "the bit where I ..." named none, so the planner either asked
which clip or took a B-roll file whose name shares a word with the place ("nailing the back panel"
found "hammering the back panel.mov") and refused because it was not on the timeline. "The bit where
I ..." is a stretch of the talk: here it is found the way a placement finds it (broll.spoken_place),
the talk clip is split at both ends and only the middle piece changes speed (carry keeps the B-roll
over the words it sits over). A place that is not in one talk clip, or not found, asks.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_SPEED = re.compile(r"\b(?:speed\w*|faster|quicker|slow\w*|slow[- ]?mo(?:tion)?|fast[- ]forward|play(?:s|ing)? at)\b"
                    r"|(?<![\w.])\d+(?:\.\d+)?\s*x\b")
_SLOWER = re.compile(r"\b(?:slow\w*|slower)\b")
# "the (boring) bit where I ...", "that part about ...", "the section when I ..."
_PART = re.compile(r"\b(?:the|that|this|my)(?: [a-z]+){0,2}? (?:bit|part|section|stretch|segment|moment|passage)s?"
                   r" (?P<how>where|when|while|about|on|in which|as) (?P<what>.+)$")
# speed words said after the place: "... at half speed", "... up a bit", "... 2x faster"
_TAIL = re.compile(r"(?:,| and)? (?:(?:a (?:bit|little|touch)|slightly) )?(?:up|down|by \S+|(?:at|to) .*|\d+(?:\.\d+)?\s*x(?: faster| slower| speed)?"
                   r"|(?:\d+ ?(?:%|percent) )?(?:faster|slower|quicker)|(?:at )?(?:half|double|twice|quarter) (?:the )?speed|"
                   r"in slow[- ]?mo(?:tion)?|please|pls|too|,)+$")
_PLACING = re.compile(r"\b(?:put|place|add|stick|drop|pop|overlay|insert|use|show|cover|chuck|throw|lay|move|replace)\b")
DEFAULT_FASTER = 1.5  # speech still easy to follow
DEFAULT_SLOWER = 0.75


def speed_part(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not _SPEED.search(t):
        return None
    found = _PART.search(t)
    if found is None:
        return _speed_range(ctx)
    if re.search(r"\bof (?:the|my|that|this|c\d+)\b", t[:found.start("how")]):
        return None  # "the part of the drone clip where ...": inside a clip (whole-clip tools ask)
    if _PLACING.search(t[:found.start()]):
        return None  # "put IMG_2231 over the part where ... at half speed": a placement, sped up (intents.broll)
    from editor_app.planner.refs import clip_refs

    named = clip_refs(ctx, t[:found.start()], pronoun_ok=False)
    if any(ctx.track_of(c).role != "main" for c in named):
        return None  # a clip named ("speed up the drone clip in the bit where ..."): that clip's speed
    try:
        whole = clip_refs(ctx, t, pronoun_ok=False)
    except Unclear:
        whole = []
    if any(ctx.track_of(c).role != "main" for c in whole):
        return None  # the words also name a B-roll clip on the timeline (its file or what it shows): read as before
    what = _TAIL.sub("", found.group("what")).strip(" ,")
    how = found.group("how")
    where = f"when i talk {how} {what}" if how in ("about", "on") else f"when {what}"
    from editor_app.planner.intents.broll import spoken_place

    passage = spoken_place(ctx, where)
    if passage is None:
        return None
    speed = _speed(t[:found.start()] + " " + t[found.end("what") - len(found.group("what")) + len(what):])
    return _split_and_speed(ctx, passage, speed)


# round 17 (lead): "speed up from 1:09 to 1:32 by 1.5x", "play 1:09-1:32 at 1.5x speed": a stretch of the talk by its times
_RANGE = re.compile(r"\b(?:from |between )?(?P<a>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?\s*s\b)\s*(?:-|–|to|and|until|till|through)\s*"
                    r"(?P<b>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?\s*s\b)")


def _speed_range(ctx: Ctx) -> Match | None:
    """A speed change of the talk between two times said, with no clip named; None otherwise."""
    t = ctx.text
    m = _RANGE.search(t)
    if m is None or _PLACING.search(t) or re.search(r"\b(?:c\d+|music|song|clip|shot|broll|video clip)\b", t):
        return None
    found = q.times(m.group(0))
    if len(found) != 2 or not found[0].seconds < found[1].seconds <= ctx.duration_s:
        return None
    from editor_app.planner.topics import Passage

    rest = t[:m.start()] + " " + t[m.end():]
    return _split_and_speed(ctx, Passage(found[0].seconds, found[1].seconds, ""), _speed(rest))


def _speed(t: str) -> float:
    """The factor said ("2x", "50% faster", "half speed"), else a gentle default for the direction."""
    slower = bool(_SLOWER.search(t)) and not re.search(r"\bfaster|quicker|speed (?:\w+ )*up\b", t)
    pct = q.percent(t)
    f = q.factor(re.sub(r"\b\d+\s*(%|percent)", "", t))
    if re.search(r"\bhalf\b", t):
        return 0.5
    if re.search(r"\b(?:double|twice)\b", t):
        return 2.0
    if slower:
        return 1 - pct / 100 if pct else (f if f and f < 1 else 1 / f if f else DEFAULT_SLOWER)
    return 1 + pct / 100 if pct else (f if f else DEFAULT_FASTER)


def _split_and_speed(ctx: Ctx, passage, speed: float) -> Match:
    from editor_app.model.history import apply_all
    from editor_app.model.time import seconds_to_frames
    from editor_app.tools import TOOLS, ToolContext

    if not 0.1 <= speed <= 10:
        raise Unclear(f"A speed of {speed:g}x is out of range (0.1x to 10x).")
    a, b = seconds_to_frames(passage.start, ctx.project.fps), seconds_to_frames(passage.end, ctx.project.fps)
    main = [c for tr in ctx.project.tracks if tr.role == "main" for c in tr.clips if c.start <= a and b <= c.end]
    if len(main) != 1:
        raise Unclear(f"That part ({clock(passage.start)}-{clock(passage.end)}) is not inside one talk clip. "
                      "Say the times, or split it first and name the piece.")
    clip = main[0]
    scratch = ctx.project.clone()
    steps = []
    piece = clip.id
    for at in (b, a):  # the later end first: the clip keeps its id for the earlier split
        if clip.start < at < clip.end:
            args = {"clip_id": clip.id, "at": num(ctx.sec(at))}
            before = {c.id for c in scratch.clips()}
            apply_all(scratch, TOOLS.find("split_clip").call(ToolContext(scratch, None), args))
            steps.append(step("split_clip", args, "timeline"))
            made = [c.id for c in scratch.clips() if c.id not in before]
            if at == a and made:
                piece = made[0]
    steps.append(step("set_speed", {"clip_id": piece, "speed": num(speed)}, "effects"))
    faster = "faster" if speed > 1 else "slower"
    return Match(steps, f"play {clock(passage.start)}-{clock(passage.end)} of the talk (\"{passage.quote[:50]}...\") "
                        f"at {num(speed):g}x ({faster}), splitting it off from the rest")
