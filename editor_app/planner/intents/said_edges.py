"""Where the video (or one B-roll clip) starts or ends, said as a place in the talk.

- The video's start or end framed as a trim of the talk: "trim the start of the talk so it starts
  when I say first, strip the old paper", "trim the end so it finishes after four rolls".
- Said with a subject first: "make the video end after the forty eight hours line", "have it start
  where I talk about stripping the old paper", "begin the video at the bit about the plumb line".
- A B-roll clip that ends where a topic ends: "make the brush clip end when I stop talking about air
  bubbles", "have the DJI clip finish when I'm done with the bit about bubbles".

Why: the start/end intents (sentences.start_at_quote, said.end_after) read only "start/end the
video at <words>"; with "trim the start ... so it ..." in front, or "make the video ...", the
request fell to the word cuts (which cut the words named, the opposite of keeping them) or to
nothing, and "after four rolls" read as a time (0:04). Here the frame is peeled off and the place
is read as a described sentence ("the X line", "where I talk about X") or as words said; what is
not in the talk goes on to the other intents, and a description that fits two sentences asks
(planner.said_in.described).
"""

from __future__ import annotations

import re
from dataclasses import replace

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_SUBJECT = r"(?:the video|video|it|the talk|the edit|the whole thing|the whole video|my video|things|everything|the vlog|the recording)"
_HEAD = r"(?:start|beginning|front|head|opening)"
_TAIL = r"(?:end|ending|tail|back end)"
# "trim the start of the talk so it ...", "cut the end down so the video ..."
_TRIM_FRAME = re.compile(rf"^(?:trim|cut|chop|shorten|tighten|crop)(?: down| back)? (?:(?:the |its )?(?:{_HEAD}|{_TAIL})"
                         rf"(?: of {_SUBJECT}| of (?:the |my )?(?:main clip|a-roll|talking head|talking clip))?|{_SUBJECT})(?: down| back)? "
                         rf"(?:(?:so(?: that)?|such that|until) )?{_SUBJECT} (?P<rest>.+)$")
# "make the video end after ...", "have it start where ..."
_MAKE = re.compile(rf"^(?:make|have|let|get) {_SUBJECT} (?P<rest>.+)$")
# round 16, lead: "i want it to begin at 'X'", "the video should end at 'X'", "i'd like the video to finish on 'X'"
_WANT = re.compile(rf"^(?:i (?:want|need|would like|'d like)|i'd like|can you get|could you get) {_SUBJECT} to (?P<rest>.+)$")
_MODAL = re.compile(rf"^{_SUBJECT} (?:should|must|needs to|has to|ought to|is to|is going to|will|can|could|'s gotta|gotta)"
                    rf"(?: only| just)? (?P<rest>.+)$")
# "..., nothing after", "and nothing before it": the same edge said again
_NOTHING_MORE = re.compile(r",? (?:and |with |so )?(?:nothing|none of the rest|no more|nothing else) (?:after|before|past|beyond|"
                           r"following|ahead of)(?: (?:it|that|them|this))?$")
_PLACE = re.compile(r"^(?P<verb>start|starts|begin|begins|open|opens|kick off|kicks off|end|ends|finish|finishes|stop|stops|"
                    r"wrap up|wraps up|kick|kicks)(?: off)?(?: " + _SUBJECT + r")?(?: off)? (?:right |just |straight |directly |only )?"
                    # round 17 (lead): "start it from where I list X": "from where" / "at where" is "where"
                    r"(?P<prep>at|from|with|on|when|where|after|once|as soon as|the moment|on|by)(?: (?:where|when)(?= i\b))? (?P<x>.+)$")
