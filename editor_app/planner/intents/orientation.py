"""Which way a picture faces: "mirror the GoPro clip", "flip it horizontally", "rotate IMG_4410 90
degrees clockwise", "the phone clip is upside down", "turn it the right way up" (round 12, lead).

Why its own intent, before the reorders: "flip" also means swapping two clips ("flip the two spray
shots round"), so only a request with a way to face (mirror, horizontally, upside down, degrees,
clockwise) or one clip and no pair word is read here. A phone clip "on its side" or "sideways"
could need a quarter turn either way, so it asks which; "upside down" is a half turn (a camera held
the wrong way up is turned, not mirrored), unless the user says "flip it vertically".
"""

from __future__ import annotations

import re

from editor_app.model.effects import Rotate
from editor_app.model.operations.effect_ops import describe_effect
from editor_app.planner.intents.effects import _video_targets
from editor_app.planner.intents import step
from editor_app.planner.types import Ctx, Match, Unclear

# asked as the verb ("flip it", "can you mirror the X clip", "rotate IMG_2 90") or said as the picture's state
# ("it's upside down", "the X clip is on its side", "the text reads backwards", "it needs flipping")
_ASKED = re.compile(r"^(?:(?:can|could|would) you |please |pls |now |and |then |just |also |ok |okay )*"
                    r"(?:flip|mirror|rotate|turn|spin)\b")
_STATE = re.compile(r"(?:\bis|'s|\blooks|\bseems|\bwas|\bare|\bcame out|\bshot|\bfilmed)(?: \w+)? (?:upside[- ]down|mirrored|"
                    r"flipped|back to front|sideways|on (?:its|it's|their) side|the wrong way up|rotated)\b"
                    r"|\bthe text (?:reads|is) backwards?\b|\bneeds? (?:flipping|mirroring|rotating|turning)\b")
_PAIR = re.compile(r"\b(?:and|both|two|them|round|around|order|places|positions|swap)\b")
_MIRROR = re.compile(r"\bmirror(?:ed|ing)?(?: image)?\b|\b(?:flip|flipped|flipping)\b(?! (?:it |that |this |them )?"
                     r"(?:upside|vertical|over|top))|\bback to front\b|\bleft[- ]to[- ]right\b|\bhorizontal(?:ly)?\b"
                     r"|\bthe text (?:reads|is) backwards?\b|\bbackwards? text\b")
_VERTICAL = re.compile(r"\bvertical(?:ly)?\b|\btop to bottom\b|\bflip(?:ped)? (?:it |that |this )?(?:over|upside down)\b")
_UPSIDE = re.compile(r"\bupside[- ]down\b|\bthe (?:right|correct) way up\b|\bthe wrong way up\b")
_ROTATE = re.compile(r"\brotat(?:e|ed|ing|ion)\b|\bturn(?:ed)? (?:it |that |this |\S+ )?(?:by )?(?:90|180|270|ninety)\b"
                     r"|\b(?:on its side|sideways)\b")
_DEGREES = re.compile(r"\b(90|180|270|ninety|a quarter|a half|quarter|half)(?: (?:degrees?|deg|°|turn))?\b")
_ANTI = re.compile(r"\b(?:anti[- ]?clockwise|counter[- ]?clockwise|ccw|to the left|left(?:wards)?)\b")
_THE_WORDS = re.compile(r"\b(?:mirror(?:ed|ing)?(?: image)?|flip(?:ped|ping)?|rotat(?:e|ed|ing)|turn(?:ed)?|horizontal(?:ly)?|"
                        r"vertical(?:ly)?|upside[- ]down|left[- ]to[- ]right|back to front|top to bottom|(?:anti[- ]?|counter[- ]?)?"
                        r"clockwise|by|to the (?:left|right)|(?:90|180|270|ninety) ?(?:degrees?|deg|°)?|a (?:quarter|half) turn|"
                        r"on its side|sideways|(?:the )?(?:right|correct|wrong) way up|over|please)\b")


