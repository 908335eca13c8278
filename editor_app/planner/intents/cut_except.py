"""A cut of the timeline with a track kept out of it (round 16): "cut 0:20 to 0:25 but keep the music",
"remove the first 5 seconds, leave the music alone", "cut the last 10 seconds but not the music".

Why: the music named in the message was taken for the thing to cut: "cut the last 10 seconds but keep the
music" trimmed the music to its first 10 seconds (the one thing the user asked to keep), and the other
forms asked whether the times were the music file's own.

Rule: a time cut (any form the cut intents read: a range, "the first/last N seconds") followed by "but
keep / leave / not / except (for) / apart from" a kind of track (music, B-roll, titles, the talk) cuts
every other unlocked track; the kept track plays on unbroken, and a music bed that would then run past
the end of the video is trimmed to end with it. A cut that reaches the end of the video asks instead
(keeping the music there would leave it playing alone where the cut was), and a clip or a track the
project does not have asks too. Nothing else is changed.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_KEEP = re.compile(r"^(?P<cut>(?:cut|remove|delete|trim|lose|drop|chop|snip|get rid of|take out|kill|scrap)\b.+?)"
                   r"(?:,|;| -|\s)\s*(?:but\s+|and\s+|though\s+)?(?:please\s+)?"
                   r"(?:keep|leave|not|except(?: for)?|apart from|without touching|don't touch|do not touch|dont touch)\s+"
                   r"(?P<what>(?:the|my)\s+[a-z -]+?)"
                   r"(?:\s+(?:alone|be|going|playing|running|as it is|as is|intact|untouched|though|in|there|under it|under that|please))*"
                   r"\s*[.!]?$")
_ROLES = {"music": ("music",), "song": ("music",), "soundtrack": ("music",), "backing track": ("music",),
          "background music": ("music",), "music track": ("music",), "music bed": ("music",),
          "b-roll": ("broll",), "b roll": ("broll",), "broll": ("broll",), "cutaways": ("broll",),
          "titles": ("titles", "title"), "captions": ("titles", "title"), "text": ("titles", "title"),
          "talk": ("main", "voice"), "voice": ("main", "voice"), "voiceover": ("voice",)}


def _roles(what: str) -> tuple[str, ...] | None:
    said = re.sub(r"^(?:the|my)\s+", "", what.strip())
    said = re.sub(r"\s+(?:track|tracks|layer|clip|clips)$", "", said)
    return _ROLES.get(said)


def cut_except(ctx: Ctx) -> Match | None:
    """ "cut 0:20-0:25 but keep the music": the cut on every other track (see the module)."""
    m = _KEEP.match(ctx.text.strip())
    if m is None:
        return None
    roles = _roles(m.group("what"))
    if roles is None:
        return None
    from editor_app.planner.intents import INTENTS

    cut = dataclasses.replace(ctx, text=m.group("cut").strip(" ,"))
    planned = next((found for found in (intent(cut) for intent in INTENTS if intent is not cut_except) if found), None)
    if planned is None or not planned.steps or any(s.tool != "cut_range" or s.args.get("track_ids") for s in planned.steps):
        return None
    kept = [t for t in ctx.project.tracks if t.role in roles]
    if not kept:
        raise Unclear(f"There is no {m.group('what').removeprefix('the ').removeprefix('my ')} track in this project to keep. "
                      f"Say \"{cut.text}\" to cut every track.")
    others = [t.id for t in ctx.project.tracks if not t.locked and t not in kept]
    end = ctx.duration_s
    cut_s = 0.0
    for s in planned.steps:
        a, b = float(s.args["start"]), float(s.args["end"])
        cut_s += b - a
        if b >= end - 0.05:
            raise Unclear(f"Cutting {clock(a)}-{clock(b)} from everything but {m.group('what')} would leave {m.group('what')} "
                          f"playing on its own there, at the end. Say \"{cut.text}\" to cut every track, or \"fade "
                          f"{m.group('what')} out at the end\".")
    steps = [step("cut_range", {**s.args, "track_ids": others}) for s in planned.steps]
    new_end = max((ctx.sec(t.end) for t in ctx.project.tracks if t.id in others and t.clips), default=end) - cut_s
    trims = [step("trim_clip", {"clip_id": c.id, "end": num(round(new_end, 3))})
             for t in kept if t.role == "music" for c in t.clips if ctx.sec(c.end) > new_end + 0.05 and ctx.sec(c.start) < new_end]
    spans = " and ".join(f"{clock(float(s.args['start']))}-{clock(float(s.args['end']))}" for s in sorted(
        planned.steps, key=lambda s: float(s.args["start"])))
    keep_says = f"; {m.group('what')} plays on under the cut" + (f", trimmed to end with the video at {clock(new_end)}" if trims else "")
    return Match(steps + trims, f"cut {spans} from every track except {m.group('what')}, closing the gap{keep_says}")


INTENTS = [cut_except]
