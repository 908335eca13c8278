"""Questions answered from the project, with no edit: length, what is on a track, where a topic
is talked about, what the last change did, what media there is.

A question never falls through to an edit intent: a message that reads as a question and is
not one of these gets "I can't answer that" rather than a guessed change.
"""

from __future__ import annotations

import re

from editor_app.planner.answers_where import answer_where
from editor_app.planner.intents import clock
from editor_app.planner.media_refs import media_mentions
from editor_app.planner.refs import clip_refs, track_ref
from editor_app.planner.topics import find_passage
from editor_app.planner.types import Ctx, Unclear

_QUESTION = re.compile(
    r"^(what|what's|whats|which|where|when|how|who|is|are|was|were|does|did|do|has|have|tell me|show me|list|"
    r"can you tell|could you tell|any|at what|at which|whereabouts)\b"
)
_EDIT_REQUEST = re.compile(r"^(can|could|would|will) you\b|^(how about|what about)\b|^do (the same|it|that|this)\b"
                           r"|^(?:and |now )?do (?:the|my) [a-z0-9 _.'-]+ (?:too|as well|also)$")  # "do the music as well"


# "where's the bit about X", "when do I talk about Y": asking, even with no question mark (round 10)
_WH_ASKS = re.compile(r"^(?:where|when)(?:'s| is| are| was| were| do| does| did| will| can| should| abouts)\b")
_CLAUSE = re.compile(r"^(when|where|while|whenever|once|if|after|before|during)\b")
_THEN_EDIT = re.compile(r",\s*(?:then )?(cut|put|place|add|use|show|insert|overlay|drop|lay|make|fade|remove|delete|"
                        r"duck|lower|raise|mute|speed|slow|move|split|trim|title|tighten|shorten)\b")  # round 10, cuts: "..., shorten those gaps?"


def is_question(text: str, raw: str = "") -> bool:
    """A question, not a request: "can you cut ...?" and "when I talk about X, cut to Y" are requests."""
    lowered = raw.strip().lower()
    if re.match(r"(?:please )?(?:can|could|would|will) you (?:please )?(?:tell|show|let) me\b|(?:please )?tell me\b", text):
        return True  # "can you tell me how long it is?"
    if _EDIT_REQUEST.search(text) or re.match(r"(please |pls |kindly )?(can|could|would|will)\b", lowered):
        return False
    from editor_app.planner.vocab import VERBS

    if text.split(" ", 1)[0] in VERBS and re.search(r"\b(?:can|could|would|will) (?:you|u)\b", lowered):
        return False  # round 18: "there's an awkward silence after X. could you shorten it?" reads as "shorten the pause ..."
    if re.match(r"have (?:the|my|this|that|it|them|these|those)\b", text) and not lowered.endswith("?"):
        return False  # round 13 (cuts5): "have the DJI clip finish when ...": a causative request, not "have I ...?"
    if _THEN_EDIT.search(text) or (_CLAUSE.match(text) and not lowered.endswith("?") and not _WH_ASKS.match(text)):
        return False
    if re.match(r"(?:give|tell|show) me (?:the |a )?(?:total |overall |final |current )?"
                r"(?:length|duration|runtime|run ?time|running time|play ?time)\b", text):
        return True  # "give me the total length": a question worded as a request
    return bool(_QUESTION.search(text)) or lowered.endswith("?")


# Every common way to ask how long something is: "what's the total running time?", "how many
# minutes is it", "how long does the video run", "when does it end", "what's the playtime".
_LENGTH = re.compile(
    r"\b(how long|length|lengths|duration|runtime|run ?time|running time|play ?(?:ing )?time|total time|"
    r"how (?:much|many) (?:time|seconds|minutes|hours)|how many (?:secs|mins)|"
    r"when does (?:it|the (?:video|edit|timeline|film|movie|cut)) (?:end|stop|finish)|"
    r"(?:is|it|video|edit|timeline) (?:long|short)|how short)\b")


