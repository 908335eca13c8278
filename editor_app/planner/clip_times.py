"""A time said as another clip's start or end: "put the whoosh when the drone shot starts", "at the start of the
hose clip", "add a title when the lint clip ends".

Why: "when the drone shot starts" was matched against the talk's words ("Dryers *start* thousands of house fires"),
and "at the start of the drone shot" read as the start of the video, so the sound landed at an unrelated time. A
clip's edge is exact: the phrase is replaced by that time. When the clip named is not on the timeline, or two of its
clips are, the planner asks.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Unclear

_CLIP = r"(?P<clip>(?:the|that|my)\s+[\w.'#&+ -]+?)"
_WHEN = re.compile(rf"\b(?:right\s+|just\s+|exactly\s+)?(?:when|as|as\s+soon\s+as|where)\s+{_CLIP}\s+"
                   r"(?P<edge>starts|begins|comes\s+(?:in|on|up)|appears|kicks\s+in|cuts\s+in|shows\s+up|pops\s+up|ends|finishes|stops|"
                   r"goes\s+(?:away|off)|disappears|cuts\s+out)\b", re.I)
_AT = re.compile(rf"\b(?:right\s+|just\s+|exactly\s+)?(?:at|to)\s+the\s+(?:very\s+)?(?P<edge>start|beginning|end)\s+of\s+{_CLIP}"
                 r"(?=\s*(?:$|[,.;!?]|\s(?:and|then|for|please|too)\b))", re.I)
_NOT_A_CLIP = re.compile(r"^(?:the|my)\s+(?:video|talk|timeline|edit|film|whole\s+thing|music|song|intro|outro|sentence|line|bit|part|"
                         r"section|speech|recording|voice)$", re.I)


_PART_OF_TALK = re.compile(r"\b(?:section|part|bit|sentence|line|step|explanation|story|intro|outro|talk|chat|speech|"
                           r"demo|tutorial|video|word|words)s?\s*$", re.I)


def clip_times(ctx: Ctx) -> str | None:
    """``ctx.text`` with a clip's start or end said as "at M:SS", or None (see the module)."""
    from editor_app.planner.media_refs import ranked_mentions

    for pattern in (_WHEN, _AT):
        found = pattern.search(ctx.text)
        if found is None or _NOT_A_CLIP.match(found.group("clip").strip()) or _PART_OF_TALK.search(found.group("clip")):
            continue
        said = found.group("clip").strip()
        try:
            named = [m.asset for m in ranked_mentions(ctx, said, strict=False)]
        except Unclear:
            return None
        if len(named) != 1:
            return None
        asset = named[0]
        clips = [c for c in ctx.project.clips() if c.media_id == asset.id]
        if not clips:
            raise Unclear(f"{asset.name} is not on the timeline, so it has no start or end to go by. Put it on the "
                          f"timeline first, or say a time (e.g. \"at 0:20\").")
        if len(clips) > 1:
            where = ", ".join(f"{c.id} at {clock(ctx.sec(c.start))}" for c in clips[:4])
            raise Unclear(f"{asset.name} is on the timeline more than once ({where}). Which one? Say a time instead.")
        clip = clips[0]
        ends = re.match(r"end|finish|stop|goes|disappear|cuts\s+out", found.group("edge"), re.I) is not None
        at = ctx.sec(clip.end if ends else clip.start)
        return (ctx.text[: found.start()] + f"at {clock(at)}" + ctx.text[found.end():]).strip()
    return None
