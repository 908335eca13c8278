"""The music silenced for part of the video: "cut the music under the first sentence", "kill the music while I talk
about the levers", "mute the music during the intro", "no music for the first 5 seconds" (round 16, lead).

Why: these were read as edits of something else, some destructive: "cut the music under the first sentence" cut the
first sentence out of the talk, "kill the music while I talk about X" removed the whole music clip, "mute the music
during the intro" muted the whole music track, "remove the music during the part about X" was about to delete that
sentence. A removal verb on the music with a span is a volume envelope that silences the music there (ramped at the
edges, as volume_span does), the music kept everywhere else. A span that cannot be read asks; nothing is cut.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.types import Ctx, Match, Unclear

SILENT_DB = -100.0  # an envelope gain that is silence (the envelope's floor)
_MUSIC = r"(?:the |my |that |this )?(?:background )?(?:music|song|soundtrack|backing track|music track|music bed)"
_VERB = (r"(?:mute|silence|kill|cut|remove|get rid of|drop|lose|stop|turn off|switch off|take out|pull|ditch|"
         r"cut out|fade out|take)")
_PREP = r"(?:under|underneath|beneath|behind|during|while|whilst|when|for|over|in|from|between|across|throughout|until|till|before)"
_OFF = re.compile(rf"^(?:(?:can|could) you |please |just |and |then )*(?:{_VERB} {_MUSIC}(?: out| off)?|no {_MUSIC}|"
                  rf"(?:turn|switch|take) {_MUSIC} (?:off|out))(?: completely| entirely)? (?P<span>{_PREP}\b.+)$")


# The music said by its own name: "get rid of the piano under the ending" (quiet piano loop.mp3 on the music track)
_NAMED = re.compile(rf"^(?:(?:can|could) you |please |just |and |then )*{_VERB} (?P<x>(?:the|my|that) [\w' -]+?)(?: out| off)?"
                    rf"(?: completely| entirely)? (?P<span>{_PREP}\b.+)$")


def _said(ctx: Ctx):
    """The match of a music removal with a span, by the word music or by the music's own name; None otherwise."""
    text = ctx.text.strip(" .!?")
    said = _OFF.match(text)
    if said is not None:
        return said
    named = _NAMED.match(text)
    if named is None or re.search(r"\b(?:b-?roll|talk|voice|video|clip of|sentence|line|bit|part|word)\b", named.group("x")):
        return None
    from dataclasses import replace

    from editor_app.planner.intents.audio import _names_music

    return named if _names_music(replace(ctx, text=named.group("x"))) else None


def music_off(ctx: Ctx) -> Match | None:
    """Envelope steps silencing the music over the span said; None when no music removal with a span is said."""
    said = _said(ctx)
    if said is None or re.search(r"\bfade\b", said.group(0)) and not re.search(r"\bfade out\b", said.group(0)):
        return None
    if re.search(r"\bfade\b", said.group(0)) and not re.match(r"(?:under|underneath|beneath|behind|during|while|whilst|when)\b",
                                                           said.group("span")):
        return None  # "fade out the music over 2 seconds", "... for the last 5 seconds": a fade, the fade intent's
    if re.search(r"\b(?:down|quieter|lower|softer|by \d|\d+ ?db)\b", ctx.text):
        return None  # "drop the music 6 dB during X": a level change, volume_span's
    from editor_app.planner.intents.audio import _volume_targets
    from editor_app.planner.intents.volume_span import _envelope, _span

    words = re.sub(rf"^(?:under|underneath|beneath|behind|throughout|across|from)\b", "during", said.group("span"))
    words = re.sub(r"^(?:when|whilst)\b", "while", words)
    span = _span(ctx, f"music {words}")
    if span is None:
        raise Unclear(f"Which part should the music be silent for? Say the times (\"from 0:10 to 0:20\") or the part "
                      f"(\"during the intro\", \"while I talk about ...\"). I haven't changed anything.")
    a, b = span
    targets = _volume_targets(ctx) or []
    if said.re is _NAMED:  # the music named by its own name: those clips
        from dataclasses import replace

        from editor_app.planner.refs import clip_refs

        targets = clip_refs(replace(ctx, text=said.group("x")), pronoun_ok=False)
    steps, says = [], []
    for clip in targets:
        points = _envelope(ctx, clip, a, b, SILENT_DB)
        if points is None:
            continue
        steps.append(step("set_volume_envelope", {"clip_id": clip.id, "points": points}, "audio"))
        says.append(ctx.label(clip))
    if not steps:
        raise Unclear(f"No music plays between {clock(a)} and {clock(b)}, so there is nothing to silence there.")
    return Match(steps, f"silence {' and '.join(says)} from {clock(a)} to {clock(b)}, the music kept everywhere else")


INTENTS = [music_off]