def _named_length(ctx: Ctx) -> str | None:
    """The length of a clip or media the question names ("how long is the syrup clip?"), or None."""
    if not re.search(r"\bc\d+\b|\bm\d+\b", ctx.text) and not re.search(
            r"\b(clip|shot|footage|photo|picture|image|recording|file|song|broll)\b", ctx.text):
        return None
    named = media_mentions(ctx, strict=True)  # "how long is the waffle clip?" with no waffle: say so
    try:
        clips = clip_refs(ctx, pronoun_ok=False)
    except Unclear:
        clips = []
        placed = [c for asset in named for c in ctx.project.clips() if c.media_id == asset.id]
        if len(placed) > 1:  # round 15: "how long is the drone clip?" with two drone clips: both, never "not on the timeline"
            return "; ".join(f"{ctx.label(c)} is {clock(ctx.sec(c.end - c.start))} long on the timeline "
                             f"({clock(ctx.sec(c.start))}-{clock(ctx.sec(c.end))})" for c in placed[:6]) + "."
    if clips:
        clip = clips[0]
        return (f"{ctx.label(clip)} is {clock(ctx.sec(clip.end - clip.start))} long on the timeline "
                f"({clock(ctx.sec(clip.start))}-{clock(ctx.sec(clip.end))}).")
    if named and named[0].duration is not None:
        asset = named[0]
        return f"{asset.name} is {clock(float(asset.duration))} long (not on the timeline)."
    return None


def _length(ctx: Ctx) -> str:
    total = ctx.duration_s
    return f"The video is {clock(total)} long ({total:g} s) across {len(ctx.project.tracks)} tracks."


def _track_contents(ctx: Ctx, track) -> str:
    clips = sorted(track.clips, key=lambda c: c.start)
    name = track.name or track.role
    if not clips:
        return f"The {name} track ({track.id}) is empty."
    parts = []
    for clip in clips[:12]:
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        what = asset.name if asset else (getattr(clip.generator, "text", "") or "generated")
        parts.append(f"{clip.id} {what} {clock(ctx.sec(clip.start))}-{clock(ctx.sec(clip.end))}")
    more = f" and {len(clips) - 12} more" if len(clips) > 12 else ""
    muted = " (muted)" if track.muted else ""
    return f"The {name} track ({track.id}){muted} has {len(clips)} clip{'s' if len(clips) != 1 else ''}: " + "; ".join(parts) + more + "."


def _last_change(ctx: Ctx) -> str:
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None:
        return "No change has been made in this conversation yet."
    did = "; ".join(last.descriptions[:6]) or last.reply
    return f"The last change was \"{last.message}\": {did}"


def _media_list(ctx: Ctx) -> str:
    media = list(ctx.project.media.values())
    if not media:
        return "This project has no media yet."
    used = {c.media_id for c in ctx.project.clips()}
    rows = [f"{m.name} ({m.kind}{', on the timeline' if m.id in used else ''}{', transcribed' if m.transcript else ''})" for m in media[:20]]
    return f"{len(media)} media: " + "; ".join(rows) + "."


def _where(ctx: Ctx, topic: str) -> str:
    topic = re.sub(r"^(the|my|our|a|an) ", "", topic.strip(" ?.!"))
    from editor_app.planner.answers_where import talk_passage

    passage = talk_passage(ctx, topic)  # round 11: "how much X was", words said word for word: where they are said
    return f"At {clock(passage.start)}-{clock(passage.end)}" + (f" ({passage.clip_id})" if passage.clip_id else "") + f": \"{passage.quote}\""


_STARTS = re.compile(r"^(?:what time|at what (?:time|point)|when|how far in|what point|whereabouts)(?: exactly| roughly)? "
                     r"(?:does|do|did|is|will) (?:the |my |that |this |our )?(?P<x>.+?) "
                     r"(?:start|starts|begin|begins|come up|come in|happen|kick in|appear|show up|get going|starting|beginning)"
                     r"(?: in the video| on the timeline)?$")


