"""Swaps and reorders: "swap the scale clip and the GX clip around", "X should come after Y".

Why: reordering is a pair of moves that people say as one thing. It is planned with the one
move operation (move_clip, strict: it never overwrites), as one plan, so one undo takes it back:
the earlier clip is parked past the end of its track, the later one takes the earlier one's
place, and the parked one ends where the later one ended (any gap between them is kept).
Only two clips on one track with nothing between them are swapped; anything else asks. "Move X
(just/right) after Y" or "move X to after Y" swaps only clips that meet; with a gap or clips between, X
alone moves to meet Y ("put X after Y" with neither word still swaps the pair).
"""

from __future__ import annotations

import re

from editor_app.model.editing import overlaps
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_SWAP = re.compile(r"^(?:can you |could you |please )?(?:swap|switch|flip|exchange|trade|interchange)"
                   r"(?: (?:round|around|over))?(?: (?:the )?(?:order|places|positions|spots|places) of)? (?P<a>.+?) (?P<join>and|with) "
                   r"(?P<b>.+?)(?: (?:around|round|over|places|positions|spots|the other way(?: round| around)?|in the timeline))*$")
_SWAP_BOTH = re.compile(r"^(?:can you |could you |please )?(?:swap|switch|flip|exchange|reverse)"
                        r"(?: (?:round|around|over))?(?: (?:the )?(?:order|places|positions) of)? (?P<both>(?:the|those|these|my) .+?s)"
                        r"(?: (?:around|round|over|places|positions))*$")
_ORDER = re.compile(r"^(?:i want |i'd like |have )?(?P<a>.+?) (?:should |needs to |has to |must |ought to |to |can )?"
                    r"(?:come|comes|go|goes|be|play|plays|appear|appears|sit|sits|happen|happens) "
                    r"(?P<rel>after|before|ahead of|in front of|behind|later than|earlier than) (?P<b>.+?)"
                    r"(?:,? (?:not|instead of|rather than) (?:before|after|ahead of|in front of|behind|the other way(?: round)?)(?: it)?)?$")
_ONE = re.compile(r"\b(?!(?:at|to|by|for|from|until|till|after|before|around|about|in|of|and)\b)([a-z]+) 1\b"
                  r"(?![:.\d]| ?(?:s|sec|secs|seconds?|minutes?|x)\b)")
# round 10 (edits): "the two filler clips are the wrong way round, swap them", "the X shots are in the wrong order"
_WRONG_WAY = re.compile(r"^(?P<both>(?:the|those|these|my|both|both the) .+?) (?:are|were|'re|have been|got|seem to be|look) "
                        r"(?:all )?(?:the wrong way (?:round|around)|in the wrong order|out of order|back to front|"
                        r"(?:the )?wrong way (?:round|around)|swapped(?: round| around)?|reversed|mixed up|flipped)"
                        r"(?:,? (?:(?:so |please |can you |could you )*(?:swap|switch|flip|reverse|fix|sort|change) "
                        r"(?:them|those|these|that|it|the order)(?: (?:round|around|over|back))?(?: please)?|please"
                        # round 12b (refs4): "..., the autumn one should come first": which one leads, said after
                        r"|(?:so )?(?P<first>(?:the )?.+?) (?:one |clip |shot )?should (?:come|go|be|play) "
                        r"(?:first|before(?: the other(?: one)?)?)))?$")
_PUT = re.compile(r"^(?:put|move|place|slide|shift) (?P<a>.+?)(?P<meet>(?: to)? (?:just|right|straight|directly|immediately)| to)? "
                  r"(?P<rel>after|before|ahead of|in front of|behind) (?P<b>.+?)(?: instead)?$")


# round 11b: "I put the X clips in the wrong order, the before one should come first": said as one's own mistake
_I_PUT_WRONG = re.compile(r"^(?:i think |oops,? |oh,? )?(?:i(?:'ve| have)? |i )?(?:put|got|placed|added|had|dropped|stuck) "
                          r"(?P<both>(?:the|those|these|my|both|both the) .+?) (?:in )?(?:the wrong order|the wrong way (?:round|around)|"
                          r"back to front|out of order)(?:,? (?:so )?(?P<first>(?:the )?.+?) (?:one |clip |shot )?should (?:come|go|be|play) "
                          r"(?:first|before(?: the other(?: one)?)?))?$")


