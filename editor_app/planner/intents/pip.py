"""Picture-in-picture: "put the screen recording small in the top right corner", "make the GoPro clip
picture in picture, bottom left", "shrink it down into the corner so you can still see me", "PiP the
drone shot at 30%", and back: "make the screen recording full screen again" (round 13, refs).

Why its own intent, before placements and the picture effects: a corner and a size word said about a
clip are where its picture sits in the frame, not a time ("put X in the corner" has no time to place
it at) nor a zoom or crop. A clip only in the bin has no picture to shrink yet: clip_refs asks to put
it on the timeline first. Titles and captions keep their own corner words (a title's position).
"""

from __future__ import annotations

import re

from editor_app.model.effects import PictureInPicture
from editor_app.model.operations.effect_ops import describe_effect
from editor_app.planner.intents import step
from editor_app.planner.intents.effects import _video_targets
from editor_app.planner.types import Ctx, Match

_PIP = re.compile(r"\bpicture[- ]in[- ](?:a[- ])?picture\b|\bpip(?:'?d|ped)?\b|\bpicture[- ]in[- ]pic\b")
_CORNER = re.compile(r"\b(?:(?:top|upper|bottom|lower)[- ](?:right|left)(?:[- ]hand)?|(?:right|left)[- ](?:top|bottom)|"
                     r"corner)\b")
_SMALL = re.compile(r"\b(?:small(?:er)?|tiny|little|mini|shrink\w*|shrunk|scal(?:e|ed|ing) (?:it |that |this |\S+ )?down|"
                    r"resiz\w*|inset|thumbnail|box(?:ed)? in)\b")
_FULL = re.compile(r"\b(?:full[- ]?screen|full[- ]?size|fill (?:the )?(?:whole )?(?:frame|screen))\b")
_TEXT = re.compile(r"\b(?:title|caption|text|lower third|subtitle|heading|words? on screen)\b")
_UNDO = re.compile(r"\b(?:remove|delete|undo|drop|take (?:off|away|out)|no more|get rid of|turn off|without)\b")
_THE_WORDS = (r"\b(?:picture[- ]in[- ](?:a[- ])?pic(?:ture)?|pip(?:'?d|ped)?|(?:in|into|to|at) (?:the )?(?:(?:top|upper|bottom|lower)"
              r"[- ](?:right|left)(?:[- ]hand)?|(?:right|left)[- ](?:top|bottom))(?: corner)?|(?:in|into|to) (?:the |a )?corner|"
              r"(?:top|upper|bottom|lower)[- ](?:right|left)(?:[- ]hand)?(?: corner)?|corner|small(?:er)?|tiny|little|mini|"
              r"shrink\w*|shrunk|down|so (?:you|people|they|we) can (?:still )?see (?:me|my face|the talk)|full[- ]?screen|"
              r"again|\d+ ?(?:%|percent)|(?:a |one )?(?:quarter|third|half)(?: size)?|size|please)\b")


def _position(t: str) -> tuple[str, bool]:
    """The corner asked for, and whether it was said (a bare "corner" sits top right, and the reply says so)."""
    vertical = "bottom" if re.search(r"\b(?:bottom|lower)\b", t) else "top" if re.search(r"\b(?:top|upper)\b", t) else None
    horizontal = "left" if re.search(r"\bleft\b", t) else "right" if re.search(r"\bright\b(?! (?:now|away|there|after|before))", t) \
        else None
    if vertical is None and horizontal is None:
        return "top-right", False
    return f"{vertical or 'top'}-{horizontal or 'right'}", True


def _scale(t: str) -> float:
    """How big the small picture is: a share said ("30%", "a quarter", "half size"), else small (0.35) or tiny (0.25)."""
    percent = re.search(r"\b(\d{1,2}) ?(?:%|percent)", t)
    if percent and 10 <= int(percent.group(1)) <= 90:
        return int(percent.group(1)) / 100
    for word, share in (("quarter", 0.25), ("third", 0.33), ("half", 0.5)):
        if re.search(rf"\b(?:a |one )?{word}(?: (?:the )?size)?\b", t):
            return share
    return 0.25 if re.search(r"\b(?:tiny|smaller|really small|very small)\b", t) else 0.35


def picture_in_picture(ctx: Ctx) -> Match | None:
    t = ctx.text
    if _TEXT.search(t):
        return None  # "a caption in the top right corner": a title's position
    pip, corner, small, full = (bool(p.search(t)) for p in (_PIP, _CORNER, _SMALL, _FULL))
    if full and not pip and not corner and not small and re.search(r"\b(?:again|back)\b", t):
        return _back_to_full(ctx)
    if pip and _UNDO.search(t):
        return _back_to_full(ctx)
    if not (pip or (corner and small)):
        return None
    clips = _video_targets(ctx, "show picture-in-picture", _THE_WORDS)
    position, said = _position(t)
    effect = PictureInPicture(scale=_scale(t), position=position)
    args = effect.model_dump(exclude={"id"})
    where = "" if said else " (top right: say another corner if you want it elsewhere)"
    return Match([step("add_effect", {"clip_id": c.id, "effect": dict(args)}, agent="effects") for c in clips],
                 f"show {', '.join(ctx.label(c) for c in clips)} as {describe_effect(effect)}{where}")


def _back_to_full(ctx: Ctx) -> Match:
    """The picture back to filling the frame: the picture-in-picture taken off the clips that have it."""
    clips = [c for c in _video_targets(ctx, "show full screen", _THE_WORDS) if any(e.type == "pip" for e in c.effects)]
    if not clips:
        from editor_app.planner.types import Unclear

        raise Unclear("No clip there is shown picture-in-picture, so it already fills the frame.")
    return Match([step("remove_effect", {"clip_id": c.id, "effect_type": "pip"}, agent="effects") for c in clips],
                 f"show {', '.join(ctx.label(c) for c in clips)} full screen again")


INTENTS = [picture_in_picture]