def _starts(ctx: Ctx) -> str | None:
    """When a clip or a topic starts: the clips of a media the question names by its own words, and
    the passage of the talk about it. Neither found: Unclear (never an edit)."""
    found = _STARTS.match(ctx.text.strip(" ?.!"))
    if found is None:
        return None
    thing = re.sub(r"\b(?:part|bit|section|segment|moment|bits|parts|one)$", "", found.group("x")).strip()
    if re.fullmatch(r"(?:video|edit|film|it|timeline|talk)", thing):
        return None
    out = []
    try:
        named = media_mentions(ctx, f"the {thing} clip", strict=True)
    except Unclear:
        named = []
    for asset in named[:2]:
        clips = sorted((c for c in ctx.project.clips() if c.media_id == asset.id), key=lambda c: c.start)
        if clips and not (asset.words or asset.transcript):
            from editor_app.planner.answers_where import _placed

            out.append(f"It starts at {clock(ctx.sec(clips[0].start))}: {_placed(ctx, asset)}")
    try:
        if out:  # a clip the question names: its start is the answer, not a sentence sharing a word
            raise Unclear("")
        passage = find_passage(ctx, thing)
        out.append(f"You start on {thing} at {clock(passage.start)}: \"{passage.quote}\"")
    except Unclear:
        pass
    if not out:
        raise Unclear(f"I couldn't find \"{thing}\" on the timeline or in what you say. I didn't change anything.")
    return " ".join(out) + " I didn't change anything."


_DID_I = re.compile(r"^(?:do|did|does|have) (?:i|we|you|he|she|they) (?:ever |actually |even )?(?:talk|speak|mention|say|said|"
                    r"discuss|explain|cover|bring up)\w*(?: anything| something)?(?: about| on)? (.+)$")


# Question words typed loosely (round 10): "wheres", "whens", "where abouts", "wat".
_LOOSE_WH = ((r"^wheres\b", "where's"), (r"^whens\b", "when's"), (r"^hows\b", "how's"), (r"^whos\b", "who's"),
             (r"^where ?abouts\b", "where"), (r"^wat\b", "what"), (r"^wots?\b", "what's"), (r"^wheree?\b", "where"),
             # round 19: "timecode for the screwdriver story?", "time stamp of the Agnes bit?": where it is said
             (r"^(?:(?:the|a|any|got a|what'?s the|whats the) )?(?:time ?code|time ?stamp|time) (?:for|of|on) (?=(?:the|my|her|his) )",
              "where's "))
# "at what point do I start on the sanding", "when do we get onto rinsing it": where a topic begins in the talk.
_GET_TO = re.compile(r"^(?:at what (?:time|point|stage|moment)|at which (?:point|moment|stage|time)|what (?:time|point)|when|"
                     r"how far in|how long (?:until|till|before)|where) (?:do|does|did|will|should|can|am) (?:i|we|you)"
                     r"(?: actually| finally| first)? (?:start|begin|get|move|go|come|turn|jump|switch|kick off)"
                     r"(?: (?:on|onto|on to|to|into|in to|with|over to|talking about|doing|explaining|showing))? (?P<topic>.+)$")


# Round 16: "when do I say how long not to feed it": where something is said; "how long" is in what is said, and
# the question is never the video's length.
_WHERE_SAID = re.compile(r"^(?:where|when|what time|at what (?:time|point|stage|moment)|at which (?:point|moment|stage)|how far in)"
                         r" (?:do|did|does|will|should|can) (?:i|we|you|he|she|they)(?: \w+)? "
                         r"(?:talk|speak|mention|say|discuss|explain|tell)\w*\b")


def loose_question(text: str) -> str:
    """``text`` with a question word typed loosely spelled out ("wheres the bit" -> "where's the bit")."""
    for pattern, word in _LOOSE_WH:
        text = re.sub(pattern, word, text)
    return _ASK_LEAD.sub("", text)


# Round 11b: "where was that bit again?", "what was that again": the last answer, asked for once more.
_AGAIN = re.compile(r"^(?:(?:wait|sorry|hmm+|oh|ok|so)[ ,]+)*(?:where|when|what) (?:was|is|'s) (?:that|it)"
                    r"(?: (?:bit|part|line|moment|section|place|time))?(?: again)?\??$")
# Round 13b: "sorry what time was that", "when was that?", "how far in was it": a time asked for once
# more without "again". It asks for a time or a place, never "what was that" (which may ask about the
# last change), so it is the last answer again only when the turn just before was an answer.
_TIME_AGAIN = re.compile(r"^(?:(?:wait|sorry|hmm+|oh|ok|so|huh|pardon|missed that|didn't catch that)[ ,]+)*"
                         r"(?:(?:what time|when|where|how far in|at what (?:time|point)|whereabouts) (?:was|is|'s) (?:that|it)"
                         r"(?: (?:bit|part|line|moment|section|place|time))?"
                         # round 19: "sorry whats the time on that again", "what was the timestamp for that"
                         r"|(?:what|whats)(?:'s| is| was)? the (?:time|timecode|timestamp|time code) (?:on|of|for) (?:that|it))"
                         r"(?: (?:again|sorry|then))?$")


