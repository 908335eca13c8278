"""The sentence said at a time (round 16): "delete the line at 1:05", "remove the sentence at 0:40", "cut
what I say at 0:40", "get rid of the bit at 0:52".

Why: these named no clip and no range, so the clip intents asked "which clip should I remove?", and "cut
the part at 0:40" split the talk at 0:40 (a split, where a removal was asked). A time with "the sentence",
"the line" or "what I say" points at the sentence being spoken then.

Rule: the sentence whose words span the time (within a quarter second of its first or last word) is
cut whole, as a sentence named by its words is. A time in a pause between two sentences, or past the
end, asks. "the bit / part at T" is that sentence only when nothing but the talk plays there; a B-roll
clip at T may be the bit meant, so it asks.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = r"(?:cut|delete|remove|drop|lose|get rid of|take out|scrap|bin|ditch|kill|nix|chop|snip)"
_AT = re.compile(rf"^{_VERB}(?: out)? (?:(?:the|that) (?P<noun>sentence|line|bit|part|thing|phrase|remark)"
                 rf"(?: (?:i say|i'm saying|i said|said|spoken|that's said))?|what (?:i say|i'm saying|i said|is said|gets said)"
                 rf"|whatever i say) (?:at|around|right at) (?P<t>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)? ?(?:seconds?|s|minutes?|mins?)"
                 rf"(?: in)?)(?: please| pls)?$")
_NEAR = 0.25


def sentence_at(ctx: Ctx) -> Match | None:
    """ "delete the line at 1:05": the sentence being said at 1:05, cut whole."""
    m = _AT.match(ctx.text.strip().rstrip(".!"))
    if m is None:
        return None
    found = q.times(m.group("t"))
    if not found:
        return None
    at = found[0].seconds
    from editor_app.planner.said_in import spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    if at > ctx.duration_s:
        raise Unclear(f"The video is only {clock(ctx.duration_s)} long, so nothing is said at {clock(at)}.")
    hit = [s for s in spans if s.start - _NEAR <= at <= s.end + _NEAR]
    if len(hit) != 1:
        before = [s for s in spans if s.end < at]
        after = [s for s in spans if s.start > at]
        near = ([before[-1]] if before else []) + ([after[0]] if after else [])
        options = "; ".join(f"{clock(s.start)} \"{s.text[:40]}{'…' if len(s.text) > 40 else ''}\"" for s in near)
        raise Unclear(f"Nothing is being said right at {clock(at)}: it falls between sentences ({options}). Which one?")
    if m.group("noun") in ("bit", "part", "thing"):
        frame = round(at * float(ctx.project.fps))
        over = [c for t in ctx.project.tracks if t.role not in ("main", "voice", "music") for c in t.clips
                if c.start <= frame < c.end]
        if over:
            raise Unclear(f"At {clock(at)} there is {ctx.label(over[0])} over the talk. Do you mean that clip, or the "
                          f"sentence \"{hit[0].text[:50]}\"? Say \"remove {over[0].id}\" or \"delete the sentence at {clock(at)}\".")
    from editor_app.planner.intents.said import _cut_sentence

    return _cut_sentence(placed, hit[0], "the sentence")


INTENTS = [sentence_at]
