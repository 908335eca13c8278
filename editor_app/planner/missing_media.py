"""A media named by what it is, that the project does not have: ask, never place another one.

Why: "timelapse over the intro", "add the hammer sound at 2:00" and "drone shot over my hello" name a
media by a kind of shot or by what it sounds like. When nothing in the project is that, the B-roll
intent used to fall back to the media nearest the topic of the place (a still over the intro) or to
the one sound effect there is (a door slam for a screwdriver). A phrase said as a name, with no article
("timelapse over ...") or with one ("the hammer sound"), that names nothing asks which media is meant.
A phrase of kind words only ("some broll", "a cutaway", "the sound effect") names no particular media
and is left to the caller.
"""

from __future__ import annotations

import re

from editor_app.planner.meaning import STOP
from editor_app.planner.types import Ctx, Unclear

_SOUND_NOUN = r"(?:sound effects?|sounds?|noises?|sfx)"
# "the hammer sound", "a drill noise", "hammer sfx" (words that say what it is, then a noun for a sound)
_SOUND = re.compile(rf"(?:^|\b(?:the|my|our|that|this|a|an|some)\s)((?:[a-z0-9'-]+ ){{1,2}}){_SOUND_NOUN}\b")
# Media said first with no article: "timelapse over the intro", "drone shot at 0:10"
_BARE_HEAD = re.compile(r"^(?!(?:the|my|our|that|this|a|an|some|any|it|them)\b)((?:[a-z0-9'&-]+ ){0,3}?"
                        r"(?:shots?|clips?|footage|videos?|photos?|pictures?|pics?|images?|stills?|close[- ]?ups?|closeups?|"
                        r"time[- ]?lapses?|slow[- ]?mo(?:tion)?|aerials?|drone))\b")
# Words that say nothing about which media: "some broll", "a cutaway", "another clip".
_PLAIN = frozenset("some any another other more extra b broll b-roll cutaway cutaways overlay background new "
                   "same one few couple little short quick".split())


def bare_named(ctx: Ctx, text: str) -> list:
    """Mentions of a media said first with no article ("first screw footage over ..."), read as "the ...";
    Unclear when that names nothing ("timelapse over the intro")."""
    from editor_app.planner.media_refs import ranked_mentions

    if _BARE_HEAD.match(text) is None:
        return []
    first, _, rest = text.partition(" ")
    if first in PLACING and rest:  # round 11: "stick shine footage over ...": the verb, then "the shine footage"
        return ranked_mentions(ctx, f"{first} the {rest}", strict=True)
    return ranked_mentions(ctx, "the " + text, strict=True)


# Verbs of putting something somewhere, said before a media with no article ("stick shine footage over ...").
PLACING = frozenset("put place add drop stick pop insert overlay lay use throw slot show chuck bung whack slap plonk "
                     "shove".split())


def named_but_missing(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` names a media by a description that matches none (nothing found before this)."""
    from editor_app.planner.media_refs import ranked_mentions

    match = _SOUND.search(text)
    if match is None:
        return
    from editor_app.planner.vocab import VERBS

    words = [w for w in match.group(1).split() if w not in STOP and w not in _PLAIN and w not in VERBS and not w.isdigit()]
    if not words:
        return
    sounds = sorted(a.name for a in ctx.project.media.values() if a.kind == "audio")
    have = ", ".join(sounds) or "none"
    raise Unclear(f"I can't find a {' '.join(words)} sound in this project (sounds: {have}). Which one do you mean?")


def missing_named(ctx: Ctx, head: str) -> None:
    """Unclear, naming what is missing, when ``head`` (the words before a time, "the sewing machine close up") is a
    naming phrase of its own ("the" + words + a noun for media) that names no media; the words must be more than
    kind words ("the clip", "some broll") and, when no media holds one of them, real words (a typo is not evidence)."""
    from editor_app.planner.media_refs import REF_NOUN, ranked_mentions

    if re.fullmatch(rf"(?:the|my|our|that|this) (?:[a-z0-9'&-]+ ){{1,3}}{REF_NOUN}", head) is None:
        return
    ranked_mentions(ctx, head, strict=True)  # raises Unclear: "I can't find anything called ..."


def sound_not_that(ctx: Ctx, text: str, asset) -> None:
    """Round 24: Unclear when ``text`` names a sound by what it is ("car horn sound effect at 0:30") and the media found
    for it says none of those words, or is no sound at all: the one sound effect there is (a ratchet) or a clip whose
    name shares a word ("under car DRIP tray.mp4") had been placed."""
    match = _SOUND.search(text)
    if match is None:
        return
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.vocab import VERBS

    words = [w for w in match.group(1).split() if w not in STOP and w not in _PLAIN and w not in VERBS and not w.isdigit()]
    if not words:
        return
    said = set(re.findall(r"[a-z0-9]+", own_words(asset).lower()))
    def heard(w: str) -> bool:  # "squeak" for "squeaky clean sfx.wav", "clicks" for "click"
        return any(o == w or (min(len(o), len(w)) >= 4 and (o.startswith(w) or w.startswith(o))) for o in said)

    if asset.kind == "audio" and all(heard(w) for w in words):
        return
    named_but_missing(ctx, text)