def _asked_again(ctx: Ctx) -> str | None:
    """The reply of the last question answered, when the question only asks for it again; else None."""
    if ctx.memory is None:
        return None
    asked = ctx.text.strip(" ?.!")
    if _TIME_AGAIN.match(asked):
        said = [t for t in ctx.memory.turns(6) if t.kind != "note"]
        if said and said[-1].kind == "answer" and said[-1].reply:
            return f"Again: {said[-1].reply}"
        if "again" not in asked:
            return None
    if not _AGAIN.match(asked) or "again" not in ctx.text:
        return None
    for turn in reversed(ctx.memory.turns(6)):
        if turn.kind == "answer" and turn.reply:
            return f"Again: {turn.reply}"
        if turn.kind == "edit" and turn.applied:
            return None
    return None


# Round 11b: a question asked with a lead ("remind me what's on the b-roll layer", "quick question, how long is it").
_ASK_LEAD = re.compile(r"^(?:(?:can you |could you |just )?remind me(?: again)?|quick question|just checking|out of interest|"
                       r"i forgot|i forget)[ ,:]+(?=(?:what|what's|whats|which|where|when|how|who|is|are|was|were|does|did)\b)")


def answer(ctx: Ctx, raw: str = "") -> str | None:
    """The answer to a question about the project, or None when ``ctx.text`` is not a question."""
    import dataclasses

    if loose_question(ctx.text) != ctx.text:
        ctx = dataclasses.replace(ctx, text=loose_question(ctx.text))
    t = ctx.text
    if not is_question(t, raw):
        return None
    again = _asked_again(ctx)
    if again is not None:
        return again
    from editor_app.planner.answers_where import person_part

    person = person_part(ctx, t) if re.match(r"^(?:when|where|at what|what time|at which)\b", t) else None
    if person is not None:  # round 23: "when do I start on about Mossie?": his story, not the last line naming him
        return person
    from editor_app.planner.answers_more import answer_more

    more = answer_more(ctx)  # round 15: fillers counted, the longest pause, the B-roll listed, muted clips, titles
    if more is not None:
        return more
    from editor_app.planner.answers_step import step_passage, step_topic

    step = step_topic(t)  # round 13b: "what time does the sugar go in?": where the talk says the step
    if step is not None:
        told = step_passage(ctx, step)
        if told is not None:
            return f"At {clock(told.start)}-{clock(told.end)}: \"{told.quote}\""
        return _where(ctx, step)
    gets_to = _GET_TO.match(t.strip(" ?.!"))
    if gets_to and not re.search(r"\b(?:clip|shot|footage|photo|picture|image|broll|b-roll|video|music|song)\b", gets_to.group("topic")):
        return _where(ctx, re.sub(r"\b(?:it|them|bit|part|section)$", "", gets_to.group("topic")).strip() or gets_to.group("topic"))
    if _LENGTH.search(t) and not re.search(r"\b(?:frame ?rate|fps)\b", t) and not _WHERE_SAID.match(t):
        if re.search(r"\b(music|song|track|t\d+)\b", t) and (track := track_ref(ctx)) is not None:
            return _track_contents(ctx, track)
        return _named_length(ctx) or _length(ctx)
    from editor_app.planner.answers_settings import answer_settings

    settings = answer_settings(ctx)  # "what frame rate is this?", "how loud is the music?"
    if settings is not None:
        return settings
    from editor_app.planner.answers_state import answer_state

    state = answer_state(ctx)  # round 13: "what speed is it at?", "is the music muted?", "what did I say at 1:00?"
    if state is not None:
        return state
    if re.search(r"\b(last|previous|latest) (change|edit|thing|step)|\bwhat (did|have) you (just )?(do|did|done|change|changed)\b|\bwhat changed\b", t):
        return _last_change(ctx)
    topic = re.search(r"\b(?:where|when|what time|at what (?:time|point|stage|moment)|at which (?:point|moment)|how far in)\b.*?\b(?:talk|talking|speak|speaking|mention|mentions|say|said|discuss|discussing|explain|explaining|list|listing|go through|going through|run through|running through|go over|going over)\b(?: about)? (.+)$", t)  # round 17: list
    topic = topic or re.search(r"\b(?:where|when)(?:'s| is| are| does| do)? (?:the |that )?(?:part|bit|section|moment|segment|passage|place)s? "
                               r"(?:about|on|with|where (?:i|we|you) (?:talk|speak|say|mention|explain)\w*(?: about)?) (.+)$", t)
    if topic:
        return _where(ctx, topic.group(1))
    said = _DID_I.search(t)
    if said:  # "do I talk about compost?", "did I say anything about water?": yes with where, or no
        topic = re.sub(r"\b(?:anywhere|at all|in (?:the|this|my) (?:video|talk|edit))$", "", said.group(1)).strip(" ?.!")
        try:
            return "Yes. " + _where(ctx, topic)
        except Unclear:
            return f"I couldn't find anything about \"{topic}\" in the transcript. I didn't change anything."
    starts = _starts(ctx)  # "what time does the fan part start?": a clip's start, or where it is talked about (round 9)
    if starts is not None:
        return starts
    where = answer_where(ctx)
    if where is not None:
        return where
    if re.search(r"\b(?:music|song|tune|soundtrack)\b.*\b(?:called|named|titled)\b|\bwhich (?:song|music|tune|track)\b.*\b(?:use|used|using|is it|playing)\b"
                 r"|\bwhat (?:song|music|tune) (?:is|did|do|am|are)\b", t) and (music := ctx.project.tracks_by_role("music")):
        return _track_contents(ctx, music[0])  # "what's the music called?", "which song did I use?"
    if re.search(r"\bhow many (?:clips|shots|things|items)\b|^(?:is|are|does|do) (?:there )?(?:anything|something|any)\b"
                 r"|^(?:does|do|is) (?:the|my|this) (?:video|edit|timeline|film|cut) (?:have|has|got|contain)\b", t) \
            and (track := track_ref(ctx)) is not None:
        return _track_contents(ctx, track)
    if re.search(r"\b(?:media|bin|library|imported|import)\b", t) and not re.search(r"\btrack\b|\bt\d+\b", t):
        return _media_list(ctx)  # "what have I got in the media bin?"
    shown = _what_a_media_shows(ctx, t) or _which_media_shows(ctx, t)  # round 12: "which clip shows the vinegar bag?"
    if shown is not None:
        return shown  # "what's in GX010241?", "what does the perlite clip show?"
    if re.search(r"\b(?:what|which)(?: (?:song|music|clips?|media|footage|files?|shots?|pictures?|photos?|audio|video))?"
                 r"(?:'s| is| are| do i have| have i got)?(?: (?:playing|used|heard|there|going))? (on|in)\b|\bwhich clips\b|\bwhat clips\b", t):
        track = track_ref(ctx)
        if track is not None:
            return _track_contents(ctx, track)
        return " ".join(_track_contents(ctx, tr) for tr in ctx.project.tracks) or "The timeline has no tracks yet."
    if re.search(r"\b(media|files|footage|clips) (do i have|are there|is there)|\bwhat (media|footage|files)\b|\bis there (any )?(music|footage)\b", t):
        return _media_list(ctx)
    doing = _DOING.match(t.strip(" ?.!"))
    if doing is not None and not re.search(r"\b(?:clip|shot|footage|photo|picture|pic|broll|b-roll|music|song|title|caption|"
                                           r"transition|track)s?\b", doing.group("x")):
        return _where(ctx, doing.group("x"))  # round 18: "at what point do i do the spin test?": where the talk tells it
    raise Unclear("I can answer questions about the video's length, what is on a track, where you talk about "
                  "something, the media, and what the last change did. I didn't change anything.")


