"""Timeline intents: silences, removing, moving, splitting, trimming (B-roll: intents/broll.py)."""

from __future__ import annotations

import re

from editor_app.model.time import seconds_to_frames
from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.refs import clip_at, clip_refs, one_clip, track_ref
from editor_app.planner.types import Ctx, Match, Unclear

_REMOVE = r"\b(shave|cut|trim|remove|delete|drop|chop|lose|skip|kill|strip|eliminate|shorten|clean|tighten|ditch|erase|edit|snip|nuke)\b"
_PRONOUNS = {"it", "that", "this", "them", "those", "these", "him", "her", ""}


_t = clock


def remove_silences(ctx: Ctx) -> Match | None:
    t = ctx.text
    silence = re.search(r"\b(dead air|dead space|silences|silence|silent (parts|bits|gaps|stretches|moments)|pauses?|gaps? in the (speech|talk)|gaps?(?= (?:longer|over|above|of at least|more|bigger|greater|exceeding)\b)|quiet (parts|bits)|umm?s?|breaks)\b", t)
    # "tighter" only with a pause word: "crop the X tighter" is a picture edit (round 11b)
    tighten = re.search(r"\btighten\b", t) or (silence and re.search(r"\btighter\b", t))
    if _CROP.match(t):
        return None
    if not (silence and re.search(_REMOVE, t)) and not tighten:
        return None
    if re.match(r"(silence|mute) ", t) or re.search(r"\b(list|show|find|where are|how many)\b", t):
        return None
    args: dict = {}
    # round 16: "all pauses over 1 second", "gaps above 2 s", "anything past a second": the shortest one cut
    match = re.search(r"\b(?:(?:longer|more|greater|bigger) than|over|above|exceeding|past|of at least|at least)\s+(?:about\s+)?", t)
    if match:
        found = q.times(t[match.end():])
        if found and found[0].start == 0:
            args["min_silence"] = num(found[0].seconds)
    track = track_ref(ctx) if re.search(r"\bonly\b|\btrack\b", t) else None
    if track is not None:
        args["track_ids"] = [track.id]
    longer = f" longer than {args['min_silence']:g} s" if "min_silence" in args else ""
    ranges = q.time_ranges(t, ctx.sec(ctx.project.duration))
    if len(ranges) > 1:
        raise Unclear("Say one stretch at a time for the silences, e.g. \"cut the silence between 0:10 and 0:12\".")
    if ranges:  # "the dead air between 10.5 and 12 seconds": only there, up to the edges the user gave
        a, b = ranges[0]
        args.update(start=num(a), end=num(b), padding=0)
        return Match([step("remove_silences", args)], f"cut the silence{longer} between {_t(a)} and {_t(b)} (nothing else)")
    return Match([step("remove_silences", args)], f"cut the pauses{longer} out of the talk (B-roll follows; the music stays continuous and ends with the talk)")


# "crop the X (a bit) tighter", "crop in on X": the picture of that clip, never the talk's length (round 11b)
_CROP = re.compile(r"^(?:(?:can|could|would) you |please |just )*(?:crop|reframe)(?! out\b)(?: (?:in|into|on))*\b")


def crop_clip(ctx: Ctx) -> Match | None:
    """A crop of a named clip is a still zoom on that clip; a media only in the bin says so and changes
    nothing (clip_refs asks), and a crop that names no clip asks rather than guessing one."""
    t = ctx.text
    if not _CROP.match(t):
        return None
    clips = clip_refs(ctx)
    if not clips:
        raise Unclear("Which clip should I crop? Name it, e.g. \"crop the intro clip tighter\".")
    scale = 1.1 if re.search(r"\b(?:a (?:bit|little|touch)|slightly|bit|little)\b", t) else 1.2
    effect = {"type": "zoom", "start_scale": scale, "end_scale": scale}
    return Match([step("add_effect", {"clip_id": c.id, "effect": dict(effect)}) for c in clips],
                 f"crop {', '.join(ctx.label(c) for c in clips)} in to {scale:g}x (a still zoom to the centre)")


