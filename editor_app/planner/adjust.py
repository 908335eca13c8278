"""Follow-ups that correct or extend the last edit: "bring it back up a little", "the other one at 1:22".

Why: after an edit people react to it instead of restating it. "Too much, bring it back up a
little" after a volume change means part of the way back, not a new level out of nowhere;
"and the other GoPro one at 1:22" after placing one of two GoPro clips means the one that was
not placed, put in the same way. Both read the conversation memory (planner.memory): the last
applied edit's steps, reply and clips. Nothing is guessed: with no earlier edit, or one these
cannot adjust, they ask.
"""

from __future__ import annotations

import copy
import re

from editor_app.planner.intents import num, step
from editor_app.planner.types import Ctx, Match, PlanStep, Unclear

_BACK = re.compile(r"^(?:(?:bring|turn|put|take|dial|move|set|knock|pull|push) (?:it|that|them) back"
                   r"(?: (?P<dir>up|down))?|(?:(?:go|come|move|nudge it|bump it|take it) )?back (?P<dir2>up|down)|back (?:it )?off|ease (?:it )?off|"
                   r"tone (?:it|that) down|dial (?:it|that) back|(?:(?:a )?(?:bit|little|touch|tad) )?less(?: of (?:it|that))?|"
                   r"not (?:so|that) much|halfway back|undo half(?: of it)?|(?:that's |that is |way |far |a bit |a little )*"
                   r"too (?:much|far|strong)|overdone|overkill)"
                   r"(?: (?P<how>a (?:bit|little|touch|tad)|slightly|some|halfway|partway))?(?: please)?$")
# round 16: the article may be dropped ("bit less"), as "bit more" already is (followups._MORE)
# "put the speed back to normal", "normal speed again", "reset the volume": undo one kind of change.
_RESET = re.compile(r"^(?:(?:put|set|bring|take|turn|change|make|get|switch|return|have|go) )?(?:(?:the|its|it's|their|that|it|them|"
                    r"the clip's|this) )*(?P<what>speed|volume|level|loudness)?(?: (?:of )?(?:it|that|them|the clip))? ?"
                    r"(?:back )?(?:to )?(?:normal|regular|original|the original|how it was|what it was|as it was|default|1x|100%)"
                    r"(?: (?P<what2>speed|volume|level))?(?: again| please| thanks)*$"
                    r"|^reset (?:the |its )?(?P<what3>speed|volume|level)$")
_WAS = re.compile(r"\bto ([+-]?\d+(?:\.\d+)?) ?db \(was ([+-]?\d+(?:\.\d+)?)\)", re.I)
_OTHER = re.compile(r"^(?:and |now |then |ok |also )*(?:do |put |place |add |use |same for |same with )?(?:the|that) other "
                    r"(?P<what>(?:[a-z0-9_.&'-]+ ){0,3}?)(?:1|one|clip|shot|photo|picture|video|footage|still|image)"
                    r"(?P<rest>(?: (?:at|from|over|to|in|on|for|around|near) .+| \d.+| too| as well)?)$")


def followup(ctx: Ctx) -> Match | None:
    """A correction of the last edit, or the same edit for "the other" of two similar media."""
    if ctx.memory is None:
        return None
    t = ctx.text.strip(" .!?")
    reset = _RESET.match(re.sub(r"^(?:(?:no|nah|nope|actually|ok|okay|hmm+|wait|right|and|oh)[ ,]+)+", "", t))
    if reset:
        what = reset.group("what") or reset.group("what2") or reset.group("what3") or _last_kind(ctx)
        if what is not None:
            return _reset(ctx, "volume" if what in ("level", "loudness") else what)
    back = _BACK.match(t)
    if back:
        return _back_off(ctx, back.group("dir") or back.group("dir2"), back.group("how") or "")
    other = _OTHER.match(t)
    if other and ctx.memory.last_edit() is not None:  # round 16: with no edit before, "the other X" is read by media_refs
        return _the_other(ctx, other.group("what").strip(), other.group("rest").strip())
    from editor_app.planner.value_instead import value_instead

    return _where_or_how_long(ctx, t) or value_instead(ctx)  # round 16: "actually -18" after a level change


# Round 11b: after a clip or title was placed, people correct where it went or how long it stays
# without naming it again: "hmm no, 2:20 instead", "shift the text to 0:57", "can it stay on screen 5 secs".
_LEAD = r"^(?:(?:hmm+|no|nah|nope|actually|wait|ok|okay|oh|sorry|sure|right|and|so|please|can you|could you)[ ,]+)*"
# A clock time ("2:20 instead") or a time after "at"/"to"; "make it 5 seconds instead" is a length (intents.length).
_INSTEAD = re.compile(_LEAD + r"(?:(?:put|move|have|do|try|place) (?:it|that|this) )?"
                      r"(?P<at>\d+:\d[\d:.]*|(?:at|to|around|from) \d[\d:.]*(?: ?(?:s|secs?|seconds?))?)(?: instead| then| please)+$")