# round 19: "flattening clip and honing clip, flattening should go first", "the old gopro clip should come first, swap
# em", "paper one first, then tomato": which clip leads, said on its own
_LEADS = re.compile(r"^(?:(?P<pair>.+? and .+?),\s*)?(?P<a>.+?) (?:(?:should|needs to|has to|must|ought to|wants to|to|can) )?"
                    r"(?:come|comes|go|goes|be|play|plays|appear|appears) first(?:,? (?:then|and then|followed by) (?P<b>.+?))?"
                    r"(?:,? (?:(?:so |pls |please |just )*(?:swap|switch|flip) (?:em|'em|them|those|these|it)(?: (?:round|around|over))?"
                    r"|(?:not|instead of) (?:second|last|after)))?$")
_FIRST_THEN = re.compile(r"^(?P<a>.+?) first,? (?:then|and then|followed by) (?P<b>.+?)$")


def _leads(ctx: Ctx, t: str) -> Match | None:
    """The clip said to come first, swapped with the one it should lead: the other one named, else the one clip
    before it on its track when its track holds just the two (more asks which one it should come before)."""
    said = _LEADS.match(t) or _FIRST_THEN.match(t)
    if said is None:
        return None
    a = _one(ctx, said.group("a"), strict=False)
    if a is None:
        return None
    b = _one(ctx, said.group("b"), strict=False) if said.group("b") else None
    pair = said.groupdict().get("pair")
    if b is None and pair:
        others = [c for c in _all_named(ctx, re.sub(r"\band\b", " and ", pair)) if c.id != a.id]
        b = others[0] if len(others) == 1 else None
        if b is None:
            both = [_one(ctx, half, strict=False) for half in re.split(r"\s+and\s+", pair, maxsplit=1)]
            b = next((c for c in both if c is not None and c.id != a.id), None)
    if b is None:
        if said.group("b"):
            return None
        track = ctx.track_of(a)
        if len(track.clips) != 2:
            earlier = [c for c in track.clips if c.start < a.start]
            if not earlier:
                raise Unclear(f"{ctx.label(a)} already comes first on {track.name or track.id}; nothing to change.")
            names = ", ".join(ctx.label(c) for c in earlier[:3])
            raise Unclear(f"Which clip should {ctx.label(a)} come before: {names}?")
        b = next(c for c in track.clips if c.id != a.id)
    if a.start <= b.start:
        raise Unclear(f"{ctx.label(a)} already comes before {ctx.label(b)}; nothing to change.")
    return _swap(ctx, a, b)


def first_then(text: str, project) -> str | None:
    """"paper one first, then tomato" -> "paper one should come before tomato" when both name one clip each on one
    track (so the message is not split at "then" into two steps); None otherwise ("cut the ums first, then ...")."""
    said = _FIRST_THEN.match(text.strip(" .!?"))
    if said is None or project is None or not project.clips():
        return None
    ctx = Ctx(text, project)
    a, b = _one(ctx, said.group("a"), strict=False), _one(ctx, said.group("b"), strict=False)
    if a is None or b is None or a.id == b.id or ctx.track_of(a).id != ctx.track_of(b).id:
        return None
    return f"{said.group('a')} should come before {said.group('b')}"