def split_clip(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\b(split|slice|razor|blade|cut|break)\b", t) or re.search(r"\bcut (?:to|over to|away to)\b", t):
        return None  # "cut to the drone shot at 0:12" is B-roll, not a split
    here = re.search(r"\b(here|at the playhead|where the playhead is|at the current (time|position))\b", t)
    ats = [m.seconds for m in q.times(t)] or ([q.time_after(t, "at")] if q.time_after(t, "at") is not None else [])
    if not ats and here:
        if ctx.playhead is None:
            raise Unclear("There is no playhead position to split at; say a time, e.g. \"split at 12 seconds\".")
        ats = [ctx.sec(ctx.playhead)]
    if not ats or not (re.search(r"\bat\b", t) or here):
        return None
    named = clip_refs(ctx, re.sub(r"\bat (the )?[\d:.]+\s*(seconds?|s|minutes?)?", "", t), pronoun_ok=False)
    steps, says = [], []
    for at in sorted(ats, reverse=True):  # later cuts first: earlier clip ids stay valid
        frame = seconds_to_frames(at, ctx.project.fps)
        candidates = named or [c for c in ctx.selected_clips() if c.start < frame < c.end]
        clip = next((c for c in candidates if c.start < frame < c.end), None) if candidates else clip_at(ctx, at)
        if clip is None:
            raise Unclear(f"No clip runs through {_t(at)} on the main track, so there is nothing to split there.")
        steps.append(step("split_clip", {"clip_id": clip.id, "at": num(at)}))
        says.append(f"split {ctx.label(clip)} at {_t(at)}")
    return Match(steps, ", ".join(reversed(says)))


def trim_clip(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\b(trim|shorten|cut|make)\b", t):
        return None
    to = re.search(r"\b(?:to|down to) (?:be )?(?:only )?([\d.]+)\s*(?:seconds?|s)\b(?: long)?", t)
    by = re.search(r"\bby ([\d.]+)\s*(?:seconds?|s)\b", t)
    if not (to or by):
        return None
    clips = clip_refs(ctx)
    if not clips:
        return None
    clip = one_clip(ctx, clips, "trim")
    start, end = ctx.sec(clip.start), ctx.sec(clip.end)
    if to:
        new_end = start + float(to.group(1))
    else:
        new_end = end - float(by.group(1))
    if not start < new_end < end:
        raise Unclear(f"{ctx.label(clip)} runs {_t(start)}-{_t(end)}; trimming it to end at {_t(new_end)} is not a shortening.")
    return Match([step("trim_clip", {"clip_id": clip.id, "end": num(new_end)})], f"trim {ctx.label(clip)} to end at {_t(new_end)}")


# "the music should come in at 5 seconds, not straight away", "start the music at 0:05", "have the
# music kick in at 5 s": a clip on the timeline that should begin at a time is a move.
# Round 12 (refs): "... at 0:33 instead", "... at 0:33, not 0:30", "rather than 30 s": the old time said after the new one
_CORRECTED = r"(?: (?:instead|now)| (?:not|rather than|instead of) (?:at )?[\d:.]+ ?(?:seconds?|s|secs?)?)*"
_BEGIN_AT = (re.compile(rf"^(?:start|begin) ((?:the|my|that|this|c\d)\S*(?: \S+){{0,4}}?) at ([\d:.]+ ?(?:seconds?|s|secs?)?){_CORRECTED}(?:,.*)?$"),
             re.compile(rf"^((?:the|my|that|this|c\d)\S*(?: \S+){{0,4}}?) (?:should|must|needs to|has to|can|could) "
                        rf"(?:come in|start|begin|kick in|enter|appear) at ([\d:.]+ ?(?:seconds?|s|secs?)?){_CORRECTED}(?:,.*)?$"),
             re.compile(rf"^(?:make|have|let) ((?:the|my|that|this|c\d)\S*(?: \S+){{0,4}}?) (?:come in|start|begin|kick in|enter) "
                        rf"at ([\d:.]+ ?(?:seconds?|s|secs?)?){_CORRECTED}(?:,.*)?$"))


# "the X clip should start 2 seconds later than it does", "X pic three seconds earlier please": a move said
# without its verb (round 11b)
_LATER_BARE = re.compile(r"^(?P<who>(?:the |my |that |this )?(?:[a-z0-9'&_.-]+ ){0,5}?(?:[a-z0-9'&_.-]+))"
                         r"(?: (?:should|needs to|has to|could|can|wants to|to|must)(?: (?:start|begin|come in|come on|"
                         r"appear|kick in|go in|be|show up|pop up))?| (?:starting|coming in|appearing))? (?P<n>[\d.]+) ?"
                         r"(?:seconds?|secs?|s) (?P<dir>later|earlier)\b(?: than (?:it does|now|it is|that)| please| pls)*[.!]?$")


def move_clip(ctx: Ctx) -> Match | None:
    from editor_app.planner.nudge import nudged

    last = [found[0].role for i in ctx.last_clips if (found := ctx.project.find_clip(i)) is not None]
    over = bool(last) and not set(last) & {"main", "voice", "music"}
    t = (nudged(ctx.text, over) if ctx.last_clips else None) or ctx.text  # round 16: "a bit later" after a placement
    t = re.sub(r"(?<=\d)( ?(?:seconds?|secs?|s)) sooner\b", r"\1 earlier", t)  # round 16 (r2): "come in 3 seconds sooner"
    for pattern in _BEGIN_AT:
        begin = pattern.match(t)
        if begin and clip_refs(ctx, begin.group(1), pronoun_ok=False):
            t = f"move {begin.group(1)} to {begin.group(2)}"
            break
    bare = _LATER_BARE.match(t)
    if bare and not re.search(r"\b(move|shift|slide|drag|put|place|push|nudge|bring|reposition)\b", t) \
            and clip_refs(ctx, bare.group("who"), pronoun_ok=False):  # round 11b: no verb, a clip said to be later
        t = f"move {bare.group('who')} {bare.group('n')} seconds {bare.group('dir')}"
    if not re.search(r"\b(move|shift|slide|drag|put|place|push|nudge|bring|reposition)\b", t):
        return None
    dest_track = None
    match = re.search(r"\b(?:to|onto|on to|into|on) (?:the )?((?:[a-z0-9-]+ )?track|t\d+)\b", t)
    if match:
        dest_track = track_ref(ctx, match.group(1))
    who = re.sub(r"\b(?:to|onto|on to|into|on) (?:the )?((?:[a-z0-9-]+ )?track|t\d+)\b", "", t)
    from editor_app.planner.move_place import earlier, passage_start, place_clause  # round 10 (edits)

    placed = place_clause(who)  # "so it starts when I talk about X": where that part of the talk starts
    who = placed[0] if placed else who
    if re.match(r"(?:put|place|drop|stick|pop|bring in)\b", t) and _only_in_bin(ctx, who):
        return None  # round 12 (refs): "put the foam cutting video when I talk about X": a placement (intents.broll)
    clips = clip_refs(ctx, re.sub(r"\b(to|at)\s+[\d:.]+.*$", "", who))
    if not clips:
        return None
    if len(clips) == 2 and not placed and re.search(r"\b(?:after|before|ahead of|in front of|behind)\b", who):
        return None  # round 13 (lead): "move X.mp4 to just after Y.mp4": one clip placed against another (planner/reorder.py)
    clip = one_clip(ctx, clips, "move")
    start = passage_start(ctx, placed[1]) if placed else q.time_after(t, "to|at|so it starts at|starting at")
    rel = re.search(r"([\d.]+)\s*(?:seconds?|s)\s+(later|earlier|forward|forwards|back|backwards|right|left|ahead)", t)
    if rel is None:  # "later by 1 second", "push it back 2 seconds", "forward a second"
        rel = re.search(r"\b(later|earlier|forwards?|backwards?|back|right|left|ahead)\b (?:by )?([\d.]+)\s*(?:seconds?|s)\b", t) \
            or re.search(r"\b(later|earlier|forward|back|right|left|ahead)\b.*?\bby ([\d.]+)", t)
        if rel:
            rel = (float(rel.group(2)), rel.group(1))
    else:
        rel = (float(rel.group(1)), rel.group(2))
    if rel and start is None:
        sign = -1 if rel[1] in ("earlier", "back", "backwards", "left") or earlier(t) else 1
        start = ctx.sec(clip.start) + sign * rel[0]
    if start is None and re.search(r"\b(?:to|at) the (?:very )?(?:start|beginning)\b", t):  # round 13: "put it at the start instead"
        start = 0.0
    if start is None and re.search(r"\b(?:to|at) the (?:very )?end(?: of (?:the |my )?(?:video|timeline|edit))?\b", t):
        start = max(0.0, ctx.duration_s - ctx.sec(clip.end - clip.start))  # "move X to the end": it ends with the video
    if start is None and dest_track is None:
        raise Unclear(f"Where should {ctx.label(clip)} go? Say a time, e.g. \"move {clip.id} to 1:05\".")
    if start is not None and start < 0:
        raise Unclear(f"{ctx.label(clip)} cannot start before 0:00.")
    args: dict = {"clip_id": clip.id}
    if start is not None:
        args["start"] = num(start)
    steps = []
    if dest_track is None and start is not None:
        dest_track, steps = _free_broll_track(ctx, clip, start)
    if dest_track is not None:
        args["track_id"] = dest_track.id
    where = " ".join(x for x in (f"to {_t(start)}" if start is not None else "", f"onto {dest_track.name or dest_track.id}" if dest_track else "") if x)
    if steps:
        where = f"to {_t(start)} on a new B-roll track above, so the clip already there stays"
    return Match([*steps, step("move_clip", args)], f"move {ctx.label(clip)} {where}")


def _free_broll_track(ctx: Ctx, clip, start_s: float):
    """Round 15: a B-roll clip moved onto a spot another B-roll clip holds goes to a free B-roll track (a new one above
    when none is free), as a placement does (tools/macros._overlaps): before, the move failed ("would overlap c5").
    (track or None, steps to add it)."""
    from editor_app.model.placement import next_id
    from editor_app.model.project import Track

    track = ctx.track_of(clip)
    if track.role != "broll":
        return None, []
    begin = seconds_to_frames(start_s, ctx.project.fps)
    end = begin + clip.duration
    def taken(t: Track) -> bool:
        return any(c.id != clip.id and c.start < end and c.end > begin for c in t.clips)
    if not taken(track):
        return None, []
    free = [t for t in ctx.project.tracks if t.role == "broll" and t.kind == "video" and not t.locked and not taken(t)]
    if free:
        return free[0], []
    track_id = next_id(ctx.project, "track")
    new = Track(id=track_id, kind="video", role="broll", name="B-roll")
    return new, [step("add_track", {"kind": "video", "role": "broll", "name": "B-roll", "track_id": track_id}, agent="timeline")]


def _only_in_bin(ctx: Ctx, text: str) -> bool:
    """Every media ``text`` names is in the bin with no clip on the timeline: "put" it somewhere places it."""
    from editor_app.planner.media_refs import ranked_mentions

    try:
        named = ranked_mentions(ctx, text, strict=False)
    except Unclear:
        return False
    placed = {c.media_id for c in ctx.project.clips()}
    return bool(named) and not any(m.asset.id in placed for m in named)


def _clip_or_talk(ctx: Ctx, clips) -> None:
    """"get rid of the strawberry bit" names a B-roll clip and a part of the talk alike: ask which,
    rather than remove either ("bit", "part" and "section" are how people name stretches of talk)."""
    t = ctx.text
    if not re.search(r"\b(bit|part|section|segment|moment|passage|stretch)\b", t) or \
            re.search(r"\b(clips?|shots?|footage|photos?|pictures?|images?|videos?|broll|c\d+)\b", t):
        return
    from editor_app.planner.media_refs import media_keys
    from editor_app.planner.meaning import stems
    from editor_app.planner.topics import _rows

    spoken = set().union(*(stems(r["quote"]) for r in _rows(ctx))) if ctx.main_track() else set()
    said = stems(t)
    for clip in clips:
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        shared = media_keys(asset) & said & spoken if asset is not None else set()
        if shared:
            word = sorted(shared)[0]
            raise Unclear(f"Do you mean the clip {ctx.label(clip)}, or the part of the talk about \"{word}\"? "
                          f"Say \"remove the {word} clip\" or \"cut the sentence about {word}\".")


# round 13b (refs6): "cut 3 seconds", "lose a couple of secs": the object is an amount of time, never a clip
# (after "the X clip drags" it is how much to take off X, not X itself).
_AMOUNT_ONLY = re.compile(r"^(?:delete|remove|drop|cut|kill|ditch|lose|trash|erase|take away) (?:(?:another|an extra|about|around|"
                          r"roughly|like|maybe|just|only) )?(?:\d+(?:\.\d+)?|a|one|a couple of|a couple|a few) ?"
                          r"(?:seconds?|secs?|s|frames?|minutes?|mins?)(?: (?:or so|off|out|from (?:it|that|the end)))*$")


def remove_clip(ctx: Ctx) -> Match | None:
    t = re.sub(r"\"[^\"]*\"", '""', ctx.text)  # round 19: the words of a quote ask for nothing ("over 'X and cut it'")
    if not re.search(r"\b(delete|remove|drop|cut|kill|ditch|lose|trash|erase|take away)\b", t) or re.search(r"\bcut (?:to|over to|away to)\b", t):
        return None
    if _AMOUNT_ONLY.match(t.strip(" .!?")):
        return None
    clips = clip_refs(ctx)
    if not clips:
        from editor_app.planner.examples import clip_example

        raise Unclear(f"Which clip should I remove? Name it (e.g. {clip_example(ctx.project)}) or select it.")
    _clip_or_talk(ctx, clips)
    plural = re.search(r"\b(all|both|every|clips|shots)\b", t)
    if len(clips) > 1 and not plural:
        one_clip(ctx, clips, "remove")
    ripple = bool(re.search(r"\b(close|closing|closes) (up )?(the |any |that )?gaps?\b|\bripple\b|\bno gaps?\b|\bshift .*(left|up|back)\b|\bpull .*(up|in)\b", t))
    steps = [step("remove_clip", {"clip_id": c.id, "ripple": ripple}) for c in clips]
    names = ", ".join(ctx.label(c) for c in clips)
    return Match(steps, f"remove {names}" + (" and close the gap" if ripple else ""))
