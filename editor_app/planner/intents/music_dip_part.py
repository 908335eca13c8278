"""The music (or the talk) lowered over one part of the talk only: "lower the music during the purring part", "I want
the music quieter under the bit about the belly", "mute the talk during the purring part".

Why: the volume intent lowered the whole music clip (and the review then held it: the request did not name that
change), and ducking lowers it under all speech. A part said with "during/under/over/for" is where the dip goes: a
volume envelope on each music clip there (on the talk's clips when the talk is said; "mute" is -100 dB), ramped in
and out over a third of a second, the rest left as it is. Muting the whole track had silenced the whole talk.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match

_LOWER = r"(?:lower|dip|duck|turn down|bring down|drop|reduce|soften|quieten|pull down|quieter|softer|lower down|down|mute|silence)"
_MUSIC = r"(?:the |my )?(?:background )?(?:music|song|tune|soundtrack|bed|backing track|talk|voice|talking|audio of me)"
_VOICE = re.compile(r"\b(?:talk|voice|talking|audio of me)\b")
_PART = re.compile(rf"\b(?:{_LOWER}\b.*?\b{_MUSIC}|{_MUSIC}\b.*?\b{_LOWER})\b[^,]*?\b(?P<place>(?:during|under|over|for|in|across|throughout) "
                   r"(?:the|my|that) .+)$")
_GENERAL = re.compile(r"\b(?:when|while|whenever)\b|\b(?:under|over|during) (?:the |my )?(?:talk|talking|speech|voice|speaking|"
                      r"whole (?:thing|video|talk|vid|clip|time)|entire (?:thing|video|talk)|video|intro|outro|end|start|beginning|last|first)\b|\b(?:under|during) me\b|\d")
_RAMP = 0.3  # seconds each way


def music_dip_part(ctx: Ctx) -> Match | None:
    """An envelope that lowers the music over the part of the talk said, and only there."""
    found = _PART.search(ctx.text)
    place = re.sub(r",? (?:by |to |like )?-?\d+(?:\.\d+)? ?(?:db|decibels)\b.*$", "", found.group("place")) if found else ""
    if found is None or _GENERAL.search(place):
        return None  # "duck the music when I talk": all speech (ducking); "over the intro": read as a time by others
    from editor_app.planner.intents.broll import spoken_place

    passage = spoken_place(ctx, re.sub(r"^(?:during|under|for|in|across|throughout) ", "over ", place))
    if passage is None:
        return None
    voice = _VOICE.search(ctx.text[: found.start("place")]) is not None  # round 16: "mute the talk during X": the talk there
    music = [c for t in ctx.project.tracks_by_role("main" if voice else "music") for c in t.clips]
    said = q.db(ctx.text)
    muted = re.search(r"\b(?:mute|silence)\b", ctx.text) is not None
    dip = -100.0 if muted else -abs(said) if said is not None else -10.0
    steps = []
    for clip in music:
        start, end = ctx.sec(clip.start), ctx.sec(clip.end)
        a, b = max(passage.start, start), min(passage.end, end)
        if b <= a:
            continue
        times = [max(0.0, a - start - _RAMP), a - start, b - start, min(end - start, b - start + _RAMP)]
        points = [{"frame": num(times[0]), "db": 0}, {"frame": num(times[1]), "db": num(dip)},
                  {"frame": num(times[2]), "db": num(dip)}, {"frame": num(times[3]), "db": 0}]
        # keyframes already there (a duck) stay outside the dip: set_volume_envelope replaces the whole list
        kept = [{"frame": num(ctx.sec(p.frame)), "db": num(p.db)} for p in clip.envelope
                if not times[0] <= ctx.sec(p.frame) <= times[3]]
        unique = {p["frame"]: p for p in sorted(kept + points, key=lambda p: p["frame"])}  # no ramp in at the very start
        steps.append(step("set_volume_envelope", {"clip_id": clip.id, "points": list(unique.values())}))
    if not steps:
        return None
    how = "mute" if muted else f"lower by {abs(dip):g} dB"
    return Match(steps, f"{how} the {'talk' if voice else 'music'} from {clock(passage.start)} to {clock(passage.end)} only "
                        f"(\"{passage.quote[:50]}\")")


INTENTS = [music_dip_part]
