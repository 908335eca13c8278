"""Follow-ups that only make sense after an earlier turn: "the same for the music", "a bit more".

They read the conversation memory (planner.memory): the last applied edit's message, its
steps and the clips it touched. With no earlier edit they ask rather than guess.
"""

from __future__ import annotations

import copy
import re
from typing import Callable

from editor_app.planner.intents import step
from editor_app.planner.refs import clip_refs, track_ref
from editor_app.planner.types import Ctx, Match, PlanStep, Unclear
from editor_app.planner.vocab import VERBS

_SAME = re.compile(r"^(?:and |now |ok |then |and now )?(?:do |apply )?(?:the )?same(?: thing)?(?: again)? (?:for|to|on|with) (.+)$"
                   r"|^(?:do|apply) (?:that|it|this) (?:to|for|on) (.+?)(?: too| as well)?$"
                   r"|^(?:and )?(.+?) (?:too|as well)$")
_MORE = re.compile(r"^(?:(?P<verb>drop|lower|turn|bring|take|knock|push|pull|nudge|bump|raise|boost|crank) (?:it|that|them)"
                   r"(?: (?P<dir>down|up))? )?"  # round 11b: "drop it a touch more" after a level change
                   r"(?:(?:a )?(?:little |wee |tiny )?(?:bit|little|touch|tad|smidge) |slightly |even |much |a lot |some |just )?"
                   r"more(?: please| again| pls)?$"  # round 12: "little bit more please"
                   r"|^(?:again|do (?:it|that) again|once more|one more time|more of (?:that|the same)|"
                   r"(?:a bit |a little )?further)$")


def _last(ctx: Ctx):
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None or not last.steps:
        raise Unclear("There is no earlier edit in this conversation to repeat. What should I change?")
    return last


def _same_level(message: str, clip) -> float:
    from editor_app.planner.intents import num
    from editor_app.planner.intents.audio import level_change
    from editor_app.planner.text import normalize

    absolute, delta = level_change(normalize(message))
    return num(max(-100.0, min(24.0, absolute if absolute is not None else clip.volume_db + delta)))


# Round 13: "same for the start" after a fade out, "do the same at the end" after a fade in.
_OTHER_END = re.compile(r"^(?:and |now |ok |then |and now )?(?:do |apply )?(?:the )?same(?: thing)?(?: again)? (?:for|to|on|at|with) "
                        r"the (?:very )?(?P<end>start|beginning|intro|opening|end|ending|outro|finish)(?: of (?:it|the \w+))?"
                        r"(?: too| as well| please)?$")
_FLIP = {"fade_in": "fade_out", "fade_out": "fade_in"}


def fade_other_end(ctx: Ctx) -> Match | None:
    """The last edit's fade on the other end of the same clips: a fade in "at the end" is a fade out.
    A fade already at the end said asks nothing new: the same fade again is left to the planner."""
    match = _OTHER_END.match(ctx.text)
    if not match:
        return None
    last = _last(ctx)
    want = "fade_in" if match.group("end") in ("start", "beginning", "intro", "opening") else "fade_out"
    steps = []
    for old in last.steps:
        args = copy.deepcopy(old["args"])
        if old["tool"] == "fade" and args.get("direction") in ("in", "out"):
            args["direction"] = want.removeprefix("fade_")
        elif old["tool"] == "add_effect" and args.get("effect", {}).get("type") in _FLIP:
            args["effect"]["type"] = want
        else:
            return None  # not only fades: "the same at the end" is read as said
        steps.append(step(old["tool"], args, old.get("agent")))
    where = "start" if want == "fade_in" else "end"
    return Match(steps, f"do the same as \"{last.message}\" at the {where}: a {want.replace('_', ' ')}")


