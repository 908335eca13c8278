"""Track and placement intents: add / remove / rename / move / lock / hide tracks, put media on the timeline.

"add a video track", "rename the broll track to cutaways", "move the music track up",
"lock the main track", "put the vlog on the timeline", "add all the clips in order".
Placement uses the same function as the CLI's `import --place` and the window's
"Add to timeline" (model.placement), so all three put media in the same place.
"""

from __future__ import annotations

import re

from editor_app.model.operations import AddTrack, InsertClip, OperationError
from editor_app.model.placement import default_track, placement_ops, track_move_index
from editor_app.model.project import Track
from editor_app.planner.intents import num, step
from editor_app.planner.refs import _norm, broll_candidates, media_mentions, track_ref
from editor_app.planner.types import Ctx, Match, Unclear

_TRACK = r"\btracks?\b"
_CLIPS = r"\bclips?\b|\bc\d+\b|\bshots?\b"  # "move the clip on the music track up": a clip, not the track
_KIND_WORDS = (
    ("broll", "video", "broll", "B-roll"), ("overlay", "video", "overlay", "Overlay"),
    ("titles?", "video", "titles", "Titles"), ("music", "audio", "music", "Music"),
    ("voice", "audio", "voice", "Voice"), ("sfx|sound effects?", "audio", "sfx", "Effects"),
    ("main", "video", "main", "Main"), ("video", "video", None, "Video"), ("audio|sound", "audio", None, "Audio"),
)


def _label(track: Track) -> str:
    return f"{track.name or track.role} track ({track.id})"


def _title(name: str) -> str:
    """Chat text arrives lower-cased: give a typed-in name a capital, keep the rest as typed."""
    name = name.strip().strip("\"'").strip()
    return name[:1].upper() + name[1:]


def _named(t: str) -> str | None:
    match = re.search(r"\b(?:called|named|titled)\s+(.+)$", t)
    return _title(match.group(1)) if match else None


def _the_track(ctx: Ctx, verb: str) -> Track:
    track = track_ref(ctx)
    if track is None:
        names = ", ".join(f"{t.id} ({t.name or t.role})" for t in ctx.project.tracks) or "none yet"
        raise Unclear(f"Which track should I {verb}? The tracks are: {names}.")
    return track


def add_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(rf"\b(add|create|make|new|insert|give me)\b.*{_TRACK}", t) or re.search(r"\btimeline\b", t):
        return None
    if _names_a_track_file(ctx):
        return None  # "add a fade to the bed track": bed track.mp3 is a file, not a new track
    head = re.split(r"\b(?:called|named|titled)\b", t)[0]
    for words, kind, role, default_name in _KIND_WORDS:
        if re.search(rf"\b(?:{words})\b", head):
            break
    else:
        kind, role, default_name = "video", None, "Video"
    if role is None:  # a plain "video track" or "audio track": a neutral role, numbered name
        role = ("overlay" if ctx.project.tracks_by_role("main") else "main") if kind == "video" else "sfx"
        count = sum(1 for tr in ctx.project.tracks if tr.kind == kind) + 1
        default_name = f"{default_name} {count}"
    name = _named(t) or default_name
    args = {"kind": kind, "role": role, "name": name}
    return Match([step("add_track", args, agent="timeline")], f"add {'an' if kind == 'audio' else 'a'} {kind} track '{name}'")


def _names_a_track_file(ctx: Ctx) -> bool:
    """The word "track" in the request belongs to a media's name ("bed track.mp3", "backing track 2.wav")."""
    for asset in ctx.project.media.values():
        plain = re.sub(r"\.[a-z0-9]{2,4}$", "", asset.name.lower())
        if "track" in plain.split() and re.search(rf"\b{re.escape(plain)}\b", ctx.text):
            return True
    return False