# round 18 (lead): when the speaker does something, asked as a time: the part of the talk that tells it
_DOING = re.compile(r"^(?:where|when|at what (?:point|time|stage|moment)|what time|whereabouts|how far in)(?: exactly| roughly| about)? "
                    r"(?:do|does|did) (?:i|we|you|he|she|they) (?P<x>(?!(?:have|got|need|want|say|talk|mention)\b)[a-z'][a-z' -]+?)"
                    r"(?: in (?:the|this|my) (?:video|talk|edit))?$")


def _what_a_media_shows(ctx: Ctx, t: str) -> str | None:
    """"what's in GX010241?", "what does the perlite clip show?": one media named by its file name or
    description, answered from its description, tags, kind, length and what is said in it."""
    if not re.search(r"^(?:what's|what is|whats|what does|what do|what can i see) (?:in|on|show|shows)?\b|"
                     r"^what (?:does|do) .+ (?:show|contain|have in it)$", t):
        return None
    if track_ref(ctx) is not None:
        return None  # "what's on the B-roll track?"
    from editor_app.planner.media_refs import ranked_mentions

    try:
        mentions = [m for m in ranked_mentions(ctx, t, strict=False) if m.how in ("id", "name", "description")]
    except Unclear:
        return None
    if len({m.asset.id for m in mentions}) != 1:
        return None
    asset = mentions[0].asset
    parts = [f"{asset.name} is {'an' if asset.kind == 'image' or asset.kind == 'audio' else 'a'} {asset.kind}"
             + (f", {float(asset.duration):.1f} s long" if asset.duration else "")]
    if asset.description:
        parts.append(f"its description says: {asset.description}")
    if asset.tags:
        parts.append("tags: " + ", ".join(asset.tags))
    if asset.transcript:
        parts.append("it starts: \"" + " ".join(seg.text for seg in asset.transcript[:2])[:120] + "\"")
    if len(parts) == 1:
        parts.append("it has no description or transcript, so I can't tell what it shows")
    placed = [c.id for c in ctx.project.clips() if c.media_id == asset.id]
    parts.append(f"on the timeline as {', '.join(placed)}" if placed else "it is not on the timeline")
    return "; ".join(parts) + ". I didn't change anything."