def reorder(ctx: Ctx) -> Match | None:
    t = _ONE.sub(r"\1 one", ctx.text.strip(" .!?"))  # "the tomato one", which normalising read as a number
    t = re.sub(r"\b(pressing|going|putting|coming|in|out|up|on) 1$", r"\1 one", t)  # round 19: "the pressing in one"
    # round 19: "wrong order, the raking out one should come before ...": the order said after what is wrong
    t = re.sub(r"^(?:(?:it's|its|they're|theyre|these are|those are|that's|thats) )?(?:in )?(?:the )?(?:wrong order|wrong way (?:round|around)|"
               r"back to front|backwards|mixed up)[,;:.!-]*\s+(?=.+\b(?:should|needs to|has to|must|first|before|after)\b)", "", t)
    leads = _leads(ctx, t)
    if leads is not None:
        return leads
    mine = _I_PUT_WRONG.match(t)
    if mine:  # both are meant: the plural names the pair; which comes first is only a check
        clips = _all_named(ctx, mine.group("both"))
        if len(clips) == 2:
            return _swap(ctx, clips[0], clips[1])
        t = f"swap {re.sub(r'^both (?:the )?', 'the ', mine.group('both'))}"
    wrong = _WRONG_WAY.match(t)
    if wrong and wrong.group("first"):  # round 12b: the one said to lead must be the later one now, or nothing to fix
        clips = _all_named(ctx, wrong.group("both"))
        lead = _one(ctx, wrong.group("first"), strict=False) if len(clips) == 2 else None
        if lead is not None and lead.id in {c.id for c in clips}:
            if lead.start <= min(c.start for c in clips):
                raise Unclear(f"{ctx.label(lead)} already comes first; nothing to change.")
            return _swap(ctx, clips[0], clips[1])
    if wrong:  # said as what is wrong: the same as "swap <the pair>"
        t = f"swap {re.sub(r'^both (?:the )?', 'the ', wrong.group('both'))}"
    if re.match(r"(?:can you |could you |please )?(?:swap|switch|flip|exchange|reverse)\b", t):
        from editor_app.planner.pairs import named_pair

        pair = named_pair(ctx, t)  # "swap the left and right chest cam clips round" (round 9)
        if pair is not None:
            return _swap(ctx, pair[0], pair[1])
    swap = _SWAP.match(t)
    if swap:  # "swap X with Y" may mean "use Y instead of X" (intents/replace.py) when Y is in the bin only
        strict = swap.group("join") == "and"
        a, b = _one(ctx, swap.group("a"), strict=strict), _one(ctx, swap.group("b"), strict=strict)
        if a is not None and b is not None:
            return _swap(ctx, a, b)
    both = _SWAP_BOTH.match(t)
    if both:
        clips = _all_named(ctx, both.group("both"))
        if len(clips) != 2:
            raise Unclear(f"Which two clips should swap places? \"{both.group('both')}\" names {len(clips)} on the timeline.")
        return _swap(ctx, clips[0], clips[1])
    put = _PUT.match(t)
    order = _ORDER.match(t) or put
    if not order or re.fullmatch(r"(?:about |around |roughly |the )?[\d:.]+(?: ?(?:s|sec|secs|seconds?|minutes?|mins?))?"
                                 r"(?: mark| in)?", order.group("b")) or re.search(r"\b\d+:\d", order.group("b")):
        return None  # "put X after 0:12" is a time, not another clip ("after GH010882" is a clip, round 13)
    a, b = _one(ctx, order.group("a"), strict=False), _one(ctx, order.group("b"), strict=False)
    if a is None or b is None:
        return None
    after = order.group("rel") in ("after", "behind", "later than")
    if order is put and put.group("meet") and not _touching(ctx, a, b):  # "put X after Y" alone is a swap (round 12)
        return _next_to(ctx, a, b, after=after)
    if (a.start > b.start) == after:
        where = "after" if after else "before"
        raise Unclear(f"{ctx.label(a)} already comes {where} {ctx.label(b)}; nothing to change.")
    return _swap(ctx, a, b)


def _touching(ctx: Ctx, one, two) -> bool:
    """Two clips on one track that meet (within a frame): moving one past the other is a swap."""
    if ctx.track_of(one).id != ctx.track_of(two).id:
        return False
    first, second = sorted((one, two), key=lambda c: c.start)
    return abs(second.start - first.end) <= 1


