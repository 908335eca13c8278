"""New words for a title that is there: 'change the text to "Isolation valves"', 'make it say "..."'.

Why: with no tool that edits a title's text, 'change the text to "X"' added a second title at
0:00. The title meant is the one the last turn touched, else the selected one, else the only
title on the timeline (two or more and none of those asks). It is replaced in one batch by a
title with the new words at the same time, length and place, so one undo brings the old back.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_RETEXT = re.compile(r"^(?:(?:can|could|would) you |please |now |and |ok |okay |actually |so |hmm,? )*"
                     r"(?:change|edit|update|fix|reword|rewrite|swap|correct|make|set|have|alter|get)"
                     r"(?: the| that| this| its| my| it(?:s)?)?(?: title| caption| text| heading| "
                     r"lower third| card| wording| words)?(?:'s)?(?: text| words| wording)?"
                     # "to", "to say", "to read", "so (that) it says" ("so" may be gone as a filler), "say", "into" (round 10)
                     r" (?:to(?: say| read)?|(?:so )?(?:that )?it(?: says| reads|'ll say|'ll read| will say| will read)|"
                     r"say|says|read|reads|into) (?P<q>\"[^\"]+\"|'[^']+')(?: instead| please| now| then| thanks)?[.!]?$")


def retitle(ctx: Ctx) -> Match | None:
    found = _RETEXT.match(ctx.text)
    if found is None:
        return None
    text = found.group("q")[1:-1].strip()
    if not text:
        return None
    title = _the_title(ctx)
    track = ctx.track_of(title)
    g = title.generator
    args = {"text": text, "start": num(ctx.sec(title.start)), "duration": num(ctx.sec(title.duration)),
            "position": g.position}
    if g.background:
        args["background"] = g.background
    steps = [step("remove_clip", {"clip_id": title.id, "ripple": False}, agent="timeline"), step("add_title", args)]
    return Match(steps, f"change the title \"{g.text}\" at {clock(ctx.sec(title.start))} on the {track.name or 'titles'} "
                        f"track to \"{text}\" (same time, length and place)")


def _the_title(ctx: Ctx):
    titles = [c for t in ctx.project.tracks for c in t.clips if c.generator is not None and c.generator.kind == "title"]
    for ids in (ctx.last_clips, ctx.selection):
        named = [c for c in titles if c.id in ids]
        if len(named) == 1:
            return named[0]
    if len(titles) == 1:
        return titles[0]
    if not titles:
        raise Unclear("There is no title on the timeline to change. Say e.g. 'add a title \"...\" at 0:05' to make one.")
    where = ", ".join(f"\"{c.generator.text}\" at {clock(ctx.sec(c.start))}" for c in titles[:4])
    raise Unclear(f"Which title should change: {where}? Select it or name its time.")
