"""A clip's length: "make the canal ride only 4 seconds long", "trim 2 seconds off the end of the
garage shot", "trim a second off the start of the leash clip", "cut X down to 5 s", "make X 2 s longer".

Why one intent: people say a clip's new length (to N), an amount taken off one edge (N off the
start / end), or an amount more or less, with any verb. All of them move one edge of one named
clip (trim_clip), never the whole timeline: a request that names no clip is not this intent's
(the timeline range cuts read it), and two clips named ask which one.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.refs import clip_refs, one_clip
from editor_app.planner.types import Ctx, Match, Unclear

_N = r"(\d+(?:\.\d+)?) ?(?:seconds?|s|secs?)"
# round 19: "needs to be like 2.5 seconds", "roughly 3 s long": the hedges people put before a length
_HEDGE = r"(?:(?:only|just|about|exactly|like|around|roughly|maybe|approximately|approx|say|max|at most|no more than|tops) )*"
_HEAD = r"start|beginning|front|head|top|opening|intro"
_TAIL = r"end|ending|tail|back|finish|close|outro"
_VERB = re.compile(r"\b(make|trim|cut|shorten|crop|bring|get|keep|set|shave|lose|take|chop|snip|lop|reduce|knock|"
                   r"(?:remove|delete|drop)(?= the (?:first|last|final|opening|closing) )|"  # round 16: "remove the last second of X"
                   r"lengthen|extend|stretch|should|needs?|only|just)\b")
# "to 4 seconds", "down to 4 s", "only 4 seconds long", "4 seconds long", "be 4 seconds"
_TO = re.compile(rf"\b(?:(?:down |up )?to (?:be )?{_HEDGE}{_N}(?! (?:in|into|from|of|off)\b)"
                 rf"|{_HEDGE}{_N} long\b|(?:be|last|lasts|run|runs) {_HEDGE}{_N}\b"
                 # round 11b: "GX0107 only needs 4 seconds": the length it should have
                 rf"|\b(?:needs?|wants?) {_HEDGE}{_N}\b(?! (?:off|more|less|longer|shorter)\b))")
# "2 seconds off the end of X", "a second off the start of X", "2 s from the front of X"
_OFF_EDGE = re.compile(rf"\b{_N} (?:off|from) (?:of )?(?:the |its )?(?:very )?({_HEAD}|{_TAIL})\b")
_EDGE_SPAN = re.compile(rf"\b(?:the )?(first|opening|last|final|closing) {_N} (?:off |from |of )")
_OFF = re.compile(rf"\b{_N} off\b|\bby {_N}")
_MORE = re.compile(rf"\b{_N} (longer|shorter)\b")
_EDGE_BY = re.compile(rf"\b(?:trim|cut|shorten|shave|chop|clip) (?:the |its )?({_HEAD}|{_TAIL}) of .+? by {_N}")
_LONGER_BY = re.compile(rf"\b(?:extend|lengthen|stretch)\b.*?\bby {_N}")
_ENDS_AT = re.compile(r"\b(?:end|ends|finish|finishes|stop|stops) (?:at|by)\s+")
_BOTH_ENDS = re.compile(r"\b(?:both|each|either) (?:ends|end|sides|side)\b")
_STARTS_AT = re.compile(r"\b(?:start|starts|begin|begins|kicks? in|comes? in) (?:at|from)\s+")
_TRIM_FIRST = re.compile(r"^(?:trim|cut|shorten|crop|chop|clip)\b")
# round 16: "end the drone clip at 1:04" is "make the drone clip end at 1:04" (it was not understood)
_END_FIRST = re.compile(r"^(?P<verb>end|stop|finish|cut off) (?P<clip>(?:the|my|that|this|c\d)\S*(?: \S+){0,5}?) (?P<at>at|by) ")
_FACTOR = re.compile(r"\b(half|a third|a quarter) as long\b")  # "cut X in half" may be a split: not read here
# "make it 3 seconds", "make the balcony shot 3s": a length right after the object, ending the instruction
# (round 13: not "trim X by 3 seconds", which is 3 s off, not 3 s long)
_BARE_TO = re.compile(rf"^(?:make|cut|trim|get|keep|have) .+? (?<!\bby ){_HEDGE}{_N}$")
# round 10 (edits): "the X clip's 3 seconds too long", "it's 2 s too short": that much off the end / more
_TOO = re.compile(rf"\b{_N} too (long|short)\b")
# "leave it up for 4 secs", "keep that on screen for 5 seconds", "let it stay up for 5 s": its new length
_UP_FOR = re.compile(rf"\b(?:up|on ?screen|on-screen|there|showing|visible|on|in|around) for (?:about |just |only |exactly )?{_N}")
_STAY = re.compile(r"^(?:leave|keep|let|hold|have)\b")
# round 12 (lead): "make it a bit shorter", "a little longer": a small, undoable step on a B-roll or title clip
_A_BIT = re.compile(r"\b(?:a (?:bit|little|touch|tad|smidge)|a little bit|a wee bit|slightly|just a bit) (shorter|longer)\b")
A_BIT_SECONDS = 1.0
# round 13 (convo): "make it shorter", "longer please" right after an edit, no amount said: the same small
# step as "a bit shorter" on the clip that edit touched (a talk clip still asks what should go)
_PLAIN_IT = re.compile(r"^(?:(?:make|get|have) )?(?:(?:it|that|this|that one|this one|that clip|the clip) )?(?P<way>shorter|longer)"
                       r"(?: (?:please|pls|then|now|than that))*$")


# round 16: a length said alone right after a clip was placed: "only 2 seconds", "just 3 secs", "2 seconds longer"
_BARE_LENGTH = re.compile(rf"^(?:(?:no|nah|actually|hmm|ok|okay|and|but|maybe)[ ,]+)*(?:only |just |about |exactly |like )?"
                          rf"{_N}(?: (?:long|longer|shorter))?(?: (?:instead|then|max|tops))*$")


def _over_the_talk(ctx: Ctx) -> bool:
    """The clips the last turn touched all lie over the talk (B-roll, titles, sounds): a length said alone is
    theirs. Never the talk or the music, whose length a bare number does not say."""
    roles = [found[0].role for i in ctx.last_clips if (found := ctx.project.find_clip(i)) is not None]
    return bool(roles) and not set(roles) & {"main", "voice", "music"}


def _amounts(t: str) -> tuple[str, float] | None:
    """(kind, seconds): kind is "to" (new length), "head"/"tail" (taken off that edge), "more" (added),
    "end_at" (a new end time) or "times" (a factor of the length)."""
    edge = _EDGE_BY.search(t)
    if edge:  # "trim the start of X by 1 second"
        return ("head" if re.fullmatch(_HEAD, edge.group(1)) else "tail"), float(edge.group(2))
    longer = _LONGER_BY.search(t)
    if longer:  # "extend X by 2 seconds"
        return "more", float(longer.group(1))
    starts = _STARTS_AT.search(t) if _TRIM_FIRST.match(t) else None
    if starts:  # round 16: "trim X so it starts at 0:35": its head ("make X start at 0:35" moves it: starts_at.py)
        found = q.times(t[starts.end():])
        if found and found[0].start == 0:
            return "start_at", found[0].seconds
    ends = _ENDS_AT.search(t)
    if ends:  # "make X end at 0:09", "trim X so it ends at 0:09"
        found = q.times(t[ends.end():])
        if found and found[0].start == 0:
            return "end_at", found[0].seconds
    factor = _FACTOR.search(t)
    if factor:  # "half as long", "cut it in half"
        return "times", {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25}[factor.group(1)]
    edge = _OFF_EDGE.search(t)
    if edge:
        return ("head" if re.fullmatch(_HEAD, edge.group(2)) else "tail"), float(edge.group(1))
    span = _EDGE_SPAN.search(t)
    if span:
        return ("head" if span.group(1) in ("first", "opening") else "tail"), float(span.group(2))
    too = _TOO.search(t)
    if too:
        return ("tail" if too.group(2) == "long" else "more"), float(too.group(1))
    up = _UP_FOR.search(t) if _STAY.match(t) else None
    if up:
        return "to", float(up.group(1))
    gentle = _A_BIT.search(t)
    if gentle:
        return ("bit_tail" if gentle.group(1) == "shorter" else "bit_more"), A_BIT_SECONDS
    more = _MORE.search(t)
    if more:
        return ("more" if more.group(2) == "longer" else "tail"), float(more.group(1))
    to = _TO.search(t) or _BARE_TO.search(t)
    if to:
        return "to", float(next(g for g in to.groups() if g))
    off = _OFF.search(t)
    if off and re.search(r"\b(trim|shave|cut|shorten|take|chop|snip|lop|lose|knock)\b", t):
        return "tail", float(next(g for g in off.groups() if g))
    taken = _FROM_CLIP.search(t)
    if taken:  # round 22: "cut 3 seconds from the doubles rally clip": off its end (it had REMOVED the clip)
        return "from_tail", float(taken.group(1))
    return None


_FROM_CLIP = re.compile(rf"\b(?:cut|trim|shave|chop|take|lose|knock|snip|remove|drop) {_N} (?:from|out of|of) (?:the|my|that|this|c\d)")


def clip_length(ctx: Ctx) -> Match | None:
    """Change one named clip's length by moving one of its edges (the tail unless the start is named)."""
    t = re.sub(r"\s+(?:instead|then|now|please|rather|this time)$", "", ctx.text)  # "make it 5 seconds instead"
    t = _END_FIRST.sub(lambda m: f"make {m.group('clip')} end {m.group('at')} ", t)
    if _A_BIT.match(t) and ctx.last_clips:  # "a bit shorter" after an edit: the clip it touched
        t = "make it " + t
    if _BARE_LENGTH.match(t) and _over_the_talk(ctx):  # round 16: "only 2 seconds please" after a placement
        t = "make it " + t
    plain = _PLAIN_IT.match(t) if ctx.last_clips else None
    if plain:
        t = f"make it a bit {plain.group('way')}"
    if not (_VERB.search(t) or _TOO.search(t) or _STAY.match(t)) or re.search(r"\b(fade|speed|slow|faster|transition|dissolve|crossfade|"
                                        r"silences?|pauses?|gaps?)\b", t):
        return None
    if re.search(r"\b(title|caption|card|text)\b", t) and ('"' in t or re.search(r"\b(add|put|insert|create|show|write)\b", t)):
        return None  # a new title with its length, not a length of a clip
    if q.time_ranges(t, ctx.duration_s):
        return None  # "from 16 to 19 seconds" is a place or a range, not a length
    amount = _amounts(t)
    if amount is None:
        if (re.match(r"(?:shorten|trim)\b", t) or re.search(r"\b(?:make|get|have) .+ shorter$", t)) \
                and not re.search(r"\d|\b(?:where|when|while|of)\b", t):
            named = _named_clip(ctx, t)
            if named is not None:  # "shorten the balcony shot": by how much?
                raise Unclear(f"How long should {ctx.label(named)} be? Say e.g. \"make it 3 seconds long\" or "
                              "\"trim 2 seconds off the end of it\".")
        return None
    kind, value = amount
    if kind.startswith("bit_"):  # "a bit": a small step on a clip laid over the talk; on the talk itself, ask
        clips = clip_refs(ctx, _A_BIT.sub(" ", t))
        clip = one_clip(ctx, clips, "trim") if clips else None
        if clip is None and not re.search(r"\b(?:video|whole thing|edit|film|vlog|talk)\b", t):
            return None
        if clip is None or _whole_video(ctx, clips) or ctx.track_of(clip).role == "main":
            if kind == "bit_tail":  # the talk or the video: which words go is the user's call
                raise Unclear("What should go to make it shorter: the pauses, the talk played a little faster, or a part "
                              "you name? Say e.g. \"tighten the pauses\" or \"speed up the talk by 10 percent\".")
            return None  # a longer talk: nothing to add
        kind = "tail" if kind == "bit_tail" else "more"
        value = min(value, round(ctx.sec(clip.end - clip.start) / 2, 3)) if kind == "tail" else value
    named = t  # the amount's own words are not a name ("2 s off the end" is not wheel_off.mp4)
    for pattern in (_TOO, _UP_FOR, _OFF_EDGE, _EDGE_SPAN, _MORE, _TO, _OFF, re.compile(rf"\b(?:the |its )?(?:{_HEAD}|{_TAIL}) of\b")):
        named = pattern.sub(" ", named)
    named = re.sub(rf"{_N}|\b\d+:\d\d(?:\.\d+)?\b", " ", named)
    lead = _VERB.match(named.strip())  # round 19: "knock 3 seconds off the X": the verb is not "tile knock.wav"
    named = named.strip()[lead.end():].strip() if lead is not None else named
    clips = clip_refs(ctx, named)
    if kind == "from_tail" and clips and not re.search(r"\bc\d+\b", t) and _whole_video(ctx, clips):
        # round 22: "cut 3 seconds from the talking clip" had proposed REMOVING the talk: which 3 s is the user's call
        raise Unclear(f"Which {value:g} s of the video should go: the start, the end, or a part you name? Say e.g. "
                      f"\"cut the last {value:g} seconds\" or \"cut 0:10 to 0:{10 + int(value):02d}\".")
    if not clips or (not re.search(r"\bc\d+\b", t) and _whole_video(ctx, clips)):
        return None  # no clip named, or the video itself: "trim the last 2 s off the video" is a range of the timeline
    clip = one_clip(ctx, clips, "trim")
    start, end = ctx.sec(clip.start), ctx.sec(clip.end)
    length = end - start
    if kind == "times":
        kind, value = "to", round(length * value, 3)
    if kind == "start_at":
        if not start < value < end:
            raise Unclear(f"{ctx.label(clip)} runs {clock(start)}-{clock(end)}; starting it at {clock(value)} is not a trim of it. "
                          f"Say \"move {ctx.label(clip)} to {clock(value)}\" to move it there.")
        return Match([step("trim_clip", {"clip_id": clip.id, "start": num(value)})],
                     f"trim {value - start:g} s off the start of {ctx.label(clip)} (starts at {clock(value)})")
    if kind == "end_at":
        if not start < value < end:
            raise Unclear(f"{ctx.label(clip)} runs {clock(start)}-{clock(end)}; ending it at {clock(value)} is not a trim of it.")
        kind, value = "to", value - start
    if kind == "to" and value > length and _can_last(ctx, clip, value):
        # "extend the photo to 6 seconds", "make that title 5 seconds long": a new length longer than now
        return Match([step("trim_clip", {"clip_id": clip.id, "end": num(start + value)})],
                     f"make {ctx.label(clip)} {value:g} s long (ends at {clock(start + value)})")
    if kind == "to":
        if value >= length:
            raise Unclear(f"{ctx.label(clip)} is {length:g} s long; making it {value:g} s is not a shortening. "
                          f"Say how much longer, e.g. \"make it {max(1, round(value - length)):g} seconds longer\".")
        return Match([step("trim_clip", {"clip_id": clip.id, "end": num(start + value)})],
                     f"trim {ctx.label(clip)} to {value:g} s (ends at {clock(start + value)})")
    if kind == "more":
        return Match([step("trim_clip", {"clip_id": clip.id, "end": num(end + value)})],
                     f"make {ctx.label(clip)} {value:g} s longer (ends at {clock(end + value)})")
    if value >= length:
        raise Unclear(f"{ctx.label(clip)} is only {length:g} s long, so {value:g} s cannot come off it. "
                      f"To take it out, say \"remove {ctx.label(clip)}\".")
    if kind == "from_tail":
        if ctx.track_of(clip).role == "main":
            raise Unclear(f"Which {value:g} s of {ctx.label(clip)} should go: its start, its end, or a part you name? "
                          f"Say e.g. \"trim {value:g} seconds off the end of it\".")
        kind = "tail"
    if kind in ("head", "tail") and _BOTH_ENDS.search(t):  # round 16: "half a second off both ends of X"
        if 2 * value >= length:
            raise Unclear(f"{ctx.label(clip)} is only {length:g} s long, so {value:g} s cannot come off both ends.")
        return Match([step("trim_clip", {"clip_id": clip.id, "start": num(start + value), "end": num(end - value)})],
                     f"trim {value:g} s off each end of {ctx.label(clip)} ({clock(start + value)}-{clock(end - value)})")
    if kind == "head":
        return Match([step("trim_clip", {"clip_id": clip.id, "start": num(start + value)})],
                     f"trim {value:g} s off the start of {ctx.label(clip)} (starts at {clock(start + value)})")
    return Match([step("trim_clip", {"clip_id": clip.id, "end": num(end - value)})],
                 f"trim {value:g} s off the end of {ctx.label(clip)} (ends at {clock(end - value)})")


