"""Requests about something inside a clip's picture or sound: "delete the boat in DSC_0412",
"erase my thumb from the corner of the loading clip", "remove the hum from the interview".

Why: whole-clip tools cannot do these, and removing the clip the thing is in is the destructive
guess the issue forbids. The shape is "<remove verb> <a thing> in/from/on <a clip>", where the
thing does not itself name the clip (its media's name words, description or tags) nor a kind of
clip, track or timeline part. One function for the planner and the safety review of any backend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor_app.model.project import MediaAsset, Project
from editor_app.planner.meaning import name_words, stems

_SHAPE = re.compile(
    r"\b(?:remove|delete|erase|get rid of|take out|cut out|crop out|paint out|clean out|rub out|edit out|"
    r"scrub out|lose|kill|ditch|drop)\s+(?P<thing>(?:the|my|that|this|those|these|a|an|his|her|our|their|some)\s+"
    r"[a-z0-9' -]{1,40}?)\s+(?:that's |that is |which is )?(?:in|from|on|out of|off|inside|within)\s+"
    r"(?:the\s+(?:corner|edge|side|top|bottom|background|foreground|left|right|middle|back)\s+of\s+)?(?P<holder>[^,.;]+)")
# The verb split around its thing: "take my thumb out of the hinge tweak", "get the glare off the photo".
_SHAPE_SPLIT = re.compile(
    r"\b(?:take|get|cut|edit|crop|paint|rub|scrub|clean)\s+(?P<thing>(?:the|my|that|this|those|these|a|an|his|her|our|"
    r"their|some)\s+[a-z0-9' -]{1,40}?)\s+(?:out of|off|out from|away from)\s+(?P<holder>[^,.;]+)")
# The thing told first, the removal after, about "it": "there's a fly landing on the pan in DSC_0412,
# remove it", "i can see a reflection of me in the hob shot, can you get rid of that". "It" is the
# thing just described, never the clip it was seen in.
_SHAPE_TOLD = re.compile(
    r"\b(?:there(?:'s| is| are|s)|i can see|you can see|i see|i spotted|i noticed|i just noticed|theres)\s+"
    r"(?P<thing>(?:the|my|that|this|those|these|a|an|his|her|our|their|some)\s+[a-z0-9' -]{1,60}?)\s+"
    r"(?:in|on|inside|within|across|over|behind|at the back of)\s+(?P<holder>[^,.;]+?)\s*(?:[,.;!-]+\s*|\s+(?:so|and|but)\s+)(?:(?:so|and|but|can|could|would|"
    r"will|you|please|pls|just|u|maybe)\s+)*(?:remove|delete|erase|get rid of|take out|cut out|edit out|lose|kill|"
    r"ditch|drop|paint out|clone out)\s+(?:it|that|him|her|them|this)\b")
# Round 16: the thing said as the subject of a complaint, the removal after, about "it": "the washing line in
# the gopro clip is distracting, remove it", "my thumb on the before pic is annoying me, delete it". As in
# _SHAPE_TOLD, "it" is the thing described, never the clip it is in.
_SHAPE_SUBJECT = re.compile(
    r"^(?:(?:and|also|oh|so|hmm+|ugh|right)[ ,]+)*(?P<thing>(?:the|my|that|this|those|these|a|an|his|her|our|their|some)\s+"
    r"[a-z0-9' -]{1,60}?)\s+(?:in|on|inside|within|across|over|behind|at the back of)\s+(?P<holder>(?:the|that|this|my)\s+[^,.;]+?)\s+"
    r"(?:is|are|was|were|'s|looks?|keeps?|seems?|kind of|really|just|totally)\b[^,.;]*?"
    r"(?:[,.;!-]+\s*|\s+(?:so|and|but)\s+)(?:(?:so|and|but|can|could|would|will|you|please|pls|just|u|maybe)\s+)*"
    r"(?:remove|delete|erase|get rid of|take out|cut out|edit out|lose|kill|ditch|drop|paint out|clone out|hide|"
    r"blur|bin|scrap)\s+(?:it|that|him|her|them|this)\b")
# In a told or complained-about shape, only words naming whole media make the thing the clip itself:
# "there's a washing line in the gopro clip" is in the picture; "there's an awkward bit in X, remove it"
# is a part of the clip in time, which removing the whole clip does not do either (so it asks too).
_WHOLE_MEDIA = re.compile(r"\b(?:clips?|shots?|footage|videos?|photos?|images?|pictures?|stills?|b-?roll|music|songs?|"
                          r"audio|titles?|captions?|c\d+|it|them|everything|all)\b")
# Words that make the "thing" a clip, a track, a kind of media or a stretch of the timeline itself.
_CLIPLIKE = re.compile(
    r"\b(?:clips?|shots?|footage|videos?|photos?|images?|pictures?|stills?|b-?roll|overlays?|music|songs?|tracks?|"
    r"audio|sound ?effects?|sfx|titles?|captions?|text|effects?|filters?|transitions?|fades?|c\d+|it|them|"
    r"intro|outro|ending|end|start|beginning|middle|parts?|bits?|sections?|seconds?|minutes?|silences?|pauses?|"
    r"gaps?|words?|sentences?|lines?|ums?|uhs?|fillers?|retakes?|takes?|everything|all)\b")
# Verbs that only make sense for pixels: "erase the lake from the DJI shot" never means the clip.
_PIXEL_VERB = re.compile(r"^(?:erase|paint out|crop out|rub out|scrub out|clone out)\b")
# A holder that is itself a place in a picture: "off the seal in the photo" ("limescale_on_seal.JPG":
# a file named after what it shows still holds the thing; the request is about its pixels).
_PLACE_IN_PICTURE = re.compile(
    r"^(?P<place>[a-z0-9' -]+?)\s+(?:in|on|inside|within)\s+(?:the|this|that|my)\s+(?:[a-z0-9_.-]+\s+){0,3}?"
    r"(?:photo|picture|image|still|shot|clip|video|footage|frame)s?\b")
_HOLDER = re.compile(r"\b(?:clips?|shots?|footage|videos?|photos?|images?|pictures?|pics?|stills?|close[ -]?ups?|closeups?|"
                     r"recordings?|timelapses?|screenshots?|c\d+)\b|\.\w{2,4}\b|\b[a-z]+_?\d{3,}|"
                     r"^(?:the |my )?(?:background|foreground)\b")


def thing_inside(project: Project, clip_ids: Sequence[str], message: str) -> str | None:
    """The thing a removal of ``clip_ids`` asks to take out of a clip ("the boat"), when it does not
    name the clip itself (its media's name words, description or tags); None otherwise."""
    low = message.lower()
    m = _SHAPE.search(low) or _SHAPE_SPLIT.search(low)
    told = None if m is not None else (_SHAPE_TOLD.search(low) or _SHAPE_SUBJECT.search(low.strip()))
    m = m or told
    if m is None:
        return None
    thing, holder = m.group("thing").strip(), m.group("holder")
    clip_like = _WHOLE_MEDIA if told is not None else _CLIPLIKE
    if (clip_like.search(thing) and not _baked_filter(project, clip_ids, thing)) \
            or not (_HOLDER.search(holder.strip()) or _names_a_removed_clip(project, clip_ids, holder)):
        return None
    said = stems(thing)
    if not said:
        return None
    place = _PLACE_IN_PICTURE.search(holder.strip())
    if _PIXEL_VERB.search(m.group(0)) or (place and not _CLIPLIKE.search(place.group("place"))):
        return thing
    for asset in _removed_media(project, clip_ids):
        if said <= stems(_label_words(asset)):
            return None  # "remove the kodak box from the b-roll": the thing is the clip (every word of it);
            # "the steam cloud in the steam wand clip" shares a word with the clip, but the cloud is in it.
            # Only the name and tags count: a description says what is IN the picture ("a cloud of dust"),
            # so a thing it mentions is inside the clip, not the clip.
    return thing


def _baked_filter(project: Project, clip_ids: Sequence[str], thing: str) -> bool:
    """Round 21: "take the dog ears filter off my snapchat": a filter the clips carry no effect for is in their picture
    (an app's face filter), not one of ours to remove; the clip had been removed."""
    if not re.fullmatch(r"(?:the |that |this |those |my |her |his )?(?:[a-z'-]+ ){1,3}(?:filters?|effects?|lens(?:es)?|stickers?)", thing):
        return False
    clips = [found[1] for cid in clip_ids if (found := project.find_clip(cid)) is not None]
    return bool(clips) and not any(c.effects for c in clips)


def _label_words(asset: MediaAsset) -> str:
    """The words that name a media (its file name words and tags), not the description of its content."""
    return " ".join([*name_words(asset.name), *asset.tags])


def _names_a_removed_clip(project: Project, clip_ids: Sequence[str], holder: str) -> bool:
    """Whether ``holder`` ("the mesh patch close up") names the media of a clip being removed by most of
    its name words: then "remove my fingers from <holder>" is about that clip's inside."""
    said = stems(holder)
    for asset in _removed_media(project, clip_ids):
        name = {w for w in stems(" ".join(name_words(asset.name))) if not w.isdigit()}  # round 21: "Snapchat-1587340921"
        if name and len(said & name) * 2 > len(name):
            return True
    return False


def _removed_media(project: Project, clip_ids: Sequence[str]) -> list[MediaAsset]:
    """The media of the clips being removed (clips without media, such as titles, have none)."""
    out = []
    for clip_id in clip_ids:
        found = project.find_clip(clip_id)
        asset = project.media.get(found[1].media_id) if found and found[1].media_id else None
        if asset is not None:
            out.append(asset)
    return out


# "blur the face of the guy walking past in the harbour clip": an effect on a thing in the picture,
# not on the whole clip (whole-clip effects cannot do that; blurring all of it is not what was asked).
_EFFECT_ON_THING = re.compile(
    r"^(?:blur|pixelate|pixellate|censor|mask|hide|obscure|brighten|darken|sharpen|highlight|zoom in on|"
    r"zoom into|crop to|colou?r correct)(?:\s+(?:out|over|up))?\s+(?:(?:just|only)\s+)?"
    r"(?P<thing>(?:the|my|his|her|their|that|this|a|an|those|these)\s+"
    r"[a-z0-9' -]{1,60}?)\s+(?:in|on|of|inside|within)\s+(?P<holder>(?:the|that|this|my)\s+[^,.;]+)(?:[,;.] .*)?$")
# round 16: a particle ("blur out my neighbour's washing"), "only the tree", and a remark after a comma
# ("..., the background's fine") keep the shape: the effect is still on a thing in the picture.


def effect_on_a_thing(message: str) -> str | None:
    """The thing in a clip's picture an effect was asked for ("the face of the guy"), or None when the
    effect is for the whole clip ("blur the harbour clip", "brighten the intro of the video")."""
    m = _EFFECT_ON_THING.search(message.lower().strip(" .!?"))
    if m is None:  # round 16: "crop the neighbour out of the timelapse": a crop that would take a thing out
        m = _SHAPE_SPLIT.match(message.lower().strip(" .!?"))
        if m is None or not m.group(0).startswith("crop"):
            return None
    thing, holder = m.group("thing").strip(), m.group("holder")
    if _CLIPLIKE.search(thing) or not _HOLDER.search(holder):
        return None
    return thing


def thing_told_removed(project: Project, message: str) -> str | None:
    """Round 16: the thing a whole message describes in a clip and then asks to remove as "it" ("there's a
    washing line in the gopro clip, remove it"), when the clip it is in is on the timeline; None otherwise.
    The planner splits such a message at its comma, so "remove it" alone would name the clip: asked here
    on the whole message first."""
    clip_ids = [c.id for c in project.clips() if c.media_id]
    low = message.lower().strip(" .!?")
    if not (_SHAPE_TOLD.search(low) or _SHAPE_SUBJECT.search(low)):
        state = _SHAPE_STATE.search(low)
        if state is None:
            return None
        thing = thing_inside(project, clip_ids, low)
        return state.group("thing") if thing is None and _holder_named(project, state.group("holder")) else thing
    return thing_inside(project, clip_ids, low)


# Round 20: the thing said with what it does in the picture: "my face is reflected in the back glass in the 143022
# clip, can you remove it" (the whole clip had been removed)
_SHAPE_STATE = re.compile(
    r"^(?:(?:and|also|oh|so|hmm+|ugh|right)[ ,]+)*(?P<thing>(?:the|my|that|this|those|these|a|an|his|her|our|their|some)\s+"
    r"[a-z0-9' -]{1,40}?)\s+(?:is|are|'s|was|were)\s+(?:\w+ly\s+)?(?:reflected|visible|showing|seen|shown|caught|stuck|there|in shot|in frame)"
    r"\s+(?:in|on)\s+(?P<holder>[^,.;]+?)\s*(?:[,.;!-]+\s*|\s+(?:so|and|but)\s+)(?:(?:so|and|but|can|could|would|will|you|please|pls|"
    r"just|u|maybe)\s+)*(?:remove|delete|erase|get rid of|take out|cut out|edit out|lose|kill|ditch|drop|paint out|clone out|hide|"
    r"blur|bin|scrap)\s+(?:it|that|him|her|them|this)\b")


def _holder_named(project: Project, holder: str) -> bool:
    """Does ``holder`` ("the back glass in the 143022 clip") name a clip or media of the project?"""
    from editor_app.planner.media_refs import media_mentions
    from editor_app.planner.types import Ctx, Unclear

    try:
        return bool(media_mentions(Ctx(holder, project, (), None, None), holder, strict=False))
    except Unclear:
        return True