def orientation(ctx: Ctx) -> Match | None:
    t = ctx.text
    mirror, vertical, upside, rotate = (bool(p.search(t)) for p in (_MIRROR, _VERTICAL, _UPSIDE, _ROTATE))
    if not (mirror or vertical or upside or rotate):
        return None
    if not (_ASKED.match(t) or _STATE.search(t)):
        return None  # "slow the pancake flip down": a flip that is a thing, and another edit asked for
    if re.search(r"\b(?:remove|delete|drop|undo|no more|without|strip(?= (?:the|off|out|it|that|all)\b)|clear|un-?flip|un-?mirror|turn off|cut|trim|snip|"
                 r"sentence|line|say|said|says|saying|talk(?:s|ed|ing)? about|mention|mentions|where i|when i)\b|\btake (?:the |that |its )?"
                 r"(?:mirror|flip|rotation)\b|\b(?:mirror|flip|rotation) off\b", t):
        return None  # "take the mirror off it" is remove_effect's; "the upside down sentence" is words of the talk
    if _named_by(ctx, t):
        return None  # "the flipping pancake shot": a word of a media's name or description, not a way to face
    if re.search(r"\b(?:flip|flipped)\b", t) and not (vertical or upside or rotate) and _PAIR.search(t) \
            and not re.search(r"\bhorizontal(?:ly)?\b|\bmirror", t):
        return None  # "flip the two spray clips round": a reorder
    if re.search(r"\b(?:title|caption|text (?:on|over))\b", t) and not re.search(r"\bthe text (?:reads|is) backwards?\b", t):
        return None
    clips = _video_targets(ctx, "turn", _THE_WORDS.pattern)
    if rotate and not upside:
        amount = _DEGREES.search(t)
        if amount is None:  # "it's on its side", "rotate it": which way is the user's to say
            raise Unclear(f"Which way should {', '.join(ctx.label(c) for c in clips)} turn: a quarter turn clockwise or "
                          "anticlockwise, or a half turn? Say e.g. \"rotate it 90 degrees clockwise\".")
        word = amount.group(1)
        degrees = 180 if word in ("180", "a half", "half") else 90
        if degrees == 90 and (_ANTI.search(t) or word == "270"):
            degrees = 270
        effect = {"type": "rotate", "degrees": degrees}
        said = describe_effect(Rotate(degrees=degrees))
    elif upside and not vertical:  # the camera was held upside down: turn it round
        effect, said = {"type": "rotate", "degrees": 180}, describe_effect(Rotate(degrees=180)) + " (the right way up)"
    else:
        effect = {"type": "flip", "horizontal": mirror and not (vertical and not re.search(r"\bhorizontal|\bmirror|\bboth\b", t)),
                  "vertical": vertical}
        said = "mirrored " + " and ".join(w for w, on in (("left to right", effect["horizontal"]),
                                                          ("upside down", effect["vertical"])) if on)
    return Match([step("add_effect", {"clip_id": c.id, "effect": dict(effect)}, agent="effects") for c in clips],
                 f"turn {', '.join(ctx.label(c) for c in clips)}: {said}")


def _named_by(ctx: Ctx, t: str) -> bool:
    """Every orientation word said is a word of some media's name or description ("flipping-pancake.mp4",
    "a mirror selfie"), and no unmistakable one (degrees, horizontally, clockwise) is said."""
    if re.search(r"\b(?:horizontal(?:ly)?|vertical(?:ly)?|clockwise|anti-?clockwise|counter-?clockwise|degrees?|"
                 r"90|180|270|on its side|sideways|the (?:right|wrong) way up)\b", t):
        return False
    said = {w for w in re.findall(r"[a-z]+", t)
            if re.fullmatch(r"flip\w*|mirror\w*|rotat\w*|upside|turn\w*", w)}
    if not said:
        return False
    media_words = set()
    for asset in ctx.project.media.values():
        media_words.update(re.findall(r"[a-z]+", f"{asset.name} {asset.description or ''} {' '.join(asset.tags)}".lower()))
    return said <= media_words


INTENTS = [orientation]
