"""B-roll taken off a part of the talk: "take the b-roll off the part where I say hey", "remove the b-roll from the
bit about limescale", "clear the cutaways over the intro", "no b-roll between 0:20 and 0:30" (round 16, lead).

Why: "remove the b-roll from the part where I talk about X" cut that sentence out of the talk (the words after
"remove" were read as the part to remove), and "take/get the b-roll off the bit about X" placed a B-roll clip there
(read as "put the b-roll over"). What is meant is the talk stays and that stretch shows the speaker again: B-roll
clips lying wholly inside the part are removed (no ripple), clips that only reach into it are trimmed back to its
edge, and one that covers the part and more on both sides asks (removing it would take more than asked). No B-roll
there is said, with no edit.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_BROLL = r"(?:the |any |all (?:the |of the )?|that )?(?:b-?roll|cutaways?|overlays?|overlay clips?|inserts?)(?: clips?| shots?| footage)?"
_OFF = re.compile(rf"^(?:(?:can|could) you |please |just |pls )*(?:remove|take|get|pull|clear|lose|drop|delete|strip|ditch|bin)"
                  rf" {_BROLL} (?:off|from|out of|away from|over|during|on) (?P<place>.+?)(?: please| pls)?[.!?]*$")
MIN_LEFT_S = 0.5  # a trim that would leave less than this of a clip removes it: a flash of picture is no B-roll
_EDGE = re.compile(r"^(?:the |my )?(?P<which>intro|introduction|opening|outro|ending|sign[- ]?off|first sentence|last sentence)$")


def broll_off(ctx: Ctx) -> Match | None:
    """Remove or trim the B-roll over the part said; None when the request is not about taking B-roll off a part."""
    found = _OFF.match(ctx.text)
    if found is None:
        return None
    place = found.group("place").strip(" ,")
    a, b = _span(ctx, place)
    fps = ctx.project.fps
    lo, hi = round(a * fps), round(b * fps)
    steps, says = [], []
    for track in ctx.project.tracks:
        if track.role != "broll":
            continue
        for clip in track.clips:
            if clip.end <= lo or clip.start >= hi:
                continue
            if clip.start >= lo and clip.end <= hi:
                steps.append(step("remove_clip", {"clip_id": clip.id, "ripple": False}, "timeline"))
                says.append(f"remove {ctx.label(clip)}")
            elif clip.start < lo and clip.end > hi:
                raise Unclear(f"{ctx.label(clip)} covers that part ({clock(a)}-{clock(b)}) and more on both sides. "
                              f"Remove it (\"remove {clip.id}\") or split it at {clock(a)} and {clock(b)} first.")
            elif (lo - clip.start if clip.start < lo else clip.end - hi) < MIN_LEFT_S * fps:
                steps.append(step("remove_clip", {"clip_id": clip.id, "ripple": False}, "timeline"))
                says.append(f"remove {ctx.label(clip)} (less than {MIN_LEFT_S:g} s of it is outside that part)")
            elif clip.start < lo:
                steps.append(step("trim_clip", {"clip_id": clip.id, "end": num(a)}, "timeline"))
                says.append(f"trim {ctx.label(clip)} to end at {clock(a)}")
            else:
                steps.append(step("trim_clip", {"clip_id": clip.id, "start": num(b)}, "timeline"))
                says.append(f"trim {ctx.label(clip)} to start at {clock(b)}")
    if not steps:
        raise Unclear(f"There is no B-roll over {clock(a)}-{clock(b)}, so there is nothing to take off there.")
    return Match(steps, ", ".join(says) + f", so {clock(a)}-{clock(b)} shows the talk again", part_read=True)


_NO_BROLL = re.compile(rf"^(?:i want |i'd like |let's have |(?:can|could) we have |please )?no {_BROLL} (?:(?:over|during|on|in|for) )?"
                       rf"(?P<place>.+)$")


def no_broll(text: str) -> str | None:
    """"no b-roll over the intro" as "take the b-roll off the intro", read before "no" is stripped as a filler."""
    found = _NO_BROLL.match(text.strip().lower())
    return f"take the b-roll off {found.group('place')}" if found else None


def _span(ctx: Ctx, place: str) -> tuple[float, float]:
    """Timeline seconds of the part ``place`` names: times, the intro or outro, or a part of the talk."""
    end = ctx.duration_s
    ranges = q.time_ranges(place, end)
    if ranges:
        return max(0.0, ranges[0][0]), min(end, ranges[0][1])
    edge = _EDGE.match(place)
    if edge:
        from editor_app.planner.topics import passage_at

        first = edge.group("which") in ("intro", "introduction", "opening", "first sentence")
        passage = passage_at(ctx, "start" if first else "end")
    else:
        from editor_app.planner.intents.broll import spoken_place

        if re.search(r"\b(?:where|when|about)\b", place):
            passage = spoken_place(ctx, place)
        else:  # "the snow globe line", "my kettle bit": the words that name it, as a part of the talk
            said = re.sub(r"^(?:the|my|that) |\s+(?:line|bit|part|section|sentence|moment)$", "", place)
            passage = spoken_place(ctx, f"the {said} bit")
    if passage is None:
        raise Unclear(f"I can't tell which part \"{place}\" is. Quote a few of its words, or give the times.")
    return passage.start, passage.end