_FIX_IT = re.compile(r"^(?:so |please |can you |could you |just )*(?:shorten|trim|cut|chop|fix|sort|lengthen|extend|stretch|"
                     r"change|correct|adjust)(?: it| that| this| them)(?: down| back| up| out| please| for me)*$")


def lend_amount(instruction: str, following: str) -> str | None:
    """ "the X clip's 3 seconds too long, shorten it": the first clause says by how much and which clip,
    the second only what to do about it; the pair is the first clause read as the edit (or None)."""
    states = _TOO.search(instruction) or re.search(rf"\b(?:needs?|wants?) {_HEDGE}{_N}\b", instruction)
    return instruction if states and _FIX_IT.match(following.strip(" .!")) else None  # round 11b: "X only needs 4 s, shorten it"


def _can_last(ctx: Ctx, clip, seconds: float) -> bool:
    """A still or a title can be any length; a video or sound only as long as its source allows."""
    asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
    if asset is None or asset.duration is None:
        return True
    from editor_app.model.time import seconds as to_seconds

    left = float(asset.duration) - float(to_seconds(clip.source_in, ctx.project.fps))
    return seconds * float(clip.speed) <= left + 1e-6


def _named_clip(ctx: Ctx, t: str):
    """The one clip ``t`` names (not the whole video), or None."""
    try:
        clips = clip_refs(ctx, t, pronoun_ok=True)
    except Unclear:
        return None
    return clips[0] if len(clips) == 1 and not _whole_video(ctx, clips) else None


def _whole_video(ctx: Ctx, clips) -> bool:
    """The clips are every clip of the main track ("the video"), not one named clip."""
    main = ctx.main_track()
    return main is not None and set(c.id for c in clips) == set(c.id for c in main.clips)


INTENTS = [clip_length]