# Round 12: "which clip shows the vinegar bag?", "is there a shot of the pin?", "do I have a clip of the fizzing?"
_WHICH_SHOWS = re.compile(r"^(?:(?:which|what) (?:clip|shot|video|footage|photo|picture|pic|image|still|file|one|b-?roll)s?"
                          r"(?: (?:do i have|have i got|is it))? (?:shows?|has|have|'s got|has got|got|is of|is the one with)"
                          r"|(?:is there|have i got|do i have|did i film|did i take|did i shoot) (?:a|an|any) "
                          r"(?:clip|shot|video|footage|photo|picture|pic|image|still|b-?roll)s? (?:of|with|showing|that shows))"
                          r" (?P<thing>.+?)(?: in it| on it)?$")


def _which_media_shows(ctx: Ctx, t: str) -> str | None:
    """The one media whose name or description says what the question asks about, named by its file
    name (so "put it at 0:29" after the answer can mean that file: planner/answer_refs.py); asks which
    when two fit, says so when none does. None when the question is not of this shape."""
    found = _WHICH_SHOWS.match(t.strip(" ?.!"))
    if found is None:
        return None
    from editor_app.planner.media_refs import ranked_mentions

    thing = re.sub(r"^(?:the|my|a|an|some) ", "", found.group("thing"))
    if re.match(r"(?:on|in|at|over|under|from|after|before|playing|used|longest|shortest|first|last)\b|\d", thing):
        return None  # "which clip has the most ...", "which one has 0:30": a place or a measure, read elsewhere
    try:
        mentions = [m for m in ranked_mentions(ctx, f"the {thing} clip", strict=False)
                    if m.how in ("id", "name", "description") or m.score >= 1]
    except Unclear:
        mentions = []
    names = list(dict.fromkeys(m.asset.name for m in mentions))
    if not names:
        return f"I couldn't find a media file that shows {thing}. I didn't change anything."
    if len(names) > 1:
        return f"More than one could be it: {' or '.join(names[:3])}. I didn't change anything."
    asset = mentions[0].asset
    placed = [c.id for c in ctx.project.clips() if c.media_id == asset.id]
    where = f"on the timeline as {', '.join(placed)}" if placed else "in the bin, not on the timeline yet"
    said = f": {asset.description}" if asset.description else ""
    return f"{asset.name}{said} ({where}). I didn't change anything."
