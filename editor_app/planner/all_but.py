"""Everything but one thing: "make everything black and white except the drone shot", "delete all the b-roll apart
from the GoPro clip", "mute everything except my voice", "every clip brighter but not the drone one" (round 16, lead).

Why: read word by word, the exception was the only clip the request named, so the edit landed on it: the drone shot
went black and white, "delete all the b-roll except the drone shot" deleted the drone shot and "mute everything
except my voice" muted the voice; the opposite of what was asked. Here the exception is resolved to clips, the
quantifier to the clips it covers (the B-roll for "all the b-roll"; for a sound verb every clip with sound; else
every clip with a picture), and the request is planned once per remaining clip, each named by its id. An exception
that names nothing on the timeline asks; so does one that leaves nothing. Cutting "everything except" a part of the
talk is keep_only.py's (it asks), so a removal of "everything" is left to it.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx, Unclear

_BUT = r"(?:except(?:\s+for)?|apart\s+from|aside\s+from|but\s+not|other\s+than|besides|save\s+for|excluding|bar)"
_ALL = (r"(?P<all>everything(?:\s+else)?|every\s+(?:single\s+)?(?:clip|shot|video|bit\s+of\s+footage)|each\s+(?:clip|shot)|"
        r"all\s+(?:of\s+)?(?:the\s+|my\s+)?(?:other\s+)?(?P<kind>clips|shots|videos|footage|b-?roll(?:\s+(?:clips|shots))?|"
        r"cutaways|overlays|photos|pictures|stills|images)|all\s+of\s+(?:it|them)|the\s+whole\s+(?:thing|video|edit|timeline))")
# the exception right after the quantifier, the edit after it: "make everything except the drone shot black and white"
_BEFORE = re.compile(rf"\b{_ALL}\s*(?:,\s*)?\b{_BUT}\s+(?P<x>.+?)\s*,?\s+(?P<rest>(?:to|at|in|into|black|brighter|darker|"
                     rf"louder|quieter|faster|slower|muted|sped|slowed|b&w|grayscale|greyscale|warmer|cooler|\d).*)$")
# the exception at the end: "make everything black and white except the drone shot"
_AFTER = re.compile(rf"\b{_ALL}\b(?P<mid>.*?)(?:,\s*)?\b{_BUT}\s+(?P<x>.+?)\s*(?=$|,|\bthen\b|\band then\b)")
_REMOVE = re.compile(r"\b(?:cut|delete|remove|lose|drop|bin|scrap|ditch|get\s+rid\s+of|take\s+out|chop|trim)\b")
_SOUND = re.compile(r"\b(?:mute|unmute|silence|volume|louder|quieter|softer|db|turn\s+(?:\w+\s+){0,3}(?:up|down))\b")
_VOICE = re.compile(r"^(?:my\s+)?(?:voice|talking|talk|speech|narration|a-?roll|me)$|^the\s+(?:talk|voice|speech|narration|"
                    r"talking(?:\s+head)?|interview|presenter|main\s+(?:clip|track|video))$")
_MUSIC = re.compile(r"^(?:the\s+|my\s+)?(?:music|song|soundtrack|backing\s+track|background\s+music)$")


def all_but(ctx: Ctx) -> list[str] | None:
    """One instruction per clip the quantifier covers minus the exception, each naming that clip by id; None when
    ``ctx.text`` says no "all ... except X". Raises Unclear when X names nothing there or nothing is left."""
    t = ctx.text
    found = _BEFORE.search(t) or _AFTER.search(t)
    if found is None:
        return None
    everything = found.group("all")
    said_x = found.group("x").strip(" .!?")
    if _REMOVE.search(t[:found.start()]) and not found.group("kind"):
        return None  # "cut everything except the bit about X": keep_only.py asks
    if re.search(r"\b(?:ums?|uhs?|fillers?|pauses?|silences?|gaps?|sentences?|lines?|words?|bits?|parts?|seconds?)\b", said_x):
        return None  # fillers and parts of the talk have their own readers
    excluded = _excluded(ctx, said_x)
    covered = _covered(ctx, found.group("kind") or everything, sound=bool(_SOUND.search(t)))
    kept = [c for c in covered if c.id not in {e.id for e in excluded}]
    if not kept:
        raise Unclear(f"Apart from {said_x} there is nothing there to change.")
    if found.re is _AFTER:
        template = t[:found.start()] + "{clip}" + found.group("mid") + t[found.end():]
    else:
        template = t[:found.start()] + "{clip} " + found.group("rest")
    template = re.sub(r"\s+", " ", template).strip(" ,")
    return [template.replace("{clip}", c.id) for c in kept]


def _excluded(ctx: Ctx, said: str) -> list:
    """The clips the exception names: the talk for "my voice", the music for "the music", else what clip_refs finds."""
    clean = said.strip().lower()
    if _VOICE.match(clean):
        main = ctx.main_track()
        return list(main.clips) if main else []
    if _MUSIC.match(clean):
        return [c for t in ctx.project.tracks_by_role("music") for c in t.clips]
    from editor_app.planner.refs import clip_refs

    try:
        clips = clip_refs(ctx, said, pronoun_ok=False)
    except Unclear:
        clips = []
    if not clips:
        raise Unclear(f"I can't find {said} on the timeline, so I don't know what to leave out. Name it as it is on "
                      "the timeline (its file name, or its clip id like c3).")
    return clips


def _covered(ctx: Ctx, said: str, *, sound: bool) -> list:
    """The clips "everything", "all the b-roll", "all the photos" cover, in timeline order."""
    said = said.lower()
    project = ctx.project
    clips = []
    for track in project.tracks:
        for clip in track.clips:
            if getattr(clip, "generator", None) is not None:
                continue  # titles and colour cards are not footage
            asset = project.media.get(clip.media_id) if clip.media_id else None
            kind = getattr(asset, "kind", None)
            if re.search(r"b-?roll|cutaways|overlays", said) and track.role != "broll":
                continue
            if re.search(r"photos|pictures|stills|images", said) and kind != "image":
                continue
            if sound and (kind == "image" or track.kind == "video" and track.role == "broll" and kind is None):
                continue
            if not sound and track.kind != "video":
                continue
            clips.append(clip)
    return sorted(clips, key=lambda c: (c.start, c.id))
