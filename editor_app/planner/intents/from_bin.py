"""Media from the bin onto the timeline, said the way a new user says it.

Right after import nothing is on the timeline, and people say "add the talking clip", "put cam A
0007 on the main track", "start with the interview", "add the bed track as music, nice and low".
None of these says "timeline", and with nothing on the timeline there is nothing for B-roll to go
over, so the B-roll intent can only ask where. This intent takes a request that names media
still in the bin when it says where they go: the main track, the music track ("as music",
"under everything"), or anywhere at all while the timeline has no pictures yet. Requests
about a time over a talk that is already placed stay with the B-roll intent.
"""

from __future__ import annotations

import dataclasses
import re

from editor_app.model.operations import OperationError
from editor_app.model.placement import next_id, placement_ops
from editor_app.model.project import MediaAsset, Track
from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = re.compile(r"\b(?:put|place|add|drop|insert|append|lay|use|stick|throw|load|bring in|pop|start(?: off)? with|"
                   r"begin with|open with|kick off with)\b")
_ON_MAIN = re.compile(r"\b(?:on|to|onto|in|into) (?:the )?(?:main|first|primary|a-?roll|talk|base)(?: video)? track\b|"
                      r"\b(?:on|to|onto) (?:track (?:1|one)|t1)\b|\bas the (?:main|a-?roll|base|first)\b")
_AS_MUSIC = re.compile(r"\bas (?:the |some |a |my )?(?:background |backing )?(?:music|soundtrack|song|bed|score|backing track)\b|"
                       r"\b(?:on|to|onto|in|into) (?:the )?(?:music|audio|sound|soundtrack) track\b|"
                       r"\bunder(?:neath)? (?:it|everything|all of it|the whole thing|the (?:whole )?(?:video|talk|edit|film|vlog))\b|"
                       r"\bin the background\b|\bbehind (?:it|everything|the talk)\b|\bunderneath\b|\bunder the (?:talk|voice|speech)\b")
_AT_START = re.compile(r"\b(?:at|to) the (?:very )?(?:start|beginning|front)\b|\bfirst\b|\b(?:start(?: off)?|begin|open|kick off) with\b")
_QUIET = re.compile(r"\b(?:quiet(?:ly)?|low|soft(?:ly)?|subtle|faint|gentle|not too loud|in the background)\b")
BED_DB = -15.0  # a music bed under speech when the request only says "low": said in the reply, one step to change


def _visual_end(ctx: Ctx) -> int:
    """The end of the last clip on any video track: where pictures stop."""
    return max((t.end for t in ctx.project.tracks if t.kind == "video" and t.clips), default=0)


def _music_track(ctx: Ctx) -> Track | None:
    tracks = ctx.project.tracks_by_role("music") or [t for t in ctx.project.tracks if t.kind == "audio"]
    return tracks[0] if tracks else None


def from_bin(ctx: Ctx) -> Match | None:
    t = ctx.text
    verb = _VERB.search(t) or _BARE.match(t)  # "start with the drone shot, then the talk": "the talk" is one too
    if verb is None or re.search(r"\b(?:over|on top of|during|while|when|where)\b", t):
        return None  # "put X over the part where ...": B-roll over a talk
    empty = _visual_end(ctx) == 0
    if empty and re.fullmatch(r"(?:add|put|place|drop|throw|stick) (?:in |on )?(?:it all|all of it|everything|all (?:the |my )?"
                              r"(?:media|clips|files|footage|videos|shots))(?: in| on)?(?: in order)?", t):
        from editor_app.planner.intents.tracks import place_media

        return place_media(dataclasses.replace(ctx, text="put all the clips on the timeline in order"))
    on_main, as_music = bool(_ON_MAIN.search(t)), bool(_AS_MUSIC.search(t))
    timed = re.search(r"\b(?:at|from) \d|\b\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b|\bplayhead\b", t) is not None
    at = q.time_after(t, r"at|from|starting at|starting from|in at", bare=False) if timed else None
    from editor_app.planner.media_refs import ranked_mentions

    # a name that matches nothing asks (Unclear), never picks another file; only when this is surely a placement
    mentions = ranked_mentions(ctx, strict=on_main or as_music or empty)
    if not mentions or not _object_of(t, verb, mentions[0].position):
        return None  # "add a fade to the bed track": the media is not what is being added
    sounds_only = all(m.asset.kind == "audio" for m in mentions)
    if sounds_only and not as_music and not all(_music_like(m.asset, ctx) for m in mentions):
        if not timed:
            return None  # "add the door creak": a sound effect needs a moment; the sound-effect intent asks or reads one
    bare = verb.end() == 0  # no verb: a piece like "then the talk" after a placement
    anchor = None if sounds_only else _anchor(ctx, mentions[-1].position, bare)
    if not (on_main or as_music or empty or sounds_only or anchor):
        return None
    by_place: dict[int, list[str]] = {}
    for mention in mentions:
        by_place.setdefault(mention.position, []).append(mention.asset.name)
    tied = next((names for names in by_place.values() if len(names) > 1), None)
    if tied is not None:
        raise Unclear(f"Which one do you mean: {' or '.join(tied)}?", [f"add {name}" for name in tied])
    assets = [m.asset for m in mentions]
    placed = {c.media_id for c in ctx.project.clips()}
    if any(a.id in placed for a in assets):
        return None  # moving or changing a clip that is already there
    if anchor is not None:
        return _in_order(ctx, assets, at=anchor[0], where=anchor[1])
    if timed and not empty:
        if not sounds_only or at is None:
            return None  # pictures at a time on a timeline with pictures: B-roll over it (the B-roll intent)
        from editor_app.planner.missing_media import sound_not_that

        for asset in assets:
            sound_not_that(ctx, t, asset)  # round 24: "car horn sound effect at 0:30" is no ratchet
        return _sounds_at(ctx, assets, at)
    if as_music or (sounds_only and not empty):
        pictures = [a for a in assets if a.kind != "audio"]
        if pictures:
            raise Unclear(f"{pictures[0].name} has pictures; music goes on an audio track. Did you mean a sound file?")
        return _music_bed(ctx, assets)
    return _in_order(ctx, assets)