def same_for(ctx: Ctx) -> Match | None:
    """'the same for the music': the last edit's steps on other clips or tracks."""
    other_end = fade_other_end(ctx)
    if other_end is not None:
        return other_end
    match = _SAME.match(ctx.text)
    if not match:
        return None
    target = next(g for g in match.groups() if g)
    if match.group(3) is not None and (not re.search(r"\b(clip|shot|music|video|track|c\d+|voice|it|one)\b", target)
                                       or target.split(" ", 1)[0] in VERBS):
        return None  # "... too" after an ordinary instruction ("make it brighter too") is not a follow-up
    last = _last(ctx)
    if all("media_id" in old["args"] and "clip_id" not in old["args"] for old in last.steps if old["tool"] != "add_track"):
        return _same_placement(ctx, last, target)
    placed = _place_then_same(ctx, last, target)
    if placed is not None:
        return placed
    clips = clip_refs(ctx, target, pronoun_ok=False)
    track = track_ref(ctx, target)
    role = "music" if re.search(r"\bmusic\b", target) else "video" if re.search(r"\b(video|picture)\b", target) else None
    _no_picture(ctx, last, clips, target)
    steps: list[PlanStep] = []
    for old in last.steps:
        args = copy.deepcopy(old["args"])
        if "clip_id" in args:
            if not clips:
                raise Unclear(f"Which clip should get the same change? I couldn't tell from \"{target}\".")
            steps.extend(_on_clips(last, old, clips))
        elif "target" in args and (role or clips):
            for new in ([role] if role else [c.id for c in clips]):
                steps.append(step(old["tool"], {**args, "target": new}, old.get("agent")))
        elif "track_id" in args and track is not None:
            steps.append(step(old["tool"], {**args, "track_id": track.id}, old.get("agent")))
        else:
            raise Unclear(f"I can't repeat \"{last.message}\" on {target}; say what should change there.")
    if not steps:
        return None
    return Match(steps, f"do the same as \"{last.message}\" for {target}")


def _place_then_same(ctx: Ctx, last, target: str) -> Match | None:
    """Round 12: "same with the citric acid photo at 0:15" after "make it black and white" on a placed
    clip: a file in the bin with a time is put there first, then changed the same way (the change is
    on the new clip, which a plain "same for X" could not find on the timeline). None when the target
    has no time, or names no single file that is only in the bin."""
    from editor_app.planner import quantities as q
    from editor_app.planner.media_refs import ranked_mentions
    from editor_app.tools import TOOLS, ToolContext

    at = q.time_after(target, "at|from", bare=False)
    if at is None or not all("clip_id" in old["args"] for old in last.steps):
        return None
    name = re.sub(r"\s*\b(?:at|from)\b.*$", "", target).strip()
    try:
        mentions = ranked_mentions(ctx, name if re.match(r"(?:the|my|that|this)\b", name) else f"the {name}", strict=False)
    except Unclear:
        return None
    words = re.sub(r"\b(?:the|my|that|this|clip|shot|one|video|photo|picture|pic|still|footage|file|b-?roll)\b", "", name).split()
    roles = r"\b(?:music|song|talk|talking|voice|speech|narration|main|audio|sound|title|caption|text|track|b-?roll|t\d+|c\d+)\b"
    if not mentions and words and not re.search(roles, name):
        # "same for the blender clip at 0:15" with no such file: never the clip that happens to be at 0:15
        raise Unclear(f"I can't find {name if name.startswith(('the ', 'my ')) else 'the ' + name} in this project, "
                      "so I changed nothing. Which clip do you mean?")
    if len({m.asset.id for m in mentions}) != 1:
        return None
    asset = mentions[0].asset
    if any(c.media_id == asset.id for c in ctx.project.clips()):
        return None  # on the timeline already: "the same for X" means that clip (read below)
    place = step("place_broll", {"media_id": asset.id, "start": at}, "timeline")
    scratch = ctx.project.clone()
    before = {c.id for c in scratch.clips()}
    from editor_app.model.history import apply_all

    apply_all(scratch, TOOLS.find("place_broll").call(ToolContext(scratch, None), place.args))
    made = [c for c in scratch.clips() if c.id not in before and c.media_id == asset.id]
    if len(made) != 1:
        return None
    steps = [place] + [s for old in last.steps for s in _on_clips(last, old, made)]
    from editor_app.planner.intents import clock

    return Match(steps, f"put {asset.name} at {clock(at)} and do the same as \"{last.message}\" to it")


