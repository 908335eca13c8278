"""Times, ranges and extra parts said the way people talk, rewritten into the planner's plain forms.

Why: "one minute fifty seven in", "roughly in the middle, put X", "I want it to stop at 1:30",
"the whole second half", "everything from the milk part onwards", "X at 1:13, in black and
white" each name a time, a range or a second edit that the intents already know in a plainer
wording. Rewriting keeps one planner path (and so one safety review) for each kind of edit:
a cut said in words is still a cut_range that the turn's review confirms when it removes much.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Unclear
from editor_app.planner.vocab import VERBS

_MINUTES = re.compile(r"\b(\d+) ?(?:minutes?|mins?|m) (?:and )?(\d{1,2})(?: ?(?:seconds?|secs?|s))?(?= in\b| into\b)")
_IN = re.compile(r"^(?P<what>.+?) (?:at )?(?P<t>\d+:\d\d(?:\.\d+)?) (?:in|into (?:the video|it))$")
_POSITION = re.compile(r"^(?:(?:roughly|about|around|somewhere|right|just|approximately|more or less) )*"
                       r"(?P<where>in the middle(?: of (?:the|my) (?:video|talk|edit))?|halfway(?: through)?|"
                       r"at the (?:very )?(?:start|beginning|end)|(?:at|around|about) \d[\d:.]*(?: ?(?:seconds?|s))?(?: in)?)$")
_PLACE_VERB = re.compile(r"^(?:put|place|add|drop|stick|pop|insert|show|use|throw|slot|lay) ")
_STOP_AT = re.compile(r"^(?:i(?:'d| would)? (?:want|like|need) (?:it|the video|this|the whole thing|the edit) to|"
                      r"(?:it|this|the video|the edit) (?:should|must|needs to|has to|ought to)) "
                      r"(?:stop|end|finish|wrap up|be over) (?P<how>at|after|by) (?P<t>.+)$")
_END_IT = re.compile(r"^(?:(?:have|let|make) (?:it|this) (?:stop|end|finish)|(?:end|stop|finish) (?:it|this|things)(?: off)?) "
                     r"(?P<how>at|after) (?P<t>.+)$")
_SAYS = re.compile(r"^(?:i|she|he|they|we)(?:'ve| have| has)? (?:says?|said|tells?|told|finish(?:es)? saying)\b")
_CAN_GO = re.compile(r"^(?P<what>(?:everything|all|the rest) (?:after|from|before|past|following) .+?) "
                     r"(?:can|could|has to|have to|should|must|needs to|need to) go(?: away)?$")
_WHOLE_HALF = re.compile(r"\bthe (?:whole|entire) (first|second|last|latter|front|back) half\b")
_PART = re.compile(r"\b(?:the )?(?P<edge>first|opening|last|final|closing) (?P<n>quarter|third|fifth|tenth)\b")
_SHARE = {"quarter": 4, "third": 3, "fifth": 5, "tenth": 10}
_REMOVE = r"(?:cut|remove|delete|drop|lose|get rid of|chop|scrap|trim|take out|kill|snip|ditch)"
_ONWARDS = re.compile(rf"^{_REMOVE} (?:off )?(?:everything|all|the rest)(?: of (?:it|the video))? (?:from|after|past|following) "
                      r"(?:where i (?:start )?(?:talk(?:ing)? about|get to|mention|say)|(?:when|once) i (?:start )?"
                      r"(?:talk(?:ing)? about|get to)|the (?:bit|part|section|point) (?:about|on|where i talk about)|the )"
                      r"(?P<topic>.+?)(?: (?:part|bit|section|stuff|talk))? ?(?:onwards?|on|to the end|till the end|"
                      r"until the end)?$")
_BEFORE = re.compile(rf"^{_REMOVE} (?:everything|all) (?:before|up to|until) (?:where i (?:start )?(?:talk(?:ing)? about|"
                     r"get to|mention)|(?:when|once) i (?:start )?(?:talk(?:ing)? about|get to)|the (?:bit|part|section) "
                     r"(?:about|on)|the )(?P<topic>.+?)(?: (?:part|bit|section|stuff))?$")
_AT_SPEED = re.compile(r"^(?!(?:play|run|have|put|set|make|get)\b)(?P<what>(?:the |my |that |this )?[a-z0-9_. -]+? "
                       r"(?:clip|shot|footage|video|one))(?:,)? (?:at|to) "
                       r"(?P<n>\d+(?:\.\d+)?) ?x(?: speed)?$")
_SLOW_MOVE = re.compile(r"\b(?:(?:slow|gentle|gradual|subtle) )?push-in(?: on)?\b|\b(?:slow|gentle|gradual|subtle) push in(?: on)?\b"
                        r"|\b(?:slow|gentle|gradual|subtle) (zoom(?: in)?|ken burns)\b")
_MAIN = re.compile(r"\bthe main (?:talk|talking|video|recording|footage|camera|clip|take|a-roll)\b(?! track)")
_EXTRA = re.compile(r"^(?P<head>.+\S), (?:and |but )?(?:in|as|make it|made|turned|with it in) "
                    r"(?P<look>black and white|b&w|greyscale|grayscale|monochrome|sepia|slow motion|slow-mo|slowmo)$"
                    r"|^(?P<head2>.+\S), (?:and )?(?:at |played at )?(?P<speed>half speed|double speed|\d+(?:\.\d+)? ?x(?: speed)?|"
                    r"slowed down|sped up)$")


def rewrite(clause: str, following: str | None, ctx: Ctx) -> tuple[list[str], bool] | None:
    """The plain instruction(s) for ``clause`` and whether ``following`` was folded in, or None."""
    t = clause
    changed = False
    said = _MINUTES.sub(lambda m: f"{m.group(1)}:{int(m.group(2)):02d}" if int(m.group(2)) < 60 else m.group(0), t)
    if said != t:
        t, changed = said, True
    inside = _IN.match(t)
    if inside and not re.search(r"\b(?:cut|split|remove|delete|trim)\b", t):  # "backflush clip 1:57 in"
        t, changed = f"put {inside.group('what')} at {inside.group('t')}", True
    at_speed = _AT_SPEED.match(t)
    if at_speed and t.split(" ", 1)[0] not in VERBS:  # "steam clip at 2x speed": a speed, not "the clip at 0:02"
        value = float(at_speed.group("n"))
        t, changed = f"make {at_speed.group('what')} {value:g}x speed", True
    if _SLOW_MOVE.search(t):  # "a slow push-in on the still": a camera move, not a speed
        t, changed = _SLOW_MOVE.sub(lambda m: m.group(1) or ("zoom on" if m.group(0).endswith(" on") else "zoom"), t), True
    if _MAIN.search(t):
        t, changed = _MAIN.sub("the talk", t), True
    if _WHOLE_HALF.search(t):
        t, changed = _WHOLE_HALF.sub(r"the \1 half", t), True
    position = _POSITION.match(t)
    if position and following and _PLACE_VERB.match(following):  # "roughly in the middle, put the bag still"
        where = position.group("where")
        where = "halfway through" if "middle" in where or "halfway" in where else where
        return [f"{following} {where}"], True
    can_go = _CAN_GO.match(t)
    if can_go:  # "everything after the tomato part can go"
        t, changed = f"cut {can_go.group('what')}", True
    end_it = _END_IT.match(t)
    if end_it and _SAYS.match(end_it.group("t")):
        end_it = None  # round 12b: "end it after she says X": words said, for intents/said.py (end_after)
    if end_it and not (ctx.last_clips or ctx.selection):  # "end it at 1:15" with no clip "it" could mean
        return [f"make the video end {end_it.group('how')} {end_it.group('t')}"], False
    stop = _STOP_AT.match(t)
    if stop and not (re.match(r"i(?:'d| would)? \w+ (?:it|this) ", t) and (ctx.last_clips or ctx.selection)):  # "I want it to stop at 1:30": the whole video's end
        return [f"make the video end {stop.group('how') if stop.group('how') != 'by' else 'at'} {stop.group('t')}"], False
    part = _PART.search(t)
    if part and re.fullmatch(rf"{_REMOVE} (?:off )?(?:the )?{part.group(0).removeprefix('the ')}(?: of (?:the |my )?(?:video|talk|edit))?", t):
        share = ctx.duration_s / _SHARE[part.group("n")]
        a, b = (0.0, share) if part.group("edge") in ("first", "opening") else (ctx.duration_s - share, ctx.duration_s)
        return [f"cut {_at(a)} to {_at(b)}"], False
    onwards = _ONWARDS.match(t)
    if onwards and re.search(r"\b(?:onwards?|on|to the end|till the end|until the end|after|past|following)\b", t) \
            and _topic_ok(onwards.group("topic"), t):
        start = _topic_start(ctx, onwards.group("topic"), after=_AFTER_THE_PART.match(t) is not None)
        return [f"cut {_at(start)} to {_at(ctx.duration_s)}"], False
    before = _BEFORE.match(t)
    start = _topic_start(ctx, before.group("topic")) if before and _topic_ok(before.group("topic"), t) else None
    if start is not None:
        if start <= 0:
            raise Unclear(f"That part is at the very start already; there is nothing before it to cut.")
        return [f"cut 0:00 to {_at(start)}"], False
    extra = _EXTRA.match(t)
    if extra and not re.match(r"(?:make|turn|set|get|play|slow|speed)\b", t) \
            and re.search(r"\d|\b(?:over|at the (?:start|end|beginning))\b", extra.group("head") or extra.group("head2")):
        head = extra.group("head") or extra.group("head2")
        look = extra.group("look")
        if look:
            second = "make it black and white" if look in ("black and white", "b&w", "greyscale", "grayscale", "monochrome") \
                else f"make it {look}" if look == "sepia" else "slow it down to half speed"
        else:
            speed = extra.group("speed")
            second = {"half speed": "slow it down to half speed", "double speed": "speed it up to 2x",
                      "slowed down": "slow it down to half speed", "sped up": "speed it up to 2x"}.get(speed, "")
            if not second:
                value = float(re.match(r"[\d.]+", speed).group(0))
                second = f"speed it up to {value:g}x" if value >= 1 else f"slow it down to {value:g}x"
        return [head, second], False
    return ([t], False) if changed else None


def _at(seconds: float) -> str:
    return clock(seconds)


def _topic_ok(topic: str, text: str) -> bool:
    """A topic said in words, not a time, a quote or a part of the video's structure."""
    # round 13: a number that is no time ("the bit about leaving it 48 hours") is part of the topic
    return not re.search(r"\d:\d|\b\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?)\b|^\d|['\"]|"
                         r"^(?:the )?(?:intro|introduction|outro|opening|start|beginning|end|ending|title|music|"
                         r"b-?roll|middle|first|last)\b", topic.strip())


