"""Where something starts, said as a time (round 15).

- The video: "start the video at 0:05", "make the video start at 5 seconds", "have the video begin at
  0:05" cut its first 5 seconds from every track (as "cut the first 5 seconds" does). Moving the
  talk clip to 0:05 (what move_clip made of it) left five seconds of black at the start.
- A clip: "make the music start at 10 s", "have the music come in at 0:10", "the music should start
  at 10 seconds", "start the lid clip at 0:30" move that clip to start there, its length kept; music
  moved later is trimmed so it does not run past the end of the video. "make X start at 10 s" was
  read as a length (the music trimmed to end at 0:10) and "the music should start at 10 seconds" as
  a B-roll placement of an audio file.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.intents.clip_edges import music_fit, music_fit_says
from editor_app.planner.intents.video_length import _VIDEO
from editor_app.planner.types import Ctx, Match, Unclear

_T = r"(?:at|from) (?P<t>(?:\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)?) ?(?:seconds?|secs?|s|minutes?|mins?)?)"
_TAIL = r"(?: (?:instead|now|please)| (?:not|rather than|instead of) (?:at )?[\d:.]+ ?(?:seconds?|s|secs?)?)*(?:,.*)?$"
_STARTS = r"(?:start|starts|begin|begins|open|opens|kick off|kicks off)"
_VIDEO_AT = (re.compile(rf"^(?:start|begin|open|kick off) {_VIDEO} {_T}{_TAIL}"),
             re.compile(rf"^(?:make|have|let|get) {_VIDEO} {_STARTS} {_T}{_TAIL}"),
             re.compile(rf"^{_VIDEO} (?:should|must|needs to|has to|ought to|can|could|will) {_STARTS} {_T}{_TAIL}"))
_IN = r"(?:start|begin|come in|kick in|enter|appear|fade in|play|open)"
_CLIP_AT = (re.compile(rf"^(?:start|begin|bring in|kick off) (?P<clip>(?:the|my|that|this|c\d)\S*(?: \S+){{0,5}}?) {_T}{_TAIL}"),
            re.compile(rf"^(?:make|have|let|get) (?P<clip>(?:the|my|that|this|c\d)\S*(?: \S+){{0,5}}?) {_IN} {_T}{_TAIL}"),
            re.compile(rf"^(?P<clip>(?:the|my|that|this|c\d)\S*(?: \S+){{0,5}}?) (?:should|must|needs to|has to|ought to|can|"
                       rf"could|will) {_IN} {_T}{_TAIL}"))


def _time(text: str) -> float | None:
    found = q.times(text)
    return found[0].seconds if found else None


def video_starts_at(ctx: Ctx) -> Match | None:
    """ "start the video at 0:05": everything before 0:05 cut from every track."""
    m = next((found for found in (p.match(ctx.text) for p in _VIDEO_AT) if found), None)
    if m is None:
        return None
    at = _time(m.group("t"))
    if at is None:
        return None
    total = ctx.duration_s
    if at <= 0:
        raise Unclear("The video already starts at 0:00.")
    if at >= total:
        raise Unclear(f"The video is only {clock(total)} long, so starting it at {clock(at)} would leave nothing.")
    return Match([step("cut_range", {"start": 0, "end": num(at)})],
                 f"cut the first {at:g} s from every track (0:00-{clock(at)}), so the video starts with what was at {clock(at)}")


def clip_starts_at(ctx: Ctx) -> Match | None:
    """ "make the music start at 10 s": that clip moved to start at 0:10 (music trimmed to end with the video)."""
    m = next((found for found in (p.match(ctx.text) for p in _CLIP_AT) if found), None)
    if m is None:
        return None
    name = m.group("clip")
    if re.fullmatch(_VIDEO, name):
        return None
    at = _time(m.group("t"))
    if at is None:
        return None
    return _move_to(ctx, name, at)


def _move_to(ctx: Ctx, name: str, at: float, *, pronoun_ok: bool = False) -> Match | None:
    """The clip ``name`` names moved to start at ``at`` s (music trimmed to the video's end); None for the talk."""
    from editor_app.planner.refs import clip_refs, one_clip

    clips = clip_refs(ctx, name, pronoun_ok=pronoun_ok)
    if not clips:
        return None
    clip = one_clip(ctx, clips, "move")
    if ctx.track_of(clip).role in ("main", "voice"):
        return None  # the talk itself: move_clip as before
    label = ctx.label(clip)
    if abs(ctx.sec(clip.start) - at) < 0.02:
        raise Unclear(f"{label} already starts at {clock(at)}.")
    steps = [step("move_clip", {"clip_id": clip.id, "start": num(at)})] + music_fit(ctx, clip, at)
    return Match(steps, f"move {label} to start at {clock(at)}" + music_fit_says(ctx, clip, at))


# round 16: "move the music down so it only starts after my intro", "slide the whoosh along so it comes in when I
# say X": a move said by where the clip should start ("down"/"back" here is along the timeline, not a volume; the
# normaliser has already dropped "so" as a filler word)
_SO_IT = re.compile(r"^(?:move|shift|slide|push|nudge|drag|bump) (?P<clip>(?:the|my|that|this|it|c\d)\S*(?: \S+){0,5}?)"
                    r"(?: (?:down|back|along|over|forward|later|earlier|up))?(?: so(?: that)?)? (?:it|they) (?:only |just )?"
                    r"(?:starts|begins|comes in|kicks in|plays|appears|fades in|enters) (?P<how>after|at|when|once|as|with|on|from)"
                    r" (?P<where>.+?)(?: instead| please)?[.!]*$")


# round 17 (lead): "can the music come in after I say hi, not before", "the music should kick in after my intro", "have
# the music start when I talk about the sugar": the same move said with a modal or "make/have" and a place in the talk
_WHEN = r"(?P<how>after|when|once|as soon as|the moment|as)"
_CLIP = r"(?P<clip>(?:the|my|that|this|c\d)\S*(?: \S+){0,5}?|music|the music)"  # "music should come in after X"
_END = r"(?: instead| please| pls)?(?:,? (?:not|rather than) (?:before|at the start|from the start|straight away|right away)(?: (?:it|that))?)?[.!?]*$"
_SAID_IN = (re.compile(rf"^(?:can|could|would|will) (?:you )?(?:have |make |get )?{_CLIP} (?:only |just )?{_IN} {_WHEN} (?P<where>.+?){_END}"),
            re.compile(rf"^(?:make|have|let|get) {_CLIP} (?:only |just )?{_IN} {_WHEN} (?P<where>.+?){_END}"),
            re.compile(rf"^{_CLIP} (?:should|must|needs to|has to|ought to|can|could|will) (?:only |just )?{_IN} {_WHEN} "
                       rf"(?P<where>.+?){_END}"))


def starts_where_said(ctx: Ctx) -> Match | None:
    """ "move the music so it only starts after my intro": moved to where that part of the talk ends (or starts)."""
    m = _SO_IT.match(ctx.text) or next((found for found in (p.match(ctx.text) for p in _SAID_IN) if found), None)
    if m is None or re.fullmatch(_VIDEO, m.group("clip")):
        return None
    where, how = m.group("where"), m.group("how")
    at = _time(where) if re.match(r"[\d:.]+ ?(?:s|secs?|seconds?|minutes?|mins?)?$", where) else None
    if at is None:
        at = _place_edge(ctx, where, after=how == "after")
    return _move_to(ctx, m.group("clip"), at, pronoun_ok=True)


def _place_edge(ctx: Ctx, where: str, *, after: bool) -> float:
    """Where the part of the talk ``where`` names ends (``after``) or starts, in timeline seconds."""
    from editor_app.planner.topics import passage_at

    edge = re.fullmatch(r"(?:the |my )?(?P<w>intro|introduction|opening|outro|ending|sign[- ]?off)(?: bit| part| line)?", where)
    if edge:
        passage = passage_at(ctx, "start" if edge.group("w") in ("intro", "introduction", "opening") else "end")
    else:
        from editor_app.planner.intents.broll import spoken_place

        spoken = re.sub(r"^i (?:start |begin )?(?:talk|talking|speak|speaking) (?:about|through) ", "when i talk about ", where)
        # round 19: whoever edits for the speaker says "he says", "she starts saying"
        said = r"(?:i|he|she|they|we)(?:'ve| have| has)? (?:(?:start|starts|begin|begins) (?:saying|to say) |say |says |said |mentions? |mentioned )"
        if re.fullmatch(said.replace(" |", "|").replace(" )", ")"), spoken.strip()):
            raise Unclear("Where in the talk? Quote a few of the words you say there, or give a time.")
        spoken = re.sub(rf"^{said}", "when i say ", spoken)
        spoken = re.sub(r"^i (?:do|finish|'m done with|am done with) (?:the |my )?(intro|introduction|greeting)$", r"the \1", spoken)
        passage = spoken_place(ctx, spoken if spoken.startswith("when ") else f"the {spoken} bit")
    if passage is None:
        raise Unclear(f"I can't find \"{where}\" in the talk. Quote a few of its words, or give a time.")
    return passage.end if after else passage.start


INTENTS = [video_starts_at, clip_starts_at, starts_where_said]