_TITLE_NOUN = r"(?:text|title|caption|words|heading|lower third|card|overlay|subtitle)"
_TITLE_MOVE = re.compile(_LEAD + r"(?:move|shift|slide|nudge|push|put|bring|drag|start) (?:the|that|this|my) " + _TITLE_NOUN
                         + r" (?:to|at|so it starts at|over to) (?P<at>\d[\d:.]*(?: ?(?:s|secs?|seconds?))?)(?: instead| please)?$")
_STAY = re.compile(_LEAD + r"(?:(?:can|could|should|will) (?:it|that|the \w+) |(?:keep|leave|have|let) (?:it|that|the \w+) |"
                   r"(?:make|let) (?:it|that|the \w+) )?(?:stay|be|hold|sit|last|remain|show|up|there|on screen|on|visible)"
                   r"(?: (?:on screen|up|there|on|visible|around))?(?: for)?(?: (?:about|around|like|a good))? "
                   r"(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)(?: instead| please| long| longer)?$")


def _where_or_how_long(ctx: Ctx, t: str) -> Match | None:
    """The clip or title the last turn made, moved to the time said or held on screen for the length said."""
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None or not last.steps:
        return None
    made = {s.get("tool") for s in last.steps} & {"add_title", "place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip"}
    if not made:
        return None
    from editor_app.planner.intents.retitle import _the_title
    from editor_app.planner.quantities import times

    instead, moved, stay = _INSTEAD.match(t), _TITLE_MOVE.match(t), _STAY.match(t)
    if not (instead or moved or stay):
        return None
    clips = [found[1] for i in last.clip_ids if (found := ctx.project.find_clip(i)) is not None]
    if moved:
        clip = _the_title(ctx)
    elif len(clips) == 1:
        clip = clips[0]
    else:
        return None
    if stay:
        length = float(stay.group("n"))
        return Match([step("trim_clip", {"clip_id": clip.id, "end": num(ctx.sec(clip.start) + length)})],
                     f"keep {ctx.label(clip)} on screen for {length:g} s")
    said = times(re.sub(r"^(?:at|to|around|from) ", "", (instead or moved).group("at")))
    if not said:
        return None
    at = said[0].seconds
    return Match([step("move_clip", {"clip_id": clip.id, "start": num(at)})], f"move {ctx.label(clip)} to {_clock(at)}")


def _clock(seconds: float) -> str:
    from editor_app.planner.intents import clock

    return clock(seconds)


def _last(ctx: Ctx):
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None or not last.steps:
        raise Unclear("There is no earlier edit in this conversation to adjust. What should I change?")
    return last


def _back_off(ctx: Ctx, direction: str | None, how: str) -> Match:
    """Part of the way back from the last volume or speed change (a little: 3 dB, or half a speed step)."""
    last = _last(ctx)
    gentle = bool(re.search(r"bit|little|touch|tad|slightly", how + " " + ctx.text))
    steps: list[PlanStep] = []
    says: list[str] = []
    was = {float(a): float(b) for a, b in _WAS.findall(last.reply or "")}
    for old in last.steps:
        args = old.get("args", {})
        found = ctx.project.find_clip(args.get("clip_id", "")) if args.get("clip_id") else None
        if old.get("tool") == "set_volume" and found is not None:
            clip = found[1]
            now = float(clip.volume_db)
            before = was.get(float(args.get("db", now)))
            toward = (1.0 if before > now else -1.0) if before is not None and before != now else \
                (1.0 if direction == "up" else -1.0 if direction == "down" else 0.0)
            if toward == 0.0:
                raise Unclear(f"Back up or down? {ctx.label(clip)} is at {now:g} dB now.")
            amount = 3.0 if gentle or before is None else abs(before - now) / 2
            level = now + toward * amount
            if before is not None:
                level = min(level, before) if toward > 0 else max(level, before)
            steps.append(step("set_volume", {"clip_id": clip.id, "db": num(level)}))
            says.append(f"set {ctx.label(clip)} to {num(level):g} dB (was {now:g})")
        elif old.get("tool") == "set_speed" and found is not None:
            clip = found[1]
            now = float(clip.speed)
            speed = now + (1.0 - now) / 2  # halfway back to normal speed
            if abs(speed - now) < 1e-6:
                raise Unclear(f"{ctx.label(clip)} plays at normal speed already.")
            steps.append(step("set_speed", {"clip_id": clip.id, "speed": num(speed)}))
            says.append(f"play {ctx.label(clip)} at {num(speed):g}x (was {now:g}x)")
        elif old.get("tool") == "duck_music":
            depth = float(args.get("duck_db", -18)) / 2
            steps.append(step("duck_music", {**copy.deepcopy(args), "duck_db": num(depth)}, old.get("agent")))
            says.append(f"duck the music by {abs(depth):g} dB instead")
    if not steps:
        raise Unclear(f"I can take back part of a volume, speed or ducking change; \"{last.message}\" was none of "
                      "those. Say how it should be instead, or \"undo\" to take it back.")
    return Match(steps, ", ".join(says))


