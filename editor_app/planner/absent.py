"""Things a request names that the project does not have: say so, never act on something else.

Why: on fresh footage "add the music bed quietly under everything" in a project with no music
asked about a video clip ("IMG_... can't go over the talk: it is audio"), "duck the music" with
no music planned a ducking that could only fail, and "make the summit timelapse black and white"
turned the talk black and white because "timelapse" was not a word for a clip. A thing named
and not found gets the right answer: there is no music (import some first), or nothing called
"summit timelapse" (here is what there is), with no edit.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset, Project
from editor_app.planner.types import Ctx, Unclear

_MUSIC = re.compile(r"\b(?:music|soundtrack|song|tune|backing track|music bed|score|background track)\b")
_MUSIC_NAME = re.compile(r"\b(?:music|song|track|bed|beat|loop|score|theme|tune|instrumental|backing|ambient|lofi|lo-fi|"
                         r"soundtrack)\b")
MUSIC_MIN_S = 20  # as planner.intents.from_bin: a sound file this long is music, not a sound effect


def is_music(asset: MediaAsset) -> bool:
    """A sound file that is music (a bed under the video), by length or by its own words."""
    if asset.kind != "audio" or asset.words or asset.transcript:
        return False
    if asset.duration is not None and float(asset.duration) >= MUSIC_MIN_S:
        return True
    said = " ".join([re.sub(r"[_\-.]+", " ", asset.name.lower()), asset.description.lower(), *asset.tags])
    return _MUSIC_NAME.search(said) is not None


def has_music(project: Project) -> bool:
    """Music in the bin or on a music track."""
    if any(is_music(m) for m in project.media.values()):
        return True
    return any(t.role == "music" and t.clips for t in project.tracks)


_PLACING = re.compile(r"\b(?:add|put|lay|place|stick|drop|insert|use|bring in|throw|pop|run|play|include|start|begin|"
                      r"import|as music|in the background)\b|\b(?:under(?:neath)?|behind) (?:it all|all of it|everything|the whole|the entire)\b")


def check(text: str, ctx: Ctx) -> None:
    """Unclear when ``text`` asks to change music and the project has none at all, or has it only
    in the bin (nothing to duck, fade or turn down until it is on the timeline)."""
    plain = re.sub(r"\"[^\"]*\"|'[^']*'", " ", text)  # a title's words are not a request for music
    if not _MUSIC.search(plain) or re.search(r"\btracks?\b|\bt\d+\b", plain):
        return  # a track is there to rename, mute, lock or move whether or not music is on it
    if has_music(ctx.project):
        binned = [m for m in ctx.project.media.values() if is_music(m)]
        placed = {c.media_id for c in ctx.project.clips()}
        if binned and not any(m.id in placed for m in binned) and not _PLACING.search(plain) \
                and not any(t.role == "music" and t.clips for t in ctx.project.tracks):
            name = binned[0].name
            raise Unclear(f"{name} is in the bin but not on the timeline yet, so there is no music there to change. "
                          f"Say \"put {name} under everything, quietly\" first.")
        return
    if re.search(r"\b(?:no|without|any) (?:music|soundtrack|song)\b", plain):
        return
    raise Unclear("There is no music in this project yet. Import a music file (drag it onto the window or "
                  "use File > Import), then say \"put it under everything, quietly\".")


_THING = re.compile(r"\b(?:the|my|that|this|our) (?P<np>(?P<mods>(?:[a-z0-9'&-]+ ){1,3}?)(?P<noun>time-?lapse|montage|"
                    r"sequence|scene|pan|aerial|flyover|fly-over|close-?up|cutaway|clip|shot|footage|photo|picture|pic|"
                    r"still|image|video|recording|b-?roll|view|angle|snap)s?)\b")
_GENERIC = frozenset("main whole entire first last second third other talking talk head same new old full final opening "
                     "closing a-roll intro outro middle next previous current selected short long little big wide "
                     "this that my the b-roll broll interview presenter speaking".split())


def unknown_thing(ctx: Ctx, *, found_none: bool = False) -> None:
    """Unclear when the request names a clip by words no media in the project has ("the summit
    timelapse"); a picture effect with no clip named must not fall back to the main video then.

    ``found_none``: the clip references already found no clip for the request, so a named thing
    ("the ladder photo", "the old vs new photo") is missing even when its words occur somewhere
    (in the talk's transcript, in another media's name): say so, never the main video (round 9)."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.meaning import stems

    found = _THING.search(ctx.text)
    if found is None:
        return
    mods = [w for w in found.group("mods").split() if w not in _GENERIC and not w.isdigit()]
    if not mods:
        return
    known: set[str] = set()
    for asset in ctx.project.media.values():
        known |= stems(own_words(asset))
    if found_none:
        known = set()
    if stems(" ".join(mods)) & known:
        return
    have = ", ".join(sorted(m.name for m in ctx.project.media.values())) or "none yet"
    if found_none:
        placed = sorted({ctx.project.media[c.media_id].name for c in ctx.project.clips()
                         if c.media_id in ctx.project.media})
        raise Unclear(f"I can't find \"{found.group('np')}\" on the timeline, so I changed nothing (on the timeline: "
                      f"{', '.join(placed) or 'nothing'}). Which clip do you mean? If it is in the bin, put it on the "
                      "timeline first.")
    raise Unclear(f"I can't find anything called \"{found.group('np')}\" in this project (media: {have}). "
                  "Which one do you mean?")


def named_by_speech_only(ctx: Ctx, clips: list) -> bool:
    """The request names a thing ("the ladder photo") and the clips found for it are talk clips
    whose own words (name, description, tags) share none of its words: they were found only because
    the thing is talked about in them. A change to "the ladder photo" must not land on the talk."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.meaning import stems

    found = _THING.search(ctx.text)
    if found is None or not clips:
        return False
    mods = [w for w in found.group("mods").split() if w not in _GENERIC and not w.isdigit()]
    if not mods:
        return False
    assets = [ctx.project.media.get(c.media_id) for c in clips if c.media_id]
    if len(assets) != len(clips) or not all(a is not None and (a.words or a.transcript) for a in assets):
        return False
    wanted = stems(" ".join(mods))
    return not any(wanted & stems(own_words(a)) for a in assets)