def _on_clips(last, old: dict, clips) -> list[PlanStep]:
    """The last turn's step ``old`` on each of ``clips``; a volume step keeps its change from each clip's own level."""
    out = []
    for clip in clips:
        args = {**copy.deepcopy(old["args"]), "clip_id": clip.id}
        if old["tool"] == "set_volume":  # "down 4 dB" is 4 dB down from this clip's own level
            args["db"] = _same_level(last.message, clip)
        out.append(step(old["tool"], args, old.get("agent")))
    return out


def _no_picture(ctx: Ctx, last, clips, what: str) -> None:
    """A picture effect repeated on a sound ("blur the X clip" ... "and the music") asks instead (round 10)."""
    picture = any(s["tool"] == "add_effect" and s["args"].get("effect", {}).get("type") not in ("fade_in", "fade_out", "normalize")
                  for s in last.steps)
    if picture and any(ctx.track_of(c).kind == "audio" for c in clips):
        raise Unclear(f"{what[:1].upper() + what[1:]} is sound, with no picture to change the same way. Which clip do you mean?")


def _to_level(message: str) -> str | None:
    """"up" or "down" when the last edit set a volume to a level ("turn the music down to -18 dB"),
    else None: more of it goes on the same way from there."""
    from editor_app.planner.text import normalize

    t = normalize(message)
    # round 12: "music down to -24" is a level too: a negative number said after "to" is never a time or a speed
    if not re.search(r"\b(?:to|at) (?:-?\d+(?:\.\d+)?\s*db\b|-\d+(?:\.\d+)?(?![\d.:%x]))", t):
        return None
    if re.search(r"\b(lower|quieter|softer|quieten|down|reduce|decrease|drop|duck)\b", t):
        return "down"
    if re.search(r"\b(louder|raise|up|boost|increase)\b", t):
        return "up"
    return None


# Round 13: a place said in the talk's words or as a part of the video ("when I say one screw was
# missing", "over the bit about the dowels", "at the end"): not a time to copy into the last step.
_SPOKEN_PLACE = re.compile(r"\b(?:when|where|while|as|once|after|before|during) (?:i|i'm|im|you|we|he|she|they|it)\b"
                           r"|\b(?:over|during|under|for|on|in) (?:the|my) (?:bit|part|section|line|sentence|moment|intro|outro|"
                           r"start|end|beginning|ending)\b|\bat the (?:very )?(?:start|end|beginning|ending)\b")


def _placed_where_said(ctx: Ctx, last, target: str) -> Match:
    """"the same for the fittings photo when I say one screw was missing" after a placement: that file
    put where the words say, planned as a placement of its own. Copying the last step would put it
    where the last one went and cover it (round 13: the place said was dropped). Asks when the
    placement cannot be planned."""
    from editor_app.planner.core import plan

    planned = plan(f"put {target}", ctx.project, selection=tuple(ctx.selection), playhead=ctx.playhead, search=ctx.search)
    if not planned.understood or planned.special or not planned.steps \
            or not all(s.tool in ("place_broll", "insert_clip", "overwrite_clip", "add_track") for s in planned.steps):
        raise Unclear(planned.reply if not planned.understood and planned.reply
                      else f"Where should {target} go? Say a time, e.g. \"at 0:20\".")
    said = planned.reply.split("\n")[0].removeprefix("I'll ").rstrip(".")
    return Match(planned.steps, said or f"do the same as \"{last.message}\" with {target}")