def _next_to(ctx: Ctx, clip, other, *, after: bool) -> Match:
    """ "move X (to just) after Y" with a gap or other clips between them: X alone moves to meet Y;
    Y stays where it is (a swap would move both, which nobody asked for)."""
    start = other.end if after else other.start - clip.duration
    where = "after" if after else "before"
    if start < 0:
        raise Unclear(f"{ctx.label(clip)} is longer than the time before {ctx.label(other)}; say where it should go instead.")
    track = ctx.track_of(clip)
    hit = overlaps(track, start, start + clip.duration, ignore=clip.id)  # the check move_clip itself makes
    if hit:
        raise Unclear(f"Right {where} {ctx.label(other)} {ctx.label(hit)} is in the way on {track.name or track.id}; "
                      f"say where {ctx.label(clip)} should go instead, e.g. a time.")
    steps = [step("move_clip", {"clip_id": clip.id, "start": num(ctx.sec(start))})]
    return Match(steps, f"move {ctx.label(clip)} to {clock(ctx.sec(start))}, right {where} {ctx.label(other)}")


def _refs(ctx: Ctx, phrase: str, *, strict: bool):
    from editor_app.planner.refs import clip_refs

    phrase = re.sub(r"^(?:the )?(?:order of )?", "", phrase).strip()
    phrase = phrase if re.match(r"(?:the|my|that|this|those|these|it|c\d)\b", phrase) else f"the {phrase}"
    sub = Ctx(phrase, ctx.project, ctx.selection, ctx.playhead, ctx.search, ctx.last_clips, ctx.memory)
    try:
        return clip_refs(sub, phrase, pronoun_ok=True)
    except Unclear:
        if strict:
            raise
        return []


def _all_named(ctx: Ctx, phrase: str) -> list:
    """Every timeline clip of every media a plural names ("the GoPro clips": both GoPro files)."""
    from editor_app.planner.media_refs import ranked_mentions

    mentions = ranked_mentions(Ctx(phrase, ctx.project), phrase, strict=False)
    ids = {m.asset.id for m in mentions}
    return [c for c in ctx.project.clips() if c.media_id in ids] if ids else _refs(ctx, phrase, strict=True)


def _one(ctx: Ctx, phrase: str, *, strict: bool):
    clips = _refs(ctx, phrase, strict=strict)
    if len(clips) == 1:
        return clips[0]
    if not strict:
        return None
    if not clips:
        raise Unclear(f"I can't find \"{phrase}\" on the timeline. Which clip do you mean?")
    names = " or ".join(ctx.label(c) for c in clips[:3])
    raise Unclear(f"Which one do you mean: {names}?")


def _swap(ctx: Ctx, one, two) -> Match:
    if one.id == two.id:
        raise Unclear("That names the same clip twice. Which two clips should swap places?")
    track_one, track_two = ctx.track_of(one), ctx.track_of(two)
    if track_one.id != track_two.id:
        raise Unclear(f"{ctx.label(one)} and {ctx.label(two)} are on different tracks ({track_one.name or track_one.id}, "
                      f"{track_two.name or track_two.id}); I only swap clips on one track. Move one with a time instead.")
    first, second = sorted((one, two), key=lambda c: c.start)
    between = [c for c in track_one.clips if c.id not in (first.id, second.id) and first.end <= c.start < second.start]
    if between:
        raise Unclear(f"{ctx.label(between[0])} sits between {ctx.label(first)} and {ctx.label(second)}; say where each "
                      f"should go instead, e.g. \"move {second.id} to {clock(ctx.sec(first.start))}\".")
    park = max(c.end for c in track_one.clips)
    second_at = first.start
    first_at = second.end - first.duration
    steps = [step("move_clip", {"clip_id": first.id, "start": num(ctx.sec(park))}),
             step("move_clip", {"clip_id": second.id, "start": num(ctx.sec(second_at))}),
             step("move_clip", {"clip_id": first.id, "start": num(ctx.sec(first_at))})]
    return Match(steps, f"swap {ctx.label(first)} and {ctx.label(second)}: {ctx.label(second)} now starts at "
                        f"{clock(ctx.sec(second_at))} and {ctx.label(first)} at {clock(ctx.sec(first_at))}")