# round 13 (cuts5): "everything after the bit about X" keeps that bit: the cut starts where it ends
# (not "from the bit about X", nor "after where I start talking about X")
_AFTER_THE_PART = re.compile(rf"^{_REMOVE} (?:off )?(?:everything|all|the rest)(?: of (?:it|the video))? (?:after|past|following) "
                             r"(?:the (?:bit|part|section|line|sentence) (?:about|on|where i talk about)|(?:when|once) i "
                             r"(?:talk(?:ing)? about|mention)|the .+ (?:bit|part|section|line|sentence)$)")


def _topic_start(ctx: Ctx, topic: str, *, after: bool = False) -> float:
    """Where the talk about ``topic`` starts on the timeline. Unclear when no passage is about it:
    a range from a topic never talked about must ask, not fall to a reading that removes a clip."""
    from editor_app.planner.topics import find_passage

    topic = re.sub(r"^(?:the|my|a) ", "", topic.strip())
    from editor_app.planner.said_in import said_about, spoken_sentences  # round 9, cuts: a thing never said is never a cut's edge

    said_about(ctx, topic)
    from editor_app.planner.intents.said import _said_in_several

    if after:  # round 13: "after the bit about the paste" said in 4 lines asks (where it ends is a guess);
        _said_in_several(spoken_sentences(ctx)[1], topic)  # "from the X bit" starts where X is first talked about
    passage = find_passage(ctx, topic)
    return passage.end if after else passage.start