def _same_placement(ctx: Ctx, last, target: str) -> Match | None:
    """"now do the same with the portra one at 16" after placing a still: place that media the same way,
    at the time said (else where the last one went)."""
    from editor_app.planner import quantities as q
    from editor_app.planner.media_refs import ranked_mentions

    if _SPOKEN_PLACE.search(target):
        return _placed_where_said(ctx, last, target)

    mentions = ranked_mentions(ctx, target if re.match(r"(?:the|my|that|this)\b", target) else "the " + target, strict=False)
    if not mentions:
        raise Unclear(f"Which media should go in the same way? I couldn't tell from \"{target}\".")
    if len({m.position for m in mentions[:2]}) < min(2, len(mentions)):
        raise Unclear(f"Which one do you mean: {' or '.join(m.asset.name for m in mentions[:2])}?")
    asset = mentions[0].asset
    at = q.time_after(target, "at|from|to", bare=True)
    if at is None:
        found = q.times(target)
        at = found[0].seconds if found else None
    steps: list[PlanStep] = []
    for old in last.steps:
        if old["tool"] == "add_track":
            continue
        args = {**copy.deepcopy(old["args"]), "media_id": asset.id}
        if at is not None and "start" in args:
            args["start"] = at
        steps.append(step(old["tool"], args, old.get("agent")))
    return Match(steps, f"do the same as \"{last.message}\" with {asset.name}") if steps else None


def more(ctx: Ctx, replan: Callable[[str, tuple[str, ...]], list[PlanStep]]) -> Match | None:
    """'a bit more' / 'again': the last edit's instruction once more, on the clips it touched."""
    match = _MORE.match(ctx.text)
    if not match:
        return None
    last = _last(ctx)
    gentle = bool(re.search(r"\b(bit|little|touch|tad|slightly)\b", ctx.text))
    deeper = deeper_duck(last, gentle)
    if deeper is not None:  # round 17 (lead): "more" after ducking ducks deeper, not the same depth again
        return deeper
    message = last.message
    level = _to_level(message)
    said = match.groupdict().get("verb") and all(s["tool"] == "set_volume" for s in last.steps)
    if said and all(s["tool"] == "set_volume" for s in last.steps):  # "music to -20" ... "drop it a touch more"
        up = match.group("dir") == "up" or (match.group("dir") is None and said in ("raise", "boost", "crank"))
        level = "up" if up else "down"
    if level is not None:  # "a bit more" after "down to -18 dB": further the same way, not to -18 again
        message = f"turn it {level} by {3 if gentle else 6} dB"
    elif gentle:  # "a bit more" after "down 6 dB": half the step again, not the same amount
        amount = re.search(r"(-?\d+(?:\.\d+)?)\s*(db|%|percent)\b", message, flags=re.I)
        if amount:
            half = f"{float(amount.group(1)) / 2:g}"
            message = message[: amount.start(1)] + half + message[amount.end(1):]
        else:
            message += " slightly"
    steps = replan(message, tuple(last.clip_ids))
    if not steps:
        raise Unclear(f"I can't repeat \"{last.message}\". What should I change?")
    if said or level is not None:
        return Match(steps, f"turn it {level} by {3 if gentle else 6} dB more")
    return Match(steps, f"repeat \"{last.message}\"" + (" a little" if gentle else ""))


def deeper_duck(last, gentle: bool) -> Match | None:
    """The last edit ducked the music: the same ducking 6 dB deeper (3 for "a bit"), else None."""
    from editor_app.planner.intents import num, step

    if not last.steps or any(s["tool"] != "duck_music" for s in last.steps):
        return None
    depth = float(last.steps[-1]["args"].get("duck_db", -18))
    new = max(-60.0, depth - (3 if gentle else 6))
    if new == depth:
        raise Unclear(f"The music is already ducked by {abs(depth):g} dB, as far as it goes. Mute it under the talk instead?")
    return Match([step("duck_music", {"duck_db": num(new)})], f"duck the music deeper, by {abs(new):g} dB under the speech")


# "and the long pauses too", "and the second rinse one at 0:40", "plus the big gaps": a follow-up that
# names only another thing; the action is the last turn's (round 10).
_AND = re.compile(r"^(?:and|plus|now|also|then|oh and|and also|and now|and then)[ ,]+(?:(?:do|with|for) )?(?P<what>.+?)"
                  r"(?: too| as well| also)?$")
