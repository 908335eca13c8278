"""Questions about how a clip or track is set now (round 13, question): "what speed is the drone clip
at?", "what effects are on the gopro clip?", "is the music muted?", "does the drone shot have sound?",
"what did I say at 1:00?", "what's the first thing I say?", "how many times do I say um?".

Why: each was answered "I can answer questions about the video's length, ..." though the answer is in
the project: a clip's speed and effects, a track's mute, a file's audio, the transcript's words. People
ask them between edits ("is it still sped up?"), so "it" is the clip the last edit touched. Answered
from the project, never an edit; a name that fits no clip (or two) asks which.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx, Unclear

_SPEED = re.compile(r"\b(?:what speed|how fast|how slow|what(?:'s| is) the speed|is (?:it|that|the [\w .-]+?) (?:still )?"
                    r"(?:sped up|slowed down|slow[- ]?mo|in slow motion|at normal speed|faster|slower))\b")
_EFFECTS = re.compile(r"\b(?:what|which|any) (?:effects?|filters?|looks?|grades?)\b|\b(?:effects?|filters?) (?:are |is )?"
                      r"(?:on|applied)\b|\b(?:has|have|got) (?:any|an|some) (?:effects?|filters?)\b")
_MUTED = re.compile(r"^(?:is|are) (?:the )?(?P<what>[\w -]+?) (?:still )?(?:muted|mute|on mute|silent|switched off|off|on|"
                    r"audible|turned off|turned on)(?: right now| now| at the moment| still)?$")
_SOUND = re.compile(r"^(?:does|do|has|have|is there) (?:the |my |that )?(?P<what>[\w .-]+?) (?:have|has|got)? ?"
                    r"(?:any )?(?:sound|audio)\b|^is there (?:any )?(?:sound|audio) (?:on|in) (?:the |my )?(?P<what2>[\w .-]+)")
_SAID_AT = re.compile(r"\bwhat (?:did|do|was|am) (?:i|we|you) (?:say|said|saying|talking about|talk about)\b.*?\b(?:at|around) ")
_EDGE_LINE = re.compile(r"\b(?:what(?:'s| is| was)? (?:the|my) (?P<which>first|last|opening|closing|final) "
                        r"(?:thing|line|sentence|words?) (?:i|we|you) (?:say|said)|what(?:'s| is) my (?P<which2>first|last|opening|"
                        r"closing|final) (?:line|sentence)|how do (?:i|we) (?P<which3>start|open|end|finish|close))\b")
_UNUSED = re.compile(r"\b(?:which|what)(?: \w+)? (?:clips?|media|files?|shots?|footage|photos?|b-?roll)\b.*\b(?:haven't|have not|"
                     r"havent|didn't|did not|not) (?:i |we |you )?(?:used?|placed?|put in)\b|\bunused (?:clips?|media|files?|footage)\b")
_NAME = re.compile(r"^what(?:'s| is) (?:the|this|my) (?:video|project|edit)(?:'s name| called| named)$")
_HOW_MANY = re.compile(r"\bhow (?:many times|often) (?:do|did) (?:i|we|you) (?:say|use|said) (?:the word )?[\"']?(?P<w>[a-z']+)")


def answer_state(ctx: Ctx) -> str | None:
    """The answer, or None when the question is none of these."""
    t = ctx.text.strip(" ?.!")
    said_at = _SAID_AT.search(t)
    if said_at:
        from editor_app.planner import quantities as q
        from editor_app.planner.answers_where import _at_time

        found = q.times(t[said_at.end():])
        if found and found[0].start == 0:
            return _at_time(ctx, found[0].seconds)
    edge = _EDGE_LINE.search(t)
    if edge:
        which = edge.group("which") or edge.group("which2") or edge.group("which3")
        from editor_app.planner.topics import passage_at

        passage = passage_at(ctx, "start" if which in ("first", "opening", "start", "open") else "end")
        if passage is not None:
            return f"At {clock(passage.start)}-{clock(passage.end)} you say: \"{passage.quote}\" I didn't change anything."
    many = _HOW_MANY.search(t)
    if many:
        return _count_word(ctx, many.group("w"))
    if _UNUSED.search(t):
        used = {c.media_id for c in ctx.project.clips()}
        left = [a.name for a in ctx.project.media.values() if a.id not in used]
        return (("Not on the timeline yet: " + ", ".join(left) + ".") if left else "Every file in the bin is on the timeline.") \
            + " I didn't change anything."
    if _NAME.match(t):
        return f"The project is called \"{ctx.project.name}\". I didn't change anything."
    muted = _MUTED.match(t)
    if muted and (track := _track_named(ctx, muted.group("what"))) is not None:
        state = "muted" if track.muted else "not muted"
        return f"The {track.name or track.role} track ({track.id}) is {state}. I didn't change anything."
    sound = _SOUND.match(t)
    if sound:
        return _has_sound(ctx, sound.group("what") or sound.group("what2"))
    if _SPEED.search(t):
        clip = _one_clip(ctx)
        if clip is not None:
            speed = float(clip.speed)
            how = "normal speed (1x)" if speed == 1 else f"{speed:g}x ({'faster' if speed > 1 else 'slower'} than normal)"
            return f"{ctx.label(clip)} plays at {how}. I didn't change anything."
    if _EFFECTS.search(t):
        clip = _one_clip(ctx)
        if clip is not None:
            if not clip.effects:
                return f"{ctx.label(clip)} has no effects. I didn't change anything."
            names = ", ".join(e.type.replace("_", " ") for e in clip.effects)
            return f"{ctx.label(clip)} has: {names}. I didn't change anything."
    return None


def _one_clip(ctx: Ctx):
    """The one clip the question names (or "it": the last edit's), else None; two ask which."""
    from editor_app.planner.refs import clip_refs

    clips = clip_refs(ctx, pronoun_ok=True)
    if len(clips) > 1:
        raise Unclear("Which clip do you mean: " + ", ".join(ctx.label(c) for c in clips[:4]) + "?")
    return clips[0] if clips else None


def _track_named(ctx: Ctx, what: str):
    from editor_app.planner.refs import track_ref

    if re.search(r"\b(?:music|song|soundtrack|tune)\b", what):
        music = ctx.project.tracks_by_role("music")
        return music[0] if music else None
    if re.search(r"\b(?:voice|talk|talking|speech|narration|main)\b", what):
        main = ctx.project.tracks_by_role("main")
        return main[0] if main else None
    return track_ref(ctx, what) if re.search(r"\b(?:track|t\d+)\b", what) else None


def _has_sound(ctx: Ctx, what: str) -> str | None:
    from editor_app.planner.media_refs import media_mentions

    try:
        named = media_mentions(ctx.__class__(f"the {what}", ctx.project), strict=False)
    except Unclear:
        return None
    if len({a.id for a in named}) != 1:
        return None
    asset = named[0]
    if asset.kind == "image":
        return f"{asset.name} is a still photo, so it has no sound. I didn't change anything."
    return (f"{asset.name} {'has' if asset.has_audio else 'has no'} sound of its own. I didn't change anything.")


def _count_word(ctx: Ctx, word: str) -> str:
    from editor_app.model.word_cuts import timeline_words

    said = [w for w in timeline_words(ctx.project) if re.sub(r"[^a-z']", "", w.text.lower()) == word]
    if not said:
        return f"You don't say \"{word}\" anywhere on the timeline. I didn't change anything."
    times = ", ".join(clock(float(w.start)) for w in said[:8]) if hasattr(said[0], "start") else ""
    return (f"You say \"{word}\" {len(said)} time{'s' if len(said) != 1 else ''}"
            f"{' (at ' + times + ')' if times else ''}. I didn't change anything.")
