"""Sound effects: an audio file from the bin placed at a time, a position or a spoken moment.

Why not B-roll: a sound cannot go over the talk's picture, and it does not belong on the music
track (music is one long bed; a shutter click or a whoosh is a moment). People place it with the
same words as B-roll ("add the whoosh at 1:20", "the click right when I say 'squeeze the
shutter'", "pop sound at the start"), so the B-roll intent reads where, and this module says how:
on the first free sound-effects track, made in the same plan when there is none. "When I say X"
puts it where the words X start, not at the start of their sentence.
"""

from __future__ import annotations

import re

from editor_app.model.placement import next_id, wants_audio_track
from editor_app.model.project import MediaAsset
from editor_app.model.time import seconds_to_frames
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, PlanStep


def is_sound_effect(ctx: Ctx, asset: MediaAsset) -> bool:
    """An audio-only media that is in the bin only or on sound-effects tracks: placing it adds a sound
    (another copy when one is there already); the music or a voice on their tracks is not one."""
    return wants_audio_track(asset) and all(
        t.role == "sfx" for t in ctx.project.tracks for c in t.clips if c.media_id == asset.id)


def sound_steps(ctx: Ctx, asset: MediaAsset, start: float) -> list[PlanStep]:
    """add_track (when no sound-effects track is free there) and insert_clip at ``start`` seconds."""
    fps = ctx.project.fps
    at = seconds_to_frames(start, fps)
    length = asset.length_frames(fps) or seconds_to_frames(1, fps)
    tracks = [t for t in ctx.project.tracks if t.kind == "audio" and t.role == "sfx" and not t.locked]
    free = next((t for t in tracks if all(c.end <= at or c.start >= at + int(length) for c in t.clips)), None)
    steps: list[PlanStep] = []
    if free is None:
        track_id = next_id(ctx.project, "track")
        steps.append(step("add_track", {"kind": "audio", "role": "sfx", "name": "Sound effects", "track_id": track_id},
                          agent="timeline"))
    else:
        track_id = free.id
    steps.append(step("insert_clip", {"track_id": track_id, "media_id": asset.id, "start": num(start)}, agent="timeline"))
    return steps


_SAID = re.compile(r"\b(?:when|as|where|the moment|right when|just as) (?:i|we|you|he|she|they) (?:say|says|said) "
                   r"(?:the words? )?\"?([^\"]+?)\"?$")


def spoken_words_at(ctx: Ctx, text: str) -> tuple[float, str] | None:
    """"... when I say squeeze the shutter": (timeline seconds where those words start, the words), or None
    when the request quotes no words or they are not said exactly once."""
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import find_phrase, norm

    match = _SAID.search(text)
    if match is None:
        return None
    placed = timeline_words(ctx.project)
    if not placed:
        return None
    hits = find_phrase([norm(p.text) for p in placed], match.group(1))
    if len(hits) != 1:
        return None
    return placed[hits[0][0]].start, match.group(1)


def describe(asset: MediaAsset, start: float) -> str:
    return f"add the sound {asset.name} at {clock(start)} on a sound-effects track"