def _last_kind(ctx: Ctx) -> str | None:
    """"put it back to normal": the speed or the volume, whichever the last edit changed (else None)."""
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    tools = {s.get("tool") for s in last.steps} if last is not None else set()
    return "speed" if "set_speed" in tools else "volume" if "set_volume" in tools else None


def _reset(ctx: Ctx, what: str) -> Match:
    """The speed or level of the clips an earlier turn changed, back to where it was before that turn
    (speed: normal, 1x). Reads back through the conversation to the last change of that kind."""
    tools = ("set_speed",) if what == "speed" else ("set_volume",)
    turns = [t for t in ctx.memory.turns() if t.applied and t.kind == "edit"] if ctx.memory is not None else []
    for turn in reversed(turns):
        changed = [s for s in turn.steps if s.get("tool") in tools]
        if not changed:
            continue
        steps, says = [], []
        was = {float(a): float(b) for a, b in _WAS.findall(turn.reply or "")}
        for old in changed:
            found = ctx.project.find_clip(old.get("args", {}).get("clip_id", ""))
            if found is None:
                continue
            clip = found[1]
            if what == "speed":
                steps.append(step("set_speed", {"clip_id": clip.id, "speed": 1}))
                says.append(f"play {ctx.label(clip)} at normal speed (was {float(clip.speed):g}x)")
                continue
            before = was.get(float(old["args"].get("db", clip.volume_db)))
            if before is None:
                raise Unclear(f"I don't know what level {ctx.label(clip)} had before; say the level, e.g. \"set it to -12 dB\".")
            steps.append(step("set_volume", {"clip_id": clip.id, "db": num(before)}))
            says.append(f"set {ctx.label(clip)} back to {before:g} dB (was {float(clip.volume_db):g})")
        if steps:
            return Match(steps, ", ".join(says))
    raise Unclear(f"No earlier change in this conversation set a {what}. Which clip do you mean?")


def _the_other(ctx: Ctx, what: str, rest: str) -> Match:
    """The media like the last one placed or changed ("the other GoPro one") that it was not."""
    from editor_app.planner.followups import _same_placement
    from editor_app.planner.media_refs import _shot_words, camera_prefix, ranked_mentions

    last = _last(ctx)
    used = {s["args"].get("media_id") for s in last.steps if s.get("args", {}).get("media_id")}
    for s in last.steps:
        found = ctx.project.find_clip(s.get("args", {}).get("clip_id", "")) if s.get("args", {}).get("clip_id") else None
        if found is not None and found[1].media_id:
            used.add(found[1].media_id)
    if not used:
        raise Unclear("The other what? The last change did not place or change a clip from the bin.")
    assets = [ctx.project.media[m] for m in used if m in ctx.project.media]
    pool = []
    if what:
        mentions = ranked_mentions(ctx, f"the {what} clip", strict=False)
        pool = [m.asset for m in mentions if m.asset.id not in used]
    if not pool and (not what or _shot_words(what)):  # "the other one", "the other GoPro one": by its camera prefix
        prefixes = {camera_prefix(a.name) for a in assets} - {None}
        pool = [a for a in ctx.project.media.values() if a.id not in used and prefixes
                and camera_prefix(a.name) in prefixes]
        if not any(a.words or a.transcript for a in assets):  # round 13b: B-roll's other one is not the recorded talk
            pool = [a for a in pool if not (a.words or a.transcript)]
    pool = list({a.id: a for a in pool}.values())
    if len(pool) != 1:
        names = " or ".join(a.name for a in pool[:3])
        raise Unclear(f"Which one do you mean{': ' + names if names else ''}? Name it, e.g. \"put {pool[0].name if pool else 'it'} "
                      "at 1:20\".")
    asset = pool[0]
    placed = all("media_id" in s["args"] and "clip_id" not in s["args"] for s in last.steps if s["tool"] != "add_track")
    if placed and not re.search(r"\d|\b(?:start|end|beginning|middle|halfway|over|too|as well)\b", rest):
        raise Unclear(f"Do you want {asset.name} instead of the clip I just placed (say \"use {asset.name} instead\"), "
                      f"or as well, somewhere else (e.g. \"and the other one at 1:20\")?")
    if placed:
        match = _same_placement(ctx, last, f"{asset.name} {rest}".strip())
        if match is None:
            raise Unclear(f"Where should {asset.name} go?")
        return match
    clips = [c for c in ctx.project.clips() if c.media_id == asset.id]
    if not clips:
        raise Unclear(f"{asset.name} is not on the timeline yet, so there is no clip of it to change the same way.")
    steps = []
    for old in last.steps:
        if "clip_id" not in old["args"]:
            continue
        for clip in clips:
            steps.append(step(old["tool"], {**copy.deepcopy(old["args"]), "clip_id": clip.id}, old.get("agent")))
    if not steps:
        raise Unclear(f"I can't repeat \"{last.message}\" on {asset.name}; say what should change there.")
    return Match(steps, f"do the same as \"{last.message}\" for {asset.name}")