def rename_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    if re.search(_CLIPS, t):
        return None
    match = re.search(r"\b(?:rename|call|name|retitle)\s+((?:the )?[\w\s-]*?\btrack(?: t\d+)?)\s+(?:to |as |into )?(.+)$", t)
    if not match:
        match = re.search(r"\b(?:rename|call|name|retitle)\s+(?:the )?(t\d+|track)\s+(?:to |as |into )?(.+)$", t)
    if not match:
        return None
    track = _the_track(Ctx(match.group(1), ctx.project, ctx.selection, ctx.playhead), "rename")
    name = _title(match.group(2))
    if not name:
        raise Unclear(f"What should the {_label(track)} be called?")
    return Match([step("update_track", {"track_id": track.id, "name": name}, agent="timeline")],
                 f"rename the {_label(track)} to '{name}'")


def remove_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    verb = re.search(rf"\b(remove|delete|drop)\b(.*?){_TRACK}", t)
    if not verb or re.search(r"\bclips? (from|on|in)\b", t):
        return None
    if re.search(rf"(?:{_CLIPS}).*\b(?:from|on|in|off)\b", verb.group(2)):
        return None  # "remove c3 on the overlay track": a clip, named with the track it is on
    if re.search(r"\d+:\d\d|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)\b|\b(?:first|last|part|bit|section|stretch|"
                 r"between|until|up to|everything|anything|whatever)\b", verb.group(2)):
        return None  # round 15: "remove 0:10-0:15 but only on the b-roll track": a stretch of that track, not the track
    track = _the_track(ctx, "remove")
    clips = f" and its {len(track.clips)} clip{'s' if len(track.clips) != 1 else ''}" if track.clips else ""
    return Match([step("remove_track", {"track_id": track.id}, agent="timeline")], f"remove the {_label(track)}{clips}")


def move_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    if re.search(_CLIPS, t):
        return None
    match = re.search(rf"\b(move|shift|put|drag)\b.*{_TRACK}.*\b(up|down|to the top|to the bottom|above|below)\b", t)
    if not match:
        return None
    track = _the_track(Ctx(t[:match.start(2)], ctx.project, ctx.selection, ctx.playhead), "move")
    where = match.group(2)
    if where in ("above", "below"):
        other = track_ref(Ctx(t[match.end(2):], ctx.project))
        if other is None or other is track:
            raise Unclear(f"Which track should the {_label(track)} go {where}?")
        if other.kind != track.kind:
            raise Unclear(f"Video tracks stay above audio tracks; the {_label(track)} can only move among {track.kind} tracks.")
        index, other_index = ctx.project.tracks.index(track), ctx.project.tracks.index(other)
        higher = (where == "above") == (track.kind == "video")  # video stacks upwards, audio lists downwards
        target = other_index + (1 if higher else 0) - (1 if other_index > index else 0)
        says = f"move the {_label(track)} {where} the {_label(other)}"
    else:
        target = track_move_index(ctx.project, track.id, where.replace("to the ", ""))
        says = f"move the {_label(track)} {where}"
        if target is None:
            raise Unclear(f"The {_label(track)} is already as far {where.replace('to the ', '')} as it can go.")
    return Match([step("move_track", {"track_id": track.id, "index": target}, agent="timeline")], says)


def lock_or_hide_track(ctx: Ctx) -> Match | None:
    t = ctx.text
    match = re.search(rf"\b(unlock|lock|unhide|hide|show)\b.*{_TRACK}", t)
    if re.search(_CLIPS, t):
        return None
    if not match:
        return None
    verb = match.group(1)
    field, value = {"lock": ("locked", True), "unlock": ("locked", False), "hide": ("hidden", True),
                    "unhide": ("hidden", False), "show": ("hidden", False)}[verb]
    track = _the_track(ctx, verb)
    return Match([step("update_track", {"track_id": track.id, field: value}, agent="timeline")], f"{verb} the {_label(track)}")


def _in_order(assets):
    """File-name order with numbers compared as numbers (clip2 before clip10)."""
    def key(asset):
        name = _norm(asset.path.rsplit("/", 1)[-1])
        return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]
    return sorted(assets, key=key)