# Tools that take something out of the talk: "and X too" after one of them takes X out as well.
_CUTS = frozenset({"remove_fillers", "remove_silences", "shorten_pauses", "cut_range", "cut_words", "remove_retakes"})


def also(ctx: Ctx, replan: Callable[[str, tuple[str, ...]], list[PlanStep]]) -> Match | None:
    """The last turn's action on the thing this follow-up names; None when it names an action of its own
    or the thing cannot be told (the ordinary intents then read it)."""
    if ctx.memory is None:
        return None
    said = re.sub(r",\s*(?=\d+:\d)", " at ", ctx.text.strip(" .!?"))  # round 11b: "the after clip, 2:10" is "... at 2:10"
    match = _AND.match(said) or _TOO.match(said)  # round 11b: "the long gaps as well" after a cut
    bare = _BARE_NOUN.match(said) or _BARE_NOUN_AT.match(said)  # "now the toothbrush one": "now" is dropped as filler
    if match is None and bare is None:
        return None
    what = (match.group("what") if match else said).strip(" .!?")
    first = what.split(" ", 1)[0]
    if first in VERBS or re.fullmatch(r"(?:it|that|this|them|those|these)\b.*", what) or not re.match(r"(?:the|my|all|any|every|those|these|\w+)\b", what):
        return None
    last = ctx.memory.last_edit()
    if last is None or not last.steps:
        return None
    tools = {s["tool"] for s in last.steps}
    if all("clip_id" in s["args"] for s in last.steps):  # "blur the X clip" ... "now the toothbrush one"
        return _same_on_clips(ctx, last, what)
    if match is None and not _BARE_NOUN_AT.match(said):
        return None
    if tools <= _CUTS and match is not None:  # "remove the ums" ... "and the long pauses too": take those out as well
        from editor_app.planner.complaints import _SILENCE

        steps = replan(f"remove {what}", ()) or (replan("remove the silences", ()) if re.search(rf"\b{_SILENCE}", what) else [])
        if steps and {s.tool for s in steps} <= _CUTS:
            return Match(steps, f"remove {what} as well")
        return None
    placed = all("media_id" in s["args"] and "clip_id" not in s["args"] for s in last.steps if s["tool"] != "add_track")
    if placed and re.search(r"\b(?:at|from|@|around) \d", what):  # a time said; "at the end" is the B-roll intent's
        from editor_app.planner.media_refs import ranked_mentions

        name = re.sub(r"\b(?:1|one)\b(?= (?:at|from|over|on|to|@|around)\b|$)", "clip", what)
        name = name if re.match(r"(?:the|my)\b", name) else "the " + name
        try:
            mentions = ranked_mentions(ctx, name, strict=False)
        except Unclear:
            return None
        if mentions and (len(mentions) == 1 or len({m.asset.id for m in mentions}) == 1
                         or mentions[0].position != mentions[1].position):
            return _same_placement(ctx, last, name)
        asset = _described_one(ctx, name)  # "the second rinse one": the one media its own words describe best
        if asset is None:
            return None  # no media, or two alike: let the ordinary intents read (and ask)
        at = re.search(r" (?:at|from|over|on|to|@|around) .*$", name)
        return _same_placement(ctx, last, asset.name + (at.group(0) if at else ""))
    return None


# "the long gaps as well", "those coughs too": another thing, with no lead word, after a cut (round 11b).
_TOO = re.compile(r"^(?P<what>(?:the|those|these|any|all the) .+?) (?:too|as well|also)$")
# "the after clip at 2:10": another media and a time, with no lead word (round 11b).
_BARE_NOUN_AT = re.compile(r"^(?:the|my|that|this) (?:[a-z0-9_.'-]+ ){0,3}(?:1|one|clip|shot|footage|video|photo|picture|still)"
                           r" (?:at|from|@|around) \d[\d:.]*(?: ?(?:s|secs?|seconds?))?$")
_BARE_NOUN = re.compile(r"^(?:the|my|that|this) (?:[a-z0-9_.'-]+ ){0,3}(?:1|one|clip|shot|footage|video|photo|picture|still)$")


