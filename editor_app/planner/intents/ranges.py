"""Cutting stretches of time: every way people say a range ("0:10 to 0:12", "from 0:25 onwards",
"the first 3 seconds"), cut from every track, latest first; ranges that may not mean the whole
timeline ("cut 0:02-0:04 of the syrup clip", "remove the hum from 0:10 to 0:12") ask."""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.media_refs import ranked_mentions
from editor_app.planner.types import Ctx, Match, Unclear

_REMOVE = r"\b(shave|cut|trim|remove|delete|drop|chop|lose|skip|kill|strip|eliminate|shorten|clean|tighten|ditch|erase|edit|snip|nuke)\b"
_t = clock
_TAKE_OFF = re.compile(r"\b(?:take|knock|lop|hack)\s+(?P<what>(?:an? |the (?:first|last) )?[\d.]+\s*(?:seconds?|s|minutes?|mins?)|"
                       r"an? (?:second|minute))\s+off\b")


def cut_range(ctx: Ctx) -> Match | None:
    t = ctx.text
    if _TAKE_OFF.search(t):  # round 16: "take 2 seconds off the start", "knock a second off the end of the video"
        t = _TAKE_OFF.sub(lambda m: f"cut {m.group('what')} off", t)
    if not re.search(_REMOVE, t) or re.search(r"\bcut (?:to|over to|away to)\b", t):
        return None  # "cut to the drone shot" places B-roll
    if re.search(r"\bdrop (?:in|it in|them in)\b", t) and not re.search(r"\b(?:cut|trim|remove|delete|lose|chop)\b", t):
        return None  # round 22: "drop in our end card for the last 10 seconds" places something (it had CUT the last 10 s)
    ranges = q.time_ranges(t, ctx.duration_s) or _bare_range(t)
    if ranges:
        if not re.search(_CUT_TIME, t):
            return None  # "clean up the audio from 0:10 to 0:12", "edit 0:05-0:08": not a cut
        ranges = _dotted_minutes(t, ranges, ctx.duration_s)
        _check_object(ctx, ranges)
        return _cut_ranges(ctx, ranges)
    length = q.duration(t)
    if length is None:
        return None
    edges = list(re.finditer(r"\b(first|opening|beginning|start|intro|front|head|top|last|final|end|ending|tail|outro)\b", t))
    edge = edges[0] if edges else None
    inside = _named_other_than_main(ctx) if edge else None
    if edge and not inside:
        _edge_of_nothing(ctx)
    if inside:  # "kill the music for the last 5 seconds" is not "cut the last 5 seconds of everything"
        raise Unclear(f"Do you mean the {edge.group(1)} {length:g} s of the whole timeline (every track), or of "
                      f"{inside} only? Say \"cut the {edge.group(1)} {length:g} seconds\" for the whole timeline, or "
                      f"trim or split {inside}.")
    # round 19: the edge word that names the span ("the last 2 seconds first": "first" orders the steps; it had cut the
    # first 2 s): the one right before the length, else the first said
    named = next((e for e in edges if re.match(r"\s+(?:(?:few|couple(?: of)?|\w+) )?[\d.]", t[e.end():])), edges[0] if edges else None)
    if named is not None and named.group(1) in ("first", "opening", "beginning", "start", "intro", "front", "head", "top"):
        edge, note = word_edge(ctx, length)
        return Match([step("cut_range", {"start": 0, "end": num(edge)})],
                     f"cut the first {length:g} s from every track{note}")
    if named is not None:
        end = ctx.duration_s
        if length >= end:
            raise Unclear(f"The timeline is only {end:g} s long; cutting its last {length:g} s would remove everything.")
        edge, note = word_edge(ctx, end - length)
        return Match([step("cut_range", {"start": num(edge), "end": num(end)})],
                     f"cut the last {length:g} s ({_t(edge)}-{_t(end)}) from every track{note}")
    return None


# round 12: "remove 1.02 to 1.05": minutes and seconds written with a dot (1:02-1:05), or a 0.03 s sliver?
_DOTTED = re.compile(r"(?<![\d:.])(\d{1,2})\.([0-5]\d)(?![\d:])")


