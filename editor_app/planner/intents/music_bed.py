"""Music laid under the whole video: "add the music bed quietly under everything".

Why: a new user's first sound edit. The music is in the bin, the request names it loosely ("the
music bed", "some background music", "the acoustic loop") and says where ("under everything",
"under the whole thing", "behind it all") and how loud ("quietly", "nice and low"). It went to the
B-roll intent ("... can't go over the talk as B-roll: it is audio") or asked for a music track to
be made first. Here: the one music file (or the one named) goes on the Music track from 0:00 to
the end of the pictures, at a bed level under speech, the track made when there is none. Music
already there is not added twice: "quietly" brings it down to the bed level. Two music files and
no name asks which.
"""

from __future__ import annotations

import re

from editor_app.model.placement import next_id
from editor_app.planner.absent import is_music
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

BED_DB = -15.0  # as from_bin.BED_DB: a bed under speech, said in the reply, one step to change
_UNDER = re.compile(r"\b(?:under(?:neath)?|beneath|behind) (?:it all|all of it|everything|the whole (?:thing|video|edit|film|"
                    r"talk|vlog)|the entire (?:thing|video|edit|film|talk|vlog)|the (?:video|talk|edit|film|vlog))\b"
                    r"|\bin the background (?:of|for|under) (?:everything|the whole)|\bthe whole way through\b"
                    r"|\b(?:all the way |right )?through(?:out)? (?:the whole|the entire|everything)")
_VERB = re.compile(r"^(?:(?:can|could|would) you |please |i(?:'d| would)? (?:like|want) (?:to )?)*(?:add|put|lay|stick|run|drop|"
                   r"throw|play|place|pop|slap|use|bring in|have|give me|get)\b")
_QUIET = re.compile(r"\b(?:quiet(?:ly)?|low|soft(?:ly)?|subtle|faint|gentle|gently|not too loud|in the background|barely)\b")
_GENERIC = re.compile(r"\b(?:(?:some|the|my|a) )?(?:(?:background|backing|quiet|soft|gentle) )?(?:music(?: bed)?|song|tune|"
                      r"soundtrack|track|bed|score)\b")


def music_under(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not (_UNDER.search(t) and _VERB.search(t)):
        return None
    music = [m for m in ctx.project.media.values() if is_music(m)]
    if not music:
        return None  # planner.absent says there is none when the words ask for music
    named = _named(ctx, music)
    if named is None:
        if not _GENERIC.search(t):
            return None
        if len(music) > 1:
            names = [m.name for m in music]
            raise Unclear(f"Which music should go under the video: {' or '.join(names)}?",
                          [f"put {n} under everything, quietly" for n in names])
        named = music[0]
    placed = [(tr, c) for tr in ctx.project.tracks for c in tr.clips if c.media_id == named.id]
    if placed:
        return _already(ctx, named, placed)
    return _lay(ctx, named)


def _named(ctx: Ctx, music: list):
    from editor_app.planner.media_refs import ranked_mentions

    try:
        found = [m.asset for m in ranked_mentions(ctx, strict=False)]
    except Unclear:
        return None
    return next((a for a in found if a in music), None)


def _lay(ctx: Ctx, asset) -> Match:
    fps = ctx.project.fps
    end = max((tr.end for tr in ctx.project.tracks if tr.kind == "video" and tr.clips), default=0) or ctx.project.duration
    length = asset.length_frames(fps) or end
    duration = min(int(length), int(end))
    if duration <= 0:
        raise Unclear("There is nothing on the timeline yet for the music to go under: add the talk or the clips first.")
    tracks = ctx.project.tracks_by_role("music")
    steps = []
    if tracks:
        track_id, name = tracks[0].id, tracks[0].name or "Music"
        if tracks[0].clips:
            raise Unclear(f"The {name} track already has music on it. Should {asset.name} replace it "
                          f"(\"replace the music with {asset.name}\") or go on a track of its own?")
    else:
        track_id, name = next_id(ctx.project, "track"), "Music"
        steps.append(step("add_track", {"kind": "audio", "role": "music", "name": name, "track_id": track_id},
                          agent="timeline"))
    said = re.search(r"(?:at|to) (-?\d+(?:\.\d+)?) ?db\b", ctx.text)
    level = float(said.group(1)) if said else BED_DB if _QUIET.search(ctx.text) else None
    args = {"track_id": track_id, "media_id": asset.id, "start": 0, "name": asset.name, "duration": num(ctx.sec(duration))}
    if level is not None:
        args["volume_db"] = level
    steps.append(step("insert_clip", args, agent="timeline"))
    short = " (it is shorter than the video, so it stops early)" if duration < end else ""
    made = " on a new Music track" if len(steps) > 1 else f" on the {name} track"
    how = f" at {level:+g} dB, low under the speech" if level is not None else " at full level"
    return Match(steps, f"put {asset.name}{made} from 0:00 to {clock(ctx.sec(duration))}{how}{short}")


def _already(ctx: Ctx, asset, placed) -> Match:
    track, clip = placed[0]
    if _QUIET.search(ctx.text) and clip.volume_db > BED_DB:
        return Match([step("set_volume", {"clip_id": clip.id, "db": BED_DB})],
                     f"leave {asset.name} where it is on the {track.name or 'music'} track (it is there already) and "
                     f"bring it down to {BED_DB:+g} dB (was {clip.volume_db:+g})")
    raise Unclear(f"{asset.name} is already on the {track.name or 'music'} track "
                  f"({clock(ctx.sec(clip.start))}-{clock(ctx.sec(clip.end))}, {clip.volume_db:+g} dB). "
                  "Say \"turn the music down 3 dB\" to make it quieter.")
