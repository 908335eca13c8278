"""The music lowered over one part of the talk only: "lower the music during the purring part", "I want the music
quieter under the bit about the belly", "dip the song over the booking section".

Why: the volume intent lowered the whole music clip (and the review then held it: the request did not name that
change), and ducking lowers it under all speech. A part said with "during/under/over/for" is where the dip goes: a
volume envelope on each music clip there, ramped in and out over a third of a second, the rest left as it is.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match

_LOWER = r"(?:lower|dip|duck|turn down|bring down|drop|reduce|soften|quieten|pull down|quieter|softer|lower down|down)"
_MUSIC = r"(?:the |my )?(?:background )?(?:music|song|tune|soundtrack|bed|backing track)"
_PART = re.compile(rf"\b(?:{_LOWER}\b.*?\b{_MUSIC}|{_MUSIC}\b.*?\b{_LOWER})\b[^,]*?\b(?P<place>(?:during|under|over|for|in|across|throughout) "
                   r"(?:the|my|that) .+)$")
_GENERAL = re.compile(r"\b(?:when|while|whenever)\b|\b(?:under|over|during) (?:the |my )?(?:talk|talking|speech|voice|speaking|"
                      r"whole (?:thing|video)|video|intro|outro|end|start|beginning|last|first)\b|\b(?:under|during) me\b|\d")
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
    music = [c for t in ctx.project.tracks_by_role("music") for c in t.clips]
    said = q.db(ctx.text)
    dip = -abs(said) if said is not None else -10.0
    steps = []
    for clip in music:
        start, end = ctx.sec(clip.start), ctx.sec(clip.end)
        a, b = max(passage.start, start), min(passage.end, end)
        if b <= a:
            continue
        times = [max(0.0, a - start - _RAMP), a - start, b - start, min(end - start, b - start + _RAMP)]
        points = [{"frame": num(times[0]), "db": 0}, {"frame": num(times[1]), "db": num(dip)},
                  {"frame": num(times[2]), "db": num(dip)}, {"frame": num(times[3]), "db": 0}]
        unique = {p["frame"]: p for p in points}  # a dip at the clip's very start has no ramp in
        steps.append(step("set_volume_envelope", {"clip_id": clip.id, "points": list(unique.values())}))
    if not steps:
        return None
    return Match(steps, f"lower the music by {abs(dip):g} dB from {clock(passage.start)} to {clock(passage.end)} only "
                        f"(\"{passage.quote[:50]}\")")


INTENTS = [music_dip_part]
