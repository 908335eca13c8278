"""One clip's start or end put where words are said in the talk (round 15).

- "trim the lid clip so it ends when I say burner tubes": that clip's end, at the moment those words
  are said (a trim; a longer clip when its media lasts that long);
- "trim X so it starts when I say Y": its head trimmed to there when that is inside the clip, else
  the clip moved to start there (its length kept);
- "make X end / start when I say Y", "end X right when I start talking about Y", "X should start
  when I mention Y": the same, the place read as words said or as the sentence about Y.

Why: "trim the lid clip so it ends when I say burner tubes" fell to the word cuts (words.cut_said),
which cut "burner tubes" out of the talk: the opposite of what was asked, and on a clip that was not
named. Here the frame (a clip, an edge, a place in the talk) is read first. A clip that is not on
the timeline, words that are not said, or said more than once, ask; the talk is never cut.
The video's own start or end ("trim the video so it ends when I say X") stays with said_edges.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_EDGE_VERB = r"(?P<verb>starts?|begins?|comes? in|kicks? in|appears?|ends?|finish(?:es)?|stops?|cuts? out|disappears?)"
_WHEN = r"(?:right |just |exactly |only )?(?:when|where|as soon as|the moment|once|as) (?P<x>i .+)"
_FRAMES = (
    # "trim the lid clip (so) it ends when I say X" ("so" may be gone: planner.text drops it as filler)
    re.compile(rf"^(?P<trim>trim|cut|shorten|chop|crop|tighten) (?P<clip>.+?)(?: down| back)? (?:(?:(?:so(?: that)?|such that|until) )?"
               rf"(?:it|that|this|the clip|the shot|the footage)|to) {_EDGE_VERB} {_WHEN}$"),
    # "cut the lid clip off when I say X": its end
    re.compile(rf"^(?:cut|chop|trim) (?P<clip>.+?) (?P<verb>off) {_WHEN}$"),
    # "make the lid clip end when I say X", "have it start right when I talk about Y"
    re.compile(rf"^(?:make|have|let|get) (?P<clip>.+?) {_EDGE_VERB} {_WHEN}$"),
    # "end the lid clip right when I start talking about X", "start the music when I say Y"
    re.compile(rf"^(?P<verb>start|begin|end|finish|stop|bring in) (?P<clip>.+?) {_WHEN}$"),
    # "the lid clip should end when I say X"
    re.compile(rf"^(?P<clip>(?:the|my|that|this) .+?) (?:should|needs to|has to|must|ought to|can|could) "
               rf"{_EDGE_VERB} {_WHEN}$"),
)
_VIDEO = re.compile(r"(?:the |my |this |our )?(?:video|edit|whole thing|whole video|timeline|film|vlog|movie|talk|recording|"
                    r"things|everything|it|start|beginning|end|ending|front|head|tail|intro|outro)")
_SAY = re.compile(r"^i (?:say|said|says|go|start saying|begin saying|get to saying)\s+(?P<w>.+)$")
_ABOUT = re.compile(r"^i (?:first |start |begin |get (?:on)?to |finally )?(?:talk|talking|talks|start talking|begin talking|"
                    r"mention|mentioning|explain|explaining|describe|describing|get onto|get to|go over|cover|bring up)"
                    r"(?: about| on| how)? (?:the (?:bit|part) about )?(?P<a>.+)$")
_DONE = re.compile(r"^i(?:'m| am|'ve)? (?:stop|stopped|finish|finished|done|am done|wrap up|move on from)"
                   r"(?: (?:talking|talking about|explaining|describing|with|on|going on about))?(?: about)?"
                   r"(?: the (?:bit|part|line|sentence|section) (?:about|on)| the)? (?P<d>.+)$")


def clip_edge_at_words(ctx: Ctx) -> Match | None:
    """A named clip (not the talk, not the video) starts or ends where words are said or a topic starts."""
    for pattern in _FRAMES:
        m = pattern.match(ctx.text)
        if m is not None:
            break
    else:
        return None
    name = re.sub(r"^(?:the |its )?(?:start|beginning|end|ending|front|tail|head) of ", "", m.group("clip").strip())
    if _VIDEO.fullmatch(name):
        return None  # the video's own edges: said_edges.video_edge_at_talk and the quote intents
    verb = m.group("verb")
    head = verb.startswith(("start", "begin", "come", "kick", "appear", "bring"))
    place = m.group("x").strip(" .!?")
    if not (_SAY.match(place) or _ABOUT.match(place) or _DONE.match(place)):
        return None  # "when the music drops", "when it fades": not a place in the talk
    from editor_app.planner.refs import clip_refs, one_clip
    from editor_app.planner.said_in import spoken_sentences

    clips = clip_refs(ctx, name, pronoun_ok=True)  # a media only in the bin asks (refs)
    if not clips:
        raise Unclear(f"I can't find \"{name}\" on the timeline. Which clip should {'start' if head else 'end'} there?")
    clip = one_clip(ctx, clips, "trim")
    if ctx.track_of(clip).role in ("main", "voice"):
        return None  # the talk itself: the video-edge and word intents
    placed, spans = spoken_sentences(ctx)
    if not spans:
        raise Unclear("There is no word transcript for the talk on the timeline yet, so I can't tell where that is said.")
    at, what = _where(ctx, place, placed, spans, f"{'start' if head else 'end'} {ctx.label(clip)}")
    return _edge(ctx, clip, at, what, head, trim=bool(m.groupdict().get("trim")))


def _where(ctx: Ctx, place: str, placed, spans, goal: str) -> tuple[float, str]:
    """(timeline seconds, how the reply names it) of the place in the talk; Unclear when it is not said
    or said more than once."""
    from editor_app.planner.said_in import described, said_at, said_loosely

    said = _SAY.match(place)
    if said:
        words = said.group("w").strip(" \"'“”‘’.,!?")
        hits = said_at(placed, words) or said_loosely(placed, words)
        if not hits:
            raise Unclear(f"To {goal} there: I don't hear you say \"{words}\" in the talk. Quote the words as you say "
                          f"them, or give a time.")
        if len(hits) > 1:
            times = ", ".join(clock(placed[a].start) for a, _ in hits)
            raise Unclear(f"To {goal} there: you say \"{words}\" {len(hits)} times (at {times}). Which one? Quote a few "
                          f"more words, or give the time.")
        a, _ = hits[0]
        return placed[a].start, f"when you say \"{words}\" ({clock(placed[a].start)})"
    done = _DONE.match(place)
    if done:
        sentence = described(ctx, done.group("d"), spans)
        return sentence.end, f"when \"{_short(sentence.text)}\" ends ({clock(sentence.end)})"
    about = _ABOUT.match(place)
    sentence = described(ctx, about.group("a"), spans)
    return sentence.start, f"when \"{_short(sentence.text)}\" starts ({clock(sentence.start)})"


def _edge(ctx: Ctx, clip, at: float, what: str, head: bool, *, trim: bool) -> Match:
    from editor_app.planner.intents.length import _can_last

    label = ctx.label(clip)
    start, end = ctx.sec(clip.start), ctx.sec(clip.end)
    at = round(at, 3)
    if head:
        if trim and start + 0.02 < at < end - 0.02:
            return Match([step("trim_clip", {"clip_id": clip.id, "start": num(at)})],
                         f"trim the start of {label} so it starts at {clock(at)}, {what}")
        if abs(at - start) < 0.02:
            raise Unclear(f"{label} already starts at {clock(start)}, {what}.")
        steps = [step("move_clip", {"clip_id": clip.id, "start": num(at)})]
        says = f"move {label} to {clock(at)}, {what}"
        return Match(steps + music_fit(ctx, clip, at), says + music_fit_says(ctx, clip, at))
    if abs(at - end) < 0.02:
        raise Unclear(f"{label} already ends at {clock(end)}, {what}.")
    if start + 0.02 < at < end - 0.02 or (at > end and _can_last(ctx, clip, at - start)):
        way = "trim" if at < end else "extend"
        return Match([step("trim_clip", {"clip_id": clip.id, "end": num(at)})],
                     f"{way} {label} so it ends at {clock(at)}, {what}")
    # it ends before the words are said and its media cannot last that long, or they are said before it
    # starts: trimming cannot end it there, so it moves, its length kept, to end there
    length = end - start
    if at - length < 0:
        raise Unclear(f"{label} runs {clock(start)}-{clock(end)}; to end at {clock(at)} ({what}) it would have to start "
                      f"before 0:00. Say another place, or trim it first.")
    new_start = round(at - length, 3)
    why = "its media is too short to reach there by trimming" if at > end else "that is before it starts"
    return Match([step("move_clip", {"clip_id": clip.id, "start": num(new_start)})],
                 f"move {label} to {clock(new_start)}-{clock(at)} so it ends {what} (it ran {clock(start)}-{clock(end)}; {why})")


def video_end(ctx: Ctx) -> float:
    """Where the video ends without its music: the end of the last clip on any other track."""
    ends = [c.end for t in ctx.project.tracks if t.role != "music" for c in t.clips]
    return ctx.sec(max(ends)) if ends else ctx.duration_s


def music_fit(ctx: Ctx, clip, start: float) -> list:
    """A music clip moved to ``start`` is trimmed so it does not run past the end of the video."""
    if ctx.track_of(clip).role != "music":
        return []
    stop = video_end(ctx)
    length = ctx.sec(clip.end - clip.start)
    if start + length <= stop + 0.02:
        return []
    if start >= stop:
        raise Unclear(f"The video ends at {clock(stop)}, so the music would start after it. Say an earlier time.")
    return [step("trim_clip", {"clip_id": clip.id, "end": num(round(stop, 3))})]


def music_fit_says(ctx: Ctx, clip, start: float) -> str:
    return f", and trim it to end with the video at {clock(video_end(ctx))}" if music_fit(ctx, clip, start) else ""


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"


INTENTS = [clip_edge_at_words]