def _object_of(text: str, verb: re.Match, position: int) -> bool:
    """The first media named is what the verb acts on: only articles and media nouns between them
    ("add the old bed track", "add the photo of the unboxing"), not "add a fade to the bed track"."""
    between = re.findall(r"[a-z0-9']+", text[verb.end():position] if position >= verb.end() else "")
    return len(between) <= 5 and all(w in _BETWEEN for w in between)


_BETWEEN = frozenset("the a an my our that this these those of in on old new other second first whole full "
                     "photo picture pic image still shot clip video footage recording file track song tune one "
                     "take sound".split())
# A piece that is only a media named ("... then the talk", "and cam a 0007 after it"): a placement too.
_BARE = re.compile(r"^(?=(?:the|my|our|that|this) |c?am |[a-z]{2,5}[_ ]?\d)")
# "after the talk", "before it", "right after c1": where on the main track the media goes
_ANCHOR = re.compile(r"\b(?:right |just |straight )?(after|before|following|ahead of|in front of) "
                     r"(it|that|that one|them|(?:the|my) [a-z0-9 '_-]+?|c\d+)(?=$|[,.;!?]| (?:on|in|at|starts?|begins?|ends?)\b)")


def _anchor(ctx: Ctx, after_pos: int, bare: bool = False) -> tuple[int, str] | None:
    """(frame, words) for "after the talk" / "before it" when that names a clip on the main track;
    a verbless piece ("..., then the talk") goes after what the clause before placed there."""
    match = _ANCHOR.search(ctx.text, after_pos)
    main = ctx.main_track()
    if main is None or not main.clips:
        return None
    if match is None:
        if not bare:
            return None
        side, ref = "after", "it"
    else:
        side, ref = match.group(1), match.group(2)
    clips: list = []
    if re.fullmatch(r"c\d+", ref):
        clips = [c for c in main.clips if c.id == ref]
    elif ref in ("it", "that", "that one", "them"):
        clips = [c for c in main.clips if c.id in ctx.last_clips]
    else:
        from editor_app.planner.media_refs import ranked_mentions

        named = {m.asset.id for m in ranked_mentions(ctx, ref, strict=False)}
        clips = [c for c in main.clips if c.media_id in named]
    if not clips:
        return None
    if side in ("after", "following"):
        return max(c.end for c in clips), f"after {ref}"
    return min(c.start for c in clips), f"before {ref}"


def _in_order(ctx: Ctx, assets: list[MediaAsset], *, at: int | None = None, where: str = "") -> Match:
    """Pictures on the main track (at ``at``, at the start when asked, else after what is there); sound on the music track."""
    t = ctx.text
    main = ctx.main_track()
    pictures = [a for a in assets if a.kind in ("video", "image")]
    sounds = [a for a in assets if a.kind == "audio"]
    at_start = at is None and bool(_AT_START.search(t))
    steps, says = [], []
    if pictures:
        try:
            ops = placement_ops(ctx.project, [a.id for a in pictures], track_id=main.id if main else None,
                                at=0 if at_start else at)
        except OperationError as exc:
            raise Unclear(f"I cannot put that on the timeline: {exc}") from None
        from editor_app.planner.intents.tracks import placement_steps

        steps += placement_steps(ctx, ops)
        where = where or ("at the start" if at_start and _visual_end(ctx) else "on the main track")
        says.append(f"put {', '.join(a.name for a in pictures)} {where}")
    if sounds:
        bed = _music_bed(ctx, sounds, after=sum(a.length_frames(ctx.project.fps) or 0 for a in pictures) if not _visual_end(ctx) else 0)
        steps += bed.steps
        says.append(bed.says)
    return Match(steps, "; ".join(says))


