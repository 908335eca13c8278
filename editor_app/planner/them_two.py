"""Follow-ups that point at the clips the last turn touched: "swap them" after two placements, "and the burner clip
right after it" after one.

Why: both were not understood ("Sorry, I didn't understand 'swap them'"), though the conversation says which clips
are meant. "Swap them" with exactly two clips touched last is "swap cA and cB"; "X right after it" with one clip
touched last (or a clip named by id) puts X where that clip ends, unless X is on the timeline already (then the move
intents read "X right after Y").
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx

_SWAP = re.compile(r"^(?:(?:and|then|now|ok|okay|actually|hmm|no)[, ]+)*(?:swap|switch|flip|reverse)\s+(?:them|those|these|the two|"
                   r"those two|these two|them both|their order)(?:\s+(?:round|around|over))?(?:\s+please)?[.!]*$", re.I)
_AFTER = re.compile(r"^(?:(?:and|then|also|plus|now)\s+)*(?:(?:put|stick|add|place|drop|pop)\s+)?(?P<np>(?:(?:the|that|my)\s+)?.+?)\s+"
                    r"(?:in\s+)?(?:right\s+|just\s+|straight\s+|immediately\s+|directly\s+)?after\s+(?P<ref>it|that|that one|that clip|c\d+)"
                    r"(?:\s+please)?[.!]*$", re.I)


# round 16: "crossfade them", "add a dissolve between them", "fade between the two" after two placements
_JOIN = re.compile(r"^(?:(?:and|then|now|ok|okay|also|plus)[, ]+)*(?:(?:add|put|stick|pop|do|use|throw in)\s+(?:a\s+|an\s+|some\s+)?)?"
                   r"(?:cross[- ]?fade|cross[- ]?dissolve|dissolve|blend|fade|transition|mix)(?:\s+(?:between|across|from one to the other of))?"
                   r"\s+(?:them|those|these|the two|those two|these two|them both|both)(?:\s+(?:together|please))*[.!]*$", re.I)


def them_two(ctx: Ctx) -> str | None:
    """The instruction with "them"/"it" made explicit, or None (see the module)."""
    text = ctx.text.strip()
    live = [c for c in ctx.last_clips if ctx.project.find_clip(c) is not None]
    if (_SWAP.match(text) or _JOIN.match(text)) and len(live) != 2 and ctx.memory is not None:
        # two edits in a row, one clip each ("put X at 0:10", "put Y at 0:50", "swap them"): those two
        edits = [t for t in ctx.memory.turns(6) if t.kind == "edit" and t.applied and t.clip_ids][-2:]
        both = [c for t in edits for c in t.clip_ids if ctx.project.find_clip(c) is not None]
        if len(edits) == 2 and len(both) == 2 and len(set(both)) == 2:
            live = both
    if _SWAP.match(text) and len(live) == 2:
        return f"swap {live[0]} and {live[1]}"
    if _JOIN.match(text) and len(live) == 2:
        first, second = sorted(live, key=lambda c: ctx.project.find_clip(c)[1].start)
        return f"crossfade {first} and {second}"
    after = _AFTER.match(text)
    if after is None:
        return None
    ref = after.group("ref").lower()
    target = ref if re.fullmatch(r"c\d+", ref) else (live[0] if len(live) == 1 else None)
    found = ctx.project.find_clip(target) if target else None
    if found is None or found[0].role != "broll":
        return None  # after the talk on the main track: "then the GX clip after it" appends (intents/from_bin.py)
    from editor_app.planner.media_refs import ranked_mentions
    from editor_app.planner.types import Unclear

    try:
        named = [m.asset for m in ranked_mentions(ctx, after.group("np"), strict=False)]
    except Unclear:
        return None
    if len(named) != 1 or any(c.media_id == named[0].id for c in ctx.project.clips()):
        return None
    return f"put {after.group('np')} at {clock(ctx.sec(found[1].end))}"