# the place as a sentence described: "the forty eight hours line", "the bit about X", "where/when I talk about X"
_DESCRIBED = re.compile(r"^(?:(?:the|my|that) (?:line|sentence|bit|part|section|remark) (?:about|on|where i (?:talk about|mention|explain)|"
                        r"mentioning|explaining) (?P<a>.+)"
                        r"|i (?:first |start |begin |get (?:on)?to |finally )?(?:talk|talking|talks|start talking|begin talking|"
                        r"mention|mentioning|explain|explaining|describe|describing|get onto|get to|go over|cover|"
                        # round 17 (lead): "start it from where i list what you need"
                        r"list|listing|go through|going through|run through|running through|run down|rattle off)"
                        r"(?: about| on| how)? (?:the (?:bit|part) about )?(?P<b>.+)"
                        r"|(?:the|my|that) (?P<c>.+?) (?:line|sentence|bit|part|section|remark))$")
# "when I stop talking about X", "when I'm done with the bit about X", "once I finish explaining X"
_DONE_WITH = re.compile(r"^(?:i|i'm|i am|i've) (?:stop|stopped|finish|finished|done|am done|have done|wrap up|move on from|"
                        r"am finished|'m done)(?: (?:talking|talking about|explaining|describing|with|on|going on about))?"
                        r"(?: about)?(?: the (?:bit|part|line|sentence|section) (?:about|on)| the)? (?P<d>.+)$")


_SAID = re.compile(r'^(?:(?:i|she|he|we|they) (?:say|says|said) .+|"[^"]+")$')


def _frame(text: str) -> str | None:
    """The place clause ("ends after X", "starts when i say X") with the trim or subject frame peeled off."""
    for pattern in (_TRIM_FRAME, _MAKE, _WANT, _MODAL):
        m = pattern.match(text)
        if m is not None:
            return m.group("rest")
    return None


def video_edge_at_talk(ctx: Ctx) -> Match | None:
    """The video starts or ends at a sentence described or words said, said inside a trim or subject frame."""
    text = _NOTHING_MORE.sub("", ctx.text)  # round 16: "..., nothing after" says the same edge again
    rest = _frame(text)
    if rest is not None and (ctx.selection or ctx.last_clips) and re.match(r"(?:it|i (?:want|need|would like|'d like) it|i'd like it) ", ctx.text):
        return None  # round 16: "it should end when I say X" after placing a clip is about that clip
    if rest is None:
        m = _PLACE.match(text)
        if m is not None and not _DESCRIBED.match(m.group("x")) and _SAID.match(m.group("x")) \
                and not m.group("verb").startswith(("start", "begin", "open", "kick")):
            # round 16: "end the video where I say ride safe", "finish on 'nothing rubs'": the words said (not understood)
            return _said_words(ctx, False, m.group("x").strip('"'))
        if m is None or not _DESCRIBED.match(m.group("x")):
            return None  # the plain "start/end the video at <words>" is the quote intents'
    else:
        m = _PLACE.match(rest)
        if m is None:
            return None
    if re.search(r"\d+ ?(?:s|sec|secs|seconds?|minutes?|mins?)\b|\d:\d\d", m.group("x")):
        return None  # a time: the video-length and range intents
    head = m.group("verb").startswith(("start", "begin", "open", "kick"))
    described = _DESCRIBED.match(m.group("x"))
    if described is None:
        return _said_words(ctx, head, m.group("x"))
    from editor_app.planner.said_in import described as find, spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    about = next(g for g in described.groups() if g)
    sentence = find(ctx, about, spans)
    if head:
        if sentence.start <= 0.05:
            raise Unclear(f"The video already starts with \"{sentence.text[:60]}\".")
        return Match([step("cut_range", {"start": 0, "end": num(round(sentence.start, 3))})],
                     f"cut everything before {clock(sentence.start)} (0:00-{clock(sentence.start)}), so the video "
                     f"starts with \"{_short(sentence.text)}\"")
    total = ctx.duration_s
    if total - sentence.end <= 0.05:
        raise Unclear(f"The video already ends with \"{_short(sentence.text)}\".")
    return Match([step("cut_range", {"start": num(round(sentence.end, 3)), "end": num(total)})],
                 f"cut everything after {clock(sentence.end)} ({clock(sentence.end)}-{clock(total)}), so the video "
                 f"ends with \"{_short(sentence.text)}\"")