def _same_on_clips(ctx: Ctx, last, what: str) -> Match | None:
    """The last clip change on the clips ``what`` names (not those it changed already); None when it names none."""
    name = re.sub(r"\b(?:1|one)$", "clip", what)
    try:
        clips = clip_refs(Ctx(name, ctx.project, ctx.selection, ctx.playhead, ctx.search), name, pronoun_ok=False)
    except Unclear:
        return None
    clips = [c for c in clips if c.id not in set(last.clip_ids)]
    if not clips:
        return None
    _no_picture(ctx, last, clips, what)
    steps = [s for old in last.steps for s in _on_clips(last, old, clips)]
    return Match(steps, f"do the same as \"{last.message}\" for {', '.join(ctx.label(c) for c in clips)}")


def _described_one(ctx: Ctx, name: str):
    """The one media whose description, tags and name hold the most words of ``name`` (before a time), else None."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.media_ties import best_described
    from editor_app.planner.meaning import stems

    noun = re.split(r" (?:at|from|over|on|to|@|around) ", name, maxsplit=1)[0]
    words = stems(re.sub(r"\b(?:the|my|clip|one|shot|video|footage)\b", " ", noun))
    found = best_described(set(words), [a for a in ctx.project.media.values() if a.kind in ("video", "image")], own_words)
    return found[0] if len(found) == 1 else None


# round 18 (lead): "lower", "lower it", "still too loud, lower", "bit higher" right after a level was set: the same
# clip quieter or louder (alone, "lower" may move a title down or mean nothing; after a level it is the level)
_BARE_LEVEL = re.compile(r"^(?:(?:still|way|a bit|bit|kinda) )*(?:too (?:loud|quiet|soft|low|high)[,.!]* )?"
                         r"(?:(?:and |so |pls |please )*)(?P<dir>lower|higher|down|up)(?: it| that| them)?"
                         r"(?: (?:a (?:bit|little|touch|tad)|more|again|please|pls|still))*[.!]*$")


def bare_level(text: str, memory) -> str | None:
    """"quieter" / "louder" for a bare "lower" / "higher" said right after a volume change; else None."""
    m = _BARE_LEVEL.match(text.strip())
    last = memory.last_edit() if memory is not None else None
    if m is None or last is None or not last.steps or not all(s.get("tool") == "set_volume" for s in last.steps):
        return None
    way = "quieter" if m.group("dir") in ("lower", "down") else "louder"
    degree = re.search(r"\b(?:a |bit |little |touch |tad )+(?=\S|$)|\bbit\b", text[m.start("dir"):] + " " + text[:m.start("dir")])
    return f"a bit {way}" if degree else way  # "down a touch": a small step, as "a bit quieter" is


# round 19: "make the fade longer, like 4 seconds" right after a fade: the same fade, that long ("fade in or out?" before)
_FADE_LENGTH = re.compile(r"^(?:(?:can|could) you )?(?:make |have )?(?:the |that |those |both )?fades? (?:a (?:bit|lot|little) )?"
                          r"(?P<how>longer|shorter|slower|quicker|faster|more gradual|gentler|softer)"
                          r"(?:,? (?:like|about|say|to|maybe|around)? ?(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?))?[.!]*$")


def fade_length_again(text: str, memory) -> str | None:
    """The last fade's request said again with the new length; None when the last edit made no fade."""
    m = _FADE_LENGTH.match(text.strip())
    last = memory.last_edit() if memory is not None else None
    if m is None or last is None or not last.steps or not all(s.get("tool") == "fade" for s in last.steps):
        return None
    old = max(float(s.get("args", {}).get("duration", 2) or 2) for s in last.steps)
    if m.group("n"):
        length = float(m.group("n"))
    else:
        length = old * 2 if m.group("how") in ("longer", "slower", "more gradual", "gentler", "softer") else old / 2
    said = re.sub(r"\s+(?:over|for|in) (?:about )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b", "", last.message.strip(" .!?"))
    return f"{said} over {length:g} seconds"