def _dotted_minutes(text: str, ranges: list[tuple[float, float]], length: float) -> list[tuple[float, float]]:
    """Every range two dotted times under half a second apart with two-digit "seconds" (a cut nobody asks for by the
    hundredth) is minutes.seconds typed with a dot (round 24: phone dictation writes "one ten to one fourteen" as
    "1.10 to 1.14"; two blind writers expected 1:10-1:14) when that fits the timeline; else asks."""
    dotted = _DOTTED.findall(text)
    if len(dotted) < 2 or any(b - a >= 0.5 for a, b in ranges) or re.search(r"\d\s*(?:s|sec|secs|seconds?|ms)\b", text):
        return ranges
    (m1, s1), (m2, s2) = dotted[0], dotted[1]
    a, b = int(m1) * 60 + int(s1), int(m2) * 60 + int(s2)
    if len(dotted) == 2 and len(ranges) == 1 and 0 <= a < b <= length:
        return [(float(a), float(b))]
    raise Unclear(f"Do you mean {int(m1)}:{s1} to {int(m2)}:{s2} (minutes and seconds), or {m1}.{s1} to {m2}.{s2} seconds "
                  f"(a {abs(float(f'{m2}.{s2}') - float(f'{m1}.{s1}')):.2f} s sliver)? Say it with a colon, e.g. "
                  f"\"cut {int(m1)}:{s1} to {int(m2)}:{s2}\".")


# round 9: "remove 44.0 to 45.5": a bare range of numbers, said alone after the verb, is seconds
_BARE = re.compile(rf"^{_REMOVE} (?:out )?(?:from )?(\d+(?:\.\d+)?) ?(?:to|-|\u2013|until|till|through|thru) ?(\d+(?:\.\d+)?)$")


def _bare_range(text: str) -> list[tuple[float, float]]:
    m = _BARE.match(text)
    return [(float(m.group(2)), float(m.group(3)))] if m else []


EDGE_SLACK_S = 0.15  # how far an edge at a said time may move to the nearest word boundary


def word_edge(ctx: Ctx, at: float) -> tuple[float, str]:
    """Where a cut asked at ``at`` seconds (the end of "the first N s", the start of "the last N s")
    goes: ``at`` itself unless it falls inside a spoken word; then the word boundary nearest to it,
    on the frame just outside the word, when that is within EDGE_SLACK_S (a demanding user asked for
    N seconds and gets N within a frame or two, with no word cut in half). Farther, the cut tool's
    own snapping decides. Returns (seconds, a note for the reply)."""
    import math

    from editor_app.model.word_cuts import timeline_words

    fps = float(ctx.project.fps)
    for word in timeline_words(ctx.project):
        if word.start < at < word.end:
            before, after = math.floor(word.start * fps + 1e-6) / fps, math.ceil(word.end * fps - 1e-6) / fps
            edge = min((before, after), key=lambda e: abs(e - at))
            if abs(edge - at) > EDGE_SLACK_S:
                return at, ""
            side = "starts" if edge == before else "ends"
            return edge, (f" ({at:g} s falls inside the word \"{word.text.strip(',.!?')}\", so the cut is at {edge:.2f} s, "
                          f"where that word {side}, and no word is cut in half)")
        if word.start >= at:
            break
    return at, ""


# Verbs that take a stretch of time out; "clean up", "edit", "shorten", "tighten" do not say that.
_CUT_TIME = r"\b(cut|trim|remove|delete|drop|chop|lose|skip|kill|eliminate|erase|snip|ditch|shave|scrap|nuke)\b"
# Words that may stand between the verb and the times without naming something else to cut.
_RANGE_WORDS = frozenset(
    "the a an everything anything all whatever part parts bit bits section sections stretch segment segments portion "
    "piece chunk span range time times footage video timeline edit from between to of in at up out it that this "
    "stuff content material and seconds second minutes minute s sec secs the whole entire go please".split())