def _said_words(ctx: Ctx, head: bool, place: str) -> Match | None:
    """The place as words said: handed to the plain start/end intents in their own shape."""
    from editor_app.planner.intents.said import end_after
    from editor_app.planner.intents.sentences import start_at_quote

    words = re.sub(r"^(?:i|she|he|we|they) (?:say|says|said)\s+", "", place).strip().strip('"')
    # round 17 (lead): the words are what is said, quoted even when typed bare: "begins right when I say hey guys" had
    # been left to the word-cut intents (two words are too few for an unquoted start), which cut "Hey guys" out
    if head:
        return start_at_quote(replace(ctx, text=f'start the video where i say "{words}"'))
    return end_after(replace(ctx, text=f'end the video after i say "{words}"'))


_WHEN = r"(?:right |just )?(?:when|once|as soon as|where|after) "
_CLIP_END = re.compile(rf"^(?:make|have|let|get) (?P<clip>.+?) (?:end|finish|stop|cut out|cut off|disappear|go away) {_WHEN}(?P<x>.+)$"
                       rf"|^(?:end|finish|stop|cut off|trim) (?P<clip2>.+?)(?: off)? {_WHEN}(?P<x2>.+)$"
                       rf"|^cut (?P<clip3>.+?) off {_WHEN}(?P<x3>.+)$"
                       rf"|^(?P<clip4>(?:the|my|that|this) .+?) (?:should|needs to|has to|must|ought to) (?:end|finish|stop|cut out) "
                       rf"{_WHEN}(?P<x4>.+)$")


def clip_ends_with_topic(ctx: Ctx) -> Match | None:
    """One B-roll clip trimmed to end where the talk stops talking about a topic (never the talk itself:
    the video's own end is video_edge_at_talk's)."""
    m = _CLIP_END.match(ctx.text)
    if m is None:
        return None
    done = _DONE_WITH.match(m.group("x") or m.group("x2") or m.group("x3") or m.group("x4"))
    if done is None:
        return None
    name = m.group("clip") or m.group("clip2") or m.group("clip3") or m.group("clip4")
    if re.fullmatch(_SUBJECT, name):
        return None
    from editor_app.planner.refs import clip_refs, one_clip
    from editor_app.planner.said_in import described, spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    if re.fullmatch(r"(?:the |my |that )?(?:b-?roll|cutaway|overlay)(?: clip| shot| footage| video)?", name):
        sentence = described(ctx, done.group("d").strip(" .!?"), spans)
        over = [c for c in ctx.project.clips() if ctx.track_of(c).role not in ("main", "voice", "music")
                and ctx.track_of(c).kind == "video" and ctx.sec(c.start) < sentence.end < ctx.sec(c.end)]
        if len(over) != 1:
            raise Unclear(f"{'No' if not over else len(over)} B-roll clip{'s' * (len(over) != 1)} "
                          f"{'is' if len(over) == 1 else 'are'} playing when \"{_short(sentence.text)}\" ends "
                          f"({clock(sentence.end)}). Which clip should end there?")
        clips = over  # "the b-roll": the one B-roll clip playing when that topic ends
    else:
        clips = clip_refs(ctx, name)
    if not clips:
        return None
    clip = one_clip(ctx, clips, "trim")
    if ctx.track_of(clip).role in ("main", "voice"):
        return None
    sentence = described(ctx, done.group("d").strip(" .!?"), spans)
    start, end = ctx.sec(clip.start), ctx.sec(clip.end)
    if not start < sentence.end < end:
        raise Unclear(f"{ctx.label(clip)} runs {clock(start)}-{clock(end)}, and \"{_short(sentence.text)}\" ends at "
                      f"{clock(sentence.end)}, so ending it there is not a trim of it. Say where it should end instead.")
    return Match([step("trim_clip", {"clip_id": clip.id, "end": num(round(sentence.end, 3))})],
                 f"trim {ctx.label(clip)} to end at {clock(sentence.end)}, when \"{_short(sentence.text)}\" ends")


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"


INTENTS = [clip_ends_with_topic, video_edge_at_talk]
