"""A new value said alone right after a level or speed change: "actually -18", "make it -18",
"try -16 db", "no, 1.5x then", "go with 1.25".

Why: people correct the number of the edit just made without saying again what it was on. Read
alone, "-18" names no clip and no action, so it was not understood (or asked "whose volume?").
It is the last edit once more with the value said, on the clips that edit changed: only when
every step of that edit set a level (a value in dB, or a negative number) or every step set a
speed (a value with "x" or "times", or a plain number); anything else is left as said.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import num, step
from editor_app.planner.types import Ctx, Match

_LEAD = (r"^(?:(?:no+|nah|nope|actually|sorry|hmm+|wait|ok|okay|oh|or|rather|maybe|erm?|um+|and)[ ,]+)*"
         r"(?:(?:try|make (?:it|that|them)|set (?:it|that|them) (?:to|at)|put (?:it|that|them) (?:to|at)|go (?:with|for)|"
         r"change (?:it|that) to|let's (?:try|do|go with)|i meant|i said|more like|how about|what about|"
         r"go (?:down |up )?to|drop (?:it )?to|lower it to|raise it to) )?(?:at |to )?")
_TAIL = r"(?: (?:instead|then|please|pls|thanks|maybe|rather))*$"
_LEVEL = re.compile(_LEAD + r"(?P<db>[+-]?\d+(?:\.\d+)?) ?(?P<unit>db|decibels?)?" + _TAIL)
_SPEED = re.compile(_LEAD + r"(?P<x>\d+(?:\.\d+)?) ?(?P<unit>x|times(?: speed)?|times as fast)?(?: speed)?" + _TAIL)


def value_instead(ctx: Ctx) -> Match | None:
    """The last edit's level or speed, set again on the same clips to the value the message says."""
    last = ctx.memory.last_edit() if ctx.memory is not None else None
    if last is None or not last.steps:
        return None
    tools = {s.get("tool") for s in last.steps}
    t = ctx.text.strip(" .!?")
    if tools == {"set_volume"}:
        said = _LEVEL.match(t)
        if said is None or not (said.group("unit") or said.group("db").startswith("-")):
            return None  # "make it 3" after a level change is no level
        db = max(-100.0, min(24.0, float(said.group("db"))))
        return _again(ctx, last.steps, "set_volume", "db", db, f"{db:g} dB")
    if tools == {"set_speed"}:
        said = _SPEED.match(t)
        if said is None:
            return None
        speed = float(said.group("x"))
        if not 0.05 <= speed <= 16:
            return None
        return _again(ctx, last.steps, "set_speed", "speed", speed, f"{speed:g}x")
    return None


def _again(ctx: Ctx, old_steps: list[dict], tool: str, key: str, value: float, said: str) -> Match | None:
    """The old steps with ``key`` set to ``value``; None when a clip they changed is gone."""
    steps, says = [], []
    for old in old_steps:
        clip_id = old.get("args", {}).get("clip_id", "")
        found = ctx.project.find_clip(clip_id) if clip_id else None
        if found is None:
            return None  # the clip is gone (undone or removed): read the words as said
        clip = found[1]
        steps.append(step(tool, {**old["args"], key: num(value)}, old.get("agent")))
        if tool == "set_volume":  # "(was X)": what "back a bit" reads (planner/adjust.py)
            says.append(f"set {ctx.label(clip)} to {said} (was {float(clip.volume_db):g})")
        else:
            says.append(f"play {ctx.label(clip)} at {said} instead")
    return Match(steps, ", ".join(says))