def _check_object(ctx: Ctx, ranges: list[tuple[float, float]]) -> None:
    """"remove the noise from 0:10 to 0:12" names something other than time: the whole range is
    not what was asked for, so ask instead of cutting every track."""
    verb = re.search(_CUT_TIME, ctx.text)
    first = re.search(r"\b(?:from|between|seconds?|minutes?|everything|anything|after|before|up to)\b|\d", ctx.text[verb.end():])
    between = ctx.text[verb.end(): verb.end() + (first.start() if first else 0)]
    words = [w for w in re.findall(r"[a-z']+", between) if w not in _RANGE_WORDS]
    if not words:
        return
    named = {m.asset.id for m in ranked_mentions(ctx, between, strict=False)}
    main = {c.media_id for track in ctx.project.tracks_by_role("main") for c in track.clips}
    if named and named <= main:
        return  # "cut the talk from 0:10 to 0:12": the main recording is the timeline's time
    a, b = ranges[0]
    what = " ".join(words)
    raise Unclear(f"Should I cut {_t(a)}-{_t(b)} out of the whole timeline (every track), or do something to "
                  f"\"{what}\" only? Say \"cut {_t(a)}-{_t(b)}\" for the first.")


def _cut_ranges(ctx: Ctx, ranges: list[tuple[float, float]]) -> Match:
    """Cut each range from every track, the latest first so earlier times still mean what was said."""
    end = ctx.duration_s
    for a, b in ranges:
        if b <= a:
            raise Unclear(f"The range {a:g}-{b:g} s is empty: the end must come after the start.")
        if a >= end:
            raise Unclear(f"The timeline is only {_t(end)} long, so there is nothing at {_t(a)}-{_t(b)} to cut.")
        if b - end > max(0.5, end - a):  # round 16: "remove 1:10 to 1:30" on a 1:15 video: most of it is past the end,
            # so a time is misread or misremembered: ask (a range that only overruns a little, "0:10 to 1:05" on 1:00, is cut)
            raise Unclear(f"The timeline is only {_t(end)} long, so {_t(a)}-{_t(b)} runs past its end. Say \"cut "
                          f"{_t(a)} to the end\" to cut {_t(a)}-{_t(end)}, or check the times.")
    inside = _named_other_than_main(ctx)
    if inside:
        a, b = ranges[0]
        raise Unclear(f"Do you mean {_t(a)}-{_t(b)} of the whole timeline, or of {inside}'s own time? "
                      f"Say \"cut {_t(a)}-{_t(b)} of the timeline\", or trim or split {inside}.")
    merged = sorted(ranges)
    if sum(min(b, end) - a for a, b in merged) >= end - 1e-6:
        raise Unclear(f"Cutting {', '.join(f'{_t(a)}-{_t(b)}' for a, b in merged)} would remove the whole {_t(end)} timeline.")
    slid, notes = _slid(ctx, merged)
    # round 24: a range typed as times is cut at those times, inside a word or not (the plan says which word): blind writers
    # of suites T, U, Y, AC, AE and AF expected "remove 1:40 to 1:42" to take exactly two seconds, never 1.87
    steps = [step("cut_range", {"start": num(a), "end": num(b), "words": "exact"}) for a, b in sorted(slid, reverse=True)]
    said = " and ".join(f"{_t(a)}-{_t(b)}" for a, b in merged)
    return Match(steps, f"cut {said} from every track and close the gap{'s' if len(merged) > 1 else ''}{''.join(notes)}")


SLIDE_S = 0.3  # how far a said range may slide, whole, into the pause after it