def _length(asset: MediaAsset, fps) -> int:
    """A sound file's length in frames; Unclear when it cannot be read (a missing or broken file)."""
    length = asset.length_frames(fps)
    if length is None or length <= 0:
        raise Unclear(f"{asset.name} has no length I can read; is the file there?")
    return int(length)


def _level(text: str) -> float | None:
    """The level a placement asks for: "at -18 dB" as said, "nice and low" a bed level, else none."""
    said = q.db(text)
    if said is not None:
        return max(-60.0, min(12.0, said))
    return BED_DB if _QUIET.search(text) else None


def _music_bed(ctx: Ctx, sounds: list[MediaAsset], *, after: int = 0) -> Match:
    """Sound files on the music track from its end (0 when empty), each cut to where the pictures end
    when they run longer, and at a bed level when the request says "low"."""
    track = _music_track(ctx)
    if track is None:
        raise Unclear("There is no audio track for music yet: say \"add a music track\" first.")
    fps = ctx.project.fps
    start = track.end
    pictures_end = max(_visual_end(ctx), after)
    steps, says = [], []
    for asset in sounds:
        length = _length(asset, fps)
        duration = int(length)
        if pictures_end > start:
            duration = min(duration, pictures_end - start)
        args = {"track_id": track.id, "media_id": asset.id, "start": num(ctx.sec(start)), "name": asset.name,
                "duration": num(ctx.sec(duration))}
        level_db = _level(ctx.text)
        if level_db is not None:
            args["volume_db"] = level_db
        steps.append(step("insert_clip", args, agent="timeline"))
        level = f" at {level_db:+g} dB" if level_db is not None else ""
        says.append(f"put {asset.name} on the {track.name or 'music'} track from {clock(ctx.sec(start))} to "
                    f"{clock(ctx.sec(start + duration))}{level}")
        start += duration
    return Match(steps, "; ".join(says))


_MUSIC_WORDS = re.compile(r"\b(?:music|song|track|bed|beat|loop|score|theme|tune|instrumental|backing|ambient|lofi|lo-fi|"
                          r"piano|guitar|acoustic|jazz|chill|soundtrack)\b")
MUSIC_MIN_S = 20  # a sound file this long is music, not a sound effect, whatever its name
SOUND_MAX_S = 8  # a sound file this short is a sound effect, not a bed, whatever its name


def _music_like(asset: MediaAsset, ctx: Ctx) -> bool:
    """A sound file that is music (a bed under the video), not a sound effect (a moment)."""
    length = asset.length_frames(ctx.project.fps)
    if length is not None and ctx.sec(length) >= MUSIC_MIN_S:
        return True
    if length is not None and ctx.sec(length) < SOUND_MAX_S:
        return False  # round 16: "cat purr loop.wav" (3 s) is a sound effect, though "loop" is a word of music
    words = " ".join([re.sub(r"[_\-.]+", " ", asset.name.lower()), asset.description.lower(), *asset.tags])
    return _MUSIC_WORDS.search(words) is not None


def _free(track: Track, start: int, end: int) -> bool:
    return all(c.end <= start or c.start >= end for c in track.clips)


def _sounds_at(ctx: Ctx, sounds: list[MediaAsset], at_s: float) -> Match:
    """Sound files at a time ("add the bed track at 0:03", "the whoosh at 1:10"): on the music track
    when it is free there (cut where the pictures end), else on a free audio track that is not the
    talk's, else on a new SFX track; laid over the time without moving anything (overwrite on a free span)."""
    fps = ctx.project.fps
    start = int(round(at_s * fps))
    if start >= max(_visual_end(ctx), 1):
        raise Unclear(f"{clock(at_s)} is at or past the end of the video ({clock(ctx.duration_s)}).")
    steps, says = [], []
    for asset in sounds:
        length = _length(asset, fps)
        music = _music_track(ctx)
        if music is not None and music.role == "music" and _music_like(asset, ctx) and _free(music, start, start + int(length)):
            track_id, name, duration = music.id, music.name or "Music", min(int(length), _visual_end(ctx) - start)
        else:
            spare = [tr for tr in ctx.project.tracks if tr.kind == "audio" and tr.role not in ("main", "voice", "music")
                     and _free(tr, start, start + int(length))]
            duration = int(length)
            if spare:
                track_id, name = spare[0].id, spare[0].name or spare[0].role
            else:
                track_id, name = next_id(ctx.project, "track"), "SFX"
                steps.append(step("add_track", {"kind": "audio", "role": "sfx", "name": "SFX", "track_id": track_id},
                                  agent="timeline"))
        args = {"track_id": track_id, "media_id": asset.id, "start": num(at_s), "duration": num(ctx.sec(duration))}
        level_db = _level(ctx.text)
        if level_db is not None:
            args["volume_db"] = level_db
        steps.append(step("overwrite_clip", args, agent="timeline"))
        level = f" at {level_db:+g} dB" if level_db is not None else ""
        says.append(f"put {asset.name} on the {name} track at {clock(at_s)} for {clock(ctx.sec(duration))}{level}")
    return Match(steps, "; ".join(says))
