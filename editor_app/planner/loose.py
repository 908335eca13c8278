"""Round-8 rewrites of things said loosely into the planner's plain forms (before planner.spoken).

Why: a new user types "GH0872 @ 1:41", "music to -20", "just keep the last 30 seconds",
"wipe everything after 1:40", "lose everything before I buckle the belt", "X 2 secs after I
start talking about Y", "ease the music in", "X at 0:40 in black and white", "put X at 0:20 and a
caption "..." at 0:20 too". Each already has a plain wording the intents plan; rewriting keeps one
planner path per kind of edit, so a cut said loosely is still a cut_range the safety review
confirms. A topic the talk never mentions raises Unclear (planner.topics), never a guess.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Unclear
from editor_app.planner.vocab import VERBS

_TIME = r"\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?(?: ?(?:s|secs?|seconds?))?"
_UNIT = r"(?:s|secs?|seconds?|m|mins?|minutes?)"
_NOT_A_THING = re.compile(r"^(?:it|that|this|them|everything|all|the rest|the video|the whole|cut|split|then|and|so|"
                          r"now|also|what|where|when|how|is|are|can|could|please|i|we|you|my voice|the voice"
                          # round 16: "wrap up at 1:12", "finish at 1:10": where the video ends, no thing placed
                          r"|wrap up|wrap things up|wrap it up|finish|end|stop|start|begin|kick off|jump (?:right |straight )?in)\b")
# round 15: "the music should start at 10 seconds" says when a clip starts (intents/starts_at.py), not "X at T" shorthand
_SAID_START = re.compile(r"\b(?:should|must|needs? to|has to|ought to|will|can|could) (?:start|begin|come in|kick in|enter|"
                         r"appear|play|open|fade in)$")
_BARE_AT = re.compile(rf"^(?P<what>[a-z0-9_.&'+ -]+?) (?:at|@) (?P<t>{_TIME})(?P<rest>(?: (?:in|as) .+)?)$")
# "X at 0:40, black and white" / "X at 0:40 and make it b&w": the look after a comma is "in <look>" (round 9)
_COMMA_LOOK = re.compile(r",? (?:and |then |plus )?(?:make it |made |turn it |have it |in |as )?"
                         r"(?P<look>black and white|b&w|greyscale|grayscale|monochrome|sepia|slow motion|slow-mo|slowmo|half speed|"
                         r"double speed)(?: please| too| as well)?$")
_LOOK = r"black and white|b&w|greyscale|grayscale|monochrome|sepia|slow motion|slow-mo|slowmo|half speed|double speed"
_BARE_DB = re.compile(r"^(?P<what>[a-z0-9_.&'+ -]+?) (?:to|at) (?P<db>[-+]?\d+(?:\.\d+)?) ?db$")
_NEG_TO = re.compile(rf"\b(?P<w>to|at) (?P<n>-\d+(?:\.\d+)?)(?! ?(?:db|{_UNIT})\b)(?=$|[ ,])")
# round 16: "i only want the final 40 seconds", "all i want is the first minute" keep that much too
_KEEP = re.compile(rf"^(?:(?:just|only|please|so) )*(?:keep|i (?:only |just )?(?:want|need)(?: to keep)?|i want(?: to keep)? only|"
                   rf"all i (?:want|need) is|i'd (?:only|just) like(?: to keep)?|leave (?:only|just)) (?:only |just )?the (?P<edge>first|opening|last|final) "
                   rf"(?P<n>\d+(?:\.\d+)?) ?(?P<u>{_UNIT})(?: of (?:it|the video|the talk))?(?: and (?:cut|lose|drop|bin) the rest)?$")
_WIPE = re.compile(r"^(?:wipe|clear|erase|scrub|nuke|bin|chuck|trash)(?: out| away| off)? (?=(?:everything|all|the rest)"
                   r"(?: of (?:it|the video))? (?:after|before|past|from|up to|until|till|following|beyond)\b)")
_BEFORE_I = re.compile(r"^(?P<verb>cut|remove|delete|drop|lose|get rid of|chop|scrap|trim|take out|kill|ditch|wipe|clear) "
                       r"(?:off )?(?:everything|all(?: of it)?|the lot) (?:before|up to|until|till) (?:where |when |the point where |"
                       r"the moment )?(?:i|we) (?P<what>.+)$")
_OFFSET = re.compile(rf"^(?P<what>.+?) (?:in |at )?(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?) (?P<side>after|before|into) "
                     r"(?P<where>.+)$")
_EASE = re.compile(r"^(?P<v>ease|bring|let|float|sneak) (?P<what>.+?) (?P<dir>in|out)(?P<rest>(?: (?:at|over|during|for) .+)?)$")
_AND_TITLE = re.compile(r"^(?P<head>.+?\d.*?)(?:,? and|,? plus|,? with|,? along with|,? together with|,) (?:also )?(?:add |put )?(?P<tail>(?:a|the|an) (?:title|caption|text|heading|"
                        r"lower third|label)\b.*[\"'].+)$")


_NUDGE = re.compile(r"^(?:(?:ok|okay|hmm|now|and|maybe|just|try) )*(?:a )?(?P<size>bit|little|touch|tad|smidge|notch|"
                    r"fraction)(?: bit)?(?: more)? (?P<way>lower|quieter|softer|down|louder|higher|up|lower down|"
                    r"more quiet|more loud)(?: (?:please|again|still))?$")
_VOLUME_TOOLS = {"set_volume", "normalize_loudness", "duck_music", "set_volume_envelope", "set_audio_levels"}
_ALSO = re.compile(r"^(?:(?:and|now|also|plus) )?(?:do|same for|same with|same to) (?P<x>(?:the|my) [a-z0-9 _.'-]+?)"
                   r"(?: (?:too|as well|also))?$|^(?:and|plus|also) (?P<y>(?:the|my) [a-z0-9 _.'-]+?)(?: (?:too|as well))?$")


def followup(t: str, ctx: Ctx) -> str | None:
    """"bit lower" after a volume change, "do the music as well" after any edit: their plain wording."""
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None or not last.steps:
        return None
    nudge = _NUDGE.match(t)
    if nudge and {s.get("tool") for s in last.steps} & _VOLUME_TOOLS:
        down = nudge.group("way") in ("lower", "quieter", "softer", "down", "lower down", "more quiet")
        return f"turn it {'down' if down else 'up'} by {2 if nudge.group('size') in ('touch', 'tad', 'smidge') else 3} db"
    also = _ALSO.match(t)
    if also:
        from editor_app.planner.refs import clip_refs, track_ref

        target = also.group("x") or also.group("y")
        probe = Ctx(target, ctx.project, ctx.selection, ctx.playhead)
        try:
            named = clip_refs(probe, pronoun_ok=False) or track_ref(probe)
        except Unclear:
            named = None
        if named:  # a clip or track: "the ums" after "remove the long pauses" is not one
            return f"the same for {target}"
    return None


def rewrite(clause: str, ctx: Ctx, said: str = "") -> tuple[list[str], bool] | None:
    """The plain instruction(s) for ``clause`` (and False: nothing is folded), or None when unchanged.
    ``said`` is the clause as said, with its "and" in front ("and the music" is a follow-up)."""
    again = followup(said.strip(" .!?") or clause, ctx)
    if again is not None:
        return [again], False
    t = re.sub(r"\s*@\s*(?=\d)", " at ", clause)
    t = re.sub(r"(\d)db\b", r"\1 db", t)
    t = _NEG_TO.sub(lambda m: f"{m.group('w')} {m.group('n')} db", t)  # no time is negative: "music to -20"
    both = _AND_TITLE.match(t)
    head = both.group("head") if both else ""
    if both and not re.match(r"(?:put|place|add|drop|stick|pop|insert|show|use)\b", head):
        bare_head = _BARE_AT.match(head)  # "the battery photo at 1:05 plus a caption ..." (round 9)
        if bare_head and not bare_head.group("rest") and head.split(" ", 1)[0] not in VERBS and _names_media(ctx, bare_head.group("what")):
            head = f"put {bare_head.group('what')} at {bare_head.group('t')}"
    if both and re.match(r"(?:put|place|add|drop|stick|pop|insert|show|use)\b", head):
        tail = re.sub(r" (?:too|as well)$", "", both.group("tail"))
        at = re.search(rf"\b(?:at|from) ({_TIME})\b", head)
        if at:  # "... at the same time" / "there too": the time the head said
            tail = re.sub(r"\b(?:at the same (?:time|moment|point|spot)|(?:right )?there|then)$", f"at {at.group(1)}", tail)
        return [head, f"add {tail}"], False
    keep = _KEEP.match(t)
    if keep:
        return [_keep(ctx, keep)], False
    t = _WIPE.sub("cut ", t)
    before = _BEFORE_I.match(t)
    if before and re.fullmatch(r"(?:start|begin|actually start|first) ?(?:talking|speaking|to talk|to speak|saying anything)?|"
                               r"say anything|speak|talk", before.group("what")):
        return ["cut the silence before i start talking"], False  # the lead-in before the first word (edge_silence)
    if before:
        start = _passage(ctx, before.group("what")).start
        if start <= 0.05:
            raise Unclear("That part is at the very start already; there is nothing before it to cut.")
        return [f"cut 0:00 to {clock(start)}"], False
    offset = _OFFSET.match(t)
    if offset and _is_topic(offset.group("where")):
        return [_offset(ctx, offset)], False
    ease = _EASE.match(t)
    if ease and (ease.group("v") == "ease" or ease.group("rest")):
        return [f"fade {ease.group('what')} {ease.group('dir')}{ease.group('rest')}"], False
    first = t.split(" ", 1)[0]
    bare_db = _BARE_DB.match(t)
    if bare_db and first not in VERBS and not _NOT_A_THING.match(t) and (
            _names_media(ctx, bare_db.group("what")) or re.search(r"\b(?:music|voice|audio|sound|song|track)\b", t)):  # "music to -20 db"
        return [f"set {bare_db.group('what')} to {bare_db.group('db')} db"], False
    looked = _COMMA_LOOK.search(t)
    if looked and re.search(rf"\b(?:at|@) (?:{_TIME})$", t[:looked.start()]):
        t = f"{t[:looked.start()]} in {looked.group('look')}"
    bare = _BARE_AT.match(t)
    if bare and first not in VERBS and not _NOT_A_THING.match(t) and not re.search(r"\b(?:db|percent|%|x)$", t) \
            and not _SAID_START.search(bare.group("what")) and _names_media(ctx, bare.group("what")):
        rest = bare.group("rest").strip()
        what = bare.group("what")
        what = what if re.match(r"(?:the|my|that|this) ", what) else f"the {what}"
        head = f"put {what} at {bare.group('t')}"  # "GH0872 @ 1:41": a placement said in shorthand
        if rest and re.fullmatch(rf"(?:in|as) (?:{_LOOK})", rest):
            return [f"{head}, {rest}"], False
        if not rest:
            return [head], False
    look = re.match(rf"^(?P<head>(?:put|place|add|drop|stick|pop|insert) .+? (?:at|from) (?:{_TIME})) (?P<rest>(?:in|as) (?:{_LOOK}))$", t)
    if look:  # "put X at 0:40 in black and white": planner.spoken splits it at the comma
        return [f"{look.group('head')}, {look.group('rest')}"], False
    return ([t], False) if t != clause else None


def _names_media(ctx: Ctx, what: str) -> bool:
    """``what`` names a media of the project ("GH0872", "the hip belt gopro clip"), not "end it"."""
    from editor_app.planner.media_refs import ranked_mentions

    phrase = what if re.match(r"(?:the|my|that|this) ", what) else f"the {what}"
    try:
        found = ranked_mentions(ctx, phrase, strict=False)
    except Unclear:
        return False
    return bool(found) and found[0].position <= 4  # the name is all there is before the time ("start the music at 4")


def _keep(ctx: Ctx, keep: re.Match) -> str:
    """"just keep the last 30 seconds": the cut of everything else (the turn's safety review asks first)."""
    n = float(keep.group("n")) * (60 if keep.group("u").startswith("m") else 1)
    total = ctx.duration_s
    if n >= total:
        raise Unclear(f"The video is only {clock(total)} long, so keeping {clock(n)} of it cuts nothing.")
    if keep.group("edge") in ("first", "opening"):
        return f"cut {clock(n)} to {clock(total)}"
    return f"cut 0:00 to {clock(total - n)}"


def _is_topic(where: str) -> bool:
    return bool(re.match(r"(?:the (?:start|beginning|end) of |(?:where |when |once )?(?:i|we) )", where)) and \
        not re.match(r"the (?:start|beginning|end) of (?:the )?(?:video|talk|edit|timeline|it)$", where)


def _topic_of(where: str) -> tuple[str, bool]:
    """(the topic words, whether the time is counted from the passage's end)."""
    end = bool(re.match(r"(?:the end of|(?:where |when |once )?(?:i|we) (?:finish|stop|end|am done|'m done|wrap up))", where))
    w = re.sub(r"^(?:the (?:start|beginning|end) of )?", "", where)
    w = re.sub(r"^(?:where |when |once )?(?:i|we) (?:start(?:ed)? |begin |finish |stop |end )?"
               r"(?:talking |explaining |going on |on |with |about |to talk )?(?:about |on |with )?", "", w)
    w = re.sub(r"^(?:the )?(?:bit|part|section|line|moment|stretch) (?:about|on|where (?:i|we) (?:talk about|explain|say))? ?", "", w)
    w = re.sub(r" (?:bit|part|section|stuff)$", "", w).strip()
    return w, end


def _passage(ctx: Ctx, what: str):
    """Where the talk says ``what``: the words themselves when they are said exactly once ("the step
    one bit": "Step one, ..."; a search ranks "step two" as high), else the passage about them."""
    from editor_app.model.words import find_phrase, norm
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.topics import Passage, find_passage

    topic = re.sub(r"^(?:start |begin )?(?:talk(?:ing)? about |explain(?:ing)? |mention(?:ing)? |get to |say )", "", what.strip())
    topic = re.sub(r"^(?:the|my|a) ", "", topic)
    placed, sentences = spoken_sentences(ctx)
    quoted = re.match(r"(?:say|said|says|go)(?: |$)", what.strip()) is not None  # round 16: "before I say hey": those words
    if quoted and not re.sub(r"^(?:say|said|says|go)\b", "", what.strip()).strip():
        # the words were dropped as filler ("hey", "now", "thanks"): a search for "say" found "let me say that again"
        raise Unclear("Which words? Put them in quotes, e.g. \"cut everything before I say 'hey'\".")
    if placed and (len(topic.split()) >= 2 or quoted):
        texts = [norm(p.text) for p in placed]
        found = find_phrase(texts, topic) or find_phrase(texts, _worded(topic))  # "step 1" is said "step one"
        said = [s for s in sentences if len(found) == 1 and s.first <= found[0][0] <= s.last]
        if said:  # the sentence that says them
            return Passage(said[0].start, said[0].end, said[0].text, placed[said[0].first].clip_id)
        if quoted and len(found) > 1:
            where = ", ".join(clock(placed[a].start) for a, _ in found[:5])
            raise Unclear(f"You say \"{topic}\" {len(found)} times (at {where}). Which one? Quote a few more words.")
        if quoted and not found and len(topic.split()) == 1:
            # round 16: one word quoted and never said: a search by meaning had found another sentence ("before I say
            # hey" cut the first 38 s, to "let me say that again")
            raise Unclear(f"I can't hear \"{topic}\" in the talk. Quote the words as they are said.")
    return find_passage(ctx, topic or what)


_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _worded(text: str) -> str:
    """Small numbers back in words: the chat text has digits ("step 1"), the talk says "step one"."""
    return re.sub(r"\b(\d{1,2})\b", lambda m: _NUMBER_WORDS[int(m.group(1))] if int(m.group(1)) < 13 else m.group(1), text)


def _offset(ctx: Ctx, m: re.Match) -> str:
    """"X 2 secs after I start talking about Y": placed at that passage's start (or end) plus the offset."""
    topic, from_end = _topic_of(m.group("where"))
    if not topic:
        raise Unclear("After which part? Say what you talk about there, or give a time (\"at 0:40\").")
    passage = _passage(ctx, topic)
    base = passage.end if from_end else passage.start
    n = float(m.group("n"))
    at = base - n if m.group("side") == "before" else base + n
    if at < 0 or at >= ctx.duration_s:
        raise Unclear(f"That is {clock(at)}, outside the video (0:00-{clock(ctx.duration_s)}).")
    what = m.group("what")
    if not re.match(r"(?:put|place|add|drop|stick|pop|insert|show|use|throw|slot|lay)\b", what):
        what = f"put {what}"
    return f"{what} at {clock(at)}"