def _slid(ctx: Ctx, ranges: list[tuple[float, float]]) -> tuple[list[tuple[float, float]], list[str]]:
    """round 11: "take out 88.5-90s" where 88.5 s falls inside the last word before a pause: the cut
    tool would snap the start back to the word's start and take the whole word (more than asked, and a
    word that was never asked for), or forward and take less time than asked. A range said in numbers
    keeps its length: when its start is inside a word and the range, moved later by as much as it takes
    to start where that word ends (SLIDE_S at most), still ends in the pause before the next word (and
    short of the next range), it slides; the reply says so. Otherwise the tool's own snapping decides.
    Why not cut through the word exactly as said: a word cut in half is heard as a glitch, and the
    numbers said to half a second give the length and the place, not a point inside a word."""
    import math

    from editor_app.model.word_cuts import timeline_words

    words = timeline_words(ctx.project)
    fps = float(ctx.project.fps)
    out, notes = [], []
    for n, (a, b) in enumerate(ranges):
        word = next((w for w in words if w.start < a < w.end), None)
        after = next((w for w in words if w.start >= b), None)
        inside_end = any(w.start < b < w.end for w in words)
        if word is None or inside_end:
            out.append((a, b))
            continue
        first = math.ceil((word.end - 0.5 / fps) * fps - 1e-6)  # the first frame the cut tool counts as after the word
        start, end = first / fps, (first + round((b - a) * fps)) / fps  # the same number of frames
        limit = min(after.start if after is not None else ctx.duration_s, ranges[n + 1][0] if n + 1 < len(ranges) else ctx.duration_s)
        if start - a > SLIDE_S or end > limit + 1e-6:
            out.append((a, b))
            continue
        out.append((start, end))
        if start - a < 0.005:
            continue  # round 16: under a frame later is the range as said; "moved 0.00 s later" said nothing
        notes.append(f" ({a:g} s falls inside the word \"{word.text.strip(',.!?')}\", so I cut {_t(start)}-{_t(end)} instead:"
                     f" the same {b - a:g} s, moved {start - a:.2f} s later into the pause, and no word is cut in half)")
    return out, notes


# round 21: "cut 3 seconds off the end of the blender": the edge of a thing, not of the video
_EDGE_OF = re.compile(r"\b(?:end|start|beginning|ending|top|tail|front|head|intro|outro|first|last) (?:\w+ )?of (?:the|my|that|this|her|his|our) "
                      r"(?P<x>[a-z0-9'-]+(?: [a-z0-9'-]+){0,3}?)\s*$")
_WHOLE = re.compile(r"^(?:whole |entire |full |final )?(?:video|vid|timeline|edit|sequence|project|movie|film|thing|talk|vlog|"
                    r"recording|a-?roll|tutorial|interview|main (?:clip|video|recording)|piece|upload|cut|reel|short|intro|outro|opening|ending|"
                    r"end|start|beginning|middle)s?$")


def _edge_of_nothing(ctx: Ctx) -> None:
    """Asks when the span is the edge of something the request names that is neither the video nor any media ("the
    end of the blender" had cut the video's last seconds)."""
    said = _EDGE_OF.search(ctx.text)
    if said is None or _WHOLE.match(said.group("x")):
        return
    try:
        if ranked_mentions(ctx, f"the {said.group('x')}", strict=False):
            return
    except Unclear:
        return
    raise Unclear(f"I can't find \"{said.group('x')}\" in the project, so I haven't cut anything. Say \"cut the last ... seconds\" "
                  f"for the end of the whole video, or name the clip (e.g. c2).")


def _named_other_than_main(ctx: Ctx) -> str | None:
    """A clip or media the request names that is not the main recording ("cut 0:02-0:04 of the
    syrup clip"): the times may be the clip's own, so the cut is asked about, not guessed."""
    if re.search(r"\bof the (?:whole )?(?:timeline|video|edit|sequence|project)\b", ctx.text):
        return None
    # round 19: the span's own words name no clip ("the whole first minute" is not the "wide shot of the whole
    # bathroom", "off the top" is not "taping the bath edge")
    text = re.sub(r"\b(?:off |from |of )?(?:the )?(?:whole |entire |very )?(?:first|last|final|opening|top|start|end|beginning|ending|"
                  r"front|tail|head)\b(?: (?:minute|second|half|bit|part|seconds|minutes))?(?: of\b(?= (?:the|my|that|this|her|his) ))?",
                  " ", ctx.text)  # round 21: "off the end of the tiktok" names the tiktok ("of the X" is no bare name)
    text = re.sub(r"\s+", " ", text)
    try:
        named = [m.asset for m in ranked_mentions(ctx, text, strict=False)]
    except Unclear:
        return None
    main = {c.media_id for track in ctx.project.tracks_by_role("main") for c in track.clips}
    for asset in named:
        if asset.id not in main:
            return asset.name
    ids = [c for c in re.findall(r"\bc\d+\b", ctx.text)]
    for clip_id in ids:
        found = ctx.project.find_clip(clip_id)
        if found is not None and found[0].role != "main":
            return clip_id
    return None