def _over_the_talk(ctx: Ctx, assets) -> bool:
    """"at the end" with no word of the timeline, in a project with a B-roll track, for media that
    can be B-roll: the B-roll intent places it over the end of the talk instead of after it."""
    if re.search(r"\b(on|to|onto|in|into) (the )?timeline\b|\bin order\b|\bplayhead\b", ctx.text):
        return False
    if not ctx.project.tracks_by_role("broll"):
        return False
    candidates = {m.id for m in broll_candidates(ctx)}
    from editor_app.planner.intents.sounds import is_sound_effect

    # round 16: "put the purr at the end of the video": a sound effect is a moment at the end, not a clip after it
    from editor_app.planner.intents.from_bin import _music_like

    return all(a.id in candidates or (is_sound_effect(ctx, a) and not _music_like(a, ctx) and not (a.words or a.transcript))
               for a in assets)


def _names_several(text: str) -> bool:
    """A request that names more than one thing: a list, "both", or a plural media noun."""
    return bool(re.search(r"\b(?:and|both|plus|them|these|those|clips|shots|photos|videos|pictures|images|files|stills|"
                          r"sounds|songs|tracks)\b|[,&]", text))


def placement_steps(ctx: Ctx, ops: list) -> list:
    """placement_ops' operations as the timeline agent's tool calls (seconds, as the tools take them)."""
    steps = []
    for op in ops:
        if isinstance(op, AddTrack):
            args = {"kind": op.kind, "role": op.role, "name": op.name, "index": op.index, "track_id": op.track_id}
            steps.append(step("add_track", {k: v for k, v in args.items() if v is not None}, agent="timeline"))
        elif isinstance(op, InsertClip):
            steps.append(step("insert_clip", {"track_id": op.track_id, "media_id": op.media_id,
                                               "start": num(ctx.sec(op.start)), "name": op.name}, agent="timeline"))
    return steps


def place_media(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\b(put|place|add|drop|insert|append|lay)\b", t):
        return None
    if not re.search(r"\b(on|to|onto|in|into) (the )?timeline\b|\bin order\b|\bat the end\b|\bat the playhead\b", t):
        return None
    placed = {c.media_id for c in ctx.project.clips()}
    if re.search(r"\b(all|every|everything)\b", t):
        wanted = [m for m in ctx.project.media.values() if m.kind in ("video", "image") and m.id not in placed]
        if not wanted:
            raise Unclear("Every video and picture is already on the timeline." if ctx.project.media else
                          "There is no media in the project yet: import some first.")
        assets = _in_order(wanted)
    else:
        assets = media_mentions(ctx)
        if not assets:
            return None
        if len(assets) > 1 and not _names_several(t):  # round 13 (lead): "add the hammer clip at the end"
            raise Unclear(f"Which one do you mean: {' or '.join(a.name for a in assets)}? "
                          "The request names one thing and these fit it equally.")  # round 16: asked before the B-roll
        if _over_the_talk(ctx, assets):  # reading below, which would take the one picture of a picture and a sound
            return None  # "put the blueberries photo at the end": B-roll over the end of the talk
    at = ctx.playhead if re.search(r"\b(at|under) the playhead\b|\bhere\b", t) else None
    if at is None and re.search(r"\bat the end\b", t) and ctx.project.clips():
        track = default_track(ctx.project, assets[0])
        if track is None or not track.clips:  # a new Voice track's own end is 0:00: the end meant is the video's
            at = ctx.project.duration
    try:
        ops = placement_ops(ctx.project, [a.id for a in assets], at=at)
    except OperationError as exc:
        raise Unclear(f"I cannot put that on the timeline: {exc}") from None
    steps = placement_steps(ctx, ops)
    names = ", ".join(a.name for a in assets)
    where = "at the playhead" if at is not None else "at the end"
    return Match(steps, f"put {names} on the timeline {where}")
